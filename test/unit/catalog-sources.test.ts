// The catalogs of OpenAI, Slack, Meta Graph, Telegram and Bailian against the vendors' rows as read
// (test/fixtures/sources/<vendor>.tsv), word for word, and their sizes. What each vendor's catalog and adapter
// read is in test/vendors/<vendor>.test.ts.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bailian } from '../../adapters/bailian.js'
import { metaGraph } from '../../adapters/meta-graph.js'
import { openai } from '../../adapters/openai.js'
import { slack } from '../../adapters/slack.js'
import { telegram } from '../../adapters/telegram.js'
import { catalogs } from '../../catalogs/index.js'
import type { Adapter, Catalog, CatalogEntry } from '../../src/index.js'

const vendors = { openai, slack, telegram, 'meta-graph': metaGraph, bailian } as const

/** The rows of a source file: `code<TAB>text…`, `@section` and `#` lines skipped. */
function rows(vendor: string): { code: string; texts: string[] }[] {
  return readFileSync(new URL(`../fixtures/sources/${vendor}.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('@section'))
    .map((line) => {
      const [code = '', ...texts] = line.split('\t')
      return { code, texts }
    })
}

/** The entry's words in the vendor's own language (translations left out). */
function vendorWords(entry: CatalogEntry): (string | undefined)[] {
  const own = entry.translated?.description === 'en' ? 'zh' : 'en'
  return [entry.message, entry.description[own], entry.remedy?.[own], ...(entry.variants ?? []).map((v) => v[own])]
}

describe.each(Object.entries(vendors))('%s catalog', (vendor, adapter: Adapter) => {
  const catalog: Catalog = catalogs[vendor as keyof typeof catalogs]

  it('is the adapter’s, has each code once, with its translations marked', () => {
    expect(adapter.catalog).toBe(catalog)
    expect(catalog.vendor).toBe(vendor)
    // Bailian writes in Chinese and counts in Beijing time; the others write in English.
    const chinese = vendor === 'bailian'
    expect(catalog.timeZone).toBe(chinese ? 'Asia/Shanghai' : 'UTC')
    const keys = catalog.entries.map((e) => `${e.parent ?? ''}/${String(e.code)}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const e of catalog.entries) expect(e.translated?.description, String(e.code)).toBe(chinese ? 'en' : 'zh')
  })

  it('keeps every row of the vendor’s source word for word, and has no code the source lacks', () => {
    const source = rows(vendor)
    const sourced = new Set<CatalogEntry>()
    for (const row of source) {
      const entry = catalog.get(row.code) ?? catalog.get(Number(row.code))
      expect(entry, row.code).toBeDefined()
      sourced.add(entry as CatalogEntry)
      for (const text of row.texts) expect(vendorWords(entry as CatalogEntry), row.code).toContain(text)
    }
    expect(catalog.entries.filter((e) => !sourced.has(e)).map((e) => e.code)).toEqual([])
  })
})

describe('catalog sizes', () => {
  it('has 15 OpenAI, 245 Slack, 125 Meta Graph, 8 Telegram and 26 Bailian codes', () => {
    expect(
      [catalogs.openai, catalogs.slack, catalogs['meta-graph'], catalogs.telegram, catalogs.bailian].map(
        (c) => c.entries.length,
      ),
    ).toEqual([15, 245, 125, 8, 26])
  })
})
