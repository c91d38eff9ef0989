// The retry option through axios, ky and fetch against the simulator: what is retried and how often,
// Retry-After, one token refresh for many failures, the quota guard, aborted waits, clock skew, and bodies
// that are streams, which are never replayed.
import { Readable } from 'node:stream'
import axios from 'axios'
import ky from 'ky'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { guanaitong } from '../../adapters/guanaitong.js'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import type { Adapter, ApiError, RetryEvent, RetryOptions, Telemetry } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
beforeEach(() => sim.reset())
afterEach(() => vi.useRealTimers())
afterAll(() => sim.close())

interface Init {
  method?: string
  body?: string
  signal?: AbortSignal
}
/** One client under test: a call, with the Authorization header that `token()` gives at send time. */
type Make = (
  adapter: Adapter,
  retry: RetryOptions,
  token?: () => string,
  telemetry?: Telemetry,
) => (url: string, init?: Init) => Promise<unknown>

/** The `telemetry` option, when a test gives one. */
const observed = (telemetry: Telemetry | undefined) => (telemetry === undefined ? {} : { telemetry })

const makers: Record<string, Make> = {
  axios: (adapter, retry, token, telemetry) => {
    const api = withAxios(axios.create(), { adapter, retry, ...observed(telemetry) })
    api.interceptors.request.use((config) => {
      if (token !== undefined) config.headers.set('authorization', `Bearer ${token()}`)
      return config
    })
    return (url, init = {}) =>
      api.request({
        url,
        method: init.method ?? 'GET',
        ...(init.body === undefined ? {} : { data: init.body }),
        ...(init.signal === undefined ? {} : { signal: init.signal }),
      })
  },
  ky: (adapter, retry, token, telemetry) => {
    const base = ky.create({
      hooks: {
        beforeRequest: [
          (request) => {
            if (token !== undefined) request.headers.set('authorization', `Bearer ${token()}`)
          },
        ],
      },
    })
    const api = withKy(base, { adapter, retry, ...observed(telemetry) })
    return (url, init = {}) =>
      api(url, {
        method: init.method ?? 'GET',
        ...(init.body === undefined ? {} : { body: init.body }),
        ...(init.signal ? { signal: init.signal } : {}),
      })
  },
  fetch: (adapter, retry, token, telemetry) => {
    // The signer sits inside the fetch that errcode wraps, so each replay is signed afresh.
    const signed: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: token === undefined ? {} : { authorization: `Bearer ${token()}` } })
    const f = withFetch(signed, { adapter, retry, ...observed(telemetry) })
    return (url, init = {}) => f(url, { method: init.method ?? 'GET', ...init })
  },
}

const fast = { baseDelay: 1, maxBackoff: 5, budget: false } as const

