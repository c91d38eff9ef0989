// Every catalog and adapter errcode ships, by the same rules: the contents (sizes, vendor words, both languages,
// categories, retry rules), lookups, and encode and decode round trips. What one vendor alone reads is in
// test/vendors/<vendor>.test.ts.
import { describe, expect, it } from 'vitest'
import { catalogs } from '../../catalogs/index.js'
import { type Adapter, ApiError, type Catalog, categories, classifyResponse } from '../../src/index.js'
import { simulatedVendors } from '../../src/testing/answers.js'
import { json } from '../support/json.js'

// The simulator answers for every vendor errcode ships: its adapters are the shipped ones.
const adapters = simulatedVendors as Readonly<Record<keyof typeof catalogs, Adapter>>

describe('catalog contents', () => {
  it.each([
    ['navinfo', 21],
    ['jiguang', 49],
    ['guanaitong', 41],
    ['ucpaas', 165],
    ['iyune', 79],
    ['wechat', 214],
    ['wecom', 1251],
    ['feishu', 523],
    ['amap', 51],
    ['alipay', 102],
    ['aliyun-sms', 114],
    ['tencent-sms', 128],
    ['tencent-cloud', 929],
    ['aliyun-pop', 1019],
  ] as const)('%s has %i codes, each once', (vendor, count) => {
    const catalog: Catalog = catalogs[vendor]
    expect(catalog.entries).toHaveLength(count)
    expect(new Set(catalog.entries.map((e) => String(e.code))).size).toBe(count)
    expect(catalog.vendor).toBe(vendor)
    expect(catalog.timeZone).toBe('Asia/Shanghai')
  })

  it('keeps the vendors’ words exactly, typos included', () => {
    const nav = catalogs.navinfo.get(1005)
    expect(nav?.publishedName).toBe('INV ALID_DIGITAL_SIGNA')
    expect(nav?.name).toBe('INVALID_DIGITAL_SIGNA')
    expect(catalogs.navinfo.get(1007)?.publishedName).toBe('VISITS_DAY_ EXCESS')
    expect(catalogs.navinfo.get(2001)?.name).toBe('MISSING_PARAMS')
    expect(catalogs.navinfo.get(1008)?.remedy?.en).toMatch(/^Visit's unit time \(1 minute\) visit The quantity/)
    expect(catalogs.jiguang.get(1804)).toMatchObject({ message: 'qps limit', description: { en: 'QPS rate limit' } })
    expect(catalogs.jiguang.get(9005)?.message).toBe('verify interval is less than the minimum limit')
    expect(catalogs.guanaitong.get(1000210014)?.description.en).toBe('auth code invalide or wrong!')
    expect(catalogs.guanaitong.get(1000200051)?.message).toBe('you hava no permisson to access this interface!')
    expect(catalogs.guanaitong.get(1000220050)?.message).toBe('param type is not the same as the account’s!')
    expect(catalogs.guanaitong.get(1000210009)?.remedy?.zh).toBe('安全起见,appsecret是不允许作为参数传递的')
    expect(catalogs.ucpaas.get('103117')?.description.zh).toBe('子账号是否显号(isplay)不能为空')
    expect(catalogs.ucpaas.get('100019')?.description.zh).toBe('应用餘額不足')
    expect(catalogs.ucpaas.get('105134')?.description.zh).toBe(
      '自签名短信内容只能包含一对【】且不能只有短信签名,短信签名只能在开头或结尾',
    )
    expect(catalogs.iyune.get('API_SYS_REQSIGN')?.description.zh).toBe('Signature签名错误')
    expect(catalogs.iyune.get('SYS_ERR_USER')?.description.zh).toBe('暂无用户Access Key信息')
    expect(catalogs.iyune.get(40034)?.description).toEqual({
      en: 'The state parameter cant exceed 128 bytes',
      zh: 'state参数不能超过128个字节',
    })
  })

  it('gives every entry both languages, marks the translations, and names a known category', () => {
    for (const catalog of Object.values(catalogs) as Catalog[]) {
      for (const e of catalog.entries) {
        expect(e.description.en, `${catalog.vendor} ${e.code}`).toBeTruthy()
        expect(e.description.zh, `${catalog.vendor} ${e.code}`).toBeTruthy()
        if (e.remedy !== undefined) expect(e.remedy.en && e.remedy.zh, `${catalog.vendor} ${e.code}`).toBeTruthy()
        expect(categories).toContain(e.category)
        expect(['never', 'backoff', 'after', 'refresh']).toContain(e.retry.kind)
      }
    }
    // Chinese-only tables have English translations, English-only tables Chinese ones.
    expect(catalogs.ucpaas.get('105110')?.translated).toEqual({ description: 'en' })
    expect(catalogs.navinfo.get(1001)?.translated).toEqual({ description: 'zh', remedy: 'zh' })
    expect(catalogs.jiguang.get(1804)?.translated).toEqual({ description: 'zh' })
    expect(catalogs.guanaitong.get(1000210004)?.translated).toEqual({ description: 'zh', remedy: 'en' })
    expect(catalogs.iyune.get('SYS_ERR')?.translated).toEqual({ description: 'en', remedy: 'en' })
    // iyune publishes its numeric codes in both languages: nothing there is a translation.
    expect(catalogs.iyune.get(40015)?.translated).toBeUndefined()
  })

  it('judges kinds and retry rules as the vendors’ texts say', () => {
    expect(catalogs.navinfo.get(1007)).toMatchObject({ category: 'quota', retry: { kind: 'after', window: 'day' } })
    expect(catalogs.navinfo.get(1008)?.retry).toEqual({ kind: 'after', window: 'minute' })
    expect(catalogs.navinfo.get(1009)?.retry).toEqual({ kind: 'after', window: 'hour' })
    expect(catalogs.navinfo.get(1016)?.retry.kind).toBe('refresh')
    expect(catalogs.jiguang.get(1804)).toMatchObject({ category: 'rate_limit', retry: { kind: 'backoff' } })
    expect(catalogs.jiguang.get(9001)?.kind).toBe('result')
    expect(catalogs.jiguang.get(8000)?.kind).toBe('success')
    expect(catalogs.jiguang.get(9000)?.kind).toBe('success')
    expect(catalogs.guanaitong.get(1000210004)?.retry.kind).toBe('refresh')
    expect(catalogs.guanaitong.get(1000200052)?.retry).toEqual({ kind: 'after', window: 'day' })
    expect(catalogs.ucpaas.get('105130')?.retry).toEqual({ kind: 'after', delayMs: 30_000 })
    expect(catalogs.ucpaas.get('000000')?.kind).toBe('success')
    expect(catalogs.ucpaas.get('100007')?.kind).toBe('result')
    expect(catalogs.iyune.get(40015)?.retry.kind).toBe('refresh')
    expect(catalogs.iyune.get(-1)?.retry.kind).toBe('backoff')
  })
})

describe('catalog lookups', () => {
  it('finds 1804 and "1804" alike, and never confuses "000000" with 0', () => {
    expect(catalogs.jiguang.get('1804')).toBe(catalogs.jiguang.get(1804))
    expect(catalogs.ucpaas.get('000000')?.kind).toBe('success')
    expect(catalogs.ucpaas.get(0)).toBeUndefined()
    expect(catalogs.jiguang.get('0')?.kind).toBe('success')
    expect(catalogs.jiguang.get('0000')).toBeUndefined()
  })

  it('is safe for any key', () => {
    for (const key of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      ' 1804',
      NaN,
      Infinity,
      true,
      null,
      {},
      [1804],
    ]) {
      expect(catalogs.jiguang.get(key)).toBeUndefined()
    }
  })
})

