import { describe, expect, it } from 'vitest'
import { wechatPay } from '../../adapters/wechatpay.js'
import { wechatPayCatalog } from '../../catalogs/wechatpay.js'
import { type Catalog, classifyResponse } from '../../src/index.js'

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
