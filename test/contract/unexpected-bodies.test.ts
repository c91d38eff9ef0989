// A 2xx body of a kind the vendor's API does not answer with (a proxy's or captive portal's HTML login
// page in answer to api.weixin.qq.com) is an UnknownApiError that says so, through every client.
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tencentSms } from '../../adapters/tencent-sms.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import { wechat } from '../../adapters/wechat.js'
import { type ApiError, defineAdapter, UnknownApiError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

const PORTAL = '<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>…</body></html>'

const server = setupServer(
  http.get('https://api.weixin.qq.com/cgi-bin/token', () =>
    HttpResponse.text(PORTAL, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  ),
  http.get('https://api.weixin.qq.com/cgi-bin/media/get', () =>
    HttpResponse.arrayBuffer(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]).buffer, {
      headers: { 'content-type': 'image/jpeg' },
    }),
  ),
)
let sim: Simulator
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'bypass' })
  sim = await startSimulator()
})
afterAll(async () => {
  server.close()
  await sim.close()
})

const raw = (type: string, body: string) =>
  `${sim.url}/raw?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`

describe.each(clients)('what the vendor answers with, through $name', (client) => {
  it('refuses an HTML page answered for a routed WeChat host, naming its type', async () => {
    // Routed by wechat's own host, as an application with several vendors on one client meets it.
    const call = client.wrap({ adapters: [{ match: 'https://unused.example/', adapter: wechat }] })
    const err = (await rejection(
      call('https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential'),
    )) as ApiError
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({ vendor: 'wechat', status: 200, code: 200 })
    expect(err.description).toContain("not the vendor's answer: text/html")
  })

  it('passes the files of WeChat’s media download endpoint', async () => {
    const call = client.wrap({ adapters: [{ match: 'https://unused.example/', adapter: wechat }] })
    const out = await call('https://api.weixin.qq.com/cgi-bin/media/get?media_id=M')
    expect(out.status).toBe(200)
  })

  it('refuses a page without a content type that is plainly HTML, and text of another kind', async () => {
    const call = client.wrap({ adapter: wechat })
    const page = (await rejection(call(`${sim.url}/raw?body=${encodeURIComponent(PORTAL)}&type=`))) as ApiError
    expect(page).toBeInstanceOf(UnknownApiError)
    expect(page.description).toContain("not the vendor's answer: an HTML page without a content type")
    const plain = (await rejection(call(raw('text/plain', 'Service Unavailable')))) as ApiError
    expect(plain.description).toContain("not the vendor's answer: text/plain")
  })

  it('refuses a binary answer from an API that answers JSON only', async () => {
    const call = client.wrap({ adapter: tencentSms })
    const err = (await rejection(call(`${sim.url}/download?bytes=2048&type=image/png`))) as ApiError
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err.description).toContain("not the vendor's answer: image/png")
  })

  it('passes XML where the API answers XML, and JSON labelled text/html as vendors label it', async () => {
    const xml = await client.wrap({ adapter: ucpaas })(
      raw('application/xml', '<?xml version="1.0"?><resp><respCode>000000</respCode></resp>'),
    )
    expect(xml.status).toBe(200)
    const labelled = await client.wrap({ adapter: wechat })(raw('text/html', '{"errcode":0,"errmsg":"ok"}'))
    expect(labelled.data).toEqual({ errcode: 0, errmsg: 'ok' })
  })

  it('leaves every 2xx page alone for an adapter that does not say what its API answers with', async () => {
    const call = client.wrap({
      adapter: defineAdapter({ catalog: wechat.catalog, code: 'errcode', missingCode: 'success' }),
    })
    const out = await call(raw('text/html', PORTAL))
    expect(out.data).toBe(PORTAL)
  })
})