describe.each(Object.entries(makers))('retries through %s', (_, make) => {
  it('retries a GET after a 503 up to maxAttempts, and records attempts', async () => {
    const events: RetryEvent[] = []
    const call = make(jiguang, { ...fast, maxAttempts: 3 }, undefined, { retry: (e) => events.push(e) })
    const err = (await rejection(call(`${sim.url}/html?status=503`))) as ApiError
    expect(sim.requests.total).toBe(3)
    expect(err).toMatchObject({ category: 'unavailable', attempts: 3 })
    expect(events.map((e) => e.attempt)).toEqual([1, 2])
    expect(err.waitedMs).toBeGreaterThanOrEqual(0)
  })

  it('retries a dropped connection of a GET', async () => {
    const err = (await rejection(make(jiguang, { ...fast, maxAttempts: 3 })(`${sim.url}/drop`))) as ApiError
    expect(err).toMatchObject({ category: 'network', attempts: 3 })
    expect(sim.requests.total).toBe(3)
  })

  it('does not replay a POST after a 500, but does after a replay-safe rate limit', async () => {
    const call = make(jiguang, { ...fast, maxAttempts: 3 })
    expect(await rejection(call(`${sim.url}/html?status=500`, { method: 'POST', body: '{}' }))).toMatchObject({
      attempts: 1,
    })
    expect(sim.requests.total).toBe(1)
    sim.reset()
    expect(
      await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804`, { method: 'POST', body: '{}' })),
    ).toMatchObject({
      code: 1804,
      attempts: 3,
    })
    expect(sim.requests.total).toBe(3)
  })

  it('honours Retry-After: 0 at once, and fails at once on Retry-After: 99999', async () => {
    const call = make(jiguang, { ...fast, maxAttempts: 2, maxDelay: 5_000 })
    expect(await rejection(call(`${sim.url}/html?status=429&retryAfter=0`))).toMatchObject({ attempts: 2 })
    sim.reset()
    const started = Date.now()
    const err = (await rejection(call(`${sim.url}/html?status=429&retryAfter=99999`))) as ApiError
    expect(err).toMatchObject({ attempts: 1, retry: { kind: 'after', delayMs: 99_999_000 } })
    expect(sim.requests.total).toBe(1)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refreshes once for 20 concurrent expired-token failures, and replays each', async () => {
    let token = 'old'
    const refresh = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 20))
      token = 'new'
    })
    const call = make(guanaitong, { ...fast, refresh }, () => token)
    const url = `${sim.url}/guanaitong/x?code=1000210004&acceptToken=new`
    const results = await Promise.all(Array.from({ length: 20 }, () => call(url, { method: 'POST', body: '{}' })))
    expect(results).toHaveLength(20)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(sim.requests.total).toBe(40)
  })

  it('guards: after navinfo 1007 the next call fails fast without the network, until the reset', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-05-01T03:00:00Z'))
    const call = make(navinfo, { ...fast, maxDelay: 30_000 })
    // The simulator's Date header follows the simulated clock.
    const date = encodeURIComponent(new Date().toUTCString())
    // The caller's key in the query names the credential the block is for.
    const first = (await rejection(call(`${sim.url}/navinfo/geocode?ak=k1&code=1007&date=${date}`))) as ApiError
    expect(first).toMatchObject({ category: 'quota', attempts: 1 })
    expect(first.retry.at?.toISOString()).toBe('2026-05-01T16:00:00.000Z')
    const second = (await rejection(call(`${sim.url}/navinfo/geocode?ak=k1&code=1007`))) as ApiError
    expect(second).toMatchObject({ shortCircuited: true, code: 1007, category: 'quota' })
    expect(sim.requests.total).toBe(1)
    vi.setSystemTime(new Date('2026-05-01T16:00:01Z'))
    await call(`${sim.url}/navinfo/geocode?ak=k1&code=200`)
    expect(sim.requests.total).toBe(2)
  })

  it('cancels a 30-second wait at once when the caller aborts', async () => {
    const controller = new AbortController()
    const call = make(jiguang, { ...fast, maxDelay: 60_000 })
    const pending = rejection(call(`${sim.url}/jiguang/v1?code=1804&retryAfter=30`, { signal: controller.signal }))
    await new Promise((r) => setTimeout(r, 100))
    const started = Date.now()
    controller.abort()
    const err = (await pending) as Error
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(['AbortError', 'CanceledError']).toContain(err.name)
    expect(sim.requests.total).toBe(1)
  })
})

describe('clock skew', () => {
  it('measures the server clock against ours for codes that reject the timestamp', async () => {
    const ahead = new Date(Date.now() + 300_000).toUTCString()
    const f = withFetch(fetch, { adapter: guanaitong })
    const err = (await rejection(
      f(`${sim.url}/guanaitong/x?code=1000210001&date=${encodeURIComponent(ahead)}`),
    )) as ApiError
    expect(err.clockSkewMs).toBeGreaterThan(298_000)
    expect(err.clockSkewMs).toBeLessThan(301_000)
    const other = (await rejection(
      f(`${sim.url}/guanaitong/x?code=1000210002&date=${encodeURIComponent(ahead)}`),
    )) as ApiError
    expect(other.clockSkewMs).toBeUndefined()
  })
})

describe('bodies that are streams', () => {
  it('are never replayed by fetch', async () => {
    const f = withFetch(fetch, { adapter: jiguang, retry: fast })
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{}'))
        c.close()
      },
    })
    const init = { method: 'POST', body, duplex: 'half' } as RequestInit
    expect(await rejection(f(`${sim.url}/jiguang/x?code=1804`, init))).toMatchObject({ attempts: 1 })
    expect(sim.requests.total).toBe(1)
  })

  it('are never replayed by axios', async () => {
    const api = withAxios(axios.create(), { adapter: jiguang, retry: fast })
    const err = await rejection(api.post(`${sim.url}/jiguang/x?code=1804`, Readable.from(['{}'])))
    expect(err).toMatchObject({ attempts: 1 })
    expect(sim.requests.total).toBe(1)
  })
})
