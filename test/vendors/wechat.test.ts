// WeChat: the catalog against the vendor's pages, the per-API codes, what the adapter reads, then answers through
// axios, ky and fetch: a token answer, an expired token, and the per-API codes as developers pasted them in
// WeChat's own community threads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wechat } from '../../adapters/wechat.js'
import { wechatCatalog } from '../../catalogs/wechat.js'
import { compareWechatApis } from '../../scripts/compare-wechat-apis.js'
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
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'
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
  it('has 214 numeric codes, each once, on the clock of UTC+8', () => {
    expect(wechatCatalog.entries).toHaveLength(214)
    expect(new Set(wechatCatalog.entries.map((e) => e.code)).size).toBe(214)
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
    // 85079 is in the URL Link pages' table, which the catalog leaves out.
    const body = { errcode: 85079, errmsg: 'miniprogram has no online release rid: 1-2-3' }
    const err = classifyResponse(wechat, ok200(body))
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 85079, vendorMessage: body.errmsg, requestId: '1-2-3' })
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

/** The codes taken from WeChat's per-API pages (the last section of catalogs/wechat.ts). */
const perApiCodes = [
  40226, 40037, 43101, 43107, 43108, 45168, 40097, 40129, 40159, 40169, 41030, 45029, 85096, 70000, 40200, 45072, 45080,
  45081, 65400, 65401, 65402, 65403, 65404, 65405, 65406, 65407, 65408, 65409, 65410, 65411, 65412, 65413, 65414,
]

