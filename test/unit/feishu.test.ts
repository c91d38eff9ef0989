import { describe, expect, it } from 'vitest'
import { feishu } from '../../adapters/feishu.js'
import { feishuCatalog } from '../../catalogs/feishu.js'
import type { Catalog } from '../../src/index.js'
import { json } from '../support/json.js'

const catalog: Catalog = feishuCatalog

describe('feishu catalog', () => {
  it('has the 66 gateway codes, three message rate limits and 0, each msg as the page prints it', () => {
    expect(catalog.entries).toHaveLength(66 + 3 + 1)
    const gateway = catalog.entries.filter((e) => Number(e.code) >= 99991201)
    expect(gateway).toHaveLength(66)
    for (const e of catalog.entries) {
      if (e.code === 99992402) continue
      expect(e.message, String(e.code)).toBe(e.description.en)
      expect(e.translated).toEqual({ description: 'zh' })
    }
    expect(catalog.get(99992402)).toMatchObject({ message: '具体错误信息', translated: { description: 'en' } })
    expect(catalog.get(99991301)?.message).toBe('request method doesn’t match')
    expect(catalog.get(99992364)?.variants).toEqual([{ en: 'user id cross tenant', zh: 'user id 属于其他租户' }])
  })

  it('renews the tenant, app and user tokens; never the scope codes', () => {
    const renew = catalog.entries.filter((e) => e.retry.kind === 'refresh').map((e) => e.code)
    expect(renew.sort()).toEqual([99991663, 99991664, 99991668, 99991677])
    for (const code of [99991672, 99991679])
      expect(catalog.get(code)).toMatchObject({ category: 'permission', retry: { kind: 'never' } })
    expect(catalog.get(99991400)).toMatchObject({
      category: 'rate_limit',
      retry: { kind: 'backoff', replaySafe: true },
      scope: 'account',
    })
    expect(catalog.get(99991403)).toMatchObject({ category: 'quota', retry: { kind: 'after', window: 'month' } })
    expect(catalog.get(11233)?.scope).toBe('recipient')
  })
})

describe('feishu adapter', () => {
  it('routes both hosts and round-trips every code', () => {
    expect(feishu.hosts).toEqual(['open.feishu.cn', 'open.larksuite.com'])
    for (const entry of catalog.entries) {
      const d = feishu.decode(json(feishu.encode(entry.code, { requestId: 'log1' })))
      if (entry.kind === 'success') expect(d).toEqual({ kind: 'success', code: 0 })
      else expect(d).toMatchObject({ kind: 'error', code: entry.code, requestId: 'log1' })
    }
  })

  it('reads the wait from x-ogw-ratelimit-reset in seconds, and the log id from X-Tt-Logid', () => {
    const headers: Record<string, string> = { 'x-ogw-ratelimit-reset': '52', 'x-tt-logid': '20240101ABC' }
    expect(feishu.waitFrom((n) => headers[n] ?? null)).toBe(52_000)
    expect(feishu.waitFrom(() => null)).toBeUndefined()
    expect(feishu.requestIdHeaders).toEqual(['x-tt-logid', 'request-id'])
  })

  it('keeps odd permission_violations and errors out of the message', () => {
    const odd = [null, 1, {}, { subject: 3 }, { subject: '' }, { subject: 'im:message' }]
    const d = feishu.decode({ code: 99991672, msg: 'Access denied', error: { permission_violations: odd } })
    expect(d).toMatchObject({ message: 'Access denied [im:message]' })
    expect(feishu.decode({ code: 99991672, error: { permission_violations: 'x', troubleshooter: 7 } })).toEqual({
      kind: 'error',
      code: 99991672,
      entry: catalog.get(99991672),
    })
    expect(feishu.decode({ code: 99991672, error: { permission_violations: [{ subject: 's' }] } })).toMatchObject({
      message: '[s]',
    })
  })
})
