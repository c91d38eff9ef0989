// A refusal made before sending (the quota guard, the circuit breaker) through the three clients: its source
// is the failure's that set the block, its frames start at the application, its retry.at is the block's,
// and the waits it reports are whole milliseconds.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { tencentSms } from '../../adapters/tencent-sms.js'
import type { ApiError, GuardStore } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
beforeEach(() => sim.reset())
afterAll(() => sim.close())

const ERRCODE_FRAMES = /createError|shortCircuit|guardRequest|guarded|unplacedError|RetryPolicy\./

describe.each(clients)('a refusal through $name', (client) => {
  /** The error of a call the test names, from a function the stack must show. */
  async function applicationCall(call: () => Promise<unknown>): Promise<ApiError> {
    return (await rejection(call())) as ApiError
  }

  it('by the breaker: source of the outage (http), frames from the application', async () => {
    const call = client.wrap({
      adapter: jiguang,
      retry: { maxAttempts: 1, budget: false, breaker: { consecutive: 2 } },
    })
    const url = `${sim.url}/html?status=503`
    await rejection(call(url))
    await rejection(call(url))
    const refused = await applicationCall(() => call(url))
    expect(refused).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'breaker', source: 'http' })
    expect(sim.requests.total).toBe(2)
    expect(refused.stack).toMatch(/\n {4}at (async )?applicationCall /)
    expect(refused.stack).not.toMatch(ERRCODE_FRAMES)
  })

  it('by the quota guard: the block’s very retry.at, the vendor’s source, frames from the application', async () => {
    const call = client.wrap({ adapter: jiguang, retry: { budget: false } })
    const first = (await rejection(call(`${sim.url}/jiguang/v1/web/verify?appkey=k1&code=9007`))) as ApiError
    const refused = await applicationCall(() => call(`${sim.url}/jiguang/v1/web/verify?appkey=k1&code=9007`))
    expect(refused).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'quota', source: 'vendor' })
    expect(refused.retry.at?.getTime()).toBe(first.retry.at?.getTime())
    expect(refused.stack).toMatch(/\n {4}at (async )?applicationCall /)
    expect(refused.stack).not.toMatch(ERRCODE_FRAMES)
  })

  it('admits a replay as it admits the first attempt: a block set during the wait refuses it', async () => {
    let blocked = false
    // A guard store (shared by a fleet, say) that another process fills while this request waits to replay.
    const guard: GuardStore = {
      get: () =>
        blocked
          ? { until: Date.now() + 60_000, vendor: 'jiguang', code: 1804, category: 'rate_limit', description: 'd' }
          : undefined,
      set: () => undefined,
    }
    const retry = () => {
      blocked = true
    }
    const call = client.wrap({
      adapter: jiguang,
      retry: { maxAttempts: 3, baseDelay: 1, budget: false, guard },
      telemetry: { retry },
    })
    const err = (await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804`))) as ApiError
    expect(err).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'quota', attempts: 2 })
    expect(sim.requests.total).toBe(1)
  })

  it('reports the waits before the last attempt in whole milliseconds', async () => {
    const call = client.wrap({ adapter: jiguang, retry: { maxAttempts: 3, baseDelay: 7, budget: false } })
    const err = (await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804`))) as ApiError
    expect(err.attempts).toBe(3)
    expect(Number.isInteger(err.waitedMs)).toBe(true)
  })
})

describe.each(clients)('inside a request handler, through $name', (client) => {
  it('the handler settings of docs/retry.md fail a 30-second window at once, retry.at telling when', async () => {
    const call = client.wrap({ adapter: tencentSms, retry: { maxDelay: 2_000, deadline: 5_000 } })
    const started = Date.now()
    const err = (await rejection(
      call(`${sim.url}/tencent-sms/?code=LimitExceeded.PhoneNumberThirtySecondLimit`, { method: 'POST', body: '{}' }),
    )) as ApiError
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(err).toMatchObject({ code: 'LimitExceeded.PhoneNumberThirtySecondLimit', attempts: 1 })
    expect((err.retry.at?.getTime() ?? 0) - started).toBeGreaterThanOrEqual(29_000)
    expect(sim.requests.total).toBe(1)
  })
})
