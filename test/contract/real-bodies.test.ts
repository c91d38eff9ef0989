// Real response bodies (test/fixtures/real-bodies.ts, each with its source) through axios, ky and fetch:
// every success passes with its body intact, every error is its code's class.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Adapter, ApiError, UnknownApiError } from '../../src/index.js'
import { simulatedVendors } from '../../src/testing/answers.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { realBodies } from '../fixtures/real-bodies.js'
import { clients, rejection } from '../support/clients.js'

/** Every vendor errcode ships, by id. */
const adapters: Readonly<Record<string, Adapter>> = simulatedVendors

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const cases = realBodies.map((b, i) => ({ ...b, name: `${b.vendor} #${i + 1}` }))

describe.each(clients)('real bodies through $name', (client) => {
  it.each(cases)('$name', async (c) => {
    const adapter = adapters[c.vendor]
    if (adapter === undefined) throw new Error(`no adapter ${c.vendor}`)
    const call = client.wrap({ adapter })
    const url = `${sim.url}/raw?status=${c.status}&type=${encodeURIComponent(c.type)}&body=${encodeURIComponent(c.body)}`
    if (c.expect.kind === 'pass') {
      const out = await call(url)
      expect(out.status).toBe(c.status)
      expect(out.data).toEqual(JSON.parse(c.body))
      return
    }
    const err = await rejection(call(url))
    expect(err).toBeInstanceOf(ApiError)
    expect(err).not.toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({ vendor: c.vendor, code: c.expect.code, category: c.expect.category, source: 'vendor' })
  })
})

it('holds bodies of the vendors with public examples', () => {
  const count = (vendor: string) => realBodies.filter((b) => b.vendor === vendor).length
  expect(count('tencent-sms')).toBeGreaterThanOrEqual(10)
  expect(count('wechat')).toBeGreaterThanOrEqual(10)
})
