// Alibaba Cloud's POP gateway (aliyun-pop): the catalog, what the adapter reads from XML and JSON errors, then
// the gateway's answers through axios, ky and fetch and the routing of *.aliyuncs.com after aliyun-sms.

import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { aliyunPop } from '../../adapters/aliyun-pop.js'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { aliyunPopCatalog } from '../../catalogs/aliyun-pop.js'
import { aliyunSmsCatalog } from '../../catalogs/aliyun-sms.js'
import { popCommonEntries } from '../../catalogs/shared/aliyun-pop-common.js'
import {
  type Adapter,
  type ApiError,
  AuthenticationError,
  BillingError,
  categories,
  classifyResponse,
  InternalError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type ResponseFacts,
  UnknownApiError,
} from '../../src/index.js'
import { vendorHandlers } from '../../src/testing/msw.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

const text = (status: number, body: string, headers: Record<string, string> = {}): ResponseFacts => ({
  status,
  header: (name) => headers[name.toLowerCase()] ?? null,
  body: { kind: 'text', text: body },
})
const json = (status: number, value: unknown, headers: Record<string, string> = {}): ResponseFacts => ({
  status,
  header: (name) => headers[name.toLowerCase()] ?? null,
  body: { kind: 'json', value },
})

// github.com/leonzhangxf/aligosms, its XML test (TestXMLParse): a real dysmsapi error in the gateway's default
// XML, with the Recommend link in a CDATA section on lines of its own, and a real XML success.
const SIGNATURE_XML = `
\t\t<?xml version='1.0' encoding='UTF-8'?>
\t\t<Error>
\t\t\t<RequestId>37AC22B8-AA25-45DE-86A9-F2F7A160E3CB</RequestId>
\t\t\t<HostId>dysmsapi.aliyuncs.com</HostId>
\t\t\t<Code>SignatureDoesNotMatch</Code>
\t\t\t<Message>
\t\t\t\tSpecified signature is not matched with our calculation. server string to sign is:GET&amp;%2F&amp;AccessKeyId%3DLTAIQvtsjCMaiWRJ%26Action%3DSendSms
\t\t\t</Message>
\t\t\t<Recommend>
\t\t\t\t<![CDATA[https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw]]>
\t\t\t</Recommend>
\t\t</Error>
\t`
const SUCCESS_XML = `
\t\t<?xml version='1.0' encoding='UTF-8'?>
\t\t<SendSmsResponse>
\t\t\t<Message>OK</Message>
\t\t\t<RequestId>8E2A944B-1217-425F-9FB2-371E9329F223</RequestId>
\t\t\t<BizId>990007539852874154^0</BizId>
\t\t\t<Code>OK</Code>
\t\t</SendSmsResponse>
\t`
// https://help.aliyun.com/document_detail/100149.html (返回结果): the gateway's XML error example, with the
// page's comments between the elements.
const EMR_XML =
  '<?xml version="1.0" encoding="UTF-8"?><!--结果的根结点--> <Error> <RequestId>540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx</RequestId> <!--请求ID--> <HostId>emr.aliyuncs.com</HostId> <!--服务节点--> <Code>MissingParameter.CommandId</Code> <!--错误码--> <Message>The input parameter “CommandId” that is mandatory for processing this request is not supplied.</Message> <!--错误信息--> </Error>'
// https://help.aliyun.com/document_detail/87970.html (返回结果): the same error in XML and in JSON.
const BSS_XML = `<?xml version='1.0' encoding='UTF-8'?>
<Error>
  <RequestId>9823FD72-9A5D-4D3F-BA2C-F8238696A81C</RequestId>
  <HostId>business.aliyuncs.com</HostId>
  <Code>InvalidAction.NotFound</Code>
  <Message>Specified api is not found, please check your url and method.</Message>
</Error>`
const BSS_JSON = {
  RequestId: '33D9749B-713A-4BCC-B3B4-8B0094083E97',
  HostId: 'business.aliyuncs.com',
  Code: 'InvalidAction.NotFound',
  Message: 'Specified api is not found, please check your url and method.',
}
// https://help.aliyun.com/zh/live/developer-reference/responses: the gateway's JSON error example.
const LIVE_JSON = {
  Code: 'InternalError',
  HostId: 'live.aliyuncs.com',
  Message: 'The request processing has failed due to some unknown error.',
  RequestId: '6EBD1AC4-C34D-4AE1-963E-B688A228BE31',
}

