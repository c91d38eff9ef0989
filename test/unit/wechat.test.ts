import { describe, expect, it } from 'vitest'
import { wechat } from '../../adapters/wechat.js'
import { wechatCatalog } from '../../catalogs/wechat.js'
import {
  ApiError,
  AuthenticationError,
  type CatalogEntry,
  ConflictError,
  categories,
  classifyResponse,
  InternalError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  ServiceUnavailableError,
  UnknownApiError,
} from '../../src/index.js'
import { json } from '../support/json.js'

const classOf = {
  invalid_request: InvalidRequestError,
  authentication: AuthenticationError,
  permission: PermissionError,
  not_found: NotFoundError,
  conflict: ConflictError,
  rate_limit: RateLimitError,
  quota: QuotaExceededError,
  unavailable: ServiceUnavailableError,
  internal: InternalError,
} as const

/** A JSON answer with HTTP 200, as every WeChat error arrives. */
const ok200 = (value: unknown, header: (name: string) => string | null = () => null) =>
  ({ status: 200, header, body: { kind: 'json', value } }) as const

const entry = (code: number): CatalogEntry => {
  const found = wechatCatalog.get(code)
  if (found === undefined) throw new Error(`no entry for ${code}`)
  return found
}

describe('wechat catalog', () => {
  it('has 181 numeric codes, each once, on the clock of UTC+8', () => {
    expect(wechatCatalog.entries).toHaveLength(181)
    expect(new Set(wechatCatalog.entries.map((e) => e.code)).size).toBe(181)
    for (const e of wechatCatalog.entries) expect(typeof e.code, String(e.code)).toBe('number')
    expect(wechatCatalog.vendor).toBe('wechat')
    expect(wechatCatalog.timeZone).toBe('Asia/Shanghai')
  })

  it('gives every entry both languages, a known category and a retry rule', () => {
    for (const e of wechatCatalog.entries) {
      expect(e.description.zh, String(e.code)).toBeTruthy()
      expect(e.description.en, String(e.code)).toBeTruthy()
      expect(categories, String(e.code)).toContain(e.category)
      expect(['network', 'timeout'], String(e.code)).not.toContain(e.category)
      expect(['never', 'backoff', 'after', 'refresh']).toContain(e.retry.kind)
    }
  })

  it('has success 0 and busy -1', () => {
    expect(entry(0)).toMatchObject({ kind: 'success', message: 'ok', description: { zh: '请求成功' } })
    expect(entry(-1)).toMatchObject({
      category: 'unavailable',
      retry: { kind: 'backoff' },
      message: 'system error',
      description: { zh: '系统繁忙，此时请开发者稍候再试' },
    })
  })

  it('renews the access_token for 40001, 40014 and 42001, and only for them', () => {
    for (const code of [40001, 40014, 42001]) {
      expect(entry(code), String(code)).toMatchObject({ category: 'authentication', retry: { kind: 'refresh' } })
    }
    const refreshed = wechatCatalog.entries.filter((e) => e.retry.kind === 'refresh').map((e) => e.code)
    expect(refreshed).toEqual([40001, 40014, 42001])
    expect(entry(42002).retry.kind).toBe('never')
    expect(entry(40125).retry.kind).toBe('never')
  })

  it('limits the account for a day on 45009 and for a minute on 45011', () => {
    expect(entry(45009)).toMatchObject({
      category: 'quota',
      scope: 'account',
      retry: { kind: 'after', window: 'day' },
      message: 'reach max api daily quota limit',
      description: { zh: '接口调用超过限制' },
    })
    expect(entry(45011)).toMatchObject({
      category: 'rate_limit',
      scope: 'account',
      retry: { kind: 'after', window: 'minute', replaySafe: true },
      description: { zh: 'API 调用太频繁，请稍候再试' },
    })
    expect(entry(48006)).toMatchObject({ category: 'quota', scope: 'account', retry: { window: 'month' } })
  })

  it('says whom every rate_limit and quota entry limits', () => {
    const limited = wechatCatalog.entries.filter((e) => e.category === 'rate_limit' || e.category === 'quota')
    expect(limited.length).toBeGreaterThan(0)
    for (const e of limited) expect(['account', 'recipient', 'request'], String(e.code)).toContain(e.scope)
    for (const e of wechatCatalog.entries.filter((x) => x.scope !== undefined)) {
      expect(['rate_limit', 'quota'], String(e.code)).toContain(e.category)
    }
    expect(entry(45047).scope).toBe('recipient')
    expect(entry(45066)).toMatchObject({ scope: 'request', retry: { kind: 'after', delayMs: 60_000 } })
    expect(entry(42010).scope).toBe('request')
  })

  it('keeps the vendor’s words, typos and spacing included', () => {
    expect(entry(61453).description.zh).toBe('客服帐号已存在 (kf_account exsited)')
    expect(entry(61454).description.zh).toBe(
      '客服帐号名长度超过限制 ( 仅允许 10 个英文字符，不包括 @ 及 @ 后的公众号的微信号 )(invalid   kf_acount length)',
    )
    expect(entry(40033).description.zh).toBe('不合法的请求字符，不能包含 \\uxxxx 格式的字符')
    expect(entry(61007).description.zh).toBe('解决方案查看61007')
  })

  it('keeps the other table’s text of 40013 and 50002 as a variant', () => {
    expect(entry(40013).description.zh).toBe('不合法的appid')
    expect(entry(40013).variants?.[0]?.zh).toBe(
      '不合法的 AppID ，请开发者检查 AppID 的正确性，避免异常字符，注意大小写',
    )
    expect(entry(50002).description.zh).toBe('用户受限，可能是用户账号被冻结或注销')
    expect(entry(50002).variants?.[0]?.zh).toBe('用户受限，可能是违规后接口被封禁')
  })

  it('marks the translations: Chinese for the rows WeChat gives in English only', () => {
    expect(entry(45011).translated).toEqual({ description: 'en' })
    for (const code of [61016, 41018, 40164, 45035]) {
      expect(entry(code).translated, String(code)).toEqual({ description: 'zh' })
      expect(entry(code).description.en, String(code)).toBe(entry(code).message)
    }
  })
})

