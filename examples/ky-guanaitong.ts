// ky for Guanaitong: errors arrive with HTTP 200 and a code in the body.
import { guanaitong } from 'errcode-js/adapters/guanaitong'
import { withErrcode } from 'errcode-js/ky'
import ky from 'ky'
import { isMain, withSimulator } from './support.js'

export async function listDepartments(prefixUrl: string, code: number): Promise<unknown> {
  const api = withErrcode(ky.create({ prefixUrl }), { adapter: guanaitong })
  return api.post(`guanaitong/department/list?code=${code}`, { json: { page: 1 } }).json()
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    console.log('0 →', await listDepartments(url, 0))
    await listDepartments(url, 1000210004).catch((err: Error) =>
      console.log('1000210004 →', `${err.name}: ${err.message}`),
    )
  })
}