describe.each([
  ['aliyun-sms', aliyunSms],
  ['aliyun-pop', aliyunPop],
] as const)('the POP gateway’s XML through %s', (_, adapter: Adapter) => {
  it('reads the code, message, request id and the Recommend link of an XML error (issue 28 item 2)', () => {
    const err = classifyResponse(adapter, text(400, SIGNATURE_XML, { 'content-type': 'text/xml' }))
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({
      code: 'SignatureDoesNotMatch',
      status: 400,
      requestId: '37AC22B8-AA25-45DE-86A9-F2F7A160E3CB',
      diagnosis: 'https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw',
      source: 'vendor',
    })
    expect(err?.vendorMessage).toMatch(
      /^Specified signature is not matched with our calculation\. server string to sign is:GET&%2F&/,
    )
  })

  it('reads XML with comments between the elements, and keeps a code the catalog lacks', () => {
    const err = classifyResponse(adapter, text(400, EMR_XML))
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({
      code: 'MissingParameter.CommandId',
      requestId: '540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx',
      vendorMessage: 'The input parameter “CommandId” that is mandatory for processing this request is not supplied.',
    })
  })

  it('reads the same gateway error alike in XML and in JSON', () => {
    const fromXml = classifyResponse(adapter, text(404, BSS_XML))
    const fromJson = classifyResponse(adapter, json(404, BSS_JSON))
    expect(fromXml).toBeInstanceOf(InvalidRequestError)
    expect(fromXml).toMatchObject({ code: 'InvalidAction.NotFound', requestId: '9823FD72-9A5D-4D3F-BA2C-F8238696A81C' })
    expect(fromJson).toMatchObject({ code: 'InvalidAction.NotFound', category: fromXml?.category })
  })

  it('makes a gateway 500 an internal error to back off from', () => {
    const err = classifyResponse(adapter, json(500, LIVE_JSON))
    expect(err).toMatchObject({
      code: 'InternalError',
      category: 'internal',
      retry: { kind: 'backoff', replaySafe: false },
    })
    expect(err?.requestId).toBe('6EBD1AC4-C34D-4AE1-963E-B688A228BE31')
  })

  it('reads hostile XML in linear time and never throws', () => {
    const hostile = [
      '<a'.repeat(300_000),
      '<![CDATA['.repeat(100_000),
      '<!--'.repeat(200_000),
      `<${'a'.repeat(1_000_000)}`,
      `<Error>${'<Code>'.repeat(100_000)}`,
      '<Error><Code><![CDATA[x]]>]]></Code></Error>',
      '<Error><Code>&#x110000;</Code></Error>',
      '<Error/>',
      ' ',
      'not xml',
    ]
    const started = performance.now()
    for (const body of hostile) expect(() => classifyResponse(adapter, text(200, body))).not.toThrow()
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('aliyun-sms in XML', () => {
  it('passes an XML success (Code OK)', () => {
    expect(classifyResponse(aliyunSms, text(200, SUCCESS_XML, { 'content-type': 'text/xml' }))).toBeUndefined()
  })

  it('takes the XML root’s own Code, not a deeper one', () => {
    const body =
      '<SendSmsResponse><Detail><Code>isv.BUSINESS_LIMIT_CONTROL</Code></Detail><Code>OK</Code></SendSmsResponse>'
    expect(classifyResponse(aliyunSms, text(200, body))).toBeUndefined()
  })

  it('answers every common gateway code the catalog lists (issue 28 item 3)', () => {
    for (const code of [
      'Forbidden',
      'Forbidden.RAM',
      'MissingTimestamp',
      'InvalidTimeStamp.Expired',
      'SignatureNonceUsed',
    ]) {
      expect(aliyunSmsCatalog.get(code), code).toBeDefined()
    }
    const err = classifyResponse(aliyunSms, json(403, { Code: 'Forbidden.RAM', Message: 'm', RequestId: 'r' }))
    expect(err).toBeInstanceOf(PermissionError)
  })
})

describe('aliyun-pop catalog', () => {
  it('has 56 codes, each once: the gateway’s 45 and STS’s 11', () => {
    expect(aliyunPopCatalog.entries).toHaveLength(56)
    expect(new Set(aliyunPopCatalog.entries.map((e) => e.code)).size).toBe(56)
    expect(aliyunPopCatalog.vendor).toBe('aliyun-pop')
    const common = new Set<string>(popCommonEntries.map((e) => e.code))
    expect(aliyunPopCatalog.entries.filter((e) => common.has(e.code))).toHaveLength(45)
  })

  it('gives every entry both languages and marks which one is translated', () => {
    for (const e of aliyunPopCatalog.entries) {
      expect(e.description.zh && e.description.en, e.code).toBeTruthy()
      if (e.remedy !== undefined) expect(e.remedy.zh && e.remedy.en, e.code).toBeTruthy()
      expect(e.translated, e.code).toBeDefined()
      expect(categories).toContain(e.category)
    }
    expect(aliyunPopCatalog.get('Forbidden.UserVerification')?.translated).toEqual({ description: 'en', remedy: 'en' })
    expect(aliyunPopCatalog.get('Forbidden.RAM')?.translated).toEqual({ description: 'zh', remedy: 'zh' })
  })

  it('keeps the vendor’s spellings', () => {
    expect(aliyunPopCatalog.get('Forbedden.NotSupportRAM')?.message).toBe(
      'This action does not support accessed by RAM mode.',
    )
    expect(aliyunPopCatalog.get('Forbidden.RAM')?.message).toBe(
      "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
    )
    expect(aliyunPopCatalog.get('AuthenticationFail.OIDCToken.InvalidSignature')?.description.zh).toBe(
      'ODIC令牌的验证签名失败',
    )
    expect(aliyunPopCatalog.get('MissingTimestamp')?.message).toBe('Timestamp is mandatory for this action.')
  })
})

describe('aliyun-pop adapter', () => {
  it('passes a product’s success without Code, and with Code OK or 200', () => {
    // https://www.alibabacloud.com/help/zh/bss-openapi/latest/response-structure: a success carries RequestId only.
    expect(
      classifyResponse(aliyunPop, json(200, { RequestId: '4C467B38-3910-447D-87BC-AC049166F216' })),
    ).toBeUndefined()
    expect(
      classifyResponse(
        aliyunPop,
        text(
          200,
          '<DescribeRegionsResponse><RequestId>4C467B38</RequestId><Regions><Region><Code>x</Code></Region></Regions></DescribeRegionsResponse>',
        ),
      ),
    ).toBeUndefined()
    expect(classifyResponse(aliyunPop, json(200, { Code: 200, Message: 'OK', RequestId: 'r' }))).toBeUndefined()
    expect(classifyResponse(aliyunPop, json(200, { Code: 'OK', RequestId: 'r' }))).toBeUndefined()
  })

  it('makes Throttling.User in HTTP 400 a rate limit of the account', () => {
    const err = classifyResponse(
      aliyunPop,
      json(400, { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.', RequestId: 'r' }),
    )
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err?.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
  })

  it('measures the clock skew of InvalidTimeStamp.Expired from the gateway’s Date', () => {
    const date = new Date(Date.now() + 20 * 60_000).toUTCString()
    const err = classifyResponse(
      aliyunPop,
      json(
        400,
        { Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date value is expired.' },
        { date },
      ),
    )
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err?.retry.kind).toBe('refresh')
    expect(Math.abs((err?.clockSkewMs ?? 0) - 20 * 60_000)).toBeLessThan(5_000)
  })

  it('judges the gateway’s other refusals by their class', () => {
    const of = (code: string, status: number) =>
      classifyResponse(aliyunPop, json(status, { Code: code, RequestId: 'r' }))
    expect(of('Forbidden.InstanceNotFound', 404)).toBeInstanceOf(NotFoundError)
    expect(of('InsufficientBalance', 400)).toBeInstanceOf(BillingError)
    expect(of('SignatureNonceUsed', 400)?.retry).toMatchObject({ kind: 'refresh', replaySafe: false })
    expect(of('AuthenticationFail.OIDCToken.Expired', 401)?.retry.kind).toBe('refresh')
  })

  it('encodes gateway codes in the gateway’s envelope and product codes without HostId', () => {
    expect(aliyunPop.encode('Forbidden.RAM')).toMatchObject({ Code: 'Forbidden.RAM', HostId: 'ecs.aliyuncs.com' })
    expect(aliyunPop.encode('Forbidden.RAM')).toHaveProperty('Recommend')
  })
})

let sim: Simulator
const server = setupServer()
beforeAll(async () => {
  sim = await startSimulator()
  server.listen({ onUnhandledRequest: 'bypass' })
})
afterEach(() => server.resetHandlers())
afterAll(async () => {
  server.close()
  await sim.close()
})

/** `/raw` answers with the given body, verbatim. */
const raw = (body: string, status = 200, type = 'application/json') =>
  `${sim.url}/raw?status=${status}&type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`

describe.each(clients)('Alibaba Cloud’s gateway through $name', (client) => {
  // github.com/leonzhangxf/aligosms, its XML test (TestXMLParse): a real dysmsapi error in the gateway's
  // default XML, the Recommend link in CDATA.
  const SIGNATURE_XML = `<?xml version='1.0' encoding='UTF-8'?>
<Error>
  <RequestId>37AC22B8-AA25-45DE-86A9-F2F7A160E3CB</RequestId>
  <HostId>dysmsapi.aliyuncs.com</HostId>
  <Code>SignatureDoesNotMatch</Code>
  <Message>Specified signature is not matched with our calculation. server string to sign is:GET&amp;%2F&amp;AccessKeyId%3DLTAIQvtsjCMaiWRJ</Message>
  <Recommend><![CDATA[https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw]]></Recommend>
</Error>`
  // The same test's XML success.
  const SUCCESS_XML =
    "<?xml version='1.0' encoding='UTF-8'?><SendSmsResponse><Message>OK</Message><RequestId>8E2A944B-1217-425F-9FB2-371E9329F223</RequestId><BizId>990007539852874154^0</BizId><Code>OK</Code></SendSmsResponse>"
  // https://help.aliyun.com/zh/live/developer-reference/responses: the gateway's JSON error example.
  const LIVE_JSON =
    '{"Code":"InternalError","HostId":"live.aliyuncs.com","Message":"The request processing has failed due to some unknown error.","RequestId":"6EBD1AC4-C34D-4AE1-963E-B688A228BE31"}'

  it('POP XML: the gateway’s error keeps code, message, request id and Recommend; an XML success passes', async () => {
    for (const adapter of [aliyunSms, aliyunPop]) {
      const call = client.wrap({ adapter })
      const err = (await rejection(call(raw(SIGNATURE_XML, 400, 'text/xml;charset=UTF-8')))) as ApiError
      expect(err).toBeInstanceOf(AuthenticationError)
      expect(err).toMatchObject({
        vendor: adapter.vendor,
        code: 'SignatureDoesNotMatch',
        status: 400,
        source: 'vendor',
        requestId: '37AC22B8-AA25-45DE-86A9-F2F7A160E3CB',
        diagnosis: 'https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw',
      })
    }
    const ok = await client.wrap({ adapter: aliyunSms })(raw(SUCCESS_XML, 200, 'text/xml;charset=UTF-8'))
    expect(ok.status).toBe(200)
    expect(String(ok.data)).toContain('<Code>OK</Code>')
  })

  it('POP JSON: a gateway 500 is an internal error with its request id', async () => {
    const err = await rejection(client.wrap({ adapter: aliyunPop })(raw(LIVE_JSON, 500)))
    expect(err).toBeInstanceOf(InternalError)
    expect(err).toMatchObject({ code: 'InternalError', requestId: '6EBD1AC4-C34D-4AE1-963E-B688A228BE31' })
  })

  it('routes *.aliyuncs.com to aliyun-pop by its own hosts, after aliyun-sms’s dysmsapi', async () => {
    server.use(
      ...vendorHandlers(aliyunSms, { code: 'isv.DAY_LIMIT_CONTROL' }),
      ...vendorHandlers(aliyunPop, { code: 'Forbidden.RAM', status: 403 }),
    )
    const call = client.wrap({
      adapters: [
        { match: aliyunSms.hosts[0] as string, adapter: aliyunSms },
        { match: 'https://unused.example/', adapter: aliyunPop },
      ],
    })
    const sms = await rejection(call('https://dysmsapi.aliyuncs.com/'))
    expect(sms).toMatchObject({ vendor: 'aliyun-sms', code: 'isv.DAY_LIMIT_CONTROL' })
    const ecs = await rejection(call('https://ecs.cn-hangzhou.aliyuncs.com/?Action=DescribeInstances'))
    expect(ecs).toBeInstanceOf(PermissionError)
    expect(ecs).toMatchObject({ vendor: 'aliyun-pop', code: 'Forbidden.RAM', status: 403 })
  })
})