describe('wechat adapter', () => {
  it('round-trips every code through encode and decode to its entry and class', () => {
    for (const e of wechatCatalog.entries) {
      const body = wechat.encode(e.code)
      const decision = wechat.decode(json(body), 200)
      if (e.kind === 'success') {
        expect(decision.kind, String(e.code)).toBe('success')
        expect(classifyResponse(wechat, ok200(body))).toBeUndefined()
        continue
      }
      expect(decision, String(e.code)).toMatchObject({ kind: 'error', code: e.code })
      expect(decision.kind === 'error' && decision.entry).toBe(e)
      const err = classifyResponse(wechat, ok200(body))
      expect(err, String(e.code)).toBeInstanceOf(classOf[e.category as keyof typeof classOf])
      expect(err?.entry).toBe(e)
      expect(err?.vendor).toBe('wechat')
    }
  })

  it('takes the request id from the rid inside errmsg', () => {
    const body = {
      errcode: 45011,
      errmsg: 'api minute-quota reach limit mustslower retry next minute rid: 6561d8a4-4b1a2c3d-5e6f7a8b',
    }
    expect(wechat.decode(body, 200)).toMatchObject({
      kind: 'error',
      code: 45011,
      message: body.errmsg,
      requestId: '6561d8a4-4b1a2c3d-5e6f7a8b',
    })
    const err = classifyResponse(wechat, ok200(body))
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ requestId: '6561d8a4-4b1a2c3d-5e6f7a8b', vendorMessage: body.errmsg })
    expect(err?.retry).toMatchObject({ kind: 'after', replaySafe: true })
    expect(
      wechat.decode({ errcode: 40029, errmsg: 'invalid code, hints: [ req_id: Ez3Bw0yFe-x1 ]' }, 200),
    ).toMatchObject({ requestId: 'Ez3Bw0yFe-x1' })
    expect(wechat.decode({ errcode: 40013, errmsg: 'invalid appid' }, 200)).not.toHaveProperty('requestId')
    expect(wechat.decode(wechat.encode(45009, { requestId: 'abc-123' }), 200)).toMatchObject({ requestId: 'abc-123' })
  })

  it('reads a token answer without errcode as success, but not with a failing HTTP status', () => {
    const token = { access_token: 'ACCESS_TOKEN', expires_in: 7200 }
    expect(wechat.decode(token, 200).kind).toBe('success')
    expect(classifyResponse(wechat, ok200(token))).toBeUndefined()
    expect(wechat.decode({ errcode: 0, errmsg: 'ok' }, 200).kind).toBe('success')
    expect(wechat.decode({ errcode: 0, errmsg: 'ok' }, 502).kind).toBe('unreadable')
    expect(wechat.decode(token, 500).kind).toBe('unreadable')
  })

  it('decides the bodies of WeChat’s own documentation', () => {
    // Get access_token, the failure example: {"errcode":40013,"errmsg":"invalid appid"}.
    expect(classifyResponse(wechat, ok200({ errcode: 40013, errmsg: 'invalid appid' }))).toBeInstanceOf(
      AuthenticationError,
    )
    // API call limits: the daily quota and a clear_quota past its monthly limit.
    const daily = classifyResponse(wechat, ok200({ errcode: 45009, errmsg: 'api freq out of limit' }))
    expect(daily).toBeInstanceOf(QuotaExceededError)
    expect(daily?.retry.kind).toBe('after')
    const resets = classifyResponse(
      wechat,
      ok200({ errcode: 48006, errmsg: 'forbid to clear quota because of reaching the limit' }),
    )
    expect(resets).toBeInstanceOf(QuotaExceededError)
    expect(classifyResponse(wechat, ok200({ errcode: 0, errmsg: 'ok' }))).toBeUndefined()
  })

  it('waits for 00:00 UTC+8 on 45009, measured on the server’s clock', () => {
    const date = 'Tue, 05 Mar 2024 15:30:00 GMT' // 23:30 in Beijing
    const err = classifyResponse(
      wechat,
      ok200({ errcode: 45009, errmsg: 'reach max api daily quota limit rid: x' }, (n) => (n === 'date' ? date : null)),
    )
    expect(err?.retry.delayMs).toBe(30 * 60_000)
  })

  it('keeps an unknown code as an UnknownApiError with errcode and errmsg', () => {
    const err = classifyResponse(wechat, ok200({ errcode: 40226, errmsg: 'code blocked rid: 1-2-3' }))
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 40226, vendorMessage: 'code blocked rid: 1-2-3', requestId: '1-2-3' })
  })

  it('routes api.weixin.qq.com and never throws on a hostile body', () => {
    expect(wechat.hosts).toEqual(['api.weixin.qq.com'])
    for (const body of [
      null,
      'text',
      42,
      [],
      true,
      { errcode: {} },
      { errcode: Number.NaN },
      { errcode: '__proto__' },
    ]) {
      expect(() => wechat.decode(body, 200)).not.toThrow()
    }
  })
})
