// errcode/msw's vendorHandlers and vendorResponse through axios, ky and fetch: a vendor's own hosts answer
// with a code, in any envelope and status.
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import { NotFoundError, QuotaExceededError, RateLimitError } from '../../src/index.js'
import { vendorHandlers, vendorResponse } from '../../src/testing/msw.js'
import { clients, rejection } from '../support/clients.js'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe.each(clients)('errcode/msw helpers through $name', (client) => {
  it('vendorHandlers make a vendor’s own hosts answer with a code', async () => {
    server.use(...vendorHandlers(jiguang, { code: 1804 }))
    const err = await rejection(
      client.wrap({ adapter: jiguang })('https://api.verification.jpush.cn/v1/web/verify', {
        method: 'POST',
        body: '{}',
      }),
    )
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ code: 1804, vendorMessage: 'qps limit', status: 200 })
  })

  it('vendorResponse fits a handler of your own, in any envelope and status', async () => {
    server.use(
      http.post('https://open.ucpaas.com/ol/sms/sendsms', () =>
        vendorResponse(ucpaas, '105110', { variant: 1, status: 400 }),
      ),
    )
    const err = await rejection(
      client.wrap({ adapter: ucpaas })('https://open.ucpaas.com/ol/sms/sendsms', { method: 'POST', body: '{}' }),
    )
    expect(err).toBeInstanceOf(NotFoundError)
    expect(err).toMatchObject({ code: '105110', status: 400 })
  })

  it('answers success codes as success', async () => {
    server.use(...vendorHandlers(jiguang, { code: 9000, requestId: 42 }))
    const out = await client.wrap({ adapter: jiguang })('https://api.verification.jpush.cn/v1/web/verify')
    expect(out.data).toEqual({ code: 9000, content: 'verify consistent', id: 42 })
  })

  it('takes hosts for vendors that publish none', async () => {
    server.use(...vendorHandlers(navinfo, { code: 1007, hosts: ['lbs.example.cn'], path: '/geocode/*' }))
    const err = await rejection(client.wrap({ adapter: navinfo })('https://lbs.example.cn/geocode/v1'))
    expect(err).toBeInstanceOf(QuotaExceededError)
  })
})

it('vendorHandlers refuses a vendor without hosts when none are named', () => {
  expect(() => vendorHandlers(navinfo, { code: 1007 })).toThrow(/navinfo publishes no hosts/)
})
