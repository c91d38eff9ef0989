// Wrap an axios instance for Jiguang's phone verification API.
import axios from 'axios'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/axios'
import { isMain, withSimulator } from './support.js'

export async function verifyPhone(baseURL: string, code: number): Promise<string> {
  const api = withErrcode(axios.create({ baseURL }), { adapter: jiguang })
  // The simulator answers with the code it is asked for; the real API takes the token and the phone.
  const res = await api.post(`/jiguang/v1/web/verify?code=${code}`, { token: 'token-from-sdk', phone: '13800138000' })
  return res.data.code === 9000 ? 'consistent' : `answered ${res.data.code}`
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    console.log('9000 →', await verifyPhone(url, 9000))
    console.log('9001 →', await verifyPhone(url, 9001))
    await verifyPhone(url, 1804).catch((err: Error) => console.log('1804 →', `${err.name}: ${err.message}`))
  })
}
