// The idempotencyKey option through axios, ky and fetch, against a real server on 127.0.0.1: one key per
// logical request, the same on every replay, and with it a POST replayed after a failure that is not
// replay-safe.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { type ApiError, backoff, defineAdapter, defineCatalog, never, type RetryOptions } from '../../src/index.js'
import { rejection } from '../support/clients.js'

const catalog = defineCatalog({
  vendor: 'keyed',
  title: 'codes of the test server below',
  source: 'this test',
  timeZone: 'UTC',
  entries: [
    { code: 0, kind: 'success', category: 'unknown', retry: never, description: { en: 'ok' } },
    { code: 7002, category: 'unavailable', retry: backoff, description: { en: 'busy' } },
  ],
})
const adapter = defineAdapter({ catalog, code: 'code', message: 'msg' })

/** The headers each request of one `?id=` carried, and its answers: the codes of `?codes=` in turn, then 0. */
const seen = new Map<string, Record<string, string | undefined>[]>()
let server: Server
let base = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const id = url.searchParams.get('id') ?? ''
    const codes = (url.searchParams.get('codes') ?? '').split(',').filter(Boolean).map(Number)
    const list = seen.get(id) ?? []
    seen.set(id, list)
    list.push({ key: req.headers['idempotency-key'] as string | undefined, mine: req.headers['x-op'] as string })
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: codes[list.length - 1] ?? 0, msg: 'x' }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

type Call = (url: string, method: string, headers?: Record<string, string>) => Promise<unknown>
const bodyFor = (method: string) => (method === 'GET' ? {} : { body: '{"a":1}' })
const clients: Record<string, (retry: RetryOptions) => Call> = {
  axios: (retry) => {
    const api = withAxios(axios.create(), { adapter, retry })
    return (url, method, headers) => api.request({ url, method, data: '{"a":1}', ...(headers ? { headers } : {}) })
  },
  ky: (retry) => {
    const api = withKy(ky.create({}), { adapter, retry })
    return (url, method, headers) => api(url, { method, ...bodyFor(method), ...(headers ? { headers } : {}) })
  },
  fetch: (retry) => {
    const f = withFetch(fetch, { adapter, retry })
    return (url, method, headers) => f(url, { method, ...bodyFor(method), ...(headers ? { headers } : {}) })
  },
}
const fast = { baseDelay: 1, maxBackoff: 2, budget: false } as const
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe.each(Object.keys(clients))('idempotency keys through %s', (name) => {
  const make = clients[name] as (retry: RetryOptions) => Call
  const id = () => `${name}-${Math.random()}`

  it('puts one key on every attempt of a POST and replays it after a failure that is not replay-safe', async () => {
    const call = make({ ...fast, idempotencyKey: true })
    const first = id()
    await call(`${base}/?codes=7002,7002&id=${first}`, 'POST')
    const keys = (seen.get(first) ?? []).map((r) => r.key)
    expect(keys).toHaveLength(3)
    expect(keys[0]).toMatch(UUID)
    expect(new Set(keys).size).toBe(1)
    // Another call, another key.
    const second = id()
    await call(`${base}/?codes=7002&id=${second}`, 'POST')
    const other = (seen.get(second) ?? []).map((r) => r.key)
    expect(other).toHaveLength(2)
    expect(other[0]).not.toBe(keys[0])
  })

  it('without the option: no header, and the POST is not replayed', async () => {
    const call = make({ ...fast })
    const key = id()
    const err = (await rejection(call(`${base}/?codes=7002,7002&id=${key}`, 'POST'))) as ApiError
    expect(err).toMatchObject({ code: 7002, attempts: 1 })
    expect(seen.get(key)).toEqual([{ key: undefined, mine: undefined }])
  })

  it('leaves a GET alone (it replays by itself) and keeps a key the application set', async () => {
    const call = make({ ...fast, idempotencyKey: true })
    const get = id()
    await call(`${base}/?codes=7002&id=${get}`, 'GET')
    expect((seen.get(get) ?? []).map((r) => r.key)).toEqual([undefined, undefined])
    const given = id()
    await call(`${base}/?codes=7002&id=${given}`, 'POST', { 'Idempotency-Key': 'order-42' })
    expect((seen.get(given) ?? []).map((r) => r.key)).toEqual(['order-42', 'order-42'])
  })

  it('takes another header name and value maker', async () => {
    let n = 0
    const call = make({ ...fast, idempotencyKey: { header: 'X-Op', value: () => `op-${++n}` } })
    const key = id()
    await call(`${base}/?codes=7002&id=${key}`, 'PATCH')
    expect(seen.get(key)).toEqual([
      { key: undefined, mine: 'op-1' },
      { key: undefined, mine: 'op-1' },
    ])
  })
})

describe('the fetch wrapper keeps the shape of the caller’s headers', () => {
  // A signing wrapper of the application's that spreads `init.headers` into its own object: a `Headers`
  // instance has no own properties, so every header would be lost.
  const given: unknown[] = []
  const signing = ((input: RequestInfo | URL, init?: RequestInit) => {
    given.push(init?.headers)
    return fetch(input, { ...init, headers: { 'x-sig': 'signed', ...(init?.headers as Record<string, string>) } })
  }) as typeof fetch

  it.each([
    ['a plain object', { 'X-Op': 'mine' }],
    ['a list of pairs', [['X-Op', 'mine']]],
    ['a Headers instance', new Headers({ 'X-Op': 'mine' })],
  ])('%s stays one, the key added', async (_shape, headers) => {
    given.length = 0
    const f = withFetch(signing, { adapter, retry: { ...fast, idempotencyKey: { value: () => 'k-1' } } })
    const key = `shape-${Math.random()}`
    await f(`${base}/?codes=7002&id=${key}`, { method: 'POST', body: '{}', headers: headers as HeadersInit })
    expect(given).toHaveLength(2)
    const sent = given[0]
    expect(Array.isArray(sent)).toBe(Array.isArray(headers))
    expect(sent instanceof Headers).toBe(headers instanceof Headers)
    expect(new Headers(sent as HeadersInit).get('idempotency-key')).toBe('k-1')
    expect(new Headers(sent as HeadersInit).get('x-op')).toBe('mine')
  })

  it('a plain object reaches the server whole through a wrapper that spreads it', async () => {
    const f = withFetch(signing, { adapter, retry: { ...fast, idempotencyKey: { value: () => 'k-3' } } })
    const key = `shape-${Math.random()}`
    await f(`${base}/?codes=7002&id=${key}`, { method: 'POST', body: '{}', headers: { 'X-Op': 'mine' } })
    expect(seen.get(key)).toEqual([
      { key: 'k-3', mine: 'mine' },
      { key: 'k-3', mine: 'mine' },
    ])
  })

  it('gives a call without headers a plain object with the key', async () => {
    given.length = 0
    const f = withFetch(signing, { adapter, retry: { ...fast, idempotencyKey: { value: () => 'k-2' } } })
    const key = `shape-${Math.random()}`
    await f(`${base}/?id=${key}`, { method: 'POST', body: '{}' })
    expect(given[0]).toEqual({ 'Idempotency-Key': 'k-2' })
    expect(seen.get(key)).toEqual([{ key: 'k-2', mine: undefined }])
  })
})
