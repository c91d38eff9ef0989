// retry.breaker through axios, ky and fetch against a real server on 127.0.0.1 that goes down and comes
// back: once the circuit opens, calls stop reaching the server; after the cool-down one probe closes it.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import {
  type ApiError,
  type CircuitChange,
  defineAdapter,
  defineCatalog,
  never,
  type RetryOptions,
  ServiceUnavailableError,
  type Telemetry,
} from '../../src/index.js'
import { rejection } from '../support/clients.js'

const catalog = defineCatalog({
  vendor: 'flaky',
  title: 'codes of the test server below',
  source: 'this test',
  timeZone: 'UTC',
  entries: [
    { code: 0, kind: 'success', category: 'unknown', retry: never, description: { en: 'ok' } },
    { code: 7003, category: 'invalid_request', retry: never, description: { en: 'bad parameter' } },
  ],
})
const adapter = defineAdapter({ catalog, code: 'code', message: 'msg' })

/** Requests that reached the server, by credential; `down` answers 503 with an HTML page. */
const hits = new Map<string, number>()
let down = true
let server: Server
let base = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    const who = req.headers.authorization ?? ''
    hits.set(who, (hits.get(who) ?? 0) + 1)
    const invalid = req.url?.includes('invalid') === true
    if (down && !invalid) {
      res.writeHead(503, { 'content-type': 'text/html' }).end('<html>down</html>')
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: invalid ? 7003 : 0 }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

type Call = (path: string) => Promise<unknown>
const clients: Record<string, (retry: RetryOptions, who: string, telemetry?: Telemetry) => Call> = {
  axios: (retry, who, telemetry = {}) => {
    const api = withAxios(axios.create({ headers: { authorization: who } }), { adapter, retry, telemetry })
    return (path) => api.get(`${base}${path}`)
  },
  ky: (retry, who, telemetry = {}) => {
    const api = withKy(ky.create({ headers: { authorization: who } }), { adapter, retry, telemetry })
    return (path) => api.get(`${base}${path}`)
  },
  fetch: (retry, who, telemetry = {}) => {
    const f = withFetch(fetch, { adapter, retry, telemetry })
    return (path) => f(`${base}${path}`, { headers: { authorization: who } })
  },
}
const settle = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as ApiError,
  )

describe.each(Object.keys(clients))('the circuit breaker through %s', (name) => {
  const make = clients[name] as (retry: RetryOptions, who: string, telemetry?: Telemetry) => Call

  it('stops calling an outage after the threshold, and closes on the first probe once the vendor is back', async () => {
    const who = `${name}-${Math.random()}`
    const changes: CircuitChange[] = []
    const call = make({ maxAttempts: 1, budget: false, breaker: { consecutive: 3, cooldownMs: 300 } }, who, {
      circuit: (c) => changes.push(c),
    })
    down = true
    const outcomes = []
    for (let i = 0; i < 10; i++) outcomes.push(await settle(call('/x')))
    expect(hits.get(who)).toBe(3)
    const refused = outcomes.slice(3) as ApiError[]
    for (const err of refused) {
      expect(err).toBeInstanceOf(ServiceUnavailableError)
      expect(err).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'breaker', attempts: 0 })
      expect(err.retry.at?.getTime()).toBeGreaterThan(Date.now())
    }
    expect(changes.map((c) => c.to)).toEqual(['open'])
    expect(changes[0]).toMatchObject({
      vendor: 'flaky',
      from: 'closed',
      reason: '3 outages in a row, the last unavailable',
    })
    expect(changes[0]?.until?.getTime()).toBeGreaterThan(Date.now())
    expect(changes[0]?.key).not.toContain(who)
    // The vendor is back; after the cool-down one probe goes through and closes the circuit.
    down = false
    await new Promise((r) => setTimeout(r, 320))
    expect(await settle(call('/x'))).toBeUndefined()
    expect(changes.map((c) => c.to)).toEqual(['open', 'half-open', 'closed'])
    for (let i = 0; i < 3; i++) expect(await settle(call('/x'))).toBeUndefined()
    expect(hits.get(who)).toBe(7)
  })

  it('stops the replays of a request once its failures open the circuit', async () => {
    const who = `${name}-${Math.random()}`
    const call = make({ maxAttempts: 5, baseDelay: 1, maxBackoff: 2, budget: false, breaker: { consecutive: 2 } }, who)
    down = true
    const err = (await rejection(call('/x'))) as ApiError
    expect(err).toMatchObject({ category: 'unavailable', attempts: 2 })
    expect(hits.get(who)).toBe(2)
  })

  it('never opens for the vendor refusing bad requests', async () => {
    const who = `${name}-${Math.random()}`
    const call = make({ maxAttempts: 1, budget: false, breaker: { consecutive: 2, minVolume: 2 } }, who)
    for (let i = 0; i < 6; i++) expect(await settle(call('/invalid'))).toMatchObject({ code: 7003 })
    expect(hits.get(who)).toBe(6)
  })
})
