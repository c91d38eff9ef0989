import { delay, HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll } from 'vitest'
import { downloadStream, simulate } from '../src/simulator.js'
import { contract } from './support/contract.js'

const BASE = 'http://sim.test'

const server = setupServer(
  http.all(`${BASE}/*`, async ({ request }) => {
    const a = simulate(new URL(request.url), request.headers.get('authorization'))
    if (a.kind === 'drop') return HttpResponse.error()
    if (a.kind === 'slow') {
      await delay(a.ms)
      return HttpResponse.json({})
    }
    if (a.kind === 'download') {
      return new HttpResponse(downloadStream(a.bytes), { headers: { 'content-type': a.type } })
    }
    return new HttpResponse(a.body === '' ? null : a.body, { status: a.status, headers: a.headers })
  }),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

contract('msw', () => BASE)
