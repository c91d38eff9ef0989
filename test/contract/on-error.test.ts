// The `onError` option through axios, ky and fetch against the simulator: every failed attempt and every
// refusal is told, with the attempt's number and the masked request; a hook that throws changes nothing.
import ky from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { errcodeHooks } from '../../src/clients/ky/ky.js'
import { type ApiError, type ErrorContext, isApiError, RateLimitError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

describe.each(clients)('onError through $name', (client) => {
  it('sees each failed attempt of a retried call, then the one that stands', async () => {
    const seen: [ApiError['code'], ErrorContext][] = []
    const call = client.wrap({
      adapter: jiguang,
      retry: { maxAttempts: 3, baseDelay: 1, maxBackoff: 2 },
      onError: (err, context) => seen.push([err.code, context]),
    })
    const err = await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804&sign=s3cr3t`))
    expect(err).toBeInstanceOf(RateLimitError)
    expect(seen.map(([code, { attempt }]) => [code, attempt])).toEqual([
      [1804, 1],
      [1804, 2],
      [1804, 3],
    ])
    for (const [, { request }] of seen) {
      expect(request?.method).toBe('GET')
      expect(request?.url).toContain('sign=')
      expect(request?.url).not.toContain('s3cr3t')
    }
  })

  it('a hook that throws changes neither the error nor the success', async () => {
    const call = client.wrap({
      adapter: jiguang,
      onError: () => {
        throw new Error('a bug in the hook')
      },
    })
    const err = await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804`))
    expect(err).toBeInstanceOf(RateLimitError)
    expect(isApiError(err) && err.code).toBe(1804)
    expect((await call(`${sim.url}/jiguang/v1/web/verify?code=8000`)).status).toBe(200)
  })

  it('a telemetry backend whose run throws changes neither the error nor the success', async () => {
    const call = client.wrap({
      adapter: jiguang,
      telemetry: {
        attempt: () => ({
          run: () => {
            throw new Error('backend down')
          },
          failed() {},
          retried() {},
          end() {},
        }),
      },
    })
    expect(await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804`))).toBeInstanceOf(RateLimitError)
    expect((await call(`${sim.url}/jiguang/v1/web/verify?code=8000`)).status).toBe(200)
  })
})

it("ky's own replays of a dropped connection (no retry policy) are told as attempts 2 and 3", async () => {
  const ky3 = clients.find((c) => c.name === 'ky') as (typeof clients)[number]
  const seen: [ApiError['category'], number][] = []
  const call = ky3.wrap({ adapter: jiguang, onError: (err, { attempt }) => seen.push([err.category, attempt]) })
  await rejection(call(`${sim.url}/drop`))
  expect(seen).toEqual([
    ['network', 1],
    ['network', 2],
    ['network', 3],
  ])
})

it("ky's errcodeHooks tell onError of the response errors they make", async () => {
  const seen: number[] = []
  const api = ky.create({
    retry: 0,
    hooks: errcodeHooks({ adapter: jiguang, onError: (_err, { attempt }) => seen.push(attempt) }),
  })
  await rejection(api(`${sim.url}/jiguang/v1/web/verify?code=1804`))
  expect(seen).toEqual([1])
})