describe.each(Object.entries(adapters))('%s adapter', (vendor, adapter) => {
  const catalog = adapter.catalog
  const variants = vendor === 'ucpaas' ? [0, 1] : [0]

  it.each(variants)('round-trips every code through encode and decode (variant %i)', (variant) => {
    for (const entry of catalog.entries) {
      const body = adapter.encode(entry.code, {
        variant,
        ...(entry.parent === undefined ? {} : { parent: entry.parent }),
      })
      const decision = adapter.decode(json(body), 200)
      if (entry.kind === 'success') {
        expect(decision.kind, `${vendor} ${entry.code}`).toBe('success')
        continue
      }
      expect(decision, `${vendor} ${entry.code}`).toMatchObject({ kind: entry.kind, code: entry.code })
      if (entry.kind !== 'error') continue
      const err = classifyResponse(adapter, { status: 200, header: () => null, body: { kind: 'json', value: body } })
      expect(err).toBeInstanceOf(ApiError)
      expect(err?.category, `${vendor} ${entry.code}`).toBe(entry.category)
      expect(err?.constructor.name).toBe(err?.name)
      expect(err?.entry).toBe(entry)
    }
  })

  it('decides a body it cannot read without throwing', () => {
    const hostile = [
      null,
      'text',
      42,
      [],
      [1, 2],
      true,
      { code: {} },
      { code: Number.NaN },
      { code: [] },
      { resp: 'x' },
    ]
    for (const body of hostile) {
      const decision = adapter.decode(body, 200)
      expect(['success', 'unreadable', 'error']).toContain(decision.kind)
    }
    const proto = JSON.parse(`{"${adapter.codePaths[0]?.split('.')[0]}": "__proto__"}`)
    expect(() => adapter.decode(proto, 200)).not.toThrow()
  })

  it('does not trust a success code in a non-2xx response', () => {
    const ok = catalog.entries.find((e) => e.kind === 'success')
    if (ok === undefined) return
    expect(adapter.decode(adapter.encode(ok.code), 502).kind).toBe('unreadable')
  })
})
