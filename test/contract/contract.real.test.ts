import { afterAll, beforeAll } from 'vitest'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { contract } from '../support/contract.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

contract('the real simulator', () => sim.url, { all: true })
