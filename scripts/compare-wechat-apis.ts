// Compares the per-API rows of catalogs/wechat.ts with the rows of WeChat's per-API pages they come from:
//   npx tsx scripts/compare-wechat-apis.ts [source file]   (default scripts/sources/wechat-apis.md)
// Each text of a row must be among the entry's vendor words, as in compare-catalog.ts. A third level is counted
// apart: equal once punctuation and spaces are dropped, for the `errmsg` the pages print without its comma
// ("invalid length for scene  or thedata is not json string") where the entry keeps the text the API sends.
// Prints `N rows, M mismatches`; the exit status is 1 when a row's code is not in the catalog.
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { wechatCatalog } from '../catalogs/wechat.js'
import { fold, parse, vendorWords } from './compare-catalog.js'

export const defaultSource = fileURLToPath(new URL('./sources/wechat-apis.md', import.meta.url))

/** Letters and digits only: what is left of a text once punctuation and spaces are dropped. */
const bare = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase()

export interface Mismatch {
  readonly section: string
  readonly line: number
  readonly code: string
  readonly text: string
  readonly words: readonly string[]
}

export interface Comparison {
  readonly rows: number
  readonly verbatim: number
  /** Equal after NFKC folding and collapsed spaces. */
  readonly normalised: number
  /** Equal only once punctuation and spaces are dropped. */
  readonly bare: number
  readonly mismatches: readonly Mismatch[]
  /** Row codes with no catalog entry. */
  readonly missing: readonly string[]
  /** Every code a row gives. */
  readonly codes: ReadonlySet<string>
}

export function compareWechatApis(text: string = readFileSync(defaultSource, 'utf8')): Comparison {
  let rows = 0
  let verbatim = 0
  let normalised = 0
  let bareCount = 0
  const mismatches: Mismatch[] = []
  const missing: string[] = []
  const codes = new Set<string>()
  for (const section of parse(text)) {
    for (const row of section.rows) {
      rows++
      codes.add(row.code)
      const entry = wechatCatalog.get(row.code)
      if (entry === undefined) {
        missing.push(row.code)
        continue
      }
      const words = vendorWords(entry)
      let level = 0 // 0 verbatim, 1 normalised, 2 bare, 3 mismatch
      for (const cell of row.texts) {
        if (words.includes(cell)) continue
        if (words.some((w) => fold(w) === fold(cell))) level = Math.max(level, 1)
        else if (words.some((w) => bare(w) === bare(cell))) level = Math.max(level, 2)
        else {
          level = 3
          mismatches.push({ section: section.name, line: row.line, code: row.code, text: cell, words })
        }
      }
      if (level === 0) verbatim++
      else if (level === 1) normalised++
      else if (level === 2) bareCount++
    }
  }
  return { rows, verbatim, normalised, bare: bareCount, mismatches, missing, codes }
}

function main(): number {
  const file = process.argv[2] ?? defaultSource
  const result = compareWechatApis(readFileSync(file, 'utf8'))
  const rowsWithMismatch = new Set(result.mismatches.map((m) => m.line)).size
  console.log(
    `rows ${result.rows} (${result.codes.size} codes); verbatim ${result.verbatim}; equal after NFKC/spaces ` +
      `${result.normalised}; equal without punctuation and spaces ${result.bare}; mismatched ${rowsWithMismatch}`,
  )
  for (const m of result.mismatches) {
    console.log(
      `  line ${m.line} ${m.code} (${m.section}): source "${m.text}"\n      catalog ${JSON.stringify(m.words)}`,
    )
  }
  if (result.missing.length > 0) console.log(`codes not in the catalog: ${result.missing.join(', ')}`)
  console.log(`${result.rows} rows, ${rowsWithMismatch} mismatches`)
  return result.missing.length > 0 ? 1 : 0
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main()
}
