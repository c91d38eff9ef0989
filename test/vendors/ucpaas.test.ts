// UCPaaS (ucpaas): the catalog's two texts of one code, and what the adapter reads from the vendor's real
// bodies in both API versions, JSON and XML. Its codes go through the three clients with every other vendor's
// in test/contract/every-client-alike.*.test.ts.
import { describe, expect, it } from 'vitest'
import { ucpaas } from '../../adapters/ucpaas.js'
import { catalogs } from '../../catalogs/index.js'
import { classifyResponse, UnknownApiError } from '../../src/index.js'

describe('the catalog', () => {
  it('keeps both texts of ucpaas 103126', () => {
    const entry = catalogs.ucpaas.get('103126')
    expect(entry?.description.zh).toBe('未上线应用或demo只能使用应用测试号码')
    expect(entry?.variants?.[0]?.zh).toBe('未上线应用或demo只能使用白名单中号码')
  })
})

describe('real bodies', () => {
  it('ucpaas v1 and v2, codes as strings', () => {
    expect(
      ucpaas.decode({ resp: { respCode: '000000', templateSMS: { createDate: '20151225191922', smsId: 'x' } } }, 200)
        .kind,
    ).toBe('success')
    expect(ucpaas.decode({ resp: { respCode: '105110' } }, 200)).toMatchObject({ kind: 'error', code: '105110' })
    expect(
      ucpaas.decode({ code: '105147', count: '0', msg: '对同个号码发送短信超过限定频率', smsid: '' }, 200),
    ).toMatchObject({
      kind: 'error',
      code: '105147',
      message: '对同个号码发送短信超过限定频率',
    })
    // A number 0 is not ucpaas' "000000".
    expect(ucpaas.decode({ resp: { respCode: 0 } }, 200).kind).toBe('error')
  })

  it('ucpaas v1 XML', () => {
    const err = classifyResponse(ucpaas, {
      status: 200,
      header: (n) => (n === 'content-type' ? 'application/xml' : null),
      body: { kind: 'text', text: '<?xml version="1.0"?><resp><respCode>105110</respCode></resp>' },
    })
    expect(err).toMatchObject({ code: '105110', category: 'not_found' })
    const garbage = classifyResponse(ucpaas, {
      status: 200,
      header: (n) => (n === 'content-type' ? 'application/json' : null),
      body: { kind: 'text', text: '<resp><nothing/></resp>' },
    })
    expect(garbage).toBeInstanceOf(UnknownApiError)
  })

  it('an unknown ucpaas code becomes an UnknownApiError with the raw code, the message and the status', () => {
    const err = classifyResponse(ucpaas, {
      status: 200,
      header: () => null,
      body: { kind: 'json', value: { code: '105147', count: '0', msg: '对同个号码发送短信超过限定频率', smsid: '' } },
    })
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({
      code: '105147',
      vendorMessage: '对同个号码发送短信超过限定频率',
      status: 200,
      vendor: 'ucpaas',
    })
  })
})
