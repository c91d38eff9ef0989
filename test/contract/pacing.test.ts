// retry.pacing through axios, ky and fetch against the simulator's QPS limit (10 a second per credential),
// offered 50 a second: without pacing most requests are refused, with it they wait for their turn.
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { type ApiError, isApiError, type RetryOptions } from '../../src/index.js'
import { Pacer, type PacingStore } from '../../src/retry/pacing.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

type Call = (url: string) => Promise<unknown>
const clients: Record<string, (retry: RetryOptions, who: string) => Call> = {
  axios: (retry, who) => {
    const api = withAxios(axios.create({ headers: { authorization: who } }), { adapter: jiguang, retry })
    return (url) => api.post(url, '{}')
  },
  ky: (retry, who) => {
    const api = withKy(ky.create({ headers: { authorization: who } }), { adapter: jiguang, retry })
    return (url) => api.post(url, { body: '{}' })
  },
  fetch: (retry, who) => {
    const f = withFetch(fetch, { adapter: jiguang, retry })
    return (url) => f(url, { method: 'POST', body: '{}', headers: { authorization: who } })
  },
}

/** 25 requests, one every 20 ms; how many the vendor refused, how many errcode refused, how many passed. */
async function offer(call: Call) {
  const url = `${sim.url}/jiguang/v1/web/verify?qps=10`
  const outcomes: Promise<'passed' | 'refused by the vendor' | 'refused here'>[] = []
  for (let i = 0; i < 25; i++) {
    outcomes.push(
      call(url).then(
        () => 'passed' as const,
        (err: unknown) => {
          if (!isApiError(err) || err.code !== 1804) throw err
          return (err as ApiError).shortCircuited === true ? 'refused here' : 'refused by the vendor'
        },
      ),
    )
    await new Promise((r) => setTimeout(r, 20))
  }
  const all = await Promise.all(outcomes)
  const count = (o: string) => all.filter((x) => x === o).length
  return { passed: count('passed'), vendor: count('refused by the vendor'), here: count('refused here') }
}

describe.each(Object.keys(clients))('pacing through %s', (name) => {
  const make = clients[name] as (retry: RetryOptions, who: string) => Call

  it('without it, most of a burst above the limit is refused by the vendor', async () => {
    const r = await offer(make({ maxAttempts: 1, budget: false }, `${name}-plain-${Math.random()}`))
    expect(r.vendor).toBeGreaterThanOrEqual(12)
    expect(r.passed + r.vendor).toBe(25)
  })

  it('with it, requests after the first throttle wait for their turn: few refusals, none lost', async () => {
    const r = await offer(make({ maxAttempts: 1, budget: false, pacing: true }, `${name}-paced-${Math.random()}`))
    expect(r.vendor).toBeLessThanOrEqual(3)
    expect(r.here).toBe(0)
    expect(r.passed + r.vendor).toBe(25)
  }, 20_000)

  it("tells the store which rate each refused request left under: none before pacing began, its turn's after", async () => {
    const told: (number | null | undefined)[] = []
    const pacer = new Pacer()
    const store: PacingStore = {
      reserve: (key, maxWaitMs) => pacer.reserve(key, maxWaitMs),
      release: (key) => pacer.release(key),
      passed: (key) => pacer.passed(key),
      throttled: (key, last, sentUnder) => {
        told.push(sentUnder)
        pacer.throttled(key, last, sentUnder)
      },
    }
    const r = await offer(make({ maxAttempts: 1, budget: false, pacing: { store } }, `${name}-epochs-${Math.random()}`))
    expect(told).toHaveLength(r.vendor)
    // The first refusal is of a request sent before any throttle: no turn, so `null`, not "unknown".
    expect(told[0]).toBeNull()
    for (const sentUnder of told) expect(sentUnder === null || Number.isInteger(sentUnder)).toBe(true)
  }, 20_000)

  it('fails at once, without sending, when the turn would come after the deadline', async () => {
    const call = make({ maxAttempts: 1, budget: false, pacing: true, deadline: 150 }, `${name}-late-${Math.random()}`)
    const r = await offer(call)
    expect(r.here).toBeGreaterThan(0)
    expect(r.vendor).toBeLessThanOrEqual(3)
  })
})
