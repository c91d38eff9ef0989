// Signed requests are signed again for every attempt: axios through its request interceptors, ky and fetch
// through the `prepare` option. Against a real server on 127.0.0.1 that records what each attempt carried.
import { randomUUID } from 'node:crypto'
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { type ApiError, defineAdapter, defineCatalog, never, type RetryOptions, throttled } from '../../src/index.js'
import { rejection } from '../support/clients.js'
import { type Recorded, type RecordingServer, recordingServer } from '../support/recording-server.js'

const catalog = defineCatalog({
  vendor: 'signed',
  title: 'codes of the test server below',
  source: 'this test',
  timeZone: 'UTC',
  entries: [
    { code: 0, kind: 'success', category: 'unknown', retry: never, description: { en: 'ok' } },
    { code: 429, category: 'rate_limit', retry: throttled, description: { en: 'slow down' } },
  ],
})
const adapter = defineAdapter({ catalog, code: 'code', message: 'msg' })

/** The signature headers of one attempt, as the server got them. */
const signed = (r: Recorded) => ({
  nonce: r.headers['x-nonce'] as string | undefined,
  timestamp: r.headers['x-timestamp'] as string | undefined,
  signature: r.headers.authorization,
  body: r.body,
  sig: r.url.searchParams.get('sig'),
})
/** Each `?id=` is answered with `?fail=N` rate limits, then a success. */
let server: RecordingServer
let base = ''
const seenOf = (id: string) => server.seen(id).map(signed)
beforeAll(async () => {
  server = await recordingServer((request, count, res) => {
    const fail = Number(request.url.searchParams.get('fail') ?? 0)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ code: count <= fail ? 429 : 0, msg: 'x' }))
  })
  base = server.base
})
afterAll(() => server.close())

let clock = 1_700_000_000
/** A signer of the shape WeChat Pay v3 asks for: a fresh nonce and timestamp, signed with the body. */
function signature(method: string, url: string, body: string) {
  const nonce = randomUUID()
  const timestamp = String(++clock)
  return { nonce, timestamp, authorization: `SIGNED ${method} ${new URL(url).pathname} ${timestamp} ${nonce} ${body}` }
}

/** `prepare` for fetch and ky: signs each attempt and adds a query parameter, as signers of the query do. */
const attempts: number[] = []
async function prepare(request: Request, { attempt }: { attempt: number }): Promise<Request> {
  attempts.push(attempt)
  const body = await request.clone().text()
  const s = signature(request.method, request.url, body)
  const url = new URL(request.url)
  url.searchParams.set('sig', `s${attempt}`)
  const headers = new Headers(request.headers)
  headers.set('x-nonce', s.nonce)
  headers.set('x-timestamp', s.timestamp)
  headers.set('authorization', s.authorization)
  return new Request(url, { method: request.method, headers, body: body === '' ? null : body, signal: request.signal })
}

type Call = (url: string) => Promise<unknown>
const fast = { baseDelay: 1, maxBackoff: 2, budget: false, maxAttempts: 3 } as const
const BODY = '{"out_trade_no":"1217752501201407033233368018","amount":{"total":100}}'
const clients: Record<string, (retry: RetryOptions) => Call> = {
  axios: (retry) => {
    const api = withAxios(axios.create(), { adapter, retry })
    // The signer in a request interceptor: errcode replays through the instance, so it runs for every attempt.
    api.interceptors.request.use((config) => {
      const url = axios.getUri(config)
      const s = signature((config.method ?? 'get').toUpperCase(), url, String(config.data ?? ''))
      config.headers.set('x-nonce', s.nonce)
      config.headers.set('x-timestamp', s.timestamp)
      config.headers.set('authorization', s.authorization)
      return config
    })
    return (url) => api.post(url, BODY, { headers: { 'content-type': 'application/json' } })
  },
  ky: (retry) => {
    const api = withKy(ky.create({}), { adapter, retry, prepare })
    return (url) => api.post(url, { body: BODY, headers: { 'content-type': 'application/json' } })
  },
  fetch: (retry) => {
    const f = withFetch(fetch, { adapter, retry, prepare })
    return (url) => f(url, { method: 'POST', body: BODY, headers: { 'content-type': 'application/json' } })
  },
}

