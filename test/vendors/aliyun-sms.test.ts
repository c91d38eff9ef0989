// Alibaba Cloud SMS: the catalog (with the POP gateway's common codes), what the adapter reads from its bodies,
// then answers through axios, ky and fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { aliyunSmsCatalog } from '../../catalogs/aliyun-sms.js'
import { popCommonEntries } from '../../catalogs/shared/aliyun-pop-common.js'
import {
  ApiError,
  AuthenticationError,
  BillingError,
  categories,
  classifyResponse,
  InvalidRequestError,
  QuotaExceededError,
  RateLimitError,
  type ResponseFacts,
  UnknownApiError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'
import { json } from '../support/json.js'

const gateway = new Set<string>(popCommonEntries.map((e) => e.code))

const facts = (status: number, value: unknown, headers: Record<string, string> = {}): ResponseFacts => ({
  status,
  header: (name) => headers[name.toLowerCase()] ?? null,
  body: { kind: 'json', value },
})

describe('aliyun-sms catalog', () => {
  it('has 114 codes, each once, as strings: 70 of the SMS table’s own and the POP gateway’s 45', () => {
    expect(aliyunSmsCatalog.entries).toHaveLength(114)
    const codes = aliyunSmsCatalog.entries.map((e) => e.code)
    expect(new Set(codes).size).toBe(114)
    expect(codes.filter((c) => gateway.has(c))).toHaveLength(45)
    for (const code of codes) expect(typeof code).toBe('string')
    expect(aliyunSmsCatalog.vendor).toBe('aliyun-sms')
    expect(aliyunSmsCatalog.timeZone).toBe('Asia/Shanghai')
  })

  it('gives every entry both languages, marks the translations, and names a known category', () => {
    for (const e of aliyunSmsCatalog.entries) {
      expect(e.description.zh, e.code).toBeTruthy()
      expect(e.description.en, e.code).toBeTruthy()
      if (e.remedy !== undefined) expect(e.remedy.zh && e.remedy.en, e.code).toBeTruthy()
      for (const v of e.variants ?? []) expect(v.zh && v.en, e.code).toBeTruthy()
      expect(categories).toContain(e.category)
      // The SMS table is Chinese; the gateway's rows say per entry which page was English.
      if (!gateway.has(e.code)) expect(e.translated, e.code).toEqual({ description: 'en', remedy: 'en' })
      else expect(e.translated, e.code).toBeDefined()
    }
  })

  it('keeps the vendor’s words exactly', () => {
    expect(aliyunSmsCatalog.get('isv.DAY_LIMIT_CONTROL')).toMatchObject({
      message: '触发日发送限额',
      description: { zh: '触发日发送限额' },
    })
    expect(aliyunSmsCatalog.get('isv.DAY_LIMIT_CONTROL')?.remedy?.zh).toBe(
      '原因：已经达到您在控制台设置的短信日发送量限额值。解决方案：如果需要修改限额，请登录短信服务控制台，在通用设置 > 国内消息设置 > 安全设置页面，修改日发送量总量阈值。',
    )
    expect(aliyunSmsCatalog.get('isv.SIGN_STATE_ILLEGAL')?.description.zh).toBe('签名状态为“不可用”')
    expect(aliyunSmsCatalog.get('SignatureDoesNotMatch')).toMatchObject({
      message: 'Specified signature is not matched with our calculation.',
      description: { zh: '客户端生成的签名与服务端不匹配' },
    })
    expect(aliyunSmsCatalog.get('template_parameter_count_illegal')?.message).toBe('验证码模板仅支持一个验证码作为变量')
    // The table of 2023 said otherwise for some codes; both texts stay.
    expect(aliyunSmsCatalog.get('isv.SMS_TEMPLATE_ILLEGAL')?.variants?.[0]?.zh).toBe('该账号下找不到对应模板')
    expect(aliyunSmsCatalog.get('isv.SMS_TEST_NUMBER_LIMIT')?.variants?.[0]?.zh).toBe(
      '只能向已回复授权信息的手机号发送',
    )
    expect(aliyunSmsCatalog.get('isv.DENY_IP_RANGE')?.variants?.map((v) => v.zh)).toEqual([
      '原IP地址所在的地区被禁用',
      '源IP地址所在的地区被禁用',
    ])
  })

  it('finds codes only as spelled, and is safe for any key', () => {
    expect(aliyunSmsCatalog.get('isv.business_limit_control')).toBeUndefined()
    expect(aliyunSmsCatalog.get('ok')).toBeUndefined()
    for (const key of ['__proto__', 'constructor', 'toString', '', ' OK', 0, null, {}]) {
      expect(aliyunSmsCatalog.get(key)).toBeUndefined()
    }
  })
})

describe('aliyun-sms rules and scopes', () => {
  it('gives every rate_limit and quota entry a scope, and no other entry one', () => {
    for (const e of aliyunSmsCatalog.entries) {
      if (e.category === 'rate_limit' || e.category === 'quota') expect(e.scope, e.code).toBeDefined()
      else expect(e.scope, e.code).toBeUndefined()
    }
  })

  it('limits one phone number with isv.BUSINESS_LIMIT_CONTROL, the account with the console caps', () => {
    expect(aliyunSmsCatalog.get('isv.BUSINESS_LIMIT_CONTROL')).toMatchObject({
      category: 'rate_limit',
      scope: 'recipient',
      retry: { kind: 'after', delayMs: 60_000 },
    })
    expect(aliyunSmsCatalog.get('isv.DAY_LIMIT_CONTROL')).toMatchObject({
      category: 'quota',
      scope: 'account',
      retry: { kind: 'after', window: 'day' },
    })
    expect(aliyunSmsCatalog.get('isv.MONTH_LIMIT_CONTROL')).toMatchObject({
      category: 'quota',
      scope: 'account',
      retry: { kind: 'after', window: 'month' },
    })
  })

  it.each(['Throttling.User', 'Throttling.Api', 'Throttling'])('throttles the account on %s', (code) => {
    expect(aliyunSmsCatalog.get(code)).toMatchObject({
      category: 'rate_limit',
      scope: 'account',
      retry: { kind: 'backoff', replaySafe: true },
    })
  })

  it('re-signs on an expired timestamp or a used nonce, and never retries bad credentials', () => {
    expect(aliyunSmsCatalog.get('InvalidTimeStamp.Expired')).toMatchObject({
      category: 'authentication',
      retry: { kind: 'refresh' },
      clockSkew: true,
    })
    // A used nonce is what a retry without a new nonce gets: the first attempt may have sent the message.
    expect(aliyunSmsCatalog.get('SignatureNonceUsed')?.retry).toEqual({ kind: 'refresh', replaySafe: false })
    for (const code of ['SignatureDoesNotMatch', 'InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId.Inactive']) {
      expect(aliyunSmsCatalog.get(code), code).toMatchObject({ category: 'authentication', retry: { kind: 'never' } })
    }
  })

  it('does not read 签名 (the SMS signature) in isv codes as a request signature', () => {
    const smsSignature = aliyunSmsCatalog.entries.filter(
      (e) => /SIGN/.test(String(e.code)) && !/^Signature|^InvalidSignature/.test(String(e.code)),
    )
    expect(smsSignature.map((e) => e.code)).toEqual(
      expect.arrayContaining(['isv.SMS_SIGNATURE_ILLEGAL', 'isv.SMS_SIGN_ILLEGAL', 'isv.SIGN_NAME_ILLEGAL']),
    )
    for (const e of smsSignature) {
      expect(['invalid_request', 'permission', 'not_found', 'conflict', 'quota'], String(e.code)).toContain(e.category)
    }
    expect(aliyunSmsCatalog.get('isv.SMS_SIGNATURE_ILLEGAL')?.category).toBe('not_found')
    expect(aliyunSmsCatalog.get('isv.SMS_SIGN_ILLEGAL')?.category).toBe('permission')
    expect(aliyunSmsCatalog.get('isv.SMS_SIGNATURE_SCENE_ILLEGAL')?.category).toBe('invalid_request')
  })

  it('files balance codes under billing and transient failures under backoff', () => {
    expect(aliyunSmsCatalog.get('isv.AMOUNT_NOT_ENOUGH')?.category).toBe('billing')
    expect(aliyunSmsCatalog.get('isv.OUT_OF_SERVICE')?.category).toBe('billing')
    for (const code of ['isp.SYSTEM_ERROR', 'isp.GATEWAY_ERROR', 'IS_CLOSE']) {
      expect(aliyunSmsCatalog.get(code)?.retry.kind, code).toBe('backoff')
    }
  })
})

describe('aliyun-sms adapter', () => {
  it('round-trips every code through encode and decode', () => {
    for (const entry of aliyunSmsCatalog.entries) {
      const body = json(aliyunSms.encode(entry.code))
      const decision = aliyunSms.decode(body, 200)
      if (entry.kind === 'success') {
        expect(decision.kind, entry.code).toBe('success')
        continue
      }
      expect(decision, entry.code).toMatchObject({ kind: 'error', code: entry.code })
      const err = classifyResponse(aliyunSms, facts(200, body))
      expect(err, entry.code).toBeInstanceOf(ApiError)
      expect(err?.category, entry.code).toBe(entry.category)
      expect(err?.entry).toBe(entry)
    }
  })

  it('routes dysmsapi.aliyuncs.com to this adapter and does not trust OK in a non-2xx response', () => {
    expect(aliyunSms.hosts).toEqual(['dysmsapi.aliyuncs.com'])
    expect(aliyunSms.vendor).toBe('aliyun-sms')
    expect(aliyunSms.decode(aliyunSms.encode('OK'), 502).kind).toBe('unreadable')
  })

  it('reads a success with a BizId', () => {
    const body = {
      Message: 'OK',
      RequestId: '5EEC3B4C-9E1B-4E73-A77A-F143B2AD31C9',
      BizId: '853819343905671399^0',
      Code: 'OK',
    }
    expect(aliyunSms.decode(body, 200)).toEqual({ kind: 'success', code: 'OK' })
    expect(classifyResponse(aliyunSms, facts(200, body))).toBeUndefined()
  })

  it('turns a 200 body with isv.BUSINESS_LIMIT_CONTROL into the limit of that number its Message names', () => {
    const body = {
      Message: '触发号码天级流控Permits:10',
      RequestId: 'C0A0BE93-B44F-4350-BCC8-B677F78C3802',
      Code: 'isv.BUSINESS_LIMIT_CONTROL',
    }
    const err = classifyResponse(aliyunSms, facts(200, body))
    // A day's cap: waiting a minute and sending again would be refused all day.
    expect(err).toBeInstanceOf(QuotaExceededError)
    expect(err).toMatchObject({
      vendor: 'aliyun-sms',
      code: 'isv.BUSINESS_LIMIT_CONTROL',
      source: 'vendor',
      vendorMessage: '触发号码天级流控Permits:10',
      requestId: 'C0A0BE93-B44F-4350-BCC8-B677F78C3802',
      status: 200,
      retry: { kind: 'after', delayMs: 86_400_000, replaySafe: true, scope: 'recipient' },
    })
    const minute = classifyResponse(aliyunSms, facts(200, { ...body, Message: '触发分钟级流控Permits:1' }))
    expect(minute).toBeInstanceOf(RateLimitError)
    expect(minute?.retry).toMatchObject({ kind: 'after', delayMs: 60_000, replaySafe: true, scope: 'recipient' })
  })

  it('waits for the next day (UTC+8) on isv.DAY_LIMIT_CONTROL', () => {
    const date = 'Mon, 01 Dec 2025 15:30:00 GMT' // 23:30 in Shanghai
    const body = { Message: '触发日发送限额', RequestId: 'r', Code: 'isv.DAY_LIMIT_CONTROL' }
    const err = classifyResponse(aliyunSms, facts(200, body, { date }))
    expect(err).toBeInstanceOf(QuotaExceededError)
    expect(err?.retry.kind).toBe('after')
    expect(err?.retry.delayMs).toBe(30 * 60_000)
  })

  it('reads a gateway 4xx body with HostId and keeps its Recommend link', () => {
    const body = {
      Recommend: 'https://error-center.aliyun.com/status/search?Keyword=MissingSignName&source=PopGw',
      Message: 'SignName is mandatory for this action.',
      RequestId: '02F5066C-4786-4053-B07F-CEB1651CF777',
      HostId: 'dysmsapi.aliyuncs.com',
      Code: 'MissingSignName',
    }
    const err = classifyResponse(aliyunSms, facts(400, body))
    expect(err).toMatchObject({
      category: 'invalid_request',
      code: 'MissingSignName',
      status: 400,
      requestId: '02F5066C-4786-4053-B07F-CEB1651CF777',
      vendorMessage: 'SignName is mandatory for this action.',
    })
    expect((err?.body as { Recommend?: string } | undefined)?.Recommend).toBe(body.Recommend)
  })

  it('turns a throttled gateway answer into a RateLimitError on the account', () => {
    const body = {
      RequestId: '9736ED45-A72D-5D19-8029-7B954391****',
      Message: 'Request was denied due to user flow control.',
      Recommend: 'https://next.api.aliyun.com/troubleshoot?q=Throttling.User&product=sae',
      HostId: 'sae.cn-hangzhou.aliyuncs.com',
      Code: 'Throttling.User',
    }
    const err = classifyResponse(aliyunSms, facts(400, body))
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err?.retry).toMatchObject({ kind: 'backoff', replaySafe: true })
    expect(err?.entry?.scope).toBe('account')
  })

  it('measures the clock skew on InvalidTimeStamp.Expired', () => {
    const serverNow = new Date(Date.now() + 20 * 60_000)
    const body = aliyunSms.encode('InvalidTimeStamp.Expired', { requestId: 'r' })
    const err = classifyResponse(aliyunSms, facts(400, body, { date: serverNow.toUTCString() }))
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err?.retry.kind).toBe('refresh')
    expect(err?.clockSkewMs).toBeGreaterThan(19 * 60_000)
  })

  it('builds gateway bodies with HostId and Recommend, service bodies without', () => {
    expect(aliyunSms.encode('SignatureDoesNotMatch', { requestId: 'r' })).toEqual({
      Message: 'Specified signature is not matched with our calculation.',
      RequestId: 'r',
      HostId: 'dysmsapi.aliyuncs.com',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Dysmsapi',
      Code: 'SignatureDoesNotMatch',
    })
    expect(aliyunSms.encode('isv.AMOUNT_NOT_ENOUGH')).toEqual({
      Message: '账户余额不足',
      Code: 'isv.AMOUNT_NOT_ENOUGH',
    })
    expect(aliyunSms.encode('OK')).toMatchObject({ Message: 'OK', Code: 'OK' })
  })

  it('makes a BillingError of isv.AMOUNT_NOT_ENOUGH and an UnknownApiError of a code it lacks', () => {
    const billing = classifyResponse(aliyunSms, facts(200, aliyunSms.encode('isv.AMOUNT_NOT_ENOUGH')))
    expect(billing).toBeInstanceOf(BillingError)
    const unknown = classifyResponse(aliyunSms, facts(200, { Code: 'isv.SOMETHING_NEW', Message: '新的错误' }))
    expect(unknown).toBeInstanceOf(UnknownApiError)
    expect(unknown).toMatchObject({ code: 'isv.SOMETHING_NEW', vendorMessage: '新的错误' })
  })

  it('decides a body it cannot read without throwing', () => {
    for (const body of [null, 'text', 42, [], { Code: {} }, { Code: '' }, { code: 'OK' }, { Message: 'OK' }]) {
      expect(['unreadable', 'error']).toContain(aliyunSms.decode(body, 200).kind)
    }
    expect(() => aliyunSms.decode(JSON.parse('{"Code":"__proto__"}'), 200)).not.toThrow()
  })
})

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

