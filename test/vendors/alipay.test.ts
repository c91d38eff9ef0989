// Alipay: the catalog and the adapter on the vendor's bodies, then the same answers through axios, ky and
// fetch (the simulator and a server that echoes a given body), with real bodies from the vendor's SDKs.

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alipay } from '../../adapters/alipay.js'
import { alipayCatalog } from '../../catalogs/alipay.js'
import {
  ApiError,
  AuthenticationError,
  BillingError,
  type Catalog,
  ConflictError,
  classifyResponse,
  InternalError,
  InvalidRequestError,
  PermissionError,
  ServiceUnavailableError,
  UnknownApiError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

const catalog: Catalog = alipayCatalog

function classify(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return classifyResponse(alipay, {
    status,
    header: (name) => headers[name.toLowerCase()] ?? null,
    body: { kind: 'json', value: body },
  })
}

function failure(body: unknown, status = 200, headers: Record<string, string> = {}): ApiError {
  const err = classify(body, status, headers)
  if (err === undefined) throw new Error('expected an error, got none')
  return err
}

// The vendor's English copy of alipay.trade.precreate, https://open.alitrip.com/docs/doc.htm?articleId=104629
// ("Sample response"): a success and a 40004 with its sub-code, each with its sign.
const PRECREATE_SIGN =
  'jfAz0Yi0OUvAPqYTzA0DLysx0ri++yf7o/lkHOHaG1Zy2fHBf3j4WM+sJWHZUuyInt6V+wn+6IP9AmwRTKi+GGdWjPrsfBjXqR7H5aBnLhMsAltV7v4cYjhuguAqh4WkaJO6v6CfdybDpzHlxE6Thoucnad+OsjdCXkNd1g3UuU='
const precreateOk = {
  alipay_trade_precreate_response: {
    code: '10000',
    msg: '处理成功',
    out_trade_no: '6823789339978248',
    qr_code: 'https://qr.alipay.com/bavh4wjlxf12tper3a',
  },
  sign: PRECREATE_SIGN,
}
const precreateBuyerNotMatch = {
  alipay_trade_precreate_response: {
    code: '40004',
    msg: '处理失败',
    sub_code: 'ACQ.TRADE_BUYER_NOT_MATCH',
    sub_msg: '交易买家不匹配',
  },
  sign: PRECREATE_SIGN,
}
// alipay/alipay-sdk-nodejs-all, src/alipay.ts (v4.14.0), the comment above #formatExecHttpResponse: a gateway
// refusal under error_response, and a signature refusal under the method's key.
const errorResponse = {
  error_response: { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.code-invalid', sub_msg: '授权码code无效' },
}
const invalidSignature = {
  alipay_security_risk_content_analyze_response: {
    code: '40002',
    msg: 'Invalid Arguments',
    sub_code: 'isv.invalid-signature',
    sub_msg:
      '验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：app_id=2021000122671080&amp;charset=utf-8&amp;method=alipay.security.risk.content.analyze&amp;sign_type=RSA2&amp;timestamp=2024-05-13 17:49:20&amp;version=1.0',
  },
  sign: 'GJpcj4/ylSq1tK1G2AWOKJwC/RudLpjANiT2LMYRRY7Aveb0xj2N4Hi1hoIctB+8vusl9qdfFGZZUpReMsnbz19twzvPEYXE6EPZmd00hymmVTch5SFceEU/sb6WY0Fae/EDr51lR5XurUWsxeOHMz/MiiiJsQT0c8lZlpxOEZ9gA6urN4mSfxMKksryCVb9seZhqmBMAGoLg+MMlrUQqstichteg2qdwFMq5pPFzoTmgDcmMsBspjsLR8Wy/b65Z/wNrsXc0OiWSVfP4d0O/J0lD4RrzdJ2zuV6PVWvGrPx/76DajnFYvzWNDeogfFWNA2b4LWByIFCQ0E3yEdOZQ==',
}
// The same SDK: test/alipay.test.ts ("POST 验证调用成功") receives HTTP 401 with code invalid-auth-token,
// a message matching 无效的访问令牌 and one link; the link's form is the comment on AlipayRequestErrorSupportLink.
const v3InvalidToken = {
  code: 'invalid-auth-token',
  message: '无效的访问令牌',
  links: [{ link: 'https://open.alipay.com/api/errCheck?traceId=0603331617156962044358274991886', desc: '解决方案' }],
}
// https://blog.csdn.net/weixin_44729417/article/details/105842873: alipay.data.bill.balance.query refused.
const balanceQueryForbidden = {
  alipay_data_bill_balance_query_response: {
    code: '40006',
    msg: 'Insufficient Permissions',
    sub_code: 'isv.insufficient-isv-permissions',
    sub_msg:
      'ISV权限不足,建议在开发者中心检查签约是否已经生效,解决办法详见:https://docs.open.alipay.com/common/isverror',
  },
  sign: 'VUa9MsGGWluXRmPoOm1SPNBzMHEFXN4VTlWEyuSd+m1Z+12LAMM4ZTSYgSaHu5X5MAVTpeUn5WTgu4OU55cWpSJyWfHnDjVf2Aw6Sd8w2//GI3BD7GxBWMoWVnuZM0sngOqmk4wD/Wvd9R5HZgCukCMWxHV+yCJUKWnGf2l3v9k=',
}
// A barcode payment waiting for the buyer's password, as a merchant recorded Alipay's answer in a code comment
// (public code found by the string "order success pay inprocess"); Alipay's English alipay.trade.query page
// (https://developer.alibaba.com/docs/doc.htm?articleId=104634) calls code 10003 "In-progress".
const payInProgress = {
  alipay_trade_pay_response: {
    code: '10003',
    msg: ' order success pay inprocess',
    buyer_logon_id: '503***@qq.com',
    buyer_pay_amount: '0.00',
    buyer_user_id: '2088012049401966',
    invoice_amount: '0.00',
    open_id: '20881042887781575158813220010596',
    out_trade_no: '20160913114747732',
    point_amount: '0.00',
    receipt_amount: '0.00',
  },
}

describe('alipay catalog', () => {
  it('keeps the vendor’s spellings of codes', () => {
    expect(catalog.get('isp.unknow-error')?.parent).toBe('20000')
    expect(catalog.get('AQC.SYSTEM_ERROR')?.category).toBe('internal')
    expect(catalog.get('ACQ.REASON_TRADE_BEEN_FREEZEN')?.parent).toBe('40004')
  })

  it('gives every sub-code a parent that is in the catalog, and every limit a scope', () => {
    for (const entry of catalog.entries) {
      if (entry.parent !== undefined) expect(catalog.get(entry.parent), String(entry.code)).toBeDefined()
      if (entry.category === 'quota' || entry.category === 'rate_limit') expect(entry.scope).toBeDefined()
    }
  })
})

describe('alipay adapter: v2 answers', () => {
  it('passes a 10000 answer with its sign', () => {
    expect(alipay.decode(precreateOk).kind).toBe('success')
    expect(classify(precreateOk)).toBeUndefined()
  })

  it('makes 10003 a result the application polls for', () => {
    expect(alipay.decode(payInProgress)).toMatchObject({ kind: 'result', code: '10003' })
    expect(classify(payInProgress)).toBeUndefined()
    expect(catalog.get('10003')?.remedy?.zh).toContain('轮询')
  })

  it('names the sub-code as the code and the gateway code as its parent, with sub_msg as the message', () => {
    const err = failure(precreateBuyerNotMatch)
    expect(err).toBeInstanceOf(ConflictError)
    expect(err).toMatchObject({
      code: 'ACQ.TRADE_BUYER_NOT_MATCH',
      parentCode: '40004',
      vendorMessage: '交易买家不匹配',
    })
    expect(err.entry).toBe(catalog.get('ACQ.TRADE_BUYER_NOT_MATCH'))
  })

  it('reads error_response, and a sub-code it does not know takes its parent’s category', () => {
    const err = failure(errorResponse)
    expect(err).toBeInstanceOf(InvalidRequestError)
    expect(err).toMatchObject({ code: 'isv.code-invalid', parentCode: '40002', vendorMessage: '授权码code无效' })
  })

  it('prefers the sub-code’s own entry within its parent over the parent’s', () => {
    const err = failure(invalidSignature)
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err.entry).toBe(catalog.get('isv.invalid-signature'))
    expect(err.retry.kind).toBe('never')
  })

  it('keeps the response signature out of what is logged', () => {
    const err = failure(precreateBuyerNotMatch)
    expect(JSON.stringify(err)).not.toContain(PRECREATE_SIGN)
    expect(err.message).not.toContain(PRECREATE_SIGN)
  })

  it('reads the ISV permission refusal of a real answer', () => {
    const err = failure(balanceQueryForbidden)
    expect(err).toBeInstanceOf(PermissionError)
    expect(err).toMatchObject({ code: 'isv.insufficient-isv-permissions', parentCode: '40006' })
  })

  it('takes the request id from the trace_id header of a v2 answer', () => {
    expect(failure(errorResponse, 200, { trace_id: '0b8e1b2a17000000' }).requestId).toBe('0b8e1b2a17000000')
  })
})

describe('alipay adapter: what the vendor says to do', () => {
  it('isp.unknow-error: the outcome is unknown, retry later, not replay-safe', () => {
    const err = failure(alipay.encode('isp.unknow-error'))
    expect(err).toBeInstanceOf(ServiceUnavailableError)
    expect(err.retry).toMatchObject({ kind: 'backoff', outcome: 'unknown', replaySafe: false })
    expect(err.retry.query).toBeUndefined()
  })

  it('ACQ.SYSTEM_ERROR: the outcome is unknown and the order must be queried first', () => {
    const err = failure(alipay.encode('ACQ.SYSTEM_ERROR'))
    expect(err).toBeInstanceOf(InternalError)
    expect(err.retry).toMatchObject({ outcome: 'unknown', query: true, replaySafe: false })
    expect(err.entry?.remedy?.zh).toMatch(/^请立即调用查询订单API/)
  })

  it('AQC.SYSTEM_ERROR: the vendor says to call again with the same parameters', () => {
    const err = failure(alipay.encode('AQC.SYSTEM_ERROR'))
    expect(err.retry).toMatchObject({ outcome: 'unknown', replaySafe: true })
    expect(err.retry.query).toBeUndefined()
  })

  it('aop.auth-token-time-out asks for a new token; the trade’s own state is never retried', () => {
    expect(failure(alipay.encode('aop.auth-token-time-out')).retry.kind).toBe('refresh')
    const paid = failure(alipay.encode('ACQ.TRADE_HAS_SUCCESS'))
    expect(paid).toBeInstanceOf(ConflictError)
    expect(paid.retry).toMatchObject({ kind: 'never', replaySafe: false })
    expect(paid.retry.outcome).toBeUndefined()
    expect(failure(alipay.encode('ACQ.BUYER_BALANCE_NOT_ENOUGH'))).toBeInstanceOf(BillingError)
    const repeat = failure(alipay.encode('ACQ.DISCORDANT_REPEAT_REQUEST'))
    expect(repeat).toBeInstanceOf(ConflictError)
    expect(repeat.retry).toMatchObject({ kind: 'never', replaySafe: false })
  })

  it('an ACQ sub-code under a 40004 it does not know is an UnknownApiError with both codes', () => {
    const err = failure({ alipay_trade_refund_response: { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.X' } })
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({ code: 'ACQ.X', parentCode: '40004' })
  })
})

describe('alipay adapter: v3 answers', () => {
  it('makes the first link the diagnosis and the alipay-trace-id header the request id', () => {
    const err = failure(v3InvalidToken, 401, { 'alipay-trace-id': '0603331617156962044358274991886' })
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({
      code: 'invalid-auth-token',
      status: 401,
      requestId: '0603331617156962044358274991886',
      diagnosis: v3InvalidToken.links[0]?.link,
      retry: { kind: 'refresh' },
    })
    expect(err.parentCode).toBeUndefined()
  })

  it('finds an ACQ code sent without a parent, as v3 sends it', () => {
    const err = failure({ code: 'ACQ.TRADE_NOT_EXIST', message: '交易不存在' }, 400)
    expect(err).toMatchObject({ code: 'ACQ.TRADE_NOT_EXIST', category: 'not_found', status: 400 })
  })

  it('passes a 2xx v3 answer, which carries no code', () => {
    const body = { trade_no: '2013112111001004500000675971', out_trade_no: 'YX_001' }
    expect(alipay.decode(body, 200).kind).toBe('success')
    expect(classify(body)).toBeUndefined()
  })

  it('never crashes on bodies that are not Alipay’s', () => {
    for (const body of [null, 1, 'x', [], { alipay_trade_pay_response: 'c2lnbg==' }, { x_response: { code: {} } }]) {
      expect(() => classify(body)).not.toThrow()
    }
    expect(alipay.decode({ alipay_trade_pay_response: { code: '40004' } }, 200).kind).toBe('error')
    expect(failure({ a_response: { code: '40004' } })).toBeInstanceOf(ApiError)
  })
})

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
