// One client, several vendors: each URL is routed to its vendor's adapter.
import axios from 'axios'
import { iyune } from 'errcode-js/adapters/iyune'
import { navinfo } from 'errcode-js/adapters/navinfo'
import { ucpaas } from 'errcode-js/adapters/ucpaas'
import { withErrcode } from 'errcode-js/axios'
import { isMain, withSimulator } from './support.js'

export function makeClient(baseURL: string) {
  return withErrcode(axios.create({ baseURL }), {
    adapters: [
      { match: /\/navinfo\//, adapter: navinfo },
      { match: (url) => url.pathname.startsWith('/iyune/'), adapter: iyune },
      // ucpaas also matches its own hosts (api.ucpaas.com, open.ucpaas.com) without a rule.
      { match: `${baseURL}/ucpaas/`, adapter: ucpaas },
    ],
  })
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    const api = makeClient(url)
    for (const path of ['/navinfo/geocode?code=1008', '/iyune/oauth/token?code=40015', '/ucpaas/sms?code=105110']) {
      await api.get(path).catch((err: Error) => console.log(path, '→', `${err.name}: ${err.message}`))
    }
    const other = await api.get('/guanaitong/x?code=1000210004')
    console.log('/guanaitong/x →', other.data, '(no route: untouched)')
  })
}
