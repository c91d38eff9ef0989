import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { catalogs } from '../../catalogs/index.js'
import { CheckError, checkCatalog, type FindingKind, formatFindings, readCatalogFile } from '../../src/tools/check.js'
import { importTable, renderModule, toJson } from '../../src/tools/importer/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** A clean entry, changed by `patch`. */
const entry = (patch: Record<string, unknown> = {}) => ({
  code: 1,
  kind: 'error',
  category: 'invalid_request',
  retry: { kind: 'never' },
  description: { en: 'Bad parameter', zh: '参数错误' },
  ...patch,
})
const kindsOf = (entries: unknown[]) => checkCatalog({ vendor: 'acme', entries }).map((f) => f.kind)

describe('errcode check', () => {
  it('judges each reading chosen by the message as the entry it makes', () => {
    const limit = { category: 'rate_limit', scope: 'recipient', retry: { kind: 'after', delayMs: 60_000 } }
    expect(kindsOf([entry({ ...limit, byMessage: [{ message: /day/, category: 'quota' }] })])).toEqual([])
    // As `errcode export` writes a pattern in JSON.
    expect(kindsOf([entry({ ...limit, byMessage: [{ message: '/day/u', category: 'quota' }] })])).toEqual([])
    expect(kindsOf([entry({ ...limit, byMessage: [{ message: /day/, retry: { kind: 'never' } }] })])).toEqual([
      'retry-contradicts-category',
    ])
    expect(kindsOf([entry({ byMessage: [{ message: /day/, category: 'quota', retry: { kind: 'never' } }] })])).toEqual([
      'limit-without-scope',
    ])
    for (const byMessage of [
      {},
      [{ category: 'quota' }],
      [{ message: /x/, category: 'slow' }],
      [{ message: /x/, scope: 'x' }],
    ])
      expect(kindsOf([entry({ byMessage })])).toEqual(['invalid-entry'])
  })

  it('finds nothing in a clean catalog', () => {
    expect(checkCatalog({ vendor: 'acme', entries: [entry(), entry({ code: 2 })] })).toEqual([])
  })

  it('finds the same code twice, also across JSON types', () => {
    expect(kindsOf([entry({ code: 1804 }), entry({ code: 1804 })])).toEqual(['duplicate-code'])
    expect(kindsOf([entry({ code: 1804 }), entry({ code: '1804' })])).toEqual(['duplicate-code', 'mixed-code-types'])
  })

  it.each<[FindingKind, unknown[]]>([
    ['duplicate-code', [entry({ code: 'E1' }), entry({ code: 'E1', description: { en: 'Other', zh: '其他' } })]],
    ['mixed-code-types', [entry({ code: 1 }), entry({ code: '2' }), entry({ code: 3 })]],
    ['no-text', [entry({ description: {} })]],
    ['missing-language', [entry({ description: { en: 'Bad parameter' } })]],
    ['missing-language', [entry({ remedy: { zh: '检查参数' } })]],
    ['retry-contradicts-category', [entry({ category: 'rate_limit', scope: 'account', retry: { kind: 'never' } })]],
    ['retry-contradicts-category', [entry({ category: 'billing', retry: { kind: 'backoff' } })]],
    ['retry-contradicts-category', [entry({ category: 'not_found', retry: { kind: 'after', delayMs: 1000 } })]],
    ['retry-contradicts-category', [entry({ kind: 'success', category: 'unknown', retry: { kind: 'backoff' } })]],
    ['limit-without-scope', [entry({ category: 'quota', retry: { kind: 'after', window: 'day' } })]],
    ['limit-without-scope', [entry({ category: 'rate_limit', retry: { kind: 'backoff', replaySafe: true } })]],
    [
      'timestamp-without-clock-skew',
      [
        entry({
          category: 'authentication',
          retry: { kind: 'refresh' },
          description: { en: 'timestamp expired', zh: '时间戳过期' },
        }),
      ],
    ],
    ['review-left', [entry({ review: { mark: true, rules: [], reasons: ['no rule matched'] } })]],
    ['invalid-entry', [entry({ category: 'teapot' })]],
    ['invalid-entry', [entry({ retry: { kind: 'after', window: 'fortnight' } })]],
    ['invalid-entry', [entry({ scope: 'everyone' })]],
    ['invalid-entry', [{ description: { en: 'no code' } }]],
  ])('finds %s', (kind, entries) => {
    expect(kindsOf(entries)).toEqual([kind])
  })

  it('allows what the shipped catalogs do: strings beside numbers, an empty timestamp, an internal code that is never retried', () => {
    expect(
      kindsOf([
        entry({ code: 'API_SYS_REQSIGN' }),
        entry({ code: -1, category: 'unavailable', retry: { kind: 'backoff' } }),
        entry({ code: 40001 }),
        entry({
          code: 3,
          category: 'authentication',
          description: { en: 'The header has no timestamp', zh: '时间戳为空' },
        }),
        entry({ code: 4, category: 'internal', retry: { kind: 'never' } }),
        entry({ code: 5, category: 'quota', scope: 'account', retry: { kind: 'never' } }),
      ]),
    ).toEqual([])
  })

  it('reports REVIEW comments left in a module’s source, with their code', () => {
    const source =
      '  entries: [\n    // REVIEW 7: rules disagree\n    // REVIEW "API_X": scope assumed\n    { code: 7 },\n  // fine\n'
    const findings = checkCatalog({ vendor: 'acme', entries: [entry()] }, { source })
    expect(findings.map((f) => [f.kind, f.code])).toEqual([
      ['review-left', 7],
      ['review-left', 'API_X'],
    ])
  })

  it('passes every shipped catalog, their module sources included', () => {
    for (const vendor of Object.keys(catalogs) as (keyof typeof catalogs)[]) {
      const source = readFileSync(join(root, 'catalogs', `${vendor}.ts`), 'utf8')
      expect(checkCatalog(catalogs[vendor], { source }), vendor).toEqual([])
    }
  })

  it('checks every catalog of the export JSON and names the vendor of each finding', () => {
    const exported = {
      good: { vendor: 'good', entries: [entry()] },
      bad: { vendor: 'bad', entries: [entry({ category: 'billing', retry: { kind: 'backoff' } })] },
    }
    const findings = checkCatalog(exported)
    expect(findings.map((f) => [f.vendor, f.kind, f.code])).toEqual([['bad', 'retry-contradicts-category', 1]])
    expect(formatFindings(findings)).toBe(
      'bad [retry-contradicts-category] 1: a billing code that retries (backoff): money does not arrive by waiting\n1 finding',
    )
    expect(formatFindings([])).toBe('errcode check: no findings')
    expect(checkCatalog(42).map((f) => f.kind)).toEqual(['not-a-catalog'])
  })

  it('flags a fresh import until a person has reviewed it', () => {
    const result = importTable('错误码 错误信息\n1 调用频率过快\n2 Zorblax\n3 余额不足', { vendor: 'acme' })
    const kinds = checkCatalog(toJson(result), { source: renderModule(result) }).map((f) => f.kind)
    expect(kinds).toContain('missing-language')
    expect(kinds).toContain('review-left')
    const reviewed = toJson(result).entries.map(({ review: _review, ...e }) => ({
      ...e,
      description: { en: 'a translation', zh: '译文', ...e.description },
      translated: { description: 'en' },
    }))
    expect(checkCatalog({ vendor: 'acme', entries: reviewed })).toEqual([])
  })
})

describe('reading a catalog file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'errcode-check-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads JSON and JavaScript modules', async () => {
    const json = join(dir, 'acme.json')
    writeFileSync(json, JSON.stringify({ vendor: 'acme', entries: [entry()] }))
    expect(checkCatalog((await readCatalogFile(json)).value)).toEqual([])
    const mjs = join(dir, 'acme.mjs')
    writeFileSync(
      mjs,
      `export const acmeCatalog = ${JSON.stringify({ vendor: 'acme', entries: [entry({ description: {} })] })}\n// REVIEW 1: x\n`,
    )
    const read = await readCatalogFile(mjs)
    expect(checkCatalog(read.value, { source: read.source }).map((f) => f.kind)).toEqual(['no-text', 'review-left'])
  })

  it('throws a CheckError for a file it cannot read', async () => {
    await expect(readCatalogFile(join(dir, 'missing.json'))).rejects.toThrow(CheckError)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{ "entries": ')
    await expect(readCatalogFile(bad)).rejects.toThrow(/not valid JSON/)
    const empty = join(dir, 'empty.mjs')
    writeFileSync(empty, 'export const x = 1\n')
    await expect(readCatalogFile(empty)).rejects.toThrow(/exports no catalog/)
  })
})
