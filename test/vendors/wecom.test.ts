// WeCom: the catalog against the vendor's pages, then answers the vendor published through axios, ky and fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wecom } from '../../adapters/wecom.js'
import { wecomCatalog } from '../../catalogs/wecom.js'
import {
  type ApiError,
  AuthenticationError,
  BillingError,
  batchFailures,
  type Catalog,
  ConflictError,
  categories,
  InternalError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  ServiceUnavailableError,
  TimeoutError,
  UnknownApiError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'
import { json } from '../support/json.js'

const catalog: Catalog = wecomCatalog

describe('wecom catalog', () => {
  it('has every row of the page, 1,251 codes, numeric, with the page’s words and marked translations', () => {
    expect(catalog.entries).toHaveLength(1251)
    expect(catalog.entries.filter((e) => e.kind === 'success').map((e) => e.code)).toEqual([0])
    for (const e of catalog.entries) {
      expect(typeof e.code, String(e.code)).toBe('number')
      expect(e.translated).toEqual({ description: 'en', remedy: 'en' })
      expect(e.description.zh && e.description.en, String(e.code)).toBeTruthy()
      expect(categories).toContain(e.category)
      const limited = e.category === 'rate_limit' || e.category === 'quota'
      expect(e.scope !== undefined, String(e.code)).toBe(limited)
    }
    expect(catalog.get(60020)?.description.zh).toBe('不安全的访问IP')
    expect(catalog.get(43004)?.description.zh).toBe('指定的userid未绑定微信或未关注微信插件（原企业号）')
    expect(catalog.get(40085)?.description.zh).toBe('不合法的的suite_ticket参数')
    expect(catalog.get(84109)?.description.zh).toBe('订单定价不能未0')
    // Rows added from the 2024 page, typos and odd characters as the page has them.
    expect(catalog.get(42013)?.description.zh).toBe('小程序未登陆或登录态已经过期')
    expect(catalog.get(90503)?.description.zh).toBe('满人 & 99个微信成员，没办法踢，要客户端确认')
    expect(catalog.get(740000)?.description.zh).toBe('安全网关gateway_info的<host,port>冲突')
    expect(catalog.get(2400008)?.description.zh).toBe('访问了超过范围的资源')
    // Codes the page no longer lists are not kept.
    for (const gone of [301069, 301070, 301071, 301072, 301075]) expect(catalog.get(gone)).toBeUndefined()
  })

  it('gives the page’s one-line 排查方法 as the remedy, with an English translation', () => {
    const withRemedy = catalog.entries.filter((e) => e.remedy !== undefined)
    expect(withRemedy).toHaveLength(286)
    for (const e of withRemedy) expect(e.remedy?.zh && e.remedy.en, String(e.code)).toBeTruthy()
    expect(catalog.get(42001)?.remedy?.zh).toBe('access_token有时效性，需要重新获取一次')
    expect(catalog.get(-1)?.remedy?.zh).toBe('服务器暂不可用，建议稍候重试。建议重试次数不超过3次。')
    // The crawl's HTML entities read as the page shows them.
    expect(catalog.get(60009)?.remedy?.zh).toBe('不能含有 :?*"<>| 等字符')
    expect(catalog.get(301013)?.remedy?.zh).toBe("telephone必须由1-32位的纯数字或'-'号组成。")
    // The <code> marks around a word, read as the word.
    expect(catalog.get(40203)?.remedy?.zh).toBe('微盘接口请检查userid已废弃')
    expect(catalog.get(830001)?.remedy?.zh).toBe('确认url是否支持Range分块下载')
    expect(catalog.get(95001)?.remedy?.zh).toBe(
      '当用户主动发送消息给微信客服时，企业最多可发送5条消息给用户；若用户继续发送消息，企业可再次下发消息',
    )
    // "[查看帮助]" rows and "-" rows have none.
    expect(catalog.get(40001)?.remedy).toBeUndefined()
    expect(catalog.get(41002)?.remedy).toBeUndefined()
    expect(catalog.get(640019)?.remedy?.zh).toBe('免费版：1000次/企业/月; 付费版：100,000次/企业/月')
    expect(catalog.get(701008)?.remedy).toBeUndefined()
  })

  it('judges the added rows for bots, customer service, chats and mass messages by the page’s words', () => {
    expect(catalog.get(93000)).toMatchObject({ category: 'not_found', retry: { kind: 'never' } })
    expect(catalog.get(93000)?.description.zh).toBe('机器人webhookurl不合法或者机器人已经被移除出群')
    expect(catalog.get(95001)).toMatchObject({ category: 'quota', scope: 'recipient', retry: { kind: 'never' } })
    expect(catalog.get(95005)).toMatchObject({ category: 'quota', scope: 'account' })
    expect(catalog.get(41063)).toMatchObject({ category: 'unavailable', retry: { kind: 'backoff' } })
    expect(catalog.get(41094)).toMatchObject({ category: 'rate_limit', scope: 'account', retry: { replaySafe: true } })
    expect(catalog.get(60021)?.category).toBe('permission')
    expect(catalog.get(42022)).toMatchObject({ category: 'authentication', retry: { kind: 'never' } })
    expect(catalog.get(81026)).toMatchObject({ category: 'unavailable', retry: { kind: 'backoff' } })
  })

  it('renews the access, suite, pre-auth, device and device-model tokens and a device’s timestamp, and nothing else', () => {
    const renew = catalog.entries.filter((e) => e.retry.kind === 'refresh').map((e) => e.code)
    expect(renew.sort((a, b) => Number(a) - Number(b))).toEqual([
      40014, 40082, 42001, 42007, 42009, 42021, 600023, 710401,
    ])
    // Invalid device, order and mini-program credentials, and times a request asks about, are no renewal.
    for (const code of [40106, 710400, 90320, 90321, 301081, 701100])
      expect(catalog.get(code)?.retry, String(code)).toEqual({ kind: 'never' })
    // The request's own time refused: errors carry the measured clock skew.
    const skewed = catalog.entries.filter((e) => e.clockSkew === true).map((e) => e.code)
    expect(skewed.sort((a, b) => Number(a) - Number(b))).toEqual([71071, 90319, 600023])
  })

  it('judges the rows added from the 2024 page by their own words', () => {
    // "稍后再试 / 稍后重试": a state that clears by itself.
    for (const code of [90304, 701022, 701033, 701085])
      expect(catalog.get(code), String(code)).toMatchObject({ category: 'unavailable', retry: { kind: 'backoff' } })
    for (const code of [90313, 701134, 301096, 41078, 2400007])
      expect(catalog.get(code), String(code)).toMatchObject({
        category: 'rate_limit',
        retry: { kind: 'backoff', replaySafe: true },
        scope: 'account',
      })
    // The same meeting created again within 5 minutes: that request may come again after 5 minutes.
    expect(catalog.get(400301)).toMatchObject({
      category: 'rate_limit',
      retry: { kind: 'after', delayMs: 300_000 },
      scope: 'request',
    })
    expect(catalog.get(400302)?.category).toBe('conflict')
    // Counts over a period whose start the page does not give: no window is promised.
    for (const code of [670023, 90431, 640019, 640035])
      expect(catalog.get(code), String(code)).toMatchObject({
        category: 'quota',
        retry: { kind: 'never' },
        scope: 'account',
      })
    for (const code of [40128, 610001, 640006, 90481]) expect(catalog.get(code)?.scope, String(code)).toBe('recipient')
    // No cause and no advice: a payment or a write is not replayed blindly.
    for (const code of [90312, 90328, 301064, 701024])
      expect(catalog.get(code), String(code)).toMatchObject({ category: 'internal', retry: { kind: 'never' } })
    for (const code of [301007, 680106, 660003, 92000])
      expect(catalog.get(code)?.category, String(code)).toBe('permission')
    for (const code of [90342, 90433]) expect(catalog.get(code)?.category, String(code)).toBe('billing')
  })

  it('judges the busy, conflict, limit and permission codes as the page says', () => {
    expect(catalog.get(-1)).toMatchObject({ category: 'unavailable', retry: { kind: 'backoff' } })
    expect(catalog.get(6000)).toMatchObject({ category: 'unavailable', retry: { kind: 'backoff', replaySafe: true } })
    for (const code of [45009, 45033])
      expect(catalog.get(code)).toMatchObject({
        category: 'rate_limit',
        retry: { kind: 'backoff', replaySafe: true },
        scope: 'account',
      })
    expect(catalog.get(84055)).toMatchObject({ retry: { kind: 'after', delayMs: 5_000 }, scope: 'request' })
    for (const code of [60011, 60020])
      expect(catalog.get(code)).toMatchObject({ category: 'permission', retry: { kind: 'never' } })
  })
})

describe('wecom adapter', () => {
  it('routes qyapi.weixin.qq.com and round-trips every code through encode and decode', () => {
    expect(wecom.hosts).toEqual(['qyapi.weixin.qq.com'])
    for (const entry of catalog.entries) {
      const d = wecom.decode(json(wecom.encode(entry.code, { requestId: 'r1' })))
      if (entry.kind === 'success') expect(d).toEqual({ kind: 'success', code: 0 })
      else
        expect(d).toMatchObject({
          kind: 'error',
          code: entry.code,
          requestId: 'r1',
          diagnosis: `https://open.work.weixin.qq.com/devtool/query?e=${entry.code}`,
        })
    }
  })

  it('finds no hint or link where the message has none, and reads odd lists safely', () => {
    expect(wecom.decode({ errcode: 40014, errmsg: 'invalid access_token' })).toEqual({
      kind: 'error',
      code: 40014,
      message: 'invalid access_token',
      entry: catalog.get(40014),
    })
    expect(wecom.decode({ errcode: 40014, errmsg: 'hint: [] more info at ' })).not.toHaveProperty('requestId')
    expect(wecom.failedItems({ errcode: 0, invaliduser: '', invalidparty: 7, invalidtag: null })).toEqual([])
    expect(wecom.failedItems({ errcode: 0, invaliduser: 'a||b|' }).map((i) => [i.index, i.key])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ])
    const long = 'x|'.repeat(100_000)
    const started = Date.now()
    expect(wecom.failedItems({ errcode: 0, invaliduser: long })).toHaveLength(100_000)
    expect(wecom.decode({ errcode: 45009, errmsg: `${'hint: ['.repeat(50_000)}` }).kind).toBe('error')
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

// http://mfbz.cn/a/328037.html ("access_token 过期后接口响应"): a message send with an expired token.
const wecomExpired = {
  errcode: 42001,
  errmsg:
    'access_token expired, hint: [1704941403120931704370802], from ip: xxx.xxx.xxx.xxx, more info at https://open.work.weixin.qq.com/devtool/query?e=42001',
}
// The 发送应用消息 page, https://developer.work.weixin.qq.com/document/path/90236, 返回示例.
const wecomPartialSend = {
  errcode: 0,
  errmsg: 'ok',
  invaliduser: 'userid1|userid2',
  invalidparty: 'partyid1|partyid2',
  invalidtag: 'tagid1|tagid2',
  unlicenseduser: 'userid3|userid4',
  msgid: 'xxxx',
  response_code: 'xyzxyz',
}

// https://github.com/Micro-sheep/wechat_work/issues/3 (comment of 2022-07-20): a message send from an IP that is
// not among the app's trusted IPs, printed as the Python dict of the JSON body.
const wecomUntrustedIp = {
  errcode: 60020,
  errmsg:
    'not allow to access from your ip, hint: [1658286717354964018506079], from ip: 115.227.127.185, more info at https://open.work.weixin.qq.com/devtool/query?e=60020',
}
// https://github.com/vesio/WeComFinanceSdk_python/issues/1: a chat archive pull (会话存档) without an access_token;
// the hint of this form has underscores, and the body keeps the call's own empty list.
const wecomTokenMissing = {
  errcode: 41001,
  errmsg:
    'access_token missing, hint: [1741687541_457_8286bd5b264a5df7bcfa4478ed5bad37], from ip: 222.221.189.82, more info at https://open.work.weixin.qq.com/devtool/query?e=41001',
  chatdata: [],
}
// https://github.com/node-webot/wechat-enterprise-api/pull/23 (comment of 2015-09-19): cgi-bin/menu/get with an
// expired token, HTTP 200, an errmsg with neither hint nor link.
const wecomExpiredBare = { errcode: 42001, errmsg: 'access_token expired' }

/** errcode's error classes; each names the category it stands for (`RateLimitError.category`). */
const errorClasses = [
  InvalidRequestError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  QuotaExceededError,
  BillingError,
  ServiceUnavailableError,
  InternalError,
  NetworkError,
  TimeoutError,
  UnknownApiError,
]

const errorEntries = catalog.entries.filter((e) => e.kind === 'error')

describe.each(clients)('WeCom through $name', (client) => {
  it('WeCom: the hint is the request id, the more-info link the diagnosis, and 42001 asks for a new token', async () => {
    const err = (await rejection(client.wrap({ adapter: wecom })(raw(wecomExpired)))) as ApiError
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({
      vendor: 'wecom',
      code: 42001,
      requestId: '1704941403120931704370802',
      diagnosis: 'https://open.work.weixin.qq.com/devtool/query?e=42001',
      retry: { kind: 'refresh' },
    })
  })

  it('WeCom: a send that reached some recipients passes; batchFailures names the others', async () => {
    const out = await client.wrap({ adapter: wecom })(raw(wecomPartialSend))
    expect(out.data).toEqual(wecomPartialSend)
    const failed = batchFailures(wecom, out.data)
    expect(failed.map((f) => f.key)).toEqual(['userid1', 'userid2', 'partyid1', 'partyid2', 'tagid1', 'tagid2'])
    for (const f of failed) expect(f.error).toMatchObject({ vendor: 'wecom', code: 81013 })
  })

  it('WeCom: 45009 and 45033 limit the account; -1 and 6000 back off; 60011 and 60020 are permissions', async () => {
    const call = client.wrap({ adapter: wecom })
    for (const code of [45009, 45033]) {
      const err = (await rejection(call(`${sim.url}/wecom/cgi-bin/message/send?code=${code}`))) as ApiError
      expect(err).toBeInstanceOf(RateLimitError)
      expect(err.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
    }
    for (const code of [-1, 6000]) {
      const err = await rejection(call(`${sim.url}/wecom/cgi-bin/user/update?code=${code}`))
      expect(err).toBeInstanceOf(ServiceUnavailableError)
      expect((err as ApiError).retry.kind).toBe('backoff')
    }
    for (const code of [60011, 60020]) {
      const err = await rejection(call(`${sim.url}/wecom/cgi-bin/user/get?code=${code}`))
      expect(err).toBeInstanceOf(PermissionError)
      expect((err as ApiError).retry.kind).toBe('never')
    }
  })

  it('WeCom: every error code of the page, the 906 added rows among them, classifies as its catalog row says', async () => {
    expect(errorEntries).toHaveLength(1250)
    const call = client.wrap({ adapter: wecom })
    for (const entry of errorEntries) {
      const code = String(entry.code)
      const err = (await rejection(call(`${sim.url}/wecom/cgi-bin/message/send?code=${code}`))) as ApiError
      // The very class of the row's category, not only an error that `instanceof` reads by its category.
      const cls = errorClasses.find((c) => c.category === entry.category)
      expect(Object.getPrototypeOf(err), code).toBe(cls?.prototype)
      expect(err, code).toMatchObject({ vendor: 'wecom', code: entry.code, category: entry.category, status: 200 })
      expect(err.entry, code).toBe(entry)
      const rule = entry.retry
      expect(err.retry.kind, code).toBe(rule.kind)
      // Where the rule does not say, a request refused for its window or its credentials was not run.
      const replaySafe = rule.kind === 'never' ? false : (rule.replaySafe ?? rule.kind !== 'backoff')
      expect(err.retry.replaySafe, code).toBe(replaySafe)
      expect(err.retry.scope, code).toBe(entry.scope)
      if ('delayMs' in rule) expect(err.retry.delayMs, code).toBe(rule.delayMs)
    }
  })

  it('WeCom: real answers: an untrusted IP, a missing token with a hint of another form, a bare expired token', async () => {
    const call = client.wrap({ adapter: wecom })
    const withHint = [
      [wecomUntrustedIp, PermissionError, '1658286717354964018506079'],
      [wecomTokenMissing, AuthenticationError, '1741687541_457_8286bd5b264a5df7bcfa4478ed5bad37'],
    ] as const
    for (const [body, cls, requestId] of withHint) {
      const err = (await rejection(call(raw(body)))) as ApiError
      expect(err).toBeInstanceOf(cls)
      expect(err).toMatchObject({
        code: body.errcode,
        requestId,
        diagnosis: `https://open.work.weixin.qq.com/devtool/query?e=${body.errcode}`,
        retry: { kind: 'never' },
      })
    }
    const bare = (await rejection(call(raw(wecomExpiredBare)))) as ApiError
    expect(bare).toBeInstanceOf(AuthenticationError)
    expect(bare).toMatchObject({ code: 42001, vendorMessage: 'access_token expired', retry: { kind: 'refresh' } })
    expect(bare.requestId).toBeUndefined()
    expect(bare.diagnosis).toBeUndefined()
  })
})