describe('wechat per-API tables', () => {
  it('takes every per-API code from a row of the pages, with their words', () => {
    const result = compareWechatApis()
    expect(result.missing).toEqual([])
    expect([...result.codes].map(Number).sort()).toEqual([...perApiCodes].sort())
    expect(result.rows).toBeGreaterThanOrEqual(perApiCodes.length)
    // The one row the entry cannot hold: createwxaqrcode's own errmsg for 85096 (the header says so).
    expect(result.mismatches.map((m) => [m.code, m.text])).toEqual([
      ['85096', 'page or path not allow include scancode_time field'],
    ])
    // Rows printed without the errmsg's comma match the text the API sends once punctuation is dropped.
    expect(result.bare).toBe(2)
  })

  it('compares punctuation apart from words: a changed word is a mismatch', () => {
    const source = [
      '@section test',
      '| 40169 | invalid length for scene  or thedata is not json string | scene 不合法 |',
      '| 40169 | invalid length for scenes, or the data is not json string | scene 不合法 |',
      '| 40097 | invalid args | 参数错误 |',
    ].join('\n')
    const result = compareWechatApis(source)
    expect(result).toMatchObject({ rows: 3, verbatim: 1, bare: 1 })
    expect(result.mismatches.map((m) => m.line)).toEqual([3])
  })

  it('decides every entry of the catalog by the header’s rules', () => {
    const never = ['invalid_request', 'permission', 'not_found', 'conflict']
    for (const e of wechatCatalog.entries) {
      const at = String(e.code)
      if (e.kind === 'success') continue
      if (never.includes(e.category)) expect(e.retry.kind, at).toBe('never')
      if (e.category === 'unavailable' || e.category === 'internal') expect(e.retry.kind, at).toBe('backoff')
      if (e.category === 'authentication') expect(['never', 'refresh'], at).toContain(e.retry.kind)
      if (e.category === 'rate_limit') expect(['backoff', 'after'], at).toContain(e.retry.kind)
      if (e.category === 'quota') expect(['never', 'after'], at).toContain(e.retry.kind)
      // A cap that nothing resets is on the account or on one recipient, never on one request.
      if (e.category === 'quota' && e.retry.kind === 'never') expect(['account', 'recipient'], at).toContain(e.scope)
      expect(e.category, at).not.toBe('unknown')
    }
  })

  it('gives the per-API entries their pages’ words, with translations marked', () => {
    for (const code of perApiCodes) {
      const e = entry(code)
      expect(e.description.zh, String(code)).toMatch(/\p{Script=Han}/u)
      expect(e.translated?.description, String(code)).toBe('en')
      if (e.remedy !== undefined) expect(e.translated, String(code)).toEqual({ description: 'en', remedy: 'en' })
    }
    expect(entry(43101)).toMatchObject({
      message: 'user refuse to accept the msg',
      description: { zh: '用户拒绝接受消息，如果用户之前曾经订阅过，则表示用户取消了订阅关系' },
      variants: [{ zh: '用户未订阅消息' }],
      remedy: { zh: '检查订阅弹窗回调结果或事件推送确认是否订阅成功，检查是否一次性订阅的次数之前已下发完' },
    })
    expect(entry(40226)).toMatchObject({
      message: 'code blocked',
      description: { zh: '高风险等级用户，小程序登录拦截 。风险等级详见用户安全解方案' },
    })
    expect(entry(41030).message).toBe('invalid page')
    expect(entry(41030).variants?.[0]?.zh).toBe('page路径不正确，需要保证在现网版本小程序中存在，与app.json保持一致')
    expect(entry(40169).message).toBe('invalid length for scene, or the data is not json string')
  })

  it('refuses for good what the user or WeChat refused, and waits for a concurrent send to one follower', () => {
    for (const code of [43101, 43107, 40226, 70000, 45080, 65400]) {
      expect(entry(code), String(code)).toMatchObject({ category: 'permission', retry: { kind: 'never' } })
    }
    expect(entry(43108)).toMatchObject({
      category: 'rate_limit',
      scope: 'recipient',
      retry: { kind: 'backoff', replaySafe: true },
    })
    expect(entry(45029)).toMatchObject({ category: 'quota', scope: 'account', retry: { kind: 'never' } })
    expect(entry(65405)).toMatchObject({ category: 'quota', scope: 'account', retry: { kind: 'never' } })
    expect(entry(65410)).toMatchObject({ category: 'quota', scope: 'recipient', retry: { kind: 'never' } })
    for (const code of [45081, 65406, 65411, 65414]) expect(entry(code).category, String(code)).toBe('conflict')
    expect(entry(65413).category).toBe('not_found')
  })

  it('keeps the global entries of the codes the per-API pages share with the global tables', () => {
    // code2Session's "code 无效 / js_code无效" is the global 40029; its 45011 the global minute limit.
    expect(entry(40029)).toMatchObject({ category: 'authentication', description: { zh: '无效的 oauth_code' } })
    expect(entry(45011).category).toBe('rate_limit')
    // The URL Link pages' 40013 ("generation banned") keeps the global meaning, an invalid AppID.
    expect(entry(40013)).toMatchObject({ message: 'invalid appid', category: 'authentication' })
  })

  it('decides the bodies WeChat’s community threads show, with their request ids', () => {
    // https://developers.weixin.qq.com/community/develop/doc/00082e5e3b4fb8b1747ca43eb5b800
    const blocked = classifyResponse(
      wechat,
      ok200({ errcode: 40226, errmsg: 'code blocked, hints: [ req_id: qEjdmsNre-EYNDhA ]' }),
    )
    expect(blocked).toBeInstanceOf(PermissionError)
    expect(blocked).toMatchObject({ code: 40226, requestId: 'qEjdmsNre-EYNDhA', retry: { kind: 'never' } })
    // https://developers.weixin.qq.com/community/personal/oCJUsw92m_aIHt3xRLUjM8_1v4M4/answer
    const scene = classifyResponse(wechat, ok200({ errcode: 40129, errmsg: 'invalid scene hint: [YHquFA01854523]' }))
    expect(scene).toBeInstanceOf(InvalidRequestError)
    expect(scene?.requestId).toBeUndefined()
    // https://developers.weixin.qq.com/community/develop/doc/c9f6497b40f531006e62245a943c8e10
    const path = classifyResponse(
      wechat,
      ok200({
        errcode: 40159,
        errmsg: 'invalid length for path, or the data is not json string hint: [Id2VBa0339xa11]',
      }),
    )
    expect(path).toMatchObject({ code: 40159, category: 'invalid_request' })
    // https://developers.weixin.qq.com/community/develop/doc/00028cf6e941683869609994966800
    const template = classifyResponse(
      wechat,
      ok200({ errcode: 40037, errmsg: 'invalid template_id rid: 651550b9-01654b11-301b8723' }),
    )
    expect(template).toMatchObject({
      code: 40037,
      category: 'invalid_request',
      requestId: '651550b9-01654b11-301b8723',
    })
  })
})

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

