// Where an interceptor's error points: the application's call, on every path an error can leave by.
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { errcodeHooks, withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { isApiError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
beforeEach(() => sim.reset())
afterAll(() => sim.close())

const ERRCODE_FRAMES =
  /createError|vendorError|transportError|errorOf|responseError|sendError|unplacedError|judge|inspect/

/** The stack of what `run` rejects with, run from a function the test names. */
async function stackOf(run: () => Promise<unknown>): Promise<string> {
  async function applicationCall() {
    return await run()
  }
  const err = await rejection(applicationCall())
  expect(isApiError(err)).toBe(true)
  return (err as Error).stack ?? ''
}

function expectPlaced(stack: string, header: RegExp) {
  expect(stack).toMatch(header)
  expect(stack).toMatch(/\n {4}at (async )?applicationCall /)
  expect(stack).not.toMatch(ERRCODE_FRAMES)
}

const rate = /^RateLimitError: jiguang 1804: /
const network = /^NetworkError: jiguang (E[A-Z]+|UND_ERR_[A-Z_]+): /
const timeout = /^TimeoutError: jiguang ETIMEDOUT: /
const fastRetry = { maxAttempts: 2, baseDelay: 1, maxBackoff: 2, budget: false } as const

describe('the stack of an error from the ky integration', () => {
  const api = withKy(ky.create({ retry: 0 }), { adapter: jiguang })
  it('points at the application when it awaits the call, or reads the body', async () => {
    expectPlaced(await stackOf(() => api.get(`${sim.url}/jiguang/v1/web/verify?code=1804`)), rate)
    expectPlaced(await stackOf(() => api.get(`${sim.url}/jiguang/v1/web/verify?code=1804`).json()), rate)
    expectPlaced(await stackOf(() => api(`${sim.url}/jiguang/v1/web/verify?code=1804`).text()), rate)
  })
  it('points at the application for a dropped connection and for ky’s own timeout', async () => {
    expectPlaced(await stackOf(() => api.get(`${sim.url}/drop`).json()), network)
    expectPlaced(await stackOf(() => api.get(`${sim.url}/slow?ms=500`, { timeout: 50 }).json()), timeout)
  })
  it('points at the application after the retry policy gave up', async () => {
    const retried = withKy(ky.create(), { adapter: jiguang, retry: fastRetry })
    const stack = await stackOf(() => retried.get(`${sim.url}/jiguang/v1/web/verify?code=1804`).json())
    expectPlaced(stack, rate)
    expect(sim.requests.total).toBe(2)
  })
  it('holds no errcode frames with the hooks alone', async () => {
    const hooked = ky.create({ retry: 0, hooks: errcodeHooks({ adapter: jiguang }) })
    const stack = await stackOf(() => hooked.get(`${sim.url}/jiguang/v1/web/verify?code=1804`).json())
    expect(stack).toMatch(rate)
    expect(stack).toMatch(/\n {4}at /)
    expect(stack).not.toMatch(ERRCODE_FRAMES)
  })
})

describe('the stack of an error from the fetch and axios integrations', () => {
  it('fetch: a vendor code, a dropped connection, and after the retry policy gave up', async () => {
    const f = withFetch(fetch, { adapter: jiguang })
    expectPlaced(await stackOf(() => f(`${sim.url}/jiguang/v1/web/verify?code=1804`)), rate)
    expectPlaced(await stackOf(() => f(`${sim.url}/drop`)), network)
    const retried = withFetch(fetch, { adapter: jiguang, retry: fastRetry })
    expectPlaced(await stackOf(() => retried(`${sim.url}/jiguang/v1/web/verify?code=1804`)), rate)
  })
  it('axios: a vendor code, a dropped connection, and after the retry policy gave up', async () => {
    // axios adds the caller's frames to every error that leaves its request; errcode adds none of its own.
    const api = withAxios(axios.create(), { adapter: jiguang })
    expectPlaced(await stackOf(() => api.get(`${sim.url}/jiguang/v1/web/verify?code=1804`)), rate)
    expectPlaced(await stackOf(() => api.get(`${sim.url}/drop`)), network)
    const retried = withAxios(axios.create(), { adapter: jiguang, retry: fastRetry })
    expectPlaced(await stackOf(() => retried.get(`${sim.url}/jiguang/v1/web/verify?code=1804`)), rate)
  })
})

describe('the stack read late, after the application has moved on', () => {
  /** The stack of what `run` rejects with, read twice after another request and a turn of the event loop. */
  async function lateStacks(run: () => Promise<unknown>, other: () => Promise<unknown>): Promise<[string, string]> {
    async function applicationCall() {
      return await run()
    }
    const err = await rejection(applicationCall())
    expect(isApiError(err)).toBe(true)
    await rejection(other())
    await new Promise((resolve) => setTimeout(resolve, 5))
    return [(err as Error).stack ?? '', (err as Error).stack ?? '']
  }
  const code = (c: number) => `${sim.url}/jiguang/v1/web/verify?code=${c}`

  it('starts at the application’s call on ky, fetch and axios, and reads the same twice', async () => {
    const k = withKy(ky.create({ retry: 0 }), { adapter: jiguang })
    const f = withFetch(fetch, { adapter: jiguang })
    const a = withAxios(axios.create(), { adapter: jiguang })
    for (const [run, other] of [
      [() => k.post(code(1804)).json(), () => k.get(code(1001)).json()],
      [() => k.get(code(1804)), () => k.get(code(1001))],
      [() => f(code(1804), { method: 'POST' }), () => f(code(1001))],
      [() => a.post(code(1804)), () => a.get(code(1001))],
    ] as const) {
      const [first, second] = await lateStacks(run, other)
      expectPlaced(first, rate)
      expect(second).toBe(first)
    }
  })

  it('starts at the application’s call after the retry policy gave up, on ky and fetch', async () => {
    const k = withKy(ky.create(), { adapter: jiguang, retry: fastRetry })
    const f = withFetch(fetch, { adapter: jiguang, retry: fastRetry })
    for (const [run, other] of [
      [() => k.get(code(1804)).json(), () => k.get(code(1001)).json()],
      [() => f(code(1804)), () => f(code(1001))],
    ] as const) {
      const [first, second] = await lateStacks(run, other)
      expectPlaced(first, rate)
      expect(second).toBe(first)
    }
  })
})
