// Catching typed errors in application code, and acting on err.retry.
import axios from 'axios'
import { ApiError, QuotaExceededError, RateLimitError } from 'errcode-js'
import { navinfo } from 'errcode-js/adapters/navinfo'
import { withErrcode } from 'errcode-js/axios'
import { isMain, withSimulator } from './support.js'

export async function geocode(baseURL: string, code: number): Promise<string> {
  const api = withErrcode(axios.create({ baseURL }), { adapter: navinfo })
  try {
    await api.get(`/navinfo/geocode?code=${code}&address=Beijing`)
    return 'ok'
  } catch (err) {
    if (err instanceof QuotaExceededError) {
      // Daily cap: stop calling until the vendor's window resets (00:00 UTC+8).
      return `quota used up; try again at ${err.retry.at?.toISOString()}`
    }
    if (err instanceof RateLimitError) return `slow down; retry in ${err.retry.delayMs} ms`
    if (err instanceof ApiError) {
      switch (err.category) {
        case 'authentication':
        case 'permission':
          return `fix the credentials: ${err.description}`
        case 'unavailable':
        case 'internal':
          return `transient (${err.retry.kind}): ${err.description}`
        default:
          return `${err.category}: ${err.message}`
      }
    }
    throw err
  }
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    for (const code of [200, 1007, 1008, 1001, 1010]) console.log(code, '→', await geocode(url, code))
  })
}
