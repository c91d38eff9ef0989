// WeChat Pay: the catalog and the adapter on both generations' envelopes, then through axios, ky and fetch:
// every code of the catalog against the simulator (the real server and its msw twin), each in its own
// generation's envelope and HTTP status, and real bodies from the vendor's SDKs and from issue threads, each
// with its source.

import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wechatPay } from '../../adapters/wechatpay.js'
import { wechatPayCatalog } from '../../catalogs/wechatpay.js'
import {
  ApiError,
  AuthenticationError,
  type Catalog,
  type CatalogEntry,
  classifyResponse,
  InternalError,
  InvalidRequestError,
  UnknownApiError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'
import { simulatorHandler } from '../support/msw-simulator.js'

const catalog: Catalog = wechatPayCatalog
const v2 = (fields: Record<string, string>) =>
  `<xml>${Object.entries(fields)
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('\n')}</xml>`

describe('the WeChat Pay catalog', () => {
  it('lists 57 codes: APIv3 without a parent, APIv2 under FAIL, each once under its parent', () => {
    expect(catalog.entries).toHaveLength(57)
    expect(catalog.entries.filter((e) => e.parent === 'FAIL')).toHaveLength(27)
    const keys = catalog.entries.map((e) => `${String(e.parent ?? '')}/${String(e.code)}`)
    expect(new Set(keys).size).toBe(57)
    expect(catalog).toMatchObject({ vendor: 'wechatpay', timeZone: 'Asia/Shanghai' })
  })

  it('keeps the vendor’s words and its advice, and follows the advice', () => {
    const v3 = catalog.get('SYSTEMERROR')
    expect(v3?.remedy?.zh).toBe('系统异常，请用相同参数重新调用')
    expect(v3?.retry).toEqual({ kind: 'backoff', replaySafe: true, outcome: 'unknown' })
    const v2system = catalog.get('SYSTEMERROR', 'FAIL')
    expect(v2system?.remedy?.zh).toBe(
      '请立即调用被扫订单结果查询API，查询当前订单状态，并根据订单的状态决定下一步的操作。',
    )
    expect(v2system?.retry).toEqual({ kind: 'never', outcome: 'unknown', query: true })
    expect(catalog.get('SYSTEM_ERROR')?.remedy?.zh).toBe('请不要更换商户退款单号，请使用相同参数再次调用API。')
    expect(catalog.get('BANKERROR', 'FAIL')?.retry.query).toBe(true)
    expect(catalog.get('BANK_ERROR')?.retry.outcome).toBe('unknown')
    for (const code of ['SIGN_ERROR', 'SIGNERROR']) {
      expect(catalog.get(code, 'FAIL'), code).toMatchObject({ category: 'authentication', retry: { kind: 'never' } })
    }
    expect(catalog.get('FREQUENCY_LIMITED')).toMatchObject({
      category: 'rate_limit',
      scope: 'account',
      retry: { kind: 'backoff', replaySafe: true },
    })
    expect(catalog.get('FREQUENCY_LIMITED')?.variants?.[0]?.zh).toBe('频率限制')
    expect(catalog.get('USERPAYING')?.kind).toBe('result')
    expect(catalog.get('USERPAYING', 'FAIL')?.kind).toBe('result')
    // Both spellings of APIv3's codes, as the two generations of its pages print them.
    expect(catalog.get('ORDERNOTEXIST')?.category).toBe('not_found')
    expect(catalog.get('ORDER_NOT_EXIST')?.category).toBe('not_found')
    expect(catalog.get('ORDERNOTEXIST', 'FAIL')?.description.zh).toBe('此交易订单号不存在')
    // Typos as printed: NOTSUPORTCARD.
    expect(catalog.get('NOTSUPORTCARD', 'FAIL')?.description.zh).toBe('不支持卡类型')
  })
})

describe('the WeChat Pay adapter', () => {
  it('reads APIv2 XML, CDATA or not, and nothing that is not an <xml> answer', () => {
    const read = wechatPay.parseText as (text: string) => unknown
    expect(
      read(v2({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'ORDERPAID', err_code_des: '订单已支付' })),
    ).toEqual({
      return_code: 'SUCCESS',
      result_code: 'FAIL',
      err_code: 'ORDERPAID',
      err_code_des: '订单已支付',
    })
    expect(
      read('<?xml version="1.0"?>\n<xml><return_code>FAIL</return_code><return_msg>x]y</return_msg></xml>'),
    ).toEqual({
      return_code: 'FAIL',
      return_msg: 'x]y',
    })
    expect(read('<xml><err_code_des><![CDATA[a]b]]]></err_code_des><return_code>FAIL</return_code></xml>')).toEqual({
      return_code: 'FAIL',
      err_code_des: 'a]b]',
    })
    for (const text of ['交易时间,商户号\n`1', '<html><body>502</body></html>', '<xml></xml>', '', '<xml><a>1</a>']) {
      expect(read(text), text).toBeUndefined()
    }
  })

  it('reads a hostile body quickly and without throwing', () => {
    const read = wechatPay.parseText as (text: string) => unknown
    const started = Date.now()
    expect(read(`<xml>${'<err_code><![CDATA['.repeat(100_000)}`)).toBeUndefined()
    expect(read(`<xml><return_code>${' '.repeat(2_000_000)}`)).toBeUndefined()
    expect(read(`<xml><return_code><![CDATA[${']'.repeat(100_000)}`)).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('decides APIv3 and APIv2 bodies', () => {
    expect(wechatPay.decode({ prepay_id: 'wx201410272009395522657a690389285100' }, 200).kind).toBe('success')
    expect(wechatPay.decode({ code: 'USERPAYING', message: '用户支付中，需要输入密码' }, 202).kind).toBe('result')
    expect(wechatPay.decode({ code: 'ORDER_CLOSED', message: '订单已关闭' }, 400)).toMatchObject({
      kind: 'error',
      code: 'ORDER_CLOSED',
    })
    const paying = {
      return_code: 'SUCCESS',
      result_code: 'FAIL',
      err_code: 'USERPAYING',
      err_code_des: '需要用户输入支付密码',
    }
    expect(wechatPay.decode(paying, 200)).toMatchObject({ kind: 'result', code: 'USERPAYING', parentCode: 'FAIL' })
    // An err_code only APIv3 lists is found there; one nobody lists falls back to FAIL.
    const frequency = wechatPay.decode(
      { return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'FREQUENCY_LIMITED' },
      200,
    )
    expect(frequency).toMatchObject({ kind: 'error', code: 'FREQUENCY_LIMITED', entry: { category: 'rate_limit' } })
    const unknown = wechatPay.decode({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'AMOUNT_LIMIT' }, 200)
    expect(unknown).toMatchObject({ kind: 'error', code: 'AMOUNT_LIMIT', parentCode: 'FAIL', entry: { code: 'FAIL' } })
  })

  it('makes the Request-ID header the request id of an APIv3 error', () => {
    const err = classifyResponse(wechatPay, {
      status: 404,
      header: (name) => (name === 'request-id' ? '08F78BB5AF0610D4B00A18A5C8A13A2CEA0F' : null),
      body: { kind: 'json', value: { code: 'ORDERNOTEXIST', message: '订单不存在' } },
    })
    expect(err).toMatchObject({ code: 'ORDERNOTEXIST', requestId: '08F78BB5AF0610D4B00A18A5C8A13A2CEA0F', status: 404 })
  })
})

/**
 * The HTTP status of each APIv3 code, from the 状态码 column of the tables catalogs/wechatpay.ts names (the
 * payment table, the newer underscored spellings) and, for the refund codes, the status of the error class.
 */
const V3_STATUS: Readonly<Record<string, number>> = {
  USERPAYING: 202,
  TRADE_ERROR: 403,
  SYSTEMERROR: 500,
  SIGN_ERROR: 401,
  RULELIMIT: 403,
  PARAM_ERROR: 400,
  OUT_TRADE_NO_USED: 403,
  ORDERNOTEXIST: 404,
  ORDER_CLOSED: 400,
  OPENID_MISMATCH: 500,
  NOTENOUGH: 403,
  NOAUTH: 403,
  MCH_NOT_EXISTS: 400,
  INVALID_TRANSACTIONID: 500,
  INVALID_REQUEST: 400,
  FREQUENCY_LIMITED: 429,
  BANKERROR: 500,
  APPID_MCHID_NOT_MATCH: 400,
  ACCOUNTERROR: 403,
  ACCOUNT_ERROR: 403,
  RULE_LIMIT: 403,
  ORDER_NOT_EXIST: 404,
  BANK_ERROR: 500,
  SYSTEM_ERROR: 500,
  USER_ACCOUNT_ABNORMAL: 403,
  NOT_ENOUGH: 403,
  RESOURCE_NOT_EXISTS: 404,
  NO_AUTH: 403,
}

/** The simulator's URL for one entry: APIv3 codes as JSON with their status, APIv2 codes as CDATA XML. */
function urlOf(base: string, entry: CatalogEntry): string {
  const code = encodeURIComponent(String(entry.code))
  if (entry.parent !== undefined) return `${base}/wechatpay/pay/micropay?code=${code}&parent=FAIL&format=cdata`
  if (entry.code === 'SUCCESS' || entry.code === 'FAIL')
    return `${base}/wechatpay/pay/orderquery?code=${code}&format=cdata`
  return `${base}/wechatpay/v3/pay/transactions/jsapi?code=${code}&status=${V3_STATUS[entry.code as string]}&requestId=08F78BB5AF0610`
}

let sim: Simulator
const MSW = 'http://wechatpay-sim.test'
const API = 'https://api.mch.weixin.qq.com'
/** Real bodies, each answered by msw at `${API}/real/<name>`. */
const real: Record<string, () => Response> = {}
const server = setupServer(
  simulatorHandler(MSW),
  http.all(`${API}/real/:name`, ({ params }) => real[params.name as string]?.() ?? HttpResponse.error()),
)
beforeAll(async () => {
  sim = await startSimulator()
  server.listen({ onUnhandledRequest: 'bypass' })
})
afterAll(async () => {
  server.close()
  await sim.close()
})

describe.each(clients)('every WeChat Pay code through $name', (client) => {
  it.each([
    ['the simulator', () => sim.url],
    ['msw', () => MSW],
  ])('against %s: classes, codes, parents, statuses and request ids', async (_, base) => {
    const call = client.wrap({ adapter: wechatPay })
    let checked = 0
    for (const entry of wechatPayCatalog.entries) {
      const url = urlOf(base(), entry)
      const what = `${entry.parent ?? 'v3'} ${entry.code}`
      if (entry.kind !== 'error') {
        const out = await call(url, { method: 'POST', body: '{}' })
        expect(out.status, what).toBe(entry.parent === undefined && entry.code !== 'SUCCESS' ? 202 : 200)
        checked++
        continue
      }
      const err = await rejection(call(url, { method: 'POST', body: '{}' }))
      expect(err, what).toBeInstanceOf(ApiError)
      const e = err as ApiError
      expect(e.entry, what).toBe(entry)
      expect(e, what).toMatchObject({
        vendor: 'wechatpay',
        code: entry.code,
        category: entry.category,
        source: 'vendor',
      })
      if (entry.parent !== undefined) expect(e, what).toMatchObject({ parentCode: 'FAIL', status: 200 })
      else if (entry.code !== 'FAIL') {
        expect(e, what).toMatchObject({ status: V3_STATUS[entry.code as string], requestId: '08F78BB5AF0610' })
        expect(e.parentCode, what).toBeUndefined()
      }
      expect(e.retry.outcome === 'unknown', what).toBe(entry.retry.outcome === 'unknown')
      checked++
    }
    expect(checked).toBe(wechatPayCatalog.entries.length)
  })
})

describe.each(clients)('real WeChat Pay bodies through $name', (client) => {
  // Wrapped at each call: msw patches the global fetch when it listens, after this block is collected.
  const call: ReturnType<typeof client.wrap> = (url, init) => client.wrap({ adapter: wechatPay })(url, init)
  const xml =
    (body: string, status = 200) =>
    () =>
      new HttpResponse(body, { status, headers: { 'content-type': 'text/plain' } })
  const json =
    (body: Record<string, unknown>, status: number, headers: Record<string, string> = {}) =>
    () =>
      HttpResponse.json(body, { status, headers })

  it('APIv3 400 PARAM_ERROR with its detail, and the Request-ID header as the request id', async () => {
    // w7corp/easywechat#2954 (https://github.com/w7corp/easywechat/issues/2954): the body WeChat Pay sent.
    const body = {
      code: 'PARAM_ERROR',
      detail: { location: 'body', value: 1 },
      message: '输入源“/body/out_trade_no”映射到值字段“商户订单号”字符串规则校验失败，字节数 1，小于最小值 6',
    }
    real.param = json(body, 400, { 'Request-ID': '08F78BB5AF0610D4B00A18A5C8A13A2CEA0F' })
    const err = (await rejection(call(`${API}/real/param`, { method: 'POST', body: '{}' }))) as ApiError
    expect(err).toBeInstanceOf(InvalidRequestError)
    expect(err).toMatchObject({
      code: 'PARAM_ERROR',
      status: 400,
      requestId: '08F78BB5AF0610D4B00A18A5C8A13A2CEA0F',
      vendorMessage: body.message,
      retry: { kind: 'never' },
    })
    expect((err.body as typeof body).detail).toEqual({ location: 'body', value: 1 })
  })

  it('APIv3 401 SIGN_ERROR is an authentication error that is never retried', async () => {
    // wechatpay-apiv3/wechatpay-go core/client_test.go (commit 6dbd7ce2ec5967ac2de5fa053479b411967b9c29).
    real.sign = json({ code: 'SIGN_ERROR', message: 'sign error' }, 401)
    const err = (await rejection(call(`${API}/real/sign`))) as ApiError
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({ code: 'SIGN_ERROR', status: 401, retry: { kind: 'never', replaySafe: false } })
  })

  it('APIv3 202 USERPAYING passes to the application, which polls', async () => {
    // The row "202 USERPAYING 用户支付中，需要输入密码" of the APIv3 payment table (catalogs/wechatpay.ts).
    real.paying = json({ code: 'USERPAYING', message: '用户支付中，需要输入密码' }, 202)
    const out = await call(`${API}/real/paying`, { method: 'POST', body: '{}' })
    expect(out.status).toBe(202)
    expect(out.data).toEqual({ code: 'USERPAYING', message: '用户支付中，需要输入密码' })
    // A 204 (the close API's success) and a 200 with the order pass too.
    real.closed = () => new HttpResponse(null, { status: 204 })
    expect((await call(`${API}/real/closed`, { method: 'POST', body: '{}' })).status).toBe(204)
  })

  it('APIv2 return_code FAIL with return_msg in CDATA', async () => {
    // binarywang/weixin-java-pay-demo#151 (https://github.com/binarywang/weixin-java-pay-demo/issues/151).
    real.v2sign = xml(
      '<xml><return_code><![CDATA[FAIL]]></return_code>\n<return_msg><![CDATA[签名错误，请检查后再试]]></return_msg>\n</xml>',
    )
    const err = (await rejection(call(`${API}/real/v2sign`, { method: 'POST', body: '<xml/>' }))) as ApiError
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({ code: 'FAIL', status: 200, vendorMessage: '签名错误，请检查后再试' })
    // TheNorthMemory/wechatpay-axios-plugin tests/openapi/issue-30-ERR_ASSERTION-bad_phrases.test.js
    // (commit f5bc863b9044f9205fde13554c9c9bfd68af5b8d): a FAIL whose words are in `retmsg`.
    real.sandbox = xml(
      '<xml>\r\n  <return_code><![CDATA[FAIL]]></return_code>\r\n  <retmsg><![CDATA[请确认请求参数是否正确param mch_id invalid]]></retmsg>\r\n  <retcode><![CDATA[1]]></retcode>\r\n</xml>',
    )
    const sandbox = (await rejection(call(`${API}/real/sandbox`, { method: 'POST', body: '<xml/>' }))) as ApiError
    expect(sandbox).toMatchObject({ code: 'FAIL', vendorMessage: '请确认请求参数是否正确param mch_id invalid' })
  })

  it('APIv2 SYSTEMERROR (the 企业付款 error sample) is to be queried, never replayed', async () => {
    // The error sample of https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_2, as public SDK
    // tests copy it (return_code and result_code FAIL, err_code SYSTEMERROR).
    real.v2system = xml(
      '<xml>\n<return_code><![CDATA[FAIL]]></return_code>\n<return_msg><![CDATA[系统繁忙,请稍后再试.]]></return_msg>\n' +
        '<result_code><![CDATA[FAIL]]></result_code>\n<err_code><![CDATA[SYSTEMERROR]]></err_code>\n' +
        '<err_code_des><![CDATA[系统繁忙,请稍后再试.]]></err_code_des>\n</xml>',
    )
    const err = (await rejection(call(`${API}/real/v2system`, { method: 'POST', body: '<xml/>' }))) as ApiError
    expect(err).toBeInstanceOf(InternalError)
    expect(err).toMatchObject({
      code: 'SYSTEMERROR',
      parentCode: 'FAIL',
      vendorMessage: '系统繁忙,请稍后再试.',
      retry: { outcome: 'unknown', query: true, replaySafe: false },
    })
  })

  it('APIv2 USERPAYING with result_code FAIL passes; so do a success and a bill that is not XML', async () => {
    // The envelope of wechatpay-apiv3/wechatpay-php tests/OpenAPI/V2/Tools/AuthcodetoopenidTest.php
    // ($serviceFail: return_code SUCCESS, result_code FAIL, err_code), with the micropay table's USERPAYING.
    const paying =
      '<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[]]></return_msg>' +
      '<appid><![CDATA[123]]></appid><mch_id><![CDATA[123]]></mch_id><result_code><![CDATA[FAIL]]></result_code>' +
      '<err_code><![CDATA[USERPAYING]]></err_code><err_code_des><![CDATA[用户支付中，需要输入密码]]></err_code_des></xml>'
    real.v2paying = xml(paying)
    expect((await call(`${API}/real/v2paying`, { method: 'POST', body: '<xml/>' })).data).toBe(paying)
    // wechatpay-apiv3/wechatpay-php tests/fixtures/getpublickey.response.sample.xml opens the same way.
    const ok =
      '<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg>' +
      '<result_code><![CDATA[SUCCESS]]></result_code></xml>'
    real.v2ok = xml(ok)
    expect((await call(`${API}/real/v2ok`, { method: 'POST', body: '<xml/>' })).data).toBe(ok)
    const bill = '交易时间,公众账号ID,商户号\n`2014-11-10 16:33:45,`wx2421b1c4370ec43b,`10000100\n'
    real.bill = xml(bill)
    expect((await call(`${API}/real/bill`, { method: 'POST', body: '<xml/>' })).data).toBe(bill)
  })
})
