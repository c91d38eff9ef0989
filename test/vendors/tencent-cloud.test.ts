// Tencent Cloud's API 3.0 (tencent-cloud): the catalog, what the adapter reads, then the SDK's own answers
// through axios, ky and fetch, the routing of *.tencentcloudapi.com after tencent-sms, and what a wildcard
// route matches.

import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { tencentCloud } from '../../adapters/tencent-cloud.js'
import { tencentSms } from '../../adapters/tencent-sms.js'
import { tencentCloudCommonEntries } from '../../catalogs/shared/tencent-cloud-common.js'
import { tencentCloudCatalog } from '../../catalogs/tencent-cloud.js'
import { tencentSmsCatalog } from '../../catalogs/tencent-sms.js'
import {
  AuthenticationError,
  categories,
  classifyResponse,
  NotFoundError,
  QuotaExceededError,
  RateLimitError,
  type ResponseFacts,
  ServiceUnavailableError,
  UnknownApiError,
} from '../../src/index.js'
import { vendorHandlers } from '../../src/testing/msw.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawTextUrl, rejection } from '../support/clients.js'

const facts = (status: number, value: unknown, headers: Record<string, string> = {}): ResponseFacts => ({
  status,
  header: (name) => headers[name.toLowerCase()] ?? null,
  body: { kind: 'json', value },
})

describe('tencent-cloud catalog', () => {
  it('has 929 codes, each once: the 33 common codes and 896 of eight products', () => {
    expect(tencentCloudCatalog.entries).toHaveLength(929)
    expect(new Set(tencentCloudCatalog.entries.map((e) => e.code)).size).toBe(929)
    expect(tencentCloudCatalog.vendor).toBe('tencent-cloud')
    expect(tencentCloudCatalog.timeZone).toBe('Asia/Shanghai')
    const common = new Set<string>(tencentCloudCommonEntries.map((e) => e.code))
    expect(tencentCloudCatalog.entries.filter((e) => common.has(e.code))).toHaveLength(33)
  })

  it('shares the common table with tencent-sms: one entry object, written once', () => {
    for (const code of ['AuthFailure.SignatureExpire', 'RequestLimitExceeded', 'ResourceNotFound', 'InternalError']) {
      expect(tencentCloudCatalog.get(code), code).toEqual(tencentSmsCatalog.get(code))
    }
    expect(tencentCloudCatalog.get('AuthFailure.SignatureExpire')).toMatchObject({
      clockSkew: true,
      retry: { kind: 'refresh' },
    })
  })

  it('keeps dotted codes exactly, with Tencent’s words in both languages and no Markdown link', () => {
    for (const e of tencentCloudCatalog.entries) {
      expect(e.code).toMatch(/^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*$/)
      expect(e.description.zh && e.description.en, e.code).toBeTruthy()
      expect(e.description.zh).not.toMatch(/\]\(|<a /)
      expect(categories).toContain(e.category)
      if (e.category === 'rate_limit' || e.category === 'quota') expect(e.scope, e.code).toBe('account')
    }
    // Product codes are the SDKs' words in both languages; the common table's English is a translation.
    expect(tencentCloudCatalog.get('AccountQualificationRestrictions')).toMatchObject({
      description: { zh: '该请求账户未通过资格审计。', en: 'Your account failed the qualification verification.' },
      translated: {},
    })
    expect(tencentCloudCatalog.get('AuthFailure.SignatureFailure')?.translated).toEqual({ description: 'en' })
  })

  it('keeps a second product’s words for a shared code as a variant', () => {
    const withVariants = tencentCloudCatalog.entries.filter((e) => (e.variants?.length ?? 0) > 0)
    expect(withVariants.length).toBeGreaterThan(0)
    for (const e of withVariants) for (const v of e.variants ?? []) expect(v.zh && v.en, e.code).toBeTruthy()
  })
})

describe('tencent-cloud adapter', () => {
  // github.com/TencentCloud/tencentcloud-sdk-go, tencentcloud/common/client_test.go (commit 144f6c8d): the
  // SDK's own rate-limit and success answers to a CVM RunInstances call, both with HTTP 200.
  it('reads the SDK’s own RequestLimitExceeded answer (HTTP 200) as a rate limit of the account', () => {
    const err = classifyResponse(
      tencentCloud,
      facts(200, { Response: { RequestId: '', Error: { Code: 'RequestLimitExceeded' } } }),
    )
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err?.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
    expect(classifyResponse(tencentCloud, facts(200, { Response: { RequestId: '' } }))).toBeUndefined()
  })

  // https://cloud.tencent.com/document/product/1388/114322 (any product's 错误码 page): the example error.
  it('reads a common error of any product with its request id', () => {
    const err = classifyResponse(
      tencentCloud,
      facts(200, {
        Response: {
          Error: {
            Code: 'AuthFailure.SignatureFailure',
            Message: 'The provided credentials could not be validated. Please check your signature is correct.',
          },
          RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
        },
      }),
    )
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({ vendor: 'tencent-cloud', requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' })
  })

  it('judges product codes by Tencent’s naming', () => {
    const of = (code: string) =>
      classifyResponse(tencentCloud, facts(200, { Response: { Error: { Code: code, Message: 'm' }, RequestId: 'r' } }))
    expect(of('ResourceNotFound.HpcCluster')).toBeInstanceOf(NotFoundError)
    expect(of('LimitExceeded.InstanceQuota')).toBeInstanceOf(QuotaExceededError)
    expect(of('ResourcesSoldOut.EipInsufficient')?.category).toBe('unavailable')
    expect(of('RequestLimitExceeded.GlobalRegionUinLimitExceeded')).toBeInstanceOf(RateLimitError)
    expect(of('MutexOperation.TaskRunning')?.retry.kind).toBe('backoff')
  })

  it('makes a code it lacks an UnknownApiError that keeps code, message and request id', () => {
    const err = classifyResponse(
      tencentCloud,
      facts(200, { Response: { Error: { Code: 'ResponseSizeLimitExceeded', Message: 'm' }, RequestId: 'r' } }),
    )
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({ code: 'ResponseSizeLimitExceeded', vendorMessage: 'm', requestId: 'r' })
  })

  it('shares the API 3.0 envelope with tencent-sms', () => {
    expect(tencentCloud.codePaths).toEqual(tencentSms.codePaths)
    expect(tencentCloud.requestIdPaths).toEqual(tencentSms.requestIdPaths)
    expect(tencentCloud.encode('InternalError', { requestId: 'r' })).toEqual(
      tencentSms.encode('InternalError', { requestId: 'r' }),
    )
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

// github.com/TencentCloud/tencentcloud-sdk-go, tencentcloud/common/client_test.go: the SDK's own rate-limit and
// success answers (CVM RunInstances), both HTTP 200.
const TENCENT_LIMIT = '{"Response": {"RequestId": "", "Error": {"Code": "RequestLimitExceeded"}}}'
const TENCENT_OK = '{"Response": {"RequestId": ""}}'
// https://cloud.tencent.com/document/product/1388/114322: the example error of every product's 错误码 page.
const TENCENT_SIGNATURE =
  '{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}'

describe.each(clients)('Tencent Cloud through $name', (client) => {
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
