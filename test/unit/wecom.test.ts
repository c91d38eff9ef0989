import { describe, expect, it } from 'vitest'
import { wecom } from '../../adapters/wecom.js'
import { wecomCatalog } from '../../catalogs/wecom.js'
import { type Catalog, categories } from '../../src/index.js'
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
