// The importer against golden tables kept in the repository (test/fixtures/importer, sources in its README):
// the vendors' published tables as copied from their pages, and tables of vendor words in the other shapes
// errcode reads. The import of each must equal its golden file, and the word rules' suggestions must agree
// with the reviewed catalog often enough: the floors below keep the rules' accuracy from sliding unseen.
//   Update the golden files after a deliberate change: npx vitest run test/unit/importer-golden.test.ts -u
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalogs } from '../../catalogs/index.js'
import { type ImportResult, importTable, loadParsers, toJson } from '../../src/tools/importer/index.js'
import type { Shape } from '../../src/tools/importer/types.js'
import type { Catalog } from '../../src/types.js'

const dir = new URL('../fixtures/importer/', import.meta.url)
const parsers = await loadParsers()

interface Fixture {
  readonly file: string
  readonly vendor: keyof typeof catalogs
  /** How the importer must read it. */
  readonly shape: Shape
  /** The least share of rows whose suggested category, and retry rule, equal the reviewed catalog's. */
  readonly floor: { readonly category: number; readonly retry: number }
}

const fixtures: readonly Fixture[] = [
  { file: '000_6666ea1c4683a8bb.txt', vendor: 'navinfo', shape: 'cells', floor: { category: 1, retry: 1 } },
  { file: '001_62e1983800add38e.txt', vendor: 'jiguang', shape: 'lines', floor: { category: 0.95, retry: 1 } },
  { file: '002_447aa11bfd20eb7b.txt', vendor: 'guanaitong', shape: 'lines', floor: { category: 1, retry: 0.95 } },
  { file: '003_e3ba22ab5a12d777.txt', vendor: 'ucpaas', shape: 'markdown', floor: { category: 0.95, retry: 0.95 } },
  { file: '004_c104c6c75ec3ed17.txt', vendor: 'iyune', shape: 'lines', floor: { category: 0.95, retry: 1 } },
  { file: 'aliyun-sms.html', vendor: 'aliyun-sms', shape: 'html', floor: { category: 0.75, retry: 1 } },
  { file: 'wechat.csv', vendor: 'wechat', shape: 'csv', floor: { category: 0.95, retry: 1 } },
  { file: 'wecom.tsv', vendor: 'wecom', shape: 'tsv', floor: { category: 0.9, retry: 0.95 } },
  { file: 'feishu.md', vendor: 'feishu', shape: 'markdown', floor: { category: 0.7, retry: 0.8 } },
  { file: 'amap.json', vendor: 'amap', shape: 'json', floor: { category: 0.6, retry: 0.5 } },
]

const key = (code: string | number) => String(code)

interface Score {
  readonly rows: number
  readonly category: number
  readonly retry: number
}

/** Per row of the catalog the import found: whether the suggested category and retry rule equal the reviewed. */
function score(result: ImportResult, catalog: Catalog): Score {
  const reviewed = new Map(catalog.entries.filter((e) => e.parent === undefined).map((e) => [key(e.code), e]))
  let rows = 0
  let category = 0
  let retry = 0
  for (const got of result.entries) {
    const want = reviewed.get(key(got.code))
    if (want === undefined) continue
    rows++
    if (got.category === want.category) category++
    if (JSON.stringify(got.retry) === JSON.stringify(want.retry)) retry++
  }
  return { rows, category, retry }
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`
const scores = new Map<string, Score>()

describe.each(fixtures)('$file ($vendor)', ({ file, vendor, shape, floor }) => {
  const text = readFileSync(new URL(file, dir), 'utf8')
  const result = importTable(text, { vendor }, parsers)

  it(`is read as ${shape}, every row a catalog code`, () => {
    expect(Object.keys(result.counts.shapes)).toEqual([shape])
    const catalog = catalogs[vendor] as Catalog
    const unknown = result.entries.filter((e) => catalog.get(e.code) === undefined).map((e) => e.code)
    expect(unknown).toEqual([])
  })

  it('imports as its golden file says', async () => {
    await expect(`${JSON.stringify(toJson(result), null, 2)}\n`).toMatchFileSnapshot(
      `../fixtures/importer/golden/${file}.golden`,
    )
  })

  it('keeps its score of suggestions against the reviewed catalog', () => {
    const s = score(result, catalogs[vendor] as Catalog)
    scores.set(file, s)
    expect(s.rows).toBe(result.entries.length)
    expect(s.category / s.rows).toBeGreaterThanOrEqual(floor.category)
    expect(s.retry / s.rows).toBeGreaterThanOrEqual(floor.retry)
  })
})

describe('the word rules over every golden table', () => {
  it('suggest the reviewed category and retry rule often enough', () => {
    let rows = 0
    let category = 0
    let retry = 0
    const lines: string[] = []
    for (const { file } of fixtures) {
      const s = scores.get(file)
      if (s === undefined) throw new Error(`no score for ${file}`)
      rows += s.rows
      category += s.category
      retry += s.retry
      lines.push(
        `${file.padEnd(26)} rows ${String(s.rows).padStart(3)}  category ${pct(s.category, s.rows).padStart(6)}  retry ${pct(s.retry, s.rows).padStart(6)}`,
      )
    }
    lines.push(
      `${'all'.padEnd(26)} rows ${String(rows).padStart(3)}  category ${category}/${rows} ${pct(category, rows)}  retry ${retry}/${rows} ${pct(retry, rows)}`,
    )
    console.log(`importer accuracy (suggested = reviewed, per row)\n${lines.join('\n')}`)
    expect(rows).toBeGreaterThanOrEqual(560)
    expect(category / rows).toBeGreaterThanOrEqual(0.9)
    expect(retry / rows).toBeGreaterThanOrEqual(0.93)
  })
})
