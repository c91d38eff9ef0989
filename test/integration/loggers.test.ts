import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogs } from '../../catalogs/index.js'
import { clientCause } from '../../src/clients/fetch/fetch.js'
import { type ApiError, classifyResponse } from '../../src/index.js'
import { simulatedVendors } from '../../src/testing/answers.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { leaks, makers, scenarios } from '../support/leaks.js'
import { serializers, views } from '../support/loggers.js'
import { simulatorHandler } from '../support/msw-simulator.js'

let sim: Simulator
const MSW = 'http://sim.test'
const msw = setupServer(simulatorHandler(MSW))
beforeAll(async () => {
  sim = await startSimulator()
  msw.listen({ onUnhandledRequest: 'bypass' })
})
afterAll(async () => {
  msw.close()
  await sim.close()
})

describe('every code of every catalog goes through pino and winston without a throw', () => {
  const errors: [string, ApiError][] = []
  for (const [vendor, catalog] of Object.entries(catalogs)) {
    const adapter = simulatedVendors[vendor]
    if (adapter === undefined) throw new Error(`no adapter for ${vendor}`)
    for (const entry of catalog.entries) {
      if (entry.kind !== 'error') continue
      const err = classifyResponse(adapter, {
        status: 200,
        header: () => null,
        body: { kind: 'json', value: adapter.encode(entry.code) },
      })
      if (err === undefined) throw new Error(`${vendor} ${entry.code} made no error`)
      errors.push([`${vendor} ${entry.code}`, err])
    }
  }

  it.each(Object.entries(serializers))('%s', async (_, view) => {
    let logged = 0
    for (const [name, err] of errors) {
      const text = await view(err)
      // One JSON line that carries the error's message (escaped as JSON escapes it).
      expect(() => JSON.parse(text), name).not.toThrow()
      expect(text, name).toContain(JSON.stringify(err.message).slice(1, -1))
      logged++
    }
    expect(logged).toBe(errors.length)
    expect(logged).toBeGreaterThan(300)
  })
})

const transports: readonly (readonly [string, () => string])[] = [
  ['a real server', () => sim.url],
  ['msw', () => MSW],
]

describe.each(transports)('no canary reaches a log line, against %s', (_, base) => {
  describe.each(Object.entries(makers))('%s', (client, make) => {
    it.each(scenarios(base, true))('%s', async (scenario, run) => {
      const err = await run(make)
      for (const [view, log] of Object.entries(views)) {
        const text = await log(err)
        expect(leaks(text), `${client}, ${scenario}, ${view}:\n${text}`).toBe(false)
        const cause = await log(err.cause)
        expect(leaks(cause), `${client}, ${scenario}, ${view} of err.cause alone:\n${cause}`).toBe(false)
      }
    })
  })
})

describe('the client’s own error is still there for code that asks for it', () => {
  it('holds what the summary masks: the canaries are in the raw Response, not in err.cause', async () => {
    const err = await (scenarios(() => sim.url, true)[0] as [string, (m: unknown) => Promise<ApiError>])[1](
      makers.fetch,
    )
    const raw = clientCause(err)
    expect(raw).toBeInstanceOf(Response)
    expect(leaks((raw as Response).url)).toBe(true)
    expect(leaks(JSON.stringify(err.cause))).toBe(false)
  })
})
