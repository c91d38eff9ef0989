// The wecom, feishu and amap catalogs against the vendors' rows in scripts/sources/, row by row, as
// scripts/compare-catalog.ts compares them: every row's texts are among the entry's own words, and every
// catalog code has a row.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { amapCatalog } from '../../catalogs/amap.js'
import { feishuCatalog } from '../../catalogs/feishu.js'
import { wecomCatalog } from '../../catalogs/wecom.js'
import { parse, vendorWords } from '../../scripts/compare-catalog.js'
import type { Catalog } from '../../src/index.js'

const read = (file: string) => readFileSync(new URL(`../../scripts/sources/${file}.md`, import.meta.url), 'utf8')
/** Feishu's rows are in files of their own: by page, edition and product. */
const source = (vendor: string) =>
  vendor === 'feishu'
    ? [
        read('feishu'),
        read('feishu-legacy'),
        read('feishu-contact'),
        read('feishu-im'),
        read('feishu-products'),
        read('feishu-legacy-2025'),
        read('feishu-calendar'),
      ].join('\n')
    : read(vendor)

describe.each([
  ['wecom', wecomCatalog, 1537],
  ['feishu', feishuCatalog, 708],
  ['amap', amapCatalog, 51],
] as const)('%s against its source rows', (vendor, catalog: Catalog, rows) => {
  it(`matches ${rows} rows word for word, and leaves no code without one`, () => {
    const all = parse(source(vendor)).flatMap((s) => s.rows)
    expect(all).toHaveLength(rows)
    const mismatches: string[] = []
    const seen = new Set<unknown>()
    for (const row of all) {
      const entry = catalog.get(row.code)
      expect(entry, row.code).toBeDefined()
      seen.add(entry?.code)
      const words = entry === undefined ? [] : vendorWords(entry)
      for (const text of row.texts) if (!words.includes(text)) mismatches.push(`${row.code}: ${text}`)
    }
    expect(mismatches).toEqual([])
    expect(catalog.entries.filter((e) => !seen.has(e.code)).map((e) => e.code)).toEqual([])
  })
})