describe.each(clients)('Alibaba Cloud SMS through $name', (client) => {
  it('Alibaba Cloud: a gateway error in HTTP 4xx keeps its Recommend link as err.diagnosis', async () => {
    const call = client.wrap({ adapter: aliyunSms })
    const body = {
      Recommend: 'https://api.aliyun.com/troubleshoot?q=MissingSignName&product=Dysmsapi',
      Message: 'SignName is mandatory for this action.',
      RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990',
      HostId: 'dysmsapi.aliyuncs.com',
      Code: 'MissingSignName',
    }
    const err = await rejection(call(raw(body, 400)))
    expect(err).toBeInstanceOf(InvalidRequestError)
    expect(err).toMatchObject({
      code: 'MissingSignName',
      status: 400,
      requestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990',
      diagnosis: body.Recommend,
    })
  })

  it('Alibaba Cloud: the per-number limit in HTTP 200 limits that recipient for the window its Message names', async () => {
    const call = client.wrap({ adapter: aliyunSms })
    const err = await rejection(
      call(raw({ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发号码天级流控Permits:10', RequestId: 'r' })),
    )
    expect(err).toBeInstanceOf(QuotaExceededError)
    expect((err as ApiError).retry).toMatchObject({ scope: 'recipient', delayMs: 86_400_000 })
  })
})
