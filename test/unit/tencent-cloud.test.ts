import { describe, expect, it } from 'vitest'
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
  UnknownApiError,
} from '../../src/index.js'

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
