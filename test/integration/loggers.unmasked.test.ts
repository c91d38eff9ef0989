// The control of loggers.test.ts: with masking switched off, the same matrix finds the canaries, so the
// test that finds none could fail.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { leaks, makers, scenarios } from '../support/leaks.js'
import { views } from '../support/loggers.js'

vi.mock('../../src/errors/mask.js', async (original) => ({
  ...(await original<typeof import('../../src/errors/mask.js')>()),
  maskText: (text: string) => text,
  maskUrl: (url: string) => url,
  maskParams: (params: string) => params,
  maskBody: (body: unknown) => body,
}))

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

describe.each(Object.entries(makers))('with masking switched off, %s', (client, make) => {
  it.each(scenarios(() => sim.url, true))('%s leaks the canary into a log line', async (scenario, run) => {
    const err = await run(make)
    const leaking: string[] = []
    for (const [view, log] of Object.entries(views)) if (leaks(await log(err))) leaking.push(view)
    expect(leaking.length, `${client}, ${scenario}`).toBeGreaterThan(0)
  })
})
