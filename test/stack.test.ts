// Where an interceptor's error points: the application's call, on every path an error can leave by.
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jiguang } from '../adapters/jiguang.js'
import { annotate, createError, isApiError } from '../src/index.js'
import { withErrcode as withAxios } from '../src/interceptors/axios.js'
import { withErrcode as withFetch } from '../src/interceptors/fetch.js'
import { errcodeHooks, withErrcode as withKy } from '../src/interceptors/ky.js'
import { place } from '../src/place.js'
import { type Simulator, startSimulator } from '../src/simulator.js'
import { isUnplaced, unplacedError, withoutFrames } from '../src/stack.js'
import { rejection } from './support/clients.js'

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
const network = /^NetworkError: jiguang E[A-Z]+: /
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

describe('making an error without frames, and placing it', () => {
  const init = {
    vendor: 'x',
    code: 1,
    source: 'vendor',
    category: 'quota',
    description: 'd',
    retry: { kind: 'never', replaySafe: false },
  } as const

  it('captures no frames, and restores the limit, even when making the error throws', () => {
    const limit = Error.stackTraceLimit
    const made = withoutFrames(() => createError(init))
    expect(made.stack).toBe(`QuotaExceededError: ${made.message}`)
    expect(() =>
      withoutFrames(() => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(Error.stackTraceLimit).toBe(limit)
    expect(new Error('after').stack).toMatch(/\n {4}at /)
  })

  it('places an error once, from the caller of the function named; other values pass as they are', () => {
    const made = unplacedError(() => createError(init))
    expect(isUnplaced(made)).toBe(true)
    function caller() {
      return place(made, caller)
    }
    function outer() {
      return caller()
    }
    expect(outer()).toBe(made)
    expect(made.stack).toMatch(/^QuotaExceededError: .*\n {4}at outer /)
    expect(made.stack).not.toMatch(/at caller /)
    const placedStack = made.stack
    place(made, outer)
    expect(made.stack).toBe(placedStack)
    const plain = new Error('plain')
    const before = plain.stack
    expect(place(plain, outer)).toBe(plain)
    expect(plain.stack).toBe(before)
    expect(place('text', outer)).toBe('text')
    expect(place(undefined, outer)).toBeUndefined()
  })

  it('keeps the mark off the error’s own properties, and off a copy of them', () => {
    const made = unplacedError(() => createError(init))
    expect(Reflect.ownKeys(made)).not.toContain(Symbol.for('errcode.unplaced'))
    expect(Reflect.ownKeys({ ...made })).not.toContain(Symbol.for('errcode.unplaced'))
    expect(Reflect.ownKeys(Object.getPrototypeOf({}))).not.toContain(Symbol.for('errcode.unplaced'))
  })

  it('annotate keeps an unplaced error unplaced, and a placed one as it is', () => {
    const unplaced = unplacedError(() => createError(init))
    const copy = annotate(unplaced, { attempts: 2 })
    expect(isUnplaced(copy)).toBe(true)
    expect(copy.stack).toBe(unplaced.stack)
    const plain = createError(init)
    const plainCopy = annotate(plain, { attempts: 2 })
    expect(isUnplaced(plainCopy)).toBe(false)
    expect(plainCopy.stack).toBe(plain.stack)
  })
})
