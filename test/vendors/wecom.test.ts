// WeCom: the catalog against the vendor's pages, then answers the vendor published through axios, ky and fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wecom } from '../../adapters/wecom.js'
import { wecomCatalog } from '../../catalogs/wecom.js'
import {
  type ApiError,
  AuthenticationError,
  batchFailures,
  type Catalog,
  categories,
  PermissionError,
  RateLimitError,
  ServiceUnavailableError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'
import { json } from '../support/json.js'

const catalog: Catalog = wecomCatalog

describe('wecom catalog', () => {
  it('has the 277 codes of the page’s core and 68 for messages and customers, numeric, with the page’s words and marked translations', () => {
    expect(catalog.entries).toHaveLength(277 + 68)
    expect(catalog.entries.filter((e) => e.kind === 'success').map((e) => e.code)).toEqual([0])
    for (const e of catalog.entries) {
      expect(typeof e.code, String(e.code)).toBe('number')
      expect(e.translated).toEqual({ description: 'en', remedy: 'en' })
      expect(categories).toContain(e.category)
      const limited = e.category === 'rate_limit' || e.category === 'quota'
      expect(e.scope !== undefined, String(e.code)).toBe(limited)
    }
    expect(catalog.get(60020)?.description.zh).toBe('不安全的访问IP')
    expect(catalog.get(43004)?.description.zh).toBe('指定的userid未绑定微信或未关注微信插件（原企业号）')
    expect(catalog.get(40085)?.description.zh).toBe('不合法的的suite_ticket参数')
    expect(catalog.get(84109)?.description.zh).toBe('订单定价不能未0')
    // Codes the page no longer lists are not kept.
    for (const gone of [301069, 301070, 301071, 301072, 301075]) expect(catalog.get(gone)).toBeUndefined()
  })

  it('gives the page’s one-line 排查方法 as the remedy, with an English translation', () => {
    const withRemedy = catalog.entries.filter((e) => e.remedy !== undefined)
    expect(withRemedy).toHaveLength(92)
    for (const e of withRemedy) expect(e.remedy?.zh && e.remedy.en, String(e.code)).toBeTruthy()
    expect(catalog.get(42001)?.remedy?.zh).toBe('access_token有时效性，需要重新获取一次')
    expect(catalog.get(-1)?.remedy?.zh).toBe('服务器暂不可用，建议稍候重试。建议重试次数不超过3次。')
    // The crawl's HTML entities read as the page shows them.
    expect(catalog.get(60009)?.remedy?.zh).toBe('不能含有 :?*"<>| 等字符')
    expect(catalog.get(301013)?.remedy?.zh).toBe("telephone必须由1-32位的纯数字或'-'号组成。")
    // "[查看帮助]" rows and "-" rows have none.
    expect(catalog.get(40001)?.remedy).toBeUndefined()
    expect(catalog.get(41002)?.remedy).toBeUndefined()
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

  it('renews the access, suite and pre-auth tokens, and nothing else', () => {
    const renew = catalog.entries.filter((e) => e.retry.kind === 'refresh').map((e) => e.code)
    expect(renew.sort()).toEqual([40014, 40082, 42001, 42007, 42009])
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
})
