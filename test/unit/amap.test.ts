import { describe, expect, it } from 'vitest'
import { amap } from '../../adapters/amap.js'
import { amapCatalog } from '../../catalogs/amap.js'
import type { Catalog } from '../../src/index.js'
import { json } from '../support/json.js'

const catalog: Catalog = amapCatalog

describe('amap catalog', () => {
  it('keeps the infocodes as strings, the info constant as name and message, and the table’s words', () => {
    expect(catalog.entries).toHaveLength(51)
    for (const e of catalog.entries) {
      expect(e.code).toMatch(/^\d{5}$/)
      expect(e.message).toBe(e.name)
      expect(e.translated).toEqual({ description: 'en', remedy: 'en' })
    }
    expect(catalog.get('10000')?.kind).toBe('success')
    expect(catalog.get('10003')?.remedy?.zh).toBe('开发者的日访问量超限，被系统自动封停，第二天0:00会自动解封。')
    expect(catalog.get('10010')?.remedy?.zh).toContain('封停后无法自动恢复，需要提交工单联系我们。')
    // The 300** row names eleven codes, each with the row's words.
    const engine = catalog.entries.filter((e) => e.name === 'ENGINE_RESPONSE_DATA_ERROR').map((e) => e.code)
    expect(engine).toEqual([
      '30001',
      '30002',
      '30003',
      '32000',
      '32001',
      '32002',
      '32003',
      '32200',
      '32201',
      '32202',
      '32203',
    ])
  })

  it('waits for midnight, the next minute or the next second, and never for the IP block', () => {
    expect(catalog.get('10003')).toMatchObject({ retry: { kind: 'after', window: 'day' }, scope: 'account' })
    expect(catalog.get('10004')).toMatchObject({ retry: { kind: 'after', window: 'minute' }, scope: 'account' })
    for (const code of ['10014', '10015', '10019', '10020', '10021'])
      expect(catalog.get(code)).toMatchObject({ category: 'rate_limit', retry: { kind: 'after', window: 'second' } })
    expect(catalog.get('10010')).toMatchObject({ category: 'quota', retry: { kind: 'never' }, scope: 'account' })
    expect(catalog.timeZone).toBe('Asia/Shanghai')
  })
})

describe('amap adapter', () => {
  it('round-trips every code with the string statuses', () => {
    expect(amap.hosts).toEqual(['restapi.amap.com'])
    for (const entry of catalog.entries) {
      const body = json(amap.encode(entry.code)) as { status: string; info: string; infocode: string }
      expect(body.status).toBe(entry.kind === 'success' ? '1' : '0')
      expect(body.info).toBe(entry.name)
      const d = amap.decode(body)
      if (entry.kind === 'success') expect(d).toEqual({ kind: 'success', code: '10000' })
      else expect(d).toMatchObject({ kind: 'error', code: entry.code, message: entry.name })
    }
  })

  it('reads infocode as sent or as a number, and a body without one is unreadable', () => {
    expect(amap.decode({ status: '1', info: 'OK', infocode: 10000 }).kind).toBe('success')
    expect(amap.decode({ status: '1', info: 'OK' }).kind).toBe('unreadable')
    expect(amap.decode({ status: '0', info: 'INVALID_USER_KEY', infocode: '10001' }, 500)).toMatchObject({
      kind: 'error',
      code: '10001',
    })
  })
})
