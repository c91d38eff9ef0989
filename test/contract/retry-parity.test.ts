// One retry engine for three clients: the same failures, through axios, ky and fetch, end in the same
// attempts, the same waits and the same replay decisions. Against a real server on 127.0.0.1.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import axios, { type AxiosRequestConfig } from 'axios'
import ky from 'ky'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import {
  type ApiError,
  afterDelay,
  backoff,
  defineAdapter,
  defineCatalog,
  RetryBudget,
  type RetryEvent,
  type RetryOptions,
  type Telemetry,
} from '../../src/index.js'
import { rejection } from '../support/clients.js'

const catalog = defineCatalog({
  vendor: 'engine',
  title: 'codes of the test server below',
  source: 'this test',
  timeZone: 'UTC',
  entries: [
    { code: 0, kind: 'success', category: 'unknown', retry: afterDelay(0), description: { en: 'ok' } },
    { code: 7001, category: 'rate_limit', retry: afterDelay(25, true), description: { en: 'slow down' } },
    { code: 7002, category: 'unavailable', retry: backoff, description: { en: 'busy' } },
  ],
})
const adapter = defineAdapter({ catalog, code: 'code', message: 'msg' })

/** Answers the requests of one `?id=` with the codes of `?codes=` in turn, then 0; counts them by id. */
let server: Server
let base = ''
const seen = new Map<string, number>()
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const codes = (url.searchParams.get('codes') ?? '').split(',').filter(Boolean).map(Number)
    const key = url.searchParams.get('id') ?? ''
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: codes[n] ?? 0, msg: 'x' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
afterEach(() => {
  vi.restoreAllMocks()
})

type Body = 'none' | 'text' | 'stream'
type Call = (url: string, method: string, body: Body) => Promise<unknown>

const webStream = () =>
  new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode('{"a":1}'))
      c.close()
    },
  })

const clients: Record<string, (retry: RetryOptions, telemetry: Telemetry) => Call> = {
  axios: (retry, telemetry) => {
    const api = withAxios(axios.create(), { adapter, retry, telemetry })
    return (url, method, body) =>
      api.request({
        url,
        method,
        ...(body === 'text' ? { data: '{"a":1}' } : body === 'stream' ? { data: Readable.from(['{"a":1}']) } : {}),
      } as AxiosRequestConfig)
  },
  ky: (retry, telemetry) => {
    const api = withKy(ky.create({}), { adapter, retry, telemetry })
    return (url, method, body) =>
      api(url, {
        method,
        ...(body === 'text' ? { body: '{"a":1}' } : body === 'stream' ? { body: webStream(), duplex: 'half' } : {}),
      } as never)
  },
  fetch: (retry, telemetry) => {
    const f = withFetch(fetch, { adapter, retry, telemetry })
    return (url, method, body) =>
      f(url, {
        method,
        ...(body === 'text' ? { body: '{"a":1}' } : body === 'stream' ? { body: webStream(), duplex: 'half' } : {}),
      } as RequestInit)
  },
}

/** What one scenario came to through one client. */
async function outcome(name: string, retry: RetryOptions, codes: string, method: string, body: Body) {
  const events: RetryEvent[] = []
  const call = (clients[name] as (r: RetryOptions, t: Telemetry) => Call)(retry, { retry: (e) => events.push(e) })
  const id = `${name}-${Math.random()}`
  const err = (await rejection(call(`${base}/?codes=${codes}&id=${id}`, method, body))) as ApiError
  return {
    code: err.code,
    attempts: err.attempts,
    waitedMs: err.waitedMs,
    sent: seen.get(id),
    retries: events.map((e) => ({ attempt: e.attempt, delayMs: e.delayMs })),
  }
}

const names = Object.keys(clients)
const all = (run: (name: string) => Promise<unknown>) => Promise.all(names.map(async (n) => [n, await run(n)]))

describe('one retry engine, whichever client', () => {
  it('counts the same attempts and the waits it chose (not the time that passed) on a fixed vendor delay', async () => {
    const results = await all((n) => outcome(n, { maxAttempts: 3, budget: false }, '7001,7001,7001', 'GET', 'none'))
    const expected = {
      code: 7001,
      attempts: 3,
      waitedMs: 50,
      sent: 3,
      retries: [
        { attempt: 1, delayMs: 25 },
        { attempt: 2, delayMs: 25 },
      ],
    }
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries(names.map((n) => [n, expected])))
  })

  it('adds up jittered backoff waits exactly as chosen', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    const retry = { maxAttempts: 3, baseDelay: 20, budget: false } as const
    const results = await all((n) => outcome(n, retry, '7002,7002,7002', 'GET', 'none'))
    for (const [name, r] of results) {
      expect(r, name as string).toEqual({
        code: 7002,
        attempts: 3,
        waitedMs: 30,
        sent: 3,
        retries: [
          { attempt: 1, delayMs: 10 },
          { attempt: 2, delayMs: 20 },
        ],
      })
    }
  })

  it('replays a POST with a text body after a replay-safe refusal, and never one whose body is a stream', async () => {
    const retry = { maxAttempts: 3, budget: false } as const
    for (const [name, r] of await all((n) => outcome(n, retry, '7001,7001,7001', 'POST', 'text')))
      expect(r, name as string).toMatchObject({ attempts: 3, sent: 3 })
    for (const [name, r] of await all((n) => outcome(n, retry, '7001,7001,7001', 'POST', 'stream')))
      expect(r, name as string).toEqual({ code: 7001, attempts: 1, waitedMs: 0, sent: 1, retries: [] })
  })

  it('gives the retry budget back one token per success, the replayed one included, on every client', async () => {
    for (const name of names) {
      const budget = new RetryBudget({ capacity: 100, retryCost: 10, successRefund: 1 })
      const call = (clients[name] as (r: RetryOptions) => Call)({ maxAttempts: 3, budget })
      // One retry (-10), then its success (+1); then a first attempt that succeeds (+1).
      await call(`${base}/?codes=7001&id=${name}-budget-${Math.random()}`, 'GET', 'none')
      await call(`${base}/?codes=&id=${name}-budget-${Math.random()}`, 'GET', 'none')
      expect(budget.tokens, name).toBe(92)
    }
  })

  it('does not replay a POST after a failure that is not replay-safe, on any client', async () => {
    const retry = { maxAttempts: 3, budget: false } as const
    for (const [name, r] of await all((n) => outcome(n, retry, '7002,7002', 'POST', 'text')))
      expect(r, name as string).toEqual({ code: 7002, attempts: 1, waitedMs: 0, sent: 1, retries: [] })
  })
})
