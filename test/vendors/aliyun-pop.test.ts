// Alibaba Cloud's POP gateway (aliyun-pop): the catalog, what the adapter reads from XML and JSON errors, then
// the gateway's answers through axios, ky and fetch and the routing of *.aliyuncs.com after aliyun-sms.

import { readFileSync } from 'node:fs'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { aliyunPop } from '../../adapters/aliyun-pop.js'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { aliyunPopCatalog } from '../../catalogs/aliyun-pop.js'
import { aliyunSmsCatalog } from '../../catalogs/aliyun-sms.js'
import { popAlidnsEntries } from '../../catalogs/shared/aliyun-pop-alidns.js'
import { popCommonEntries } from '../../catalogs/shared/aliyun-pop-common.js'
import { popEcsEntries } from '../../catalogs/shared/aliyun-pop-ecs.js'
import { popOssEntries } from '../../catalogs/shared/aliyun-pop-oss.js'
import { popRamEntries } from '../../catalogs/shared/aliyun-pop-ram.js'
import { parse, vendorWords } from '../../scripts/compare-catalog.js'
import {
  type Adapter,
  type ApiError,
  AuthenticationError,
  BillingError,
  ConflictError,
  categories,
  classifyResponse,
  InternalError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  type ResponseFacts,
  ServiceUnavailableError,
  UnknownApiError,
} from '../../src/index.js'
import { vendorHandlers } from '../../src/testing/msw.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawTextUrl, rejection } from '../support/clients.js'

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
    // ECS's API reference lists MissingParameter.CommandId too (ModifyCommand), so aliyun-pop knows it.
    expect(err).toBeInstanceOf(adapter === aliyunPop ? InvalidRequestError : UnknownApiError)
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
  it('has 1,019 codes, each once: the gateway’s 45, STS’s 13, ECS’s 836, RAM’s 80, OSS’s 40 and Alidns’ 5', () => {
    expect(aliyunPopCatalog.entries).toHaveLength(1019)
    expect(new Set(aliyunPopCatalog.entries.map((e) => e.code)).size).toBe(1019)
    expect(popAlidnsEntries).toHaveLength(5)
    expect(popEcsEntries).toHaveLength(836)
    expect(popRamEntries).toHaveLength(80)
    expect(popOssEntries).toHaveLength(40)
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
const raw = (body: string, status = 200, type = 'application/json') => rawTextUrl(sim.url, body, status, type)

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

// github.com/AlibabaCloudDocs/ecs, cn.zh-CN/SDK 参考/SDK使用案例/弹性释放ECS实例.md: what releasing a running
// instance answers.
const ECS_RELEASE_RUNNING =
  '{"RequestId":"3C6DEAB4-7207-411F-9A31-6ADE54C268BE","HostId":"ecs-cn-hangzhou.aliyuncs.com","Code":"IncorrectInstanceStatus","Message":"The current status of the resource does not support this operation."}'
// github.com/AlibabaCloudDocs/ecs, cn.zh-CN/API 参考/云助手/ModifyCommand.md (错误示例, XML 格式).
const ECS_COMMAND_XML = `<Error>
    <RequestId>E69EF3CC-94CD-42E7-8926-F133B86387C0</RequestId>
    <HostId>ecs.aliyuncs.com</HostId>
    <Code>InvalidCmdId.NotFound</Code>
    <Message>The specified command ID does not exist.</Message>
</Error>`
// github.com/AlibabaCloudDocs/ecs, cn.zh-CN/API参考/API FAQ.md (创建ECS实例时报错：InvalidDataDiskCategory.NotSupported).
const ECS_DISK_CATEGORY = {
  Code: 'InvalidDataDiskCategory.NotSupported',
  Message: 'Specified disk category is not supported.',
}

const sourceRows = (file: string) =>
  parse(readFileSync(new URL(`../../scripts/sources/${file}`, import.meta.url), 'utf8')).flatMap(
    (section) => section.rows,
  )
/** The rows whose texts are not among the entry's own words (scripts/compare-catalog.ts's reading). */
const mismatches = (rows: ReturnType<typeof sourceRows>) =>
  rows.flatMap((row) => {
    const entry = aliyunPopCatalog.get(row.code)
    const words = entry === undefined ? [] : vendorWords(entry)
    return row.texts.filter((t) => !words.includes(t)).map((t) => `${row.code}: ${t}`)
  })

/** The codes of a product's entries that no row of its source file gives. */
const unsourced = (rows: ReturnType<typeof sourceRows>, entries: readonly { code: string }[]) => {
  const sourced = new Set(rows.map((r) => r.code))
  return entries.filter((e) => !sourced.has(e.code)).map((e) => e.code)
}

describe('aliyun-pop: ECS’s own codes', () => {
  it('makes the documented ECS errors their classes, in JSON and in XML', () => {
    const released = classifyResponse(aliyunPop, json(403, JSON.parse(ECS_RELEASE_RUNNING)))
    expect(released).toBeInstanceOf(ConflictError)
    expect(released).toMatchObject({
      code: 'IncorrectInstanceStatus',
      requestId: '3C6DEAB4-7207-411F-9A31-6ADE54C268BE',
      retry: { kind: 'never' },
    })
    expect(released?.entry?.description.zh).toBe('实例必须处于 运行中（Running）状态。')
    const command = classifyResponse(aliyunPop, text(404, ECS_COMMAND_XML))
    expect(command).toBeInstanceOf(NotFoundError)
    expect(command).toMatchObject({ code: 'InvalidCmdId.NotFound', requestId: 'E69EF3CC-94CD-42E7-8926-F133B86387C0' })
    const disk = classifyResponse(aliyunPop, json(400, ECS_DISK_CATEGORY))
    expect(disk).toBeInstanceOf(InvalidRequestError)
    expect(disk?.entry?.message).toBe('Specified disk category is not supported.')
  })

  it('judges stock, quota, state and billing as the pages word them', () => {
    const of = (code: string, status: number) =>
      classifyResponse(aliyunPop, json(status, { Code: code, Message: 'm', RequestId: 'r' }))
    expect(of('InvalidInstanceId.NotFound', 404)).toBeInstanceOf(NotFoundError)
    expect(of('OperationDenied.NoStock', 403)).toBeInstanceOf(ServiceUnavailableError)
    expect(of('OperationDenied.NoStock', 403)?.retry.kind).toBe('never')
    const quota = of('QuotaExceed.ElasticQuota', 403)
    expect(quota).toBeInstanceOf(QuotaExceededError)
    expect(quota?.retry).toMatchObject({ scope: 'account' })
    // 指定的磁盘正在创建快照。请稍后再试。: the page says to try again later.
    expect(of('IncorrectDiskStatus.CreatingSnapshot', 403)?.retry).toMatchObject({ kind: 'backoff', replaySafe: false })
    expect(of('InstanceExpiredOrInArrears', 403)).toBeInstanceOf(BillingError)
  })

  it('knows the ECS codes whose pages give only a 说明 or only a message, with the translation marked', () => {
    const of = (code: string, status: number) =>
      classifyResponse(aliyunPop, json(status, { Code: code, Message: 'm', RequestId: 'r' }))
    expect(of('MaxEniPrivateIpsCountExceeded', 403)).toBeInstanceOf(QuotaExceededError)
    expect(of('InvalidFilterValue', 404)).toBeInstanceOf(InvalidRequestError)
    expect(of('Forbidden.AccessKeyDisabled', 403)).toBeInstanceOf(AuthenticationError)
    expect(of('ServiceUnavailable.RegionMaintaining', 503)?.retry).toMatchObject({ kind: 'backoff' })
    expect(aliyunPopCatalog.get('InvalidParameter.CidrMalformed')).toMatchObject({
      description: { zh: '指定的CIDR地址块不合法。' },
      translated: { description: 'en' },
    })
    expect(aliyunPopCatalog.get('InvalidParamater')).toMatchObject({
      message: 'The specified parameter “SignatureMethod” is not valid.',
      translated: { description: 'zh' },
    })
  })

  it('keeps the gateway’s own entry where an ECS page words a common code its way', () => {
    expect(aliyunPopCatalog.get('InternalError')?.message).toBe(
      popCommonEntries.find((e) => e.code === 'InternalError')?.message,
    )
    expect(popEcsEntries.some((e) => (e.code as string) === 'Throttling')).toBe(false)
  })

  it('matches the ECS pages’ 2,226 rows word for word, and every ECS code has one', () => {
    const rows = sourceRows('aliyun-pop-ecs.tsv')
    expect(rows).toHaveLength(2226)
    expect(mismatches(rows)).toEqual([])
    expect(unsourced(rows, popEcsEntries)).toEqual([])
  })
})

describe('aliyun-pop: RAM’s codes and STS’s table', () => {
  const of = (code: string, status: number, message = 'm') =>
    classifyResponse(
      aliyunPop,
      json(status, { Code: code, Message: message, RequestId: 'r', HostId: 'ram.aliyuncs.com' }),
    )

  it('makes RAM’s entity, conflict and limit codes their classes', () => {
    expect(of('EntityNotExist.User', 404, 'The user does not exist.')).toBeInstanceOf(NotFoundError)
    expect(of('EntityAlreadyExists.User', 409)).toBeInstanceOf(ConflictError)
    expect(of('DeleteConflict.User.AccessKey', 409)).toBeInstanceOf(ConflictError)
    const limit = of('LimitExceeded.User.AccessKey', 409)
    expect(limit).toBeInstanceOf(QuotaExceededError)
    expect(limit?.retry).toMatchObject({ kind: 'never', scope: 'account' })
    expect(of('Inactive', 403)).toBeInstanceOf(PermissionError)
    expect(of('CheckAuthenticationCodeFail', 403)).toBeInstanceOf(AuthenticationError)
    expect(of('MalformedPolicyDocument', 400)).toBeInstanceOf(InvalidRequestError)
  })

  it('keeps the page’s typos and slips, gives the advice in both languages and marks the translations', () => {
    const typo = aliyunPopCatalog.get('InvalidParameter.PolicyName.InvalidChars')
    expect(typo?.message).toBe('The parameter - "PolicyNam" contains invalid chars.')
    expect(typo?.variants).toEqual([{ en: 'The parameter - "PolicyName" contains invalid chars.' }])
    expect(aliyunPopCatalog.get('EntityAlreadyExists.Policy')?.message).toBe('The group does already EXIST.')
    expect(aliyunPopCatalog.get('LimitExceeded.User.AccessKey')?.remedy?.zh).toBe(
      '子用户的 AccessKey 数量超过上限（子用户 AccessKey 上限 2 个）。',
    )
    expect(aliyunPopCatalog.get('EntityNotExist.User')?.translated).toEqual({ description: 'zh' })
    // The English edition pairs this code with a neighbour's row: the advice is translated.
    expect(aliyunPopCatalog.get('EntityNotExist.User.AccessKey')?.translated).toEqual({
      description: 'zh',
      remedy: 'en',
    })
  })

  it('adds STS’s RoleArn and PolicySize, and STS’s and RAM’s advice to the codes STS had', () => {
    expect(of('InvalidParameter.RoleArn', 400, 'The parameter RoleArn is wrongly formed.')).toBeInstanceOf(
      InvalidRequestError,
    )
    expect(aliyunPopCatalog.get('InvalidParameter.PolicySize')?.remedy?.en).toBe(
      'Modify the size of Policy. The size cannot exceed 1,024 bytes.',
    )
    expect(aliyunPopCatalog.get('InvalidParameter.DurationSeconds')?.remedy?.zh).toBe(
      'DurationSeconds 参数设置错误。取值范围 900 ~ 3600。',
    )
    expect(aliyunPopCatalog.get('NoPermission')?.variants?.map((v) => v.zh)).toEqual([
      'STS Token 没有权限。请在生成 STSToken 时正确授权。',
      '子用户权限不够，请给子用户授权。',
    ])
  })

  it('matches the RAM and STS pages’ 164 rows word for word, and every RAM code has one', () => {
    const rows = sourceRows('aliyun-pop-ram.tsv')
    expect(rows).toHaveLength(164)
    expect(mismatches(rows)).toEqual([])
    expect(unsourced(rows, popRamEntries)).toEqual([])
  })
})

// github.com/AlibabaCloudDocs/oss at f68409178447a330ac39eafa05bb44123ea8811f, cn.zh-CN/错误码/错误响应.md (错误请求和
// 返回示例): a PUT with a header OSS does not implement.
const OSS_NOT_IMPLEMENTED = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NotImplemented</Code>
  <Message>A header you provided implies functionality that is not implemented.</Message>
  <RequestId>57ABD896CCB80C366955****</RequestId>
  <HostId>bucketname.oss-cn-shanghai.aliyuncs.com</HostId>
  <Header>If-Modified-Since</Header>
</Error>`
// The same commit, intl.en-US/Troubleshooting/Error responses.md (Response message body): the page's example,
// with a namespace and each text on lines of its own.
const OSS_ACCESS_DENIED = `<?xml version="1.0" ?>
<Error xmlns="http://doc.oss-cn-hangzhou.aliyuncs.com">
    <Code>
        AccessDenied
    </Code>
    <Message>
        Query-string authentication requires the Signature, Expires and OSSAccessKeyId parameters
    </Message>
    <RequestId>
        1D842BC54255****
    </RequestId>
    <HostId>
        oss-cn-hangzhou.aliyuncs.com
    </HostId>
</Error>`
// The same commit, cn.zh-CN/API 参考/关于Object操作/基础操作/GetObject.md (a GET of an object whose current version
// is a delete marker), with the response's request id header.
const OSS_NO_SUCH_KEY = `<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NoSuchKey</Code>
  <Message>The specified key does not exist.</Message>
  <RequestId>5CAC0FEADE0170*****</RequestId>
  <HostId>versioning-get.oss-cn-hangzhou.aliyun*****</HostId>
  <Key>example</Key>
</Error>`

describe('aliyun-pop: OSS’s error-response table', () => {
  it('reads OSS’s own XML errors: code, message and request id, with a namespace or extra elements', () => {
    const notImplemented = classifyResponse(aliyunPop, text(400, OSS_NOT_IMPLEMENTED, { server: 'AliyunOSS' }))
    expect(notImplemented).toBeInstanceOf(InvalidRequestError)
    expect(notImplemented).toMatchObject({
      code: 'NotImplemented',
      requestId: '57ABD896CCB80C366955****',
      vendorMessage: 'A header you provided implies functionality that is not implemented.',
    })
    expect(notImplemented?.entry?.description).toEqual({ zh: '无法处理', en: 'The method cannot be implemented.' })
    const denied = classifyResponse(aliyunPop, text(403, OSS_ACCESS_DENIED))
    expect(denied).toBeInstanceOf(PermissionError)
    expect(denied).toMatchObject({ code: 'AccessDenied', requestId: '1D842BC54255****' })
    expect(denied?.vendorMessage).toMatch(/^Query-string authentication requires the Signature/)
    const missing = classifyResponse(aliyunPop, text(404, OSS_NO_SUCH_KEY))
    expect(missing).toBeInstanceOf(NotFoundError)
    expect(missing).toMatchObject({ code: 'NoSuchKey', requestId: '5CAC0FEADE0170*****' })
  })

  it('judges OSS’s limits, clock, state and quota as the table words them', () => {
    const of = (code: string, status: number, headers: Record<string, string> = {}) =>
      classifyResponse(aliyunPop, text(status, `<Error><Code>${code}</Code><RequestId>r</RequestId></Error>`, headers))
    const qps = of('MetaOperationQpsLimitExceeded', 503)
    expect(qps).toBeInstanceOf(RateLimitError)
    expect(qps?.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
    expect(of('DownloadTrafficRateLimitExceeded', 503)).toBeInstanceOf(RateLimitError)
    expect(of('TooManyBuckets', 400)).toBeInstanceOf(QuotaExceededError)
    expect(of('BucketNotEmpty', 409)).toBeInstanceOf(ConflictError)
    expect(of('InvalidObjectState', 403)).toBeInstanceOf(ConflictError)
    expect(of('InvalidAccessKeyId', 403)).toBeInstanceOf(AuthenticationError)
    // OSS 403错误及排查.md: RequestTimeTooSkewed, more than 15 minutes between the request and OSS's clock.
    const date = new Date(Date.now() - 30 * 60_000).toUTCString()
    const skewed = of('RequestTimeTooSkewed', 403, { date })
    expect(skewed).toBeInstanceOf(AuthenticationError)
    expect(skewed?.retry.kind).toBe('refresh')
    expect(Math.abs((skewed?.clockSkewMs ?? 0) + 30 * 60_000)).toBeLessThan(5_000)
  })

  it('keeps the gateway’s and ECS’s meaning of the codes they share with OSS, with OSS’s words as variants', () => {
    const signature = aliyunPopCatalog.get('SignatureDoesNotMatch')
    expect(signature?.category).toBe('authentication')
    expect(signature?.variants).toContainEqual({ zh: '签名错误', en: 'The signature is incorrect.' })
    expect(aliyunPopCatalog.get('RequestTimeout')?.variants).toContainEqual({
      zh: '请求超时',
      en: 'Request timeout occurs.',
    })
    // The gateway's table, which aliyun-sms shares too, keeps its own words only.
    expect(popCommonEntries.find((e) => e.code === 'SignatureDoesNotMatch')?.variants).not.toContainEqual({
      zh: '签名错误',
      en: 'The signature is incorrect.',
    })
  })

  it('matches both editions of the OSS table, 84 rows, word for word, and every OSS code has one', () => {
    const rows = sourceRows('aliyun-pop-oss.tsv')
    expect(rows).toHaveLength(84)
    // The English edition spells this one code in lower case; the catalog keeps the Chinese edition's.
    const known = rows.filter((r) => r.code !== 'Downloadtrafficratelimitexceeded')
    expect(known).toHaveLength(83)
    expect(mismatches(known)).toEqual([])
    expect(unsourced(rows, popOssEntries)).toEqual([])
  })
})

describe.each(clients)('OSS’s XML errors through $name', (client) => {
  it('makes OSS’s documented errors their classes, with OSS’s request id', async () => {
    const call = client.wrap({ adapter: aliyunPop })
    const missing = await rejection(call(raw(OSS_NO_SUCH_KEY, 404, 'application/xml')))
    expect(missing).toBeInstanceOf(NotFoundError)
    expect(missing).toMatchObject({
      vendor: 'aliyun-pop',
      code: 'NoSuchKey',
      status: 404,
      requestId: '5CAC0FEADE0170*****',
    })
    const denied = await rejection(call(raw(OSS_ACCESS_DENIED, 403, 'application/xml')))
    expect(denied).toBeInstanceOf(PermissionError)
    expect(denied).toMatchObject({ code: 'AccessDenied', requestId: '1D842BC54255****' })
    const notImplemented = await rejection(call(raw(OSS_NOT_IMPLEMENTED, 400, 'application/xml')))
    expect(notImplemented).toBeInstanceOf(InvalidRequestError)
    expect(notImplemented).toMatchObject({ code: 'NotImplemented', requestId: '57ABD896CCB80C366955****' })
  })
})

// https://www.alibabacloud.com/help/doc-detail/29746.htm (Alibaba Cloud DNS, sample error responses), its XML
// example as the page prints it: a spaced prolog and a space before </Message>.
const ALIDNS_DOMAIN_NOT_EXIST = `<? xml version="1.0" encoding="UTF-8"? >
<Error>
   <RequestId>8906582E-6722-409A-A6C4-0E7863B733A5</RequestId>
   <HostId>dns.aliyuncs.com</HostId>
   <Code>DomainNotExist</Code>
   <Message>The domain name does not exist. </Message>
</Error>`

describe('aliyun-pop: Alidns’s codes', () => {
  it('makes the documented DomainNotExist a NotFoundError with its request id', () => {
    const err = classifyResponse(aliyunPop, text(400, ALIDNS_DOMAIN_NOT_EXIST))
    expect(err).toBeInstanceOf(NotFoundError)
    expect(err).toMatchObject({ code: 'DomainNotExist', requestId: '8906582E-6722-409A-A6C4-0E7863B733A5' })
    expect(err?.vendorMessage).toBe('The domain name does not exist.')
    expect(err?.entry?.translated).toEqual({ description: 'zh' })
  })

  it('judges AddBatchDomainRecords’ refusals by their meaning', () => {
    const of = (code: string) => classifyResponse(aliyunPop, json(400, { Code: code, Message: 'm', RequestId: 'r' }))
    expect(of('IllegalUser')).toBeInstanceOf(PermissionError)
    const batch = of('QuotaExceeded.BatchNumber')
    expect(batch).toBeInstanceOf(QuotaExceededError)
    expect(batch?.retry).toMatchObject({ kind: 'never', scope: 'request' })
    expect(of('OperationThreadInUsed')).toBeInstanceOf(ConflictError)
    expect(of('DataFormatError')).toBeInstanceOf(InvalidRequestError)
    expect(aliyunPopCatalog.get('OperationThreadInUsed')?.variants).toEqual([
      { zh: '批量操作线程正被其他用户使用', en: 'The batch operation threads are being used by another user' },
    ])
  })

  it('matches the Alidns pages’ 5 rows word for word, and every Alidns code has one', () => {
    const rows = sourceRows('aliyun-pop-alidns.tsv')
    expect(rows).toHaveLength(5)
    expect(mismatches(rows)).toEqual([])
    expect(unsourced(rows, popAlidnsEntries)).toEqual([])
  })
})

describe.each(clients)('Alidns’s XML error through $name', (client) => {
  it('makes the documented DomainNotExist a NotFoundError', async () => {
    const err = await rejection(client.wrap({ adapter: aliyunPop })(raw(ALIDNS_DOMAIN_NOT_EXIST, 400, 'text/xml')))
    expect(err).toBeInstanceOf(NotFoundError)
    expect(err).toMatchObject({
      vendor: 'aliyun-pop',
      code: 'DomainNotExist',
      status: 400,
      requestId: '8906582E-6722-409A-A6C4-0E7863B733A5',
    })
  })
})
