// Baidu Qianfan: the catalog against Baidu's rows as read (test/fixtures/sources/qianfan.tsv), the readings the
// issue names, and what the adapter reads from the v1 and v2 envelopes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { qianfan } from '../../adapters/qianfan.js'
import { catalogs } from '../../catalogs/index.js'
import { qianfanCatalog } from '../../catalogs/qianfan.js'
import { parse, vendorWords } from '../../scripts/compare-catalog.js'

const rows = parse(readFileSync(new URL('../fixtures/sources/qianfan.tsv', import.meta.url), 'utf8')).flatMap(
  (s) => s.rows,
)

describe('the Qianfan catalog', () => {
  it('is the adapter’s and the catalogs’ own, in Beijing time, each code once', () => {
    expect(qianfan.catalog).toBe(qianfanCatalog)
    expect(catalogs.qianfan).toBe(qianfanCatalog)
    expect(qianfan.vendor).toBe('qianfan')
    expect(qianfanCatalog.timeZone).toBe('Asia/Shanghai')
    expect(qianfanCatalog.entries).toHaveLength(38)
    expect(new Set(qianfanCatalog.entries.map((e) => String(e.code))).size).toBe(38)
  })

  it('keeps the 38 source rows word for word, and has no code the source lacks', () => {
    expect(rows).toHaveLength(38)
    const mismatches: string[] = []
    const seen = new Set<unknown>()
    for (const row of rows) {
      const entry = qianfanCatalog.get(row.code) ?? qianfanCatalog.get(Number(row.code))
      expect(entry, row.code).toBeDefined()
      seen.add(entry)
      const words = entry === undefined ? [] : vendorWords(entry)
      for (const text of row.texts) if (!words.includes(text)) mismatches.push(`${row.code}: ${text}`)
    }
    expect(mismatches).toEqual([])
    expect(qianfanCatalog.entries.filter((e) => !seen.has(e)).map((e) => e.code)).toEqual([])
  })

  it('reads QPS, RPM and TPM as waits, the daily and total limits as quotas, 110 and 111 as a token to renew', () => {
    for (const code of [
      18,
      336501,
      336502,
      'rpm_rate_limit_exceeded',
      'tpm_rate_limit_exceeded',
      'rate_limit_exceeded',
    ]) {
      expect(qianfanCatalog.get(code), String(code)).toMatchObject({
        category: 'rate_limit',
        scope: 'account',
        retry: { kind: 'backoff', replaySafe: true },
      })
    }
    expect(qianfanCatalog.get(17)).toMatchObject({ category: 'quota', scope: 'account', retry: { window: 'day' } })
    expect(qianfanCatalog.get(19)).toMatchObject({ category: 'quota', retry: { kind: 'never' } })
    for (const code of [110, 111]) expect(qianfanCatalog.get(code)?.retry.kind, String(code)).toBe('refresh')
    for (const code of [14, 'invalid_iam_token']) {
      expect(qianfanCatalog.get(code), String(code)).toMatchObject({
        category: 'authentication',
        retry: { kind: 'never' },
      })
    }
    // Where Baidu's words are English only (an SDK constant's name, a message), the Chinese is the translation.
    expect(qianfanCatalog.get(336100)).toMatchObject({ name: 'ServerHighLoad', translated: { description: 'zh' } })
    expect(qianfanCatalog.get(336501)).toMatchObject({ name: 'RPMLimitReached', translated: { description: 'zh' } })
  })
})

describe('what the Qianfan adapter reads', () => {
  it('v1: error_code and error_msg, in an HTTP 200, with the body’s id', () => {
    expect(
      qianfan.decode({ error_code: 18, error_msg: 'Open api qps request limit reached', id: 'as-1' }, 200),
    ).toMatchObject({ kind: 'error', code: 18, message: 'Open api qps request limit reached', requestId: 'as-1' })
    expect(qianfan.decode({ code: 336501, msg: 'Rate limit reached for RPM' }, 200)).toMatchObject({
      code: 336501,
      message: 'Rate limit reached for RPM',
    })
    expect(qianfan.decode({ id: 'as-2', object: 'chat.completion', result: '你好' }, 200)).toEqual({ kind: 'success' })
  })

  it('v2: the code under its type, and a code alone where the body has no type', () => {
    const typed = qianfan.decode(
      {
        error: { code: 'malformed_json', message: 'Invalid Argument', type: 'invalid_request_error' },
        id: 'as-3',
      },
      400,
    )
    expect(typed).toMatchObject({ kind: 'error', code: 'malformed_json', parentCode: 'invalid_request_error' })
    const alone = qianfan.decode({ error: { code: 'invalid_argument', message: 'x' }, id: 'as-4' }, 400)
    expect(alone).toMatchObject({ kind: 'error', code: 'invalid_argument', requestId: 'as-4' })
    expect(alone).not.toHaveProperty('parentCode')
    const routed = qianfan.extend({ hosts: ['llm.example.internal'] })
    expect(routed.hosts).toEqual(['llm.example.internal'])
    expect(routed.decode({ error: { code: 'invalid_argument', message: 'x' } }, 400)).not.toHaveProperty('parentCode')
  })

  it('encodes each envelope so that decode reads the same code back', () => {
    for (const code of [18, 111, 336501, 'rpm_rate_limit_exceeded', 'malformed_json', 'invalid_iam_token'] as const) {
      const body = qianfan.encode(code, { requestId: 'as-5' })
      expect(qianfan.decode(body, typeof code === 'number' ? 200 : 400), String(code)).toMatchObject({
        kind: 'error',
        code,
        requestId: 'as-5',
      })
    }
    expect(qianfan.encode('tpm_rate_limit_exceeded')).toMatchObject({
      error: { code: 'tpm_rate_limit_exceeded', message: 'Rate limit reached for TPM', type: 'rate_limit_exceeded' },
    })
    expect(qianfan.encode(17)).toEqual({ error_code: 17, error_msg: 'Open api daily request limit reached' })
  })
})
