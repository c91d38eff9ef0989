// The matrix of the production issue: canaries in a header, the query and the body, through axios, ky and
// fetch, in every way a request can fail, logged every way an application logs. Shared by the test that
// expects no canary anywhere and the one that switches masking off and expects them back.
import axios from 'axios'
import ky from 'ky'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { type Adapter, ApiError, type RetryOptions } from '../../src/index.js'

export const CANARY = 'cnry7Qz1xK'
export const leaks = (text: string): boolean => text.includes(CANARY)

const query = `sig=${CANARY}q&access_token=${CANARY}t`
const headers = { authorization: `Bearer ${CANARY}h`, 'content-type': 'application/json' }
const body = JSON.stringify({ appsecret: `${CANARY}b`, phone: '13800138000' })
/** A vendor that echoes the request in its message: the secrets are in free text. */
const echo = encodeURIComponent(`bad request /json?sig=${CANARY}e used Bearer ${CANARY}e`)

type Call = (url: string, opts?: { timeoutMs?: number }) => Promise<unknown>
type Make = (adapter: Adapter, retry?: RetryOptions) => Call

export const makers: Record<string, Make> = {
  axios: (adapter, retry) => {
    const api = withAxios(axios.create(), { adapter, ...(retry ? { retry } : {}) })
    return (url, opts = {}) =>
      api.post(url, body, {
        headers,
        ...(opts.timeoutMs ? { timeout: opts.timeoutMs, signal: AbortSignal.timeout(opts.timeoutMs) } : {}),
      })
  },
  ky: (adapter, retry) => {
    const api = withKy(ky.create({ retry: 0 }), { adapter, ...(retry ? { retry } : {}) })
    return (url, opts = {}) => api.post(url, { body, headers, ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}) })
  },
  fetch: (adapter, retry) => {
    const f = withFetch(fetch, { adapter, ...(retry ? { retry } : {}) })
    return (url, opts = {}) =>
      f(url, {
        method: 'POST',
        body,
        headers,
        ...(opts.timeoutMs ? { signal: AbortSignal.timeout(opts.timeoutMs) } : {}),
      })
  },
}

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected an ApiError')
}

const fast = { baseDelay: 1, maxBackoff: 2, budget: false } as const

/** Each way a request fails, as a function of the base URL and a client maker; `real` ones need a socket. */
export function scenarios(base: () => string, real: boolean): [string, (make: Make) => Promise<ApiError>][] {
  const url = (path: string) => `${base()}${path}${path.includes('?') ? '&' : '?'}${query}`
  const all: [string, (make: Make) => Promise<ApiError>, boolean][] = [
    ['vendor code in 200', (make) => caught(make(jiguang)(url('/jiguang/v1/web/verify?code=1804'))), false],
    [
      'vendor message echoing the request',
      (make) => caught(make(jiguang)(url(`/jiguang/v1/web/verify?code=1801&message=${echo}`))),
      false,
    ],
    ['HTTP 500', (make) => caught(make(jiguang)(url('/html?status=500'))), false],
    ['connection reset', (make) => caught(make(jiguang)(url('/drop'))), false],
    ['timeout', (make) => caught(make(jiguang)(url('/slow?ms=2000'), { timeoutMs: 100 })), false],
    ['body-read timeout', (make) => caught(make(jiguang)(url('/trickle?ms=50'), { timeoutMs: 300 })), false],
    [
      'retries exhausted',
      (make) => caught(make(jiguang, { ...fast, maxAttempts: 2 })(url('/jiguang/x?code=1804'))),
      false,
    ],
    [
      'short-circuited',
      async (make) => {
        const call = make(navinfo, { ...fast, maxDelay: 1_000 })
        await caught(call(url('/navinfo/geo?code=1007')))
        const err = await caught(call(url('/navinfo/geo?code=1007')))
        if (err.shortCircuited !== true) throw new Error('expected a short-circuited error')
        return err
      },
      false,
    ],
  ]
  return all.filter(([, , needsSocket]) => real || !needsSocket).map(([name, run]) => [name, run])
}
