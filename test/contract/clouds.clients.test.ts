import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { aliyunPop } from '../../adapters/aliyun-pop.js'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { tencentCloud } from '../../adapters/tencent-cloud.js'
import { tencentSms } from '../../adapters/tencent-sms.js'
import {
  type ApiError,
  AuthenticationError,
  InternalError,
  PermissionError,
  RateLimitError,
  ServiceUnavailableError,
} from '../../src/index.js'
import { vendorHandlers } from '../../src/testing/msw.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

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
// github.com/TencentCloud/tencentcloud-sdk-go, tencentcloud/common/client_test.go: the SDK's own rate-limit and
// success answers (CVM RunInstances), both HTTP 200.
const TENCENT_LIMIT = '{"Response": {"RequestId": "", "Error": {"Code": "RequestLimitExceeded"}}}'
const TENCENT_OK = '{"Response": {"RequestId": ""}}'
// https://cloud.tencent.com/document/product/1388/114322: the example error of every product's 错误码 page.
const TENCENT_SIGNATURE =
  '{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}'

describe.each(clients)('Tencent Cloud and Alibaba Cloud’s gateway through $name', (client) => {
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

  it('Tencent Cloud: the SDK’s own rate-limit answer and any product’s signature error; a success passes', async () => {
    const call = client.wrap({ adapter: tencentCloud })
    const limit = await rejection(call(raw(TENCENT_LIMIT)))
    expect(limit).toBeInstanceOf(RateLimitError)
    expect(limit).toMatchObject({ vendor: 'tencent-cloud', code: 'RequestLimitExceeded', retry: { scope: 'account' } })
    const signature = await rejection(call(raw(TENCENT_SIGNATURE)))
    expect(signature).toBeInstanceOf(AuthenticationError)
    expect(signature).toMatchObject({ requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' })
    expect((await call(raw(TENCENT_OK))).data).toEqual({ Response: { RequestId: '' } })
  })

  it('routes every subdomain of *.tencentcloudapi.com to tencent-cloud, and SMS first to tencent-sms', async () => {
    server.use(
      ...vendorHandlers(tencentSms, { code: 'LimitExceeded.PhoneNumberDailyLimit' }),
      ...vendorHandlers(tencentCloud, { code: 'ResourceInsufficient.CloudDiskSoldOut' }),
    )
    const call = client.wrap({
      adapters: [
        { match: 'sms.tencentcloudapi.com', adapter: tencentSms },
        { match: '*.tencentcloudapi.com', adapter: tencentCloud },
      ],
    })
    const sms = await rejection(call('https://sms.tencentcloudapi.com/', { method: 'POST', body: '{}' }))
    expect(sms).toMatchObject({ vendor: 'tencent-sms', code: 'LimitExceeded.PhoneNumberDailyLimit' })
    for (const host of ['cvm.tencentcloudapi.com', 'cvm.ap-guangzhou.tencentcloudapi.com']) {
      const err = await rejection(call(`https://${host}/`, { method: 'POST', body: '{}' }))
      expect(err, host).toBeInstanceOf(ServiceUnavailableError)
      expect(err, host).toMatchObject({ vendor: 'tencent-cloud', code: 'ResourceInsufficient.CloudDiskSoldOut' })
    }
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

it('a wildcard route matches subdomains only, not the bare domain or a look-alike', async () => {
  server.use(
    ...vendorHandlers(tencentCloud, {
      code: 'InternalError',
      hosts: ['tencentcloudapi.com', 'eviltencentcloudapi.com'],
    }),
  )
  const call = (clients[2] as (typeof clients)[number]).wrap({
    adapters: [{ match: '*.tencentcloudapi.com', adapter: tencentCloud }],
  })
  for (const url of ['https://tencentcloudapi.com/', 'https://eviltencentcloudapi.com/']) {
    const out = await call(url)
    expect(out.status, url).toBe(200)
  }
})
