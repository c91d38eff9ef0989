import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alipay } from '../../adapters/alipay.js'
import { alipayCatalog } from '../../catalogs/alipay.js'
import { ApiError, AuthenticationError, ConflictError, InternalError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

let sim: Simulator
/** Answers with a body and headers given in the query: `?status=&body=&h=name:value`. */
let echo: Server
let echoUrl: string
beforeAll(async () => {
  sim = await startSimulator()
  echo = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams
    const headers: Record<string, string> = { 'content-type': 'application/json;charset=utf-8' }
    for (const h of q.getAll('h')) {
      const at = h.indexOf(':')
      headers[h.slice(0, at)] = h.slice(at + 1)
    }
    res.writeHead(Number(q.get('status') ?? 200), headers)
    res.end(q.get('body') ?? '')
  })
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve))
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`
})
afterAll(async () => {
  await sim.close()
  await new Promise((resolve) => echo.close(resolve))
})

const answer = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  `${echoUrl}/?status=${status}&body=${encodeURIComponent(JSON.stringify(body))}${Object.entries(headers)
    .map(([k, v]) => `&h=${encodeURIComponent(`${k}:${v}`)}`)
    .join('')}`

const errors = alipayCatalog.entries.filter((e) => e.kind === 'error')

describe.each(clients)('Alipay through $name', (client) => {
  const call = client.wrap({ adapter: alipay })

  it('turns every error code of the catalog into its class, sub-codes under their parent', async () => {
    for (const entry of errors) {
      const code = encodeURIComponent(String(entry.code))
      const err = (await rejection(call(`${sim.url}/alipay/gateway.do?code=${code}`))) as ApiError
      expect(err, String(entry.code)).toBeInstanceOf(ApiError)
      expect(err).toMatchObject({ vendor: 'alipay', code: entry.code, category: entry.category, status: 200 })
      expect(err.entry, String(entry.code)).toBe(entry)
      expect(err.parentCode, String(entry.code)).toBe(entry.parent)
      expect(err.retry.outcome, String(entry.code)).toBe('outcome' in entry.retry ? entry.retry.outcome : undefined)
    }
  })

  it('reads the error_response form and the v3 form of the same code alike', async () => {
    const v2 = (await rejection(call(`${sim.url}/alipay/gateway.do?code=isv.invalid-signature&variant=1`))) as ApiError
    expect(v2).toBeInstanceOf(AuthenticationError)
    expect(v2).toMatchObject({ code: 'isv.invalid-signature', parentCode: '40002' })
    const v3 = (await rejection(
      call(`${sim.url}/alipay/v3/alipay/trade/pay?code=ACQ.SYSTEM_ERROR&variant=2&status=400`),
    )) as ApiError
    expect(v3).toBeInstanceOf(InternalError)
    expect(v3).toMatchObject({ code: 'ACQ.SYSTEM_ERROR', status: 400, retry: { outcome: 'unknown', query: true } })
    expect(v3.parentCode).toBeUndefined()
    expect(v3.diagnosis).toMatch(/^https:\/\/open\.alipay\.com\/api\/errCheck/)
  })

  it('passes 10000, and 10003 (waiting for the buyer) to the application as an answer', async () => {
    expect((await call(`${sim.url}/alipay/gateway.do?code=10000`)).status).toBe(200)
    const waiting = await call(`${sim.url}/alipay/gateway.do?code=10003`)
    expect(waiting.data).toMatchObject({ alipay_trade_pay_response: { code: '10003' } })
  })

  // alipay/alipay-sdk-nodejs-all test/alipay.test.ts: HTTP 401, code invalid-auth-token, one link, a trace id.
  it('v3: the alipay-trace-id header is the request id and the link the diagnosis', async () => {
    const body = {
      code: 'invalid-auth-token',
      message: '无效的访问令牌',
      links: [
        { link: 'https://open.alipay.com/api/errCheck?traceId=0603331617156962044358274991886', desc: '解决方案' },
      ],
    }
    const err = await rejection(call(answer(body, 401, { 'alipay-trace-id': '0603331617156962044358274991886' })))
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({
      code: 'invalid-auth-token',
      requestId: '0603331617156962044358274991886',
      diagnosis: body.links[0]?.link,
      retry: { kind: 'refresh' },
    })
  })

  // The vendor's English copy of alipay.trade.precreate (open.alitrip.com/docs/doc.htm?articleId=104629).
  it('v2: a signed 40004 answer with the trace_id header, the sign kept out of the error’s JSON', async () => {
    const sign =
      'jfAz0Yi0OUvAPqYTzA0DLysx0ri++yf7o/lkHOHaG1Zy2fHBf3j4WM+sJWHZUuyInt6V+wn+6IP9AmwRTKi+GGdWjPrsfBjXqR7H5aBnLhMsAltV7v4cYjhuguAqh4WkaJO6v6CfdybDpzHlxE6Thoucnad+OsjdCXkNd1g3UuU='
    const body = {
      alipay_trade_precreate_response: {
        code: '40004',
        msg: '处理失败',
        sub_code: 'ACQ.TRADE_BUYER_NOT_MATCH',
        sub_msg: '交易买家不匹配',
      },
      sign,
    }
    const err = await rejection(call(answer(body, 200, { trace_id: '0b8e1b2a17000000' })))
    expect(err).toBeInstanceOf(ConflictError)
    expect(err).toMatchObject({
      code: 'ACQ.TRADE_BUYER_NOT_MATCH',
      parentCode: '40004',
      vendorMessage: '交易买家不匹配',
      requestId: '0b8e1b2a17000000',
    })
    expect(JSON.stringify(err)).not.toContain(sign)
  })
})
