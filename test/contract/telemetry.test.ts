// The `telemetry` option through axios, ky and fetch against the simulator: one observer interface, each
// member told one event object of its own type; a list of observers is told alike; an observer that throws
// changes neither what the application gets nor what the other observers are told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { type ApiError, RateLimitError, type Telemetry } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

/** An observer that records every event it is told, as `[member, event]`. */
function recorder(): { telemetry: Telemetry; seen: [string, unknown][] } {
  const seen: [string, unknown][] = []
  const telemetry: Telemetry = {
    attempt: (event) => {
      seen.push(['attempt', event])
      return undefined
    },
    retry: (event) => seen.push(['retry', event]),
    refused: (event) => seen.push(['refused', event]),
    paced: (event) => seen.push(['paced', event]),
    circuit: (event) => seen.push(['circuit', event]),
    error: (event) => seen.push(['error', event]),
  }
  return { telemetry, seen }
}

/** An observer whose every member throws. */
const down = (): never => {
  throw new Error('observer down')
}
const broken: Telemetry = { attempt: down, retry: down, refused: down, paced: down, circuit: down, error: down }

describe.each(clients)('telemetry through $name', (client) => {
  it('tells each attempt, error and retry once, each as one event object', async () => {
    const { telemetry, seen } = recorder()
    const call = client.wrap({ adapter: jiguang, retry: { maxAttempts: 2, baseDelay: 1, maxBackoff: 2 }, telemetry })
    const err = (await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804&sign=s3cr3t`))) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(seen.map(([member]) => member)).toEqual(['attempt', 'error', 'retry', 'attempt', 'error'])
    const [, first] = seen[0] as [string, { vendor: string; attempt: number; request: { url: string } }]
    expect(first).toMatchObject({ vendor: 'jiguang', attempt: 1, request: { method: 'GET' } })
    expect(first.request.url).not.toContain('s3cr3t')
    expect(seen[1]?.[1]).toMatchObject({ attempt: 1, error: { code: 1804 } })
    expect(seen[2]?.[1]).toMatchObject({ attempt: 1, error: { code: 1804 }, delayMs: expect.any(Number) })
    expect(seen[4]?.[1]).toEqual({ error: err, attempt: 2, request: err.request })
  })

  it('tells a refusal before sending as a refused event and an error event of attempt 0', async () => {
    const { telemetry, seen } = recorder()
    const call = client.wrap({ adapter: jiguang, retry: { maxAttempts: 1, maxDelay: 1_000 }, telemetry })
    const url = `${sim.url}/jiguang/v1/web/verify?appkey=${client.name}-${Math.random()}&code=9007`
    await rejection(call(url))
    seen.length = 0
    const refused = (await rejection(call(url))) as ApiError
    expect(refused).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'quota' })
    expect(seen).toEqual([
      ['error', { error: refused, attempt: 0, request: refused.request }],
      ['refused', { error: refused, request: refused.request }],
    ])
  })

  it('tells every observer of a list, and onError as well', async () => {
    const one = recorder()
    const two = recorder()
    const errors: number[] = []
    const call = client.wrap({
      adapter: jiguang,
      telemetry: [one.telemetry, two.telemetry],
      onError: (_, { attempt }) => errors.push(attempt),
    })
    await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804`))
    expect(one.seen.map(([member]) => member)).toEqual(['attempt', 'error'])
    expect(two.seen).toEqual(one.seen)
    expect(errors).toEqual([1])
  })

  it('an observer that throws changes neither the error, nor the success, nor what the others are told', async () => {
    const { telemetry, seen } = recorder()
    const call = client.wrap({
      adapter: jiguang,
      retry: { maxAttempts: 2, baseDelay: 1, maxBackoff: 2 },
      telemetry: [broken, telemetry],
    })
    const err = (await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804`))) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ code: 1804, attempts: 2 })
    expect(seen.map(([member]) => member)).toEqual(['attempt', 'error', 'retry', 'attempt', 'error'])
    expect((await call(`${sim.url}/jiguang/v1/web/verify?code=8000`)).status).toBe(200)
    const alone = client.wrap({
      adapter: jiguang,
      retry: { maxAttempts: 2, baseDelay: 1, maxBackoff: 2 },
      telemetry: broken,
    })
    expect(await rejection(alone(`${sim.url}/jiguang/v1/web/verify?code=1804`))).toMatchObject({
      code: 1804,
      attempts: 2,
    })
    expect((await alone(`${sim.url}/jiguang/v1/web/verify?code=8000`)).status).toBe(200)
  })
})
