// No secret a request carried (Basic credentials, API keys, tokens and signatures in the query, the body or
// the headers, user info in a URL) reaches an error's message, toJSON or inspection, on any path an error
// can take, through axios, ky and fetch.
import { inspect } from 'node:util'
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { type Adapter, ApiError, type RetryOptions } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'

const CANARY = 'canary-7Qz1xK'
const BASIC = Buffer.from(`appkey:${CANARY}`).toString('base64')
const leaks = (text: string) => text.includes(CANARY) || text.includes(BASIC)

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

type Call = (path: string, opts?: { timeoutMs?: number; form?: boolean }) => Promise<unknown>
type Make = (adapter: Adapter, retry?: RetryOptions) => Call

const secretQuery = `sig=${CANARY}&access_token=${CANARY}&ak=${CANARY}`
const headers = { authorization: `Basic ${BASIC}`, 'x-api-key': CANARY }
const jsonBody = JSON.stringify({ masterSecret: CANARY, phone: '13800138000' })
const formBody = `appsecret=${CANARY}&phone=13800138000`
const bodyOf = (form?: boolean) => (form ? formBody : jsonBody)
const typeOf = (form?: boolean) => (form ? 'application/x-www-form-urlencoded' : 'application/json')

const makers: Record<string, Make> = {
  axios: (adapter, retry) => {
    const api = withAxios(axios.create(), { adapter, secrets: ['x-api-key'], ...(retry ? { retry } : {}) })
    return (path, opts = {}) =>
      api.post(`${sim.url}${path}${path.includes('?') ? '&' : '?'}${secretQuery}`, bodyOf(opts.form), {
        headers: { ...headers, 'content-type': typeOf(opts.form) },
        ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
      })
  },
  ky: (adapter, retry) => {
    const api = withKy(ky.create({ retry: 0 }), { adapter, ...(retry ? { retry } : {}) })
    return (path, opts = {}) =>
      api.post(`${sim.url}${path}${path.includes('?') ? '&' : '?'}${secretQuery}`, {
        body: bodyOf(opts.form),
        headers: { ...headers, 'content-type': typeOf(opts.form) },
        ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
      })
  },
  fetch: (adapter, retry) => {
    const f = withFetch(fetch, { adapter, ...(retry ? { retry } : {}) })
    return (path, opts = {}) =>
      f(`${sim.url}${path}${path.includes('?') ? '&' : '?'}${secretQuery}`, {
        method: 'POST',
        body: bodyOf(opts.form),
        headers: { ...headers, 'content-type': typeOf(opts.form) },
        ...(opts.timeoutMs ? { signal: AbortSignal.timeout(opts.timeoutMs) } : {}),
      })
  },
}

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected an error')
}

function expectNoLeak(err: ApiError, path: string): void {
  const views = {
    message: err.message,
    stack: err.stack ?? '',
    string: String(err),
    json: JSON.stringify(err),
    inspect: inspect(err, { depth: Number.POSITIVE_INFINITY }),
    inspectShowHidden: inspect(err, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  }
  for (const [view, text] of Object.entries(views))
    expect(leaks(text), `${path}: ${view} leaks the canary:\n${text}`).toBe(false)
}

describe.each(Object.entries(makers))('no secret reaches an error through %s', (_, make) => {
  const fast = { baseDelay: 1, maxBackoff: 2, budget: false } as const
  const paths: [string, () => Promise<ApiError>][] = [
    ['vendor code', () => caught(make(jiguang)('/jiguang/v1/web/verify?code=1804'))],
    ['vendor code, form body', () => caught(make(jiguang)('/jiguang/v1/web/verify?code=1804', { form: true }))],
    ['HTTP status', () => caught(make(jiguang)('/html?status=502'))],
    ['network error', () => caught(make(jiguang)('/drop'))],
    ['timeout', () => caught(make(jiguang)('/slow?ms=2000', { timeoutMs: 50 }))],
    ['retries exhausted', () => caught(make(jiguang, { ...fast, maxAttempts: 2 })('/jiguang/x?code=1804'))],
    [
      'short-circuited',
      async () => {
        const call = make(navinfo, { ...fast, maxDelay: 1_000 })
        await caught(call('/navinfo/geo?code=1007'))
        const err = await caught(call('/navinfo/geo?code=1007'))
        expect(err.shortCircuited).toBe(true)
        return err
      },
    ],
  ]
  it.each(paths)('%s', async (path, run) => {
    const err = await run()
    expectNoLeak(err, path)
    // The URL is still recognisable, the secrets masked.
    if (err.request !== undefined) expect(err.request.url).toMatch(/sig=\*\*\*&access_token=\*\*\*&ak=\*\*\*/)
  })
})

describe('user info in a URL', () => {
  it('never reaches an axios error', async () => {
    const api = withAxios(axios.create(), { adapter: jiguang })
    const url = new URL(`${sim.url}/jiguang/x?code=1804`)
    url.username = 'appkey'
    url.password = CANARY
    const err = await caught(api.get(url.href))
    expectNoLeak(err, 'user info')
    expect(err.request?.url).toMatch(/^http:\/\/\*\*\*@127\.0\.0\.1/)
  })
})
