// Compares a catalog with the vendor's source text, row by row:
//   npx tsx scripts/compare-catalog.ts <vendor id> <source file>
// The source file holds rows as tab-separated lines (`code<TAB>text<TAB>text…`) or Markdown table rows
// (`| code | text | … |`); `@section <name>` starts a section (`@section <name> parent=FAIL`: its codes are
// sub-codes under that top-level code, WeChat Pay APIv2's `err_code` under `FAIL`), `#` starts a note. Each row's texts must appear
// among the entry's vendor words (message, the untranslated description and remedy fields, their variants, the readings chosen by message).
// A text equal only after Unicode NFKC folding and collapsed spaces counts as "normalised", not as verbatim.
// The exit status is 1 when a catalog code appears in no section: every code must come from the source.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Catalog, CatalogEntry, Locale, LocalizedText } from '../src/types.js'

export interface Row {
  readonly line: number
  readonly code: string
  readonly texts: readonly string[]
}

export interface Section {
  readonly name: string
  /** The top-level code this section's codes come under, where they are sub-codes. */
  readonly parent?: string
  readonly rows: Row[]
}

export function parse(text: string): Section[] {
  const sections: Section[] = []
  let current: Section | undefined
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd()
    if (line.startsWith('@section')) {
      const header = line.slice('@section'.length).trim()
      const parent = /(?:^|\s)parent=(\S+)/.exec(header)?.[1]
      const name = header.replace(/(?:^|\s)parent=\S+/, '').trim() || `line ${i + 1}`
      current = parent === undefined ? { name, rows: [] } : { name, parent, rows: [] }
      sections.push(current)
      return
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const cells = line.trimStart().startsWith('|')
      ? line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim())
      : line.split('\t')
    const [code, ...texts] = cells
    if (code === undefined || code === '' || /^[-:\s]+$/.test(code)) return
    if (current === undefined) {
      current = { name: '(no section)', rows: [] }
      sections.push(current)
    }
    current.rows.push({ line: i + 1, code, texts: texts.filter((t) => t !== '') })
  })
  return sections
}

export const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim()

/** The entry's texts in the vendor's own words: translations are left out. */
export function vendorWords(entry: CatalogEntry): string[] {
  const words: string[] = []
  if (entry.message !== undefined) words.push(entry.message)
  const own = (text: LocalizedText | undefined, translated: Locale | undefined) => {
    if (text === undefined) return
    for (const locale of ['en', 'zh'] as const) {
      const value = text[locale]
      if (value !== undefined && locale !== translated) words.push(value)
    }
  }
  own(entry.description, entry.translated?.description)
  own(entry.remedy, entry.translated?.remedy)
  for (const variant of entry.variants ?? []) own(variant, entry.translated?.description)
  // The readings a message chooses carry the vendor's words of that reading (Feishu 40003's other row).
  for (const reading of entry.byMessage ?? []) own(reading.description, entry.translated?.description)
  return words
}

async function loadCatalog(vendor: string): Promise<Catalog> {
  const dir = fileURLToPath(new URL('../catalogs/', import.meta.url))
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  const ordered = [...files.filter((f) => f === `${vendor}.ts`), ...files.filter((f) => f !== `${vendor}.ts`)]
  for (const file of ordered) {
    const mod: Record<string, unknown> = await import(
      new URL(`../catalogs/${file.replace(/\.ts$/, '.js')}`, import.meta.url).href
    )
    for (const value of Object.values(mod)) {
      const catalog = value as Partial<Catalog>
      if (catalog?.vendor === vendor && Array.isArray(catalog.entries)) return catalog as Catalog
    }
  }
  throw new Error(`no catalog with vendor id "${vendor}" in catalogs/`)
}

async function main(): Promise<number> {
  const [vendor, file] = process.argv.slice(2)
  if (vendor === undefined || file === undefined) {
    console.error('usage: tsx scripts/compare-catalog.ts <vendor id> <source file>')
    return 2
  }
  const catalog = await loadCatalog(vendor)
  const sections = parse(readFileSync(file, 'utf8'))
  const sourced = new Set<CatalogEntry>()
  let totalRows = 0
  let totalMismatched = 0

  for (const section of sections) {
    let verbatim = 0
    let normalised = 0
    const mismatches: string[] = []
    const missing: string[] = []
    const seen = new Set<CatalogEntry>()
    for (const row of section.rows) {
      const entry =
        section.parent === undefined
          ? (catalog.get(row.code) ?? catalog.get(Number(row.code)))
          : catalog.get(row.code, section.parent)
      const wrongParent = section.parent !== undefined && String(entry?.parent) !== section.parent
      if (entry === undefined || wrongParent || (typeof entry.code === 'string' && entry.code !== row.code)) {
        missing.push(row.code)
        continue
      }
      seen.add(entry)
      sourced.add(entry)
      const words = vendorWords(entry)
      const folded = words.map(fold)
      let rowState: 'verbatim' | 'normalised' | 'mismatch' = 'verbatim'
      for (const text of row.texts) {
        if (words.includes(text)) continue
        if (folded.includes(fold(text))) {
          if (rowState === 'verbatim') rowState = 'normalised'
          continue
        }
        rowState = 'mismatch'
        mismatches.push(`  line ${row.line} ${row.code}: source "${text}"\n      catalog ${JSON.stringify(words)}`)
      }
      if (rowState === 'verbatim') verbatim++
      else if (rowState === 'normalised') normalised++
    }
    const notInSection = catalog.entries.filter((e) => !seen.has(e)).length
    totalRows += section.rows.length
    totalMismatched += section.rows.length - missing.length - verbatim - normalised
    console.log(`\n== ${section.name}`)
    console.log(
      `rows ${section.rows.length}; codes in both ${section.rows.length - missing.length}; verbatim ${verbatim}; ` +
        `equal after NFKC/spaces ${normalised}; mismatched rows ${section.rows.length - missing.length - verbatim - normalised}`,
    )
    console.log(`source codes not in the catalog ${missing.length}${missing.length ? `: ${missing.join(', ')}` : ''}`)
    console.log(`catalog codes not in this section ${notInSection}`)
    if (mismatches.length > 0) console.log(`mismatches:\n${mismatches.join('\n')}`)
  }

  const unsourced = catalog.entries.filter((e) => !sourced.has(e)).map((e) => String(e.code))
  console.log(
    `\n== total: ${totalRows} rows, ${totalMismatched} mismatches; ` +
      `${catalog.entries.length} catalog codes, ${unsourced.length} in no section of the source`,
  )
  if (unsourced.length > 0) console.log(`unsourced: ${unsourced.join(', ')}`)
  return unsourced.length > 0 ? 1 : 0
}

// Run as a script, not when another script imports the parser.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main()
}