/** `/raw` answers with the given body, verbatim, with HTTP 200 as WeChat does. */
const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

/** Bodies of WeChat's per-API codes as developers pasted them in WeChat's own community threads. */
const bodies = [
  {
    // subscribeMessage.send: https://developers.weixin.qq.com/community/personal/oCJUsw_MlWsJdlVxhnNc-5Gbya4Q/question
    body: { errcode: 43101, errmsg: 'user refuse to accept the msg rid: 6472dfd0-536f4e2c-16f28abc' },
    type: PermissionError,
    requestId: '6472dfd0-536f4e2c-16f28abc',
  },
  {
    // getwxacodeunlimit: https://developers.weixin.qq.com/community/minihome/doc/00086cfe078e4041c45df160b51000
    body: { errcode: 41030, errmsg: 'invalid page rid: 61e12b6f-053131ca-0e4a5244' },
    type: InvalidRequestError,
    requestId: '61e12b6f-053131ca-0e4a5244',
  },
  {
    // code2Session: https://developers.weixin.qq.com/community/develop/doc/00082e5e3b4fb8b1747ca43eb5b800
    body: { errcode: 40226, errmsg: 'code blocked, hints: [ req_id: qEjdmsNre-EYNDhA ]' },
    type: PermissionError,
    requestId: 'qEjdmsNre-EYNDhA',
  },
  {
    // code2Session with a code used twice (the thread prints it as a JS object):
    // https://developers.weixin.qq.com/community/personal/oCJUsw_uNpRZKr4U0b_xkMe3NAKI/question?page=1
    body: { errcode: 40163, errmsg: 'code been used, rid: 680a9de1-5392a330-75f1ca8d' },
    type: AuthenticationError,
    requestId: '680a9de1-5392a330-75f1ca8d',
  },
  {
    // getwxacodeunlimit: https://developers.weixin.qq.com/community/personal/oCJUsw2fqWyy9iWs8G1STPNxUH4w/answer
    body: {
      errcode: 40169,
      errmsg: 'invalid length for scene, or the data is not json string rid: 669e174a-303bcbd1-71c3ffbf',
    },
    type: InvalidRequestError,
    requestId: '669e174a-303bcbd1-71c3ffbf',
  },
] as const

describe.each(clients)('WeChat per-API codes through $name', (client) => {
  it.each(bodies)('$body.errcode: a typed error that is not retried, with errmsg and its request id', async (c) => {
    const call = client.wrap({ adapter: wechat })
    const err = (await rejection(call(raw(c.body)))) as ApiError
    expect(err).toBeInstanceOf(c.type)
    expect(err).toMatchObject({
      vendor: 'wechat',
      code: c.body.errcode,
      vendorMessage: c.body.errmsg,
      requestId: c.requestId,
      retry: { kind: 'never' },
    })
    expect(err.entry?.code).toBe(c.body.errcode)
  })
})

describe.each(clients)('WeChat through $name', (client) => {
  it('WeChat: a token answer without errcode passes untouched; errmsg’s rid is the request id', async () => {
    const call = client.wrap({ adapter: wechat })
    const token = { access_token: 'ACCESS_TOKEN', expires_in: 7200 }
    expect((await call(raw(token))).data).toEqual(token)
    const err = await rejection(
      call(
        raw({
          errcode: 45011,
          errmsg: 'api minute-quota reach limit mustslower retry next minute rid: 6561d8a4-4b1a2c3d-5e6f7a8b',
        }),
      ),
    )
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ code: 45011, requestId: '6561d8a4-4b1a2c3d-5e6f7a8b', retry: { scope: 'account' } })
  })

  it('WeChat: an expired access_token asks for a refresh, and the token in the query is masked', async () => {
    const call = client.wrap({ adapter: wechat })
    const err = (await rejection(call(`${sim.url}/wechat/cgi-bin/menu/get?code=42001&access_token=S3CRET`))) as ApiError
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err.retry.kind).toBe('refresh')
    expect(err.request?.url).toContain('access_token=***')
    expect(JSON.stringify(err)).not.toContain('S3CRET')
  })
})