describe.each(Object.keys(clients))('signed requests through %s', (name) => {
  const make = clients[name] as (retry: RetryOptions) => Call

  it('signs every attempt afresh: a new nonce and timestamp each time, over the very same body', async () => {
    const id = `${name}-${Math.random()}`
    attempts.length = 0
    await make(fast)(`${base}/pay?id=${id}&fail=2`)
    const list = seenOf(id)
    expect(list).toHaveLength(3)
    expect(new Set(list.map((s) => s.nonce)).size).toBe(3)
    expect(new Set(list.map((s) => s.timestamp)).size).toBe(3)
    expect(new Set(list.map((s) => s.signature)).size).toBe(3)
    for (const s of list) {
      expect(s.body).toBe(BODY)
      expect(s.signature).toBe(`SIGNED POST /pay ${s.timestamp} ${s.nonce} ${BODY}`)
    }
    // fetch and ky: `prepare` is told which attempt it prepares, and what it returns is what is sent.
    if (name !== 'axios') {
      expect(attempts).toEqual([1, 2, 3])
      expect(list.map((s) => s.sig)).toEqual(['s1', 's2', 's3'])
    }
  })

  it('prepares a request that is not retried too, and the final error names the request as made', async () => {
    const id = `${name}-${Math.random()}`
    attempts.length = 0
    const err = (await rejection(make({ ...fast, maxAttempts: 1 })(`${base}/pay?id=${id}&fail=1`))) as ApiError
    expect(err).toMatchObject({ code: 429, attempts: 1 })
    expect(seenOf(id)[0]?.nonce).toBeDefined()
    if (name !== 'axios') {
      expect(attempts).toEqual([1])
      expect(err.request?.url).not.toContain('sig=')
    }
  })
})

describe('prepare without retries', () => {
  it('signs the single attempt of fetch and of ky', async () => {
    for (const [client, call] of [
      ['fetch', (url: string) => withFetch(fetch, { adapter, prepare })(url, { method: 'POST', body: BODY })],
      ['ky', (url: string) => withKy(ky.create({}), { adapter, prepare }).post(url, { body: BODY })],
    ] as const) {
      const id = `${client}-${Math.random()}`
      await call(`${base}/pay?id=${id}`)
      expect(
        seenOf(id).map((s) => [s.sig, s.body]),
        client,
      ).toEqual([['s1', BODY]])
    }
  })

  it('sends the prepared Request beside what the init holds that a Request has no field for, and nothing more', async () => {
    // A client's own options (ky's) and undici's `dispatcher` ride in `init` beside the Request; the Request's
    // own fields (headers, method, body, signal) must not go again, or they would undo what the signer did.
    const seen: { input: unknown; init: RequestInit | undefined }[] = []
    const recording = ((input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ input, init })
      return fetch(input, init)
    }) as typeof fetch
    const own = { keep: 'alive' }
    const id = `fetch-${Math.random()}`
    const init = {
      method: 'POST',
      body: BODY,
      headers: { 'content-type': 'application/json' },
      signal: new AbortController().signal,
      keepalive: false,
      clientOption: own,
    }
    await withFetch(recording, { adapter, prepare })(`${base}/pay?id=${id}`, init as RequestInit)
    expect(seen).toHaveLength(1)
    const sent = seen[0] as { input: unknown; init: RequestInit | undefined }
    expect(sent.input).toBeInstanceOf(Request)
    expect((sent.input as Request).headers.get('x-nonce')).toBe(seenOf(id)[0]?.nonce)
    expect(new URL((sent.input as Request).url).searchParams.get('sig')).toBe('s1')
    expect(sent.init).toEqual({ clientOption: own })
  })

  it('is refused by axios, whose request interceptors run for every replay', () => {
    expect(() => withAxios(axios.create(), { adapter, prepare })).toThrow(/request interceptor/)
  })
})
