// What every client does alike (test/support/contract.ts), through axios, ky and fetch against the simulator's
// msw twin: a success passes untouched, one code of each category of every vendor is its class, request ids,
// frames, dropped connections and timeouts.
import { setupServer } from 'msw/node'
import { afterAll, beforeAll } from 'vitest'
import { contract } from '../support/contract.js'
import { simulatorHandler } from '../support/msw-simulator.js'

const BASE = 'http://sim.test'

const server = setupServer(simulatorHandler(BASE))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

contract('msw', () => BASE)
