// Imports each seed table as a user would paste it (the file's text, unchanged) and compares the result with
// the shipped, reviewed catalog:
//   npx tsx scripts/import-seeds.ts [seed directory]        (default: test/fixtures/importer, the seed tables
//                                                            kept in the repository; their sources: its README)
// test/unit/importer-golden.test.ts keeps the same tables' accuracy in CI, with a floor; this script says
// more: vendor words, kinds, scopes, and a confusion table of categories.
// Per vendor: codes found / expected, code-type mismatches, vendor-word mismatches, and how many suggested
// kinds, categories, retry rules and scopes equal the reviewed catalog's; then a confusion table of
// categories. Vendor words are compared on the vendor's own language only: a catalog field marked as a
// translation (`translated`) is not the vendor's word and is left out.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { catalogs } from '../catalogs/index.js'
import { type ImportedEntry, importTable, loadParsers } from '../src/tools/importer/index.js'
import { type Catalog, type CatalogEntry, type Category, type Code, categories, type Locale } from '../src/types.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = resolve(process.argv[2] ?? join(root, 'test', 'fixtures', 'importer'))
const parsers = await loadParsers()
const vendorOf: Readonly<Record<string, keyof typeof catalogs>> = {
  '000': 'navinfo',
  '001': 'jiguang',
  '002': 'guanaitong',
  '003': 'ucpaas',
  '004': 'iyune',
}

const key = (code: Code) => (typeof code === 'number' ? String(code) : code)
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`)
const frac = (n: number, d: number) => `${n}/${d} (${pct(n, d)})`
const show = (code: Code) => (typeof code === 'string' ? JSON.stringify(code) : String(code))

/** The vendor's own words of a catalog entry, field by field (translations left out). */
function vendorFields(e: CatalogEntry): Map<string, string> {
  const out = new Map<string, string>()
  const put = (field: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.set(field, value)
  }
  put('name', e.publishedName ?? e.name)
  put('message', e.message)
  for (const l of ['en', 'zh'] as const satisfies readonly Locale[]) {
    if (e.translated?.description !== l) put(`description.${l}`, e.description[l])
    if (e.translated?.remedy !== l) put(`remedy.${l}`, e.remedy?.[l])
    e.variants?.forEach((v, i) => {
      if (e.translated?.description !== l) put(`variants.${i}.${l}`, v[l])
    })
  }
  return out
}

/** Every word of an imported entry, field by field (nothing in it is a translation). */
function importedFields(e: ImportedEntry): Map<string, string> {
  const out = new Map<string, string>()
  const put = (field: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.set(field, value)
  }
  put('name', e.publishedName ?? e.name)
  put('message', e.message)
  for (const l of ['en', 'zh'] as const) {
    put(`description.${l}`, e.description[l])
    put(`remedy.${l}`, e.remedy?.[l])
    e.variants?.forEach((v, i) => {
      put(`variants.${i}.${l}`, v[l])
    })
  }
  return out
}

function retryText(e: { retry: CatalogEntry['retry'] }): string {
  return JSON.stringify(e.retry)
}

interface Tally {
  expected: number
  found: number
  extra: number
  typeMismatch: number
  words: number
  wordsMissing: number
  wordsExtra: number
  sameField: number
  kind: number
  category: number
  categoryOf: number
  retryKind: number
  retryRule: number
  scope: number
  scopeOf: number
  clockSkew: number
  marked: number
}

const zero = (): Tally => ({
  expected: 0,
  found: 0,
  extra: 0,
  typeMismatch: 0,
  words: 0,
  wordsMissing: 0,
  wordsExtra: 0,
  sameField: 0,
  kind: 0,
  category: 0,
  categoryOf: 0,
  retryKind: 0,
  retryRule: 0,
  scope: 0,
  scopeOf: 0,
  clockSkew: 0,
  marked: 0,
})

const total = zero()
const confusion = new Map<Category, Map<Category, number>>()
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()

for (const file of files) {
  const vendor = vendorOf[file.slice(0, 3)]
  if (vendor === undefined) continue
  const catalog = catalogs[vendor] as Catalog
  const text = readFileSync(join(dir, file), 'utf8')
  const result = importTable(text, { vendor }, parsers)
  const t = zero()
  t.expected = catalog.entries.length
  const imported = new Map(result.entries.map((e) => [key(e.code), e]))
  const wordProblems: string[] = []
  const categoryMisses: string[] = []
  for (const want of catalog.entries) {
    const got = imported.get(key(want.code))
    if (got === undefined) continue
    t.found++
    if (typeof got.code !== typeof want.code) t.typeMismatch++
    const mine = vendorFields(want)
    const theirs = importedFields(got)
    const theirValues = new Set(theirs.values())
    const mineValues = new Set(mine.values())
    for (const [field, value] of mine) {
      t.words++
      if (!theirValues.has(value)) {
        t.wordsMissing++
        wordProblems.push(`${show(want.code)} ${field} ${JSON.stringify(value)} not found`)
      }
      if (theirs.get(field) === value) t.sameField++
    }
    for (const [field, value] of theirs) {
      if (!mineValues.has(value)) {
        t.wordsExtra++
        wordProblems.push(`${show(want.code)} ${field} ${JSON.stringify(value)} is not a vendor word of the catalog`)
      }
    }
    if (got.kind === want.kind) t.kind++
    t.categoryOf++
    if (got.category === want.category) t.category++
    else categoryMisses.push(`${show(want.code)} ${want.category}→${got.category}`)
    const row = confusion.get(want.category) ?? new Map<Category, number>()
    row.set(got.category, (row.get(got.category) ?? 0) + 1)
    confusion.set(want.category, row)
    if (got.retry.kind === want.retry.kind) t.retryKind++
    if (retryText(got) === retryText(want)) t.retryRule++
    if (want.scope !== undefined || got.scope !== undefined) {
      t.scopeOf++
      if (want.scope === got.scope) t.scope++
    }
    if ((got.clockSkew === true) === (want.clockSkew === true)) t.clockSkew++
    if (got.review?.mark === true) t.marked++
  }
  t.extra = result.entries.filter((e) => catalog.get(e.code) === undefined).length
  for (const k of Object.keys(t) as (keyof Tally)[]) total[k] += t[k]

  const shapes = Object.entries(result.counts.shapes)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ')
  console.log(`${vendor}  (${file}: ${result.counts.rows} rows read as ${shapes})`)
  console.log(
    `  codes found ${t.found}/${t.expected}, not in the catalog ${t.extra}, code-type mismatches ${t.typeMismatch}` +
      (result.counts.duplicates + result.counts.variants > 0
        ? `; listed twice: ${result.counts.duplicates} same words, ${result.counts.variants} other words (kept as variants)`
        : ''),
  )
  console.log(
    `  vendor words ${t.words}: missing or altered ${t.wordsMissing}, extra ${t.wordsExtra}; in the catalog's own field ${frac(t.sameField, t.words)}`,
  )
  console.log(
    `  suggested = reviewed: kind ${frac(t.kind, t.found)}, category ${frac(t.category, t.categoryOf)}, retry kind ${frac(t.retryKind, t.found)}, retry rule ${frac(t.retryRule, t.found)}, scope ${frac(t.scope, t.scopeOf)}, clock skew ${frac(t.clockSkew, t.found)}`,
  )
  console.log(`  marked for review ${t.marked}/${t.found}`)
  if (categoryMisses.length > 0) console.log(`  categories that differ: ${categoryMisses.join(', ')}`)
  for (const p of wordProblems.slice(0, 10)) console.log(`  word: ${p}`)
}

