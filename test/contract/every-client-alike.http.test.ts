// What every client does alike (test/support/contract.ts), through axios, ky and fetch against the real
// simulator on a loopback socket, with every code of every vendor's catalog.
import { afterAll, beforeAll } from 'vitest'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { contract } from '../support/contract.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

contract('the real simulator', () => sim.url, { all: true })
