import { setupServer } from 'msw/node'
import { afterAll, beforeAll } from 'vitest'
import { contract } from '../support/contract.js'
import { simulatorHandler } from '../support/msw-simulator.js'

const BASE = 'http://sim.test'

const server = setupServer(simulatorHandler(BASE))

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

contract('msw', () => BASE)