console.log('')
console.log('all five')
console.log(
  `  codes found ${total.found}/${total.expected}, not in the catalogs ${total.extra}, code-type mismatches ${total.typeMismatch}`,
)
console.log(
  `  vendor words ${total.words}: missing or altered ${total.wordsMissing}, extra ${total.wordsExtra}; in the catalog's own field ${frac(total.sameField, total.words)}`,
)
console.log(
  `  suggested = reviewed: kind ${frac(total.kind, total.found)}, category ${frac(total.category, total.categoryOf)}, retry kind ${frac(total.retryKind, total.found)}, retry rule ${frac(total.retryRule, total.found)}, scope ${frac(total.scope, total.scopeOf)}, clock skew ${frac(total.clockSkew, total.found)}`,
)
console.log(`  marked for review ${total.marked}/${total.found}`)

// Every category in the documentation's order; those no entry has are left out below.
const order: readonly Category[] = categories
const used = order.filter((c) => confusion.has(c) || [...confusion.values()].some((row) => (row.get(c) ?? 0) > 0))
const abbrev: Readonly<Record<string, string>> = {
  invalid_request: 'invalid',
  authentication: 'auth',
  permission: 'perm',
  not_found: 'notfound',
  conflict: 'conflict',
  rate_limit: 'rate',
  quota: 'quota',
  billing: 'billing',
  unavailable: 'unavail',
  internal: 'internal',
  unknown: 'unknown',
}
console.log('')
console.log('categories: reviewed (rows) × suggested (columns)')
const width = 9
console.log(
  `  ${'reviewed'.padEnd(16)}${used.map((c) => (abbrev[c] ?? c).padStart(width)).join('')}${'total'.padStart(width)}${'same'.padStart(width)}`,
)
for (const want of used) {
  const row = confusion.get(want)
  if (row === undefined) continue
  const sum = [...row.values()].reduce((a, b) => a + b, 0)
  console.log(
    `  ${want.padEnd(16)}${used.map((c) => String(row.get(c) ?? '·').padStart(width)).join('')}${String(sum).padStart(width)}${pct(row.get(want) ?? 0, sum).padStart(width)}`,
  )
}
