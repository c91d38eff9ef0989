// Tencent Cloud SMS: the catalog, SendSms answers per number and batchFailures, then answers through axios, ky
// and fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tencentSms } from '../../adapters/tencent-sms.js'
import { tencentSmsCatalog } from '../../catalogs/tencent-sms.js'
import {
  ApiError,
  AuthenticationError,
  batchFailures,
  type Catalog,
  categories,
  classifyResponse,
  QuotaExceededError,
  RateLimitError,
  UnknownApiError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'
import { json } from '../support/json.js'

const catalog: Catalog = tencentSmsCatalog

function classify(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return classifyResponse(tencentSms, {
    status,
    header: (name) => headers[name.toLowerCase()] ?? null,
    body: { kind: 'json', value: body },
  })
}

// Tencent's own examples: the common error page (382/52075) and the SendSms page (382/55981, as
// tccli/services/sms/v20210111/examples.json carries it).
const signatureFailure = {
  Response: {
    Error: {
      Code: 'AuthFailure.SignatureFailure',
      Message: 'The provided credentials could not be validated. Please check your signature is correct.',
    },
    RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
  },
}
const sendSmsOk = {
  Response: {
    SendStatusSet: [
      {
        SerialNo: '5000:1045710669157053657849499619',
        PhoneNumber: '+8618501234444',
        Fee: 1,
        SessionContext: 'outsid_1729495320_1011',
        Code: 'Ok',
        Message: 'send success',
        IsoCode: 'CN',
      },
      {
        SerialNo: '5000:1045710669157053657849499718',
        PhoneNumber: '+8618501234445',
        Fee: 1,
        SessionContext: 'outsid_1729495320_1011',
        Code: 'Ok',
        Message: 'send success',
        IsoCode: 'CN',
      },
    ],
    RequestId: 'a0aabda6-cf91-4f3e-a81f-9198114a2279',
  },
}
const sendSmsFailed = {
  Response: {
    SendStatusSet: [
      {
        SerialNo: '',
        PhoneNumber: '+8618501234444',
        Fee: 0,
        SessionContext: '',
        Code: 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
        Message: 'request content does not match the template content',
        IsoCode: '',
      },
    ],
    RequestId: '4e394811-9ebd-4d66-98ee-730b21c4a681',
  },
}

describe('tencent-sms catalog', () => {
  it('has 128 codes, each once, on the vendor clock', () => {
    expect(catalog.entries).toHaveLength(128)
    expect(new Set(catalog.entries.map((e) => e.code)).size).toBe(128)
    expect(catalog.vendor).toBe('tencent-sms')
    expect(catalog.timeZone).toBe('Asia/Shanghai')
    // 94 SMS codes of the SDK, 23 further common codes, 8 common codes worded in other products' files, and Ok.
    expect(catalog.entries.filter((e) => e.kind === 'success').map((e) => e.code)).toEqual(['Ok'])
    expect(catalog.entries.filter((e) => e.kind === 'result').map((e) => e.code)).toEqual(['DryRunOperation'])
  })

  it('keeps the dotted codes exactly and the vendor’s words verbatim', () => {
    for (const e of catalog.entries) {
      expect(typeof e.code, String(e.code)).toBe('string')
      expect(e.code).toMatch(/^[A-Z][A-Za-z]*(\.[A-Za-z0-9]+)*$/)
      expect(e.description.zh, String(e.code)).toBeTruthy()
      expect(e.description.en, String(e.code)).toBeTruthy()
      // The SDK's comments are Chinese; only RequestLimitExceeded.UinLimitExceeded has Tencent's English too.
      expect(e.translated).toEqual(e.code === 'RequestLimitExceeded.UinLimitExceeded' ? {} : { description: 'en' })
      expect(categories).toContain(e.category)
      // Markdown links of the SDK comments keep their text only.
      expect(e.description.zh).not.toMatch(/\]\(|<a |https?:/)
    }
    expect(catalog.get('LimitExceeded.PhoneNumberDailyLimit')?.description.zh).toBe(
      '单个手机号日下发短信条数超过设定的上限，可自行到控制台调整短信频率限制策略。',
    )
    expect(catalog.get('FailedOperation.ContainSensitiveWord')?.description.zh).toBe(
      '短信内容中含有敏感词，请联系 腾讯云短信小助手。',
    )
    expect(catalog.get('AuthFailure.SecretIdNotFound')?.description.zh).toBe(
      '密钥不存在。请在 控制台 检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。',
    )
    expect(catalog.get('NoSuchProduct')?.description.zh).toBe('产品不存在')
    // In both tables: the SMS words first, the common ones as a variant.
    expect(catalog.get('InvalidParameter')?.description.zh).toBe('参数错误。')
    expect(catalog.get('InvalidParameter')?.variants?.[0]?.zh).toBe('参数错误（包括参数格式、类型等错误）。')
    expect(catalog.get('MissingParameter')?.variants?.[0]?.zh).toBe('缺少参数。')
    expect(catalog.get('Ok')).toMatchObject({ message: 'send success', description: { zh: '发送成功' } })
  })

  it('finds codes only as sent: case and prefixes matter, and odd keys are safe', () => {
    expect(catalog.get('limitexceeded.phonenumberdailylimit')).toBeUndefined()
    expect(catalog.get('OK')).toBeUndefined()
    expect(catalog.get('LimitExceeded.')).toBeUndefined()
    for (const key of ['__proto__', 'constructor', 'toString', '', 0, null, {}]) {
      expect(catalog.get(key)).toBeUndefined()
    }
  })

  it('gives every rate_limit and quota entry a scope, and no other entry one', () => {
    for (const e of catalog.entries) {
      const limited = e.category === 'rate_limit' || e.category === 'quota'
      expect(e.scope !== undefined, String(e.code)).toBe(limited)
    }
  })

  it.each([
    ['LimitExceeded.PhoneNumberThirtySecondLimit', 'recipient'],
    ['LimitExceeded.PhoneNumberOneHourLimit', 'recipient'],
    ['LimitExceeded.PhoneNumberDailyLimit', 'recipient'],
    ['LimitExceeded.PhoneNumberSameContentDailyLimit', 'request'],
    ['LimitExceeded.DailyLimit', 'account'],
    ['LimitExceeded.AppDailyLimit', 'account'],
    ['LimitExceeded.DeliveryFrequencyLimit', 'account'],
    ['LimitExceeded.GlobalSmsSendingRateLimit', 'account'],
    ['RequestLimitExceeded', 'account'],
    ['RequestLimitExceeded.GlobalRegionUinLimitExceeded', 'account'],
    ['RequestLimitExceeded.IPLimitExceeded', 'account'],
    ['FailedOperation.InsufficientBalanceInSmsPackage', 'account'],
  ] as const)('%s limits the %s', (code, scope) => {
    expect(catalog.get(code)?.scope).toBe(scope)
  })

  it('waits as the windows say', () => {
    expect(catalog.get('LimitExceeded.PhoneNumberThirtySecondLimit')?.retry).toEqual({ kind: 'after', delayMs: 30_000 })
    expect(catalog.get('LimitExceeded.PhoneNumberOneHourLimit')?.retry).toEqual({ kind: 'after', delayMs: 3_600_000 })
    expect(catalog.get('LimitExceeded.PhoneNumberDailyLimit')?.retry).toEqual({ kind: 'after', window: 'day' })
    expect(catalog.get('LimitExceeded.AppMainlandChinaDailyLimit')?.retry).toEqual({ kind: 'after', window: 'day' })
    expect(catalog.get('RequestLimitExceeded')?.retry).toEqual({ kind: 'backoff', replaySafe: true })
    expect(catalog.get('InternalError.Timeout')).toMatchObject({ category: 'unavailable', retry: { kind: 'backoff' } })
    expect(catalog.get('FailedOperation.InsufficientBalanceInSmsPackage')).toMatchObject({
      category: 'quota',
      retry: { kind: 'never' },
    })
    expect(catalog.get('UnauthorizedOperation.ServiceSuspendDueToArrears')?.category).toBe('billing')
    expect(catalog.get('LimitExceeded.PhoneNumberCountLimit')?.category).toBe('invalid_request')
  })

  it('flags the clock-skew codes, and only them', () => {
    const skewed = catalog.entries.filter((e) => e.clockSkew === true).map((e) => e.code)
    expect(skewed.sort()).toEqual(['AuthFailure.SignatureExpire', 'InternalError.RequestTimeException'])
    for (const code of skewed) expect(catalog.get(code)?.retry.kind).toBe('refresh')
  })

  it('does not take the SMS signature (签名) for an authentication failure', () => {
    const smsSignature = catalog.entries.filter(
      (e) => !String(e.code).startsWith('AuthFailure.') && /签名/.test(e.description.zh ?? ''),
    )
    expect(smsSignature.map((e) => e.code)).toEqual(
      expect.arrayContaining([
        'FailedOperation.SignatureIncorrectOrUnapproved',
        'FailedOperation.MissingSignature',
        'FailedOperation.MissingSignatureList',
        'FailedOperation.SignIdNotExist',
        'InvalidParameterValue.SignNameLengthTooLong',
      ]),
    )
    for (const e of smsSignature) expect(e.category, String(e.code)).not.toBe('authentication')
    expect(catalog.get('FailedOperation.SignatureIncorrectOrUnapproved')?.category).toBe('invalid_request')
    expect(catalog.get('AuthFailure.SignatureFailure')?.category).toBe('authentication')
  })
})

describe('tencent-sms adapter', () => {
  it('reads Response.Error and routes sms.tencentcloudapi.com', () => {
    expect(tencentSms.vendor).toBe('tencent-sms')
    expect(tencentSms.hosts).toEqual(['sms.tencentcloudapi.com'])
    expect(tencentSms.codePaths).toEqual(['Response.Error.Code'])
    expect(tencentSms.missingCode).toBe('success')
  })

  it('round-trips every code through encode and decode', () => {
    for (const entry of catalog.entries) {
      const body = tencentSms.encode(entry.code, { requestId: 'req-1' })
      const decision = tencentSms.decode(json(body), 200)
      if (entry.kind === 'success') {
        expect(decision.kind, String(entry.code)).toBe('success')
        continue
      }
      expect(decision, String(entry.code)).toMatchObject({ kind: entry.kind, code: entry.code, requestId: 'req-1' })
      if (entry.kind !== 'error') continue
      const err = classify(body)
      expect(err).toBeInstanceOf(ApiError)
      expect(err?.category, String(entry.code)).toBe(entry.category)
      expect(err?.entry).toBe(entry)
      expect(err?.constructor.name).toBe(err?.name)
    }
  })

  it('encodes Ok as a one-number SendSms answer', () => {
    expect(tencentSms.encode('Ok', { requestId: 'r' })).toEqual({
      Response: {
        SendStatusSet: [{ PhoneNumber: '+8613800000000', Code: 'Ok', Message: 'send success' }],
        RequestId: 'r',
      },
    })
    expect(tencentSms.encode('LimitExceeded.PhoneNumberDailyLimit', { variant: 1, message: 'x' })).toEqual({
      Response: {
        SendStatusSet: [{ PhoneNumber: '+8613800000000', Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'x' }],
      },
    })
    expect(tencentSms.encode('InternalError', { message: 'x' })).toEqual({
      Response: { Error: { Code: 'InternalError', Message: 'x' } },
    })
  })

  it('decides a real Error response', () => {
    expect(tencentSms.decode(signatureFailure, 200)).toMatchObject({
      kind: 'error',
      code: 'AuthFailure.SignatureFailure',
      message: 'The provided credentials could not be validated. Please check your signature is correct.',
      requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6',
    })
    const err = classify(signatureFailure)
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({ vendor: 'tencent-sms', requestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' })
    expect(err?.retry.kind).toBe('never')
  })

  it('takes a SendSms answer whose every number was sent for a success', () => {
    expect(tencentSms.decode(sendSmsOk, 200).kind).toBe('success')
    expect(classify(sendSmsOk)).toBeUndefined()
    expect(batchFailures(tencentSms, sendSmsOk)).toEqual([])
    expect(tencentSms.decode({ Response: { RequestId: 'x' } }, 500).kind).toBe('unreadable')
  })

  it('makes a SendSms answer whose every number failed an error, the first number’s code deciding the class', () => {
    const err = classify(sendSmsFailed)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({
      code: 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
      requestId: '4e394811-9ebd-4d66-98ee-730b21c4a681',
      vendorMessage: 'request content does not match the template content',
    })
    expect(err?.items).toHaveLength(sendSmsFailed.Response.SendStatusSet.length)
    expect(err?.items?.[0]).toMatchObject({ index: 0, key: '+8618501234444' })
    expect(err?.items?.[0]?.error.code).toBe('FailedOperation.TemplateParamSetNotMatchApprovedTemplate')
    expect(err?.toJSON().items?.[0]).toEqual({
      index: 0,
      key: '+8618501234444',
      code: 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
      category: err?.items?.[0]?.error.category,
    })
  })

  it('passes a batch that failed in part, and lists each failed number with its own typed error', () => {
    // Two entries of one real log (numbers masked by their author), one sent and one refused.
    const mixed = {
      Response: {
        SendStatusSet: [
          { SerialNo: '2640:133731727416586503152335508', PhoneNumber: '+86151****5089', Fee: 1, Code: 'Ok' },
          {
            SerialNo: '',
            PhoneNumber: '+86186****7660',
            Fee: 0,
            Code: 'LimitExceeded.PhoneNumberThirtySecondLimit',
            Message:
              'the number of SMS messages sent from a single mobile number within 30 seconds exceeds the upper limit',
          },
          { PhoneNumber: '+86186****7661', Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'daily' },
        ],
        RequestId: 'b1',
      },
    }
    expect(classify(mixed)).toBeUndefined()
    const failed = batchFailures(tencentSms, mixed)
    expect(failed.map((f) => [f.index, f.key, f.error.category, f.error.retry.scope])).toEqual([
      [1, '+86186****7660', 'rate_limit', 'recipient'],
      [2, '+86186****7661', 'quota', 'recipient'],
    ])
    expect(failed[0]?.error).toBeInstanceOf(RateLimitError)
    expect(failed[1]?.error.retry.kind).toBe('after')
  })

  it('measures the clock skew of a SignatureExpire answer', () => {
    const body = tencentSms.encode('AuthFailure.SignatureExpire', { requestId: 'r' })
    const date = new Date(Date.now() + 10 * 60_000).toUTCString()
    const err = classify(body, 200, { date })
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err?.retry.kind).toBe('refresh')
    expect(Math.abs((err?.clockSkewMs ?? 0) - 10 * 60_000)).toBeLessThan(5_000)
  })

  it('makes rate-limit errors that say when to come back', () => {
    const err = classify(tencentSms.encode('LimitExceeded.PhoneNumberThirtySecondLimit'))
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err?.retry).toMatchObject({ kind: 'after', delayMs: 30_000, replaySafe: true })
    expect(err?.entry?.scope).toBe('recipient')
  })

  it('turns a code the catalog lacks into an UnknownApiError that keeps the code and message', () => {
    const err = classify({
      Response: { Error: { Code: 'RequestSizeLimitExceeded', Message: 'm' }, RequestId: 'r' },
    })
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toMatchObject({ code: 'RequestSizeLimitExceeded', vendorMessage: 'm', requestId: 'r' })
  })

  it('decides hostile bodies without throwing', () => {
    for (const body of [
      null,
      'text',
      42,
      [],
      { Response: null },
      { Response: { Error: 'x' } },
      { Response: { Error: { Code: {} } } },
    ]) {
      expect(() => tencentSms.decode(body, 200)).not.toThrow()
    }
    expect(tencentSms.decode({ Response: { Error: { Code: 7 } } }, 200).kind).toBe('error')
    expect(tencentSms.decode({ Response: { Error: { Code: {} } } }, 200).kind).toBe('unreadable')
  })
})

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

describe.each(clients)('Tencent Cloud SMS through $name', (client) => {
  it('Tencent: a one-number SendSms whose number failed rejects with that number’s class', async () => {
    const call = client.wrap({ adapter: tencentSms })
    const err = (await rejection(
      call(`${sim.url}/tencent-sms/?code=LimitExceeded.PhoneNumberDailyLimit&variant=1`),
    )) as ApiError
    expect(err).toBeInstanceOf(QuotaExceededError)
    expect(err.retry.scope).toBe('recipient')
    expect(err.items?.map((i) => [i.key, i.error.code])).toEqual([
      ['+8613800000000', 'LimitExceeded.PhoneNumberDailyLimit'],
    ])
  })

  it('Tencent: a batch that failed in part passes; batchFailures lists the failed numbers', async () => {
    const call = client.wrap({ adapter: tencentSms })
    const body = {
      Response: {
        SendStatusSet: [
          { PhoneNumber: '+8618500000001', Code: 'Ok', Message: 'send success' },
          { PhoneNumber: '+8618500000002', Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'daily' },
          { PhoneNumber: '+8618500000003', Code: 'InvalidParameterValue.IncorrectPhoneNumber', Message: 'bad' },
        ],
        RequestId: 'a0aabda6',
      },
    }
    const out = await call(raw(body))
    expect(out.data).toEqual(body)
    const failed = batchFailures(tencentSms, out.data)
    expect(failed.map((f) => [f.key, f.error.category])).toEqual([
      ['+8618500000002', 'quota'],
      ['+8618500000003', 'invalid_request'],
    ])
  })
})
