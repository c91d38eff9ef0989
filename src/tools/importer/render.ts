// Renderers: an import as JSON, or as a catalog module in the house style for a person to review.
import type { Code, LocalizedText, RetryRule, Translated } from '../../types.js'
import { ruleName } from './suggest.js'
import type { ImportCounts, ImportedEntry, ImportResult } from './types.js'

/** The JSON `errcode import --json` prints. */
interface ImportJson {
  vendor: string
  title: string
  source?: string
  timeZone: string
  entries: readonly ImportedEntry[]
  counts: ImportCounts
  notes: readonly string[]
}

/** The JSON `errcode import --json` prints: `{ vendor, title, source, timeZone, entries, counts, notes }`. */
export function toJson(result: ImportResult): ImportJson {
  const out: ImportJson = {
    vendor: result.vendor,
    title: result.title,
    timeZone: result.timeZone,
    entries: result.entries,
    counts: result.counts,
    notes: result.notes,
  }
  if (result.source !== undefined) out.source = result.source
  return out
}

interface RenderOptions {
  /** The URL of the published table (else the result's). */
  readonly source?: string
  /**
   * Where `defineCatalog` and the retry rules come from: `'errcode-js'` (default, for a project that installed
   * the package) or `'repo'` (`../src/catalog/define-catalog.js` and `../src/catalog/retry-rules.js`, for a file in errcode's catalogs/).
   */
  readonly importFrom?: 'errcode-js' | 'repo' | (string & {})
}

/** A TypeScript string literal: single quotes unless the text has one and no double quote. */
function literal(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (ch === '\\') out += '\\\\'
    else if (ch === quote) out += `\\${quote}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff))
      out += `\\u${c.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return out + quote
}

function localizedLiteral(text: LocalizedText): string {
  const parts: string[] = []
  if (text.en !== undefined) parts.push(`en: ${literal(text.en)}`)
  if (text.zh !== undefined) parts.push(`zh: ${literal(text.zh)}`)
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`
}

function codeLiteral(code: Code): string {
  return typeof code === 'number' ? String(code) : literal(code)
}

function exportName(vendor: string): string {
  const camel = vendor.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
  return `${/^[0-9]/.test(camel) ? `v${camel}` : camel}Catalog`
}

function commentSafe(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/[\r\n]+/g, ' ')
}

function retryImports(rule: RetryRule): string[] {
  const name = ruleName(rule)
  if (name.startsWith('afterWindow')) return ['afterWindow']
  if (name.startsWith('afterDelay')) return ['afterDelay']
  return ['never', 'backoff', 'refresh', 'throttled'].includes(name) ? [name] : []
}

function translatedLiteral(t: Translated): string {
  const parts: string[] = []
  if (t.description !== undefined) parts.push(`description: '${t.description}'`)
  if (t.remedy !== undefined) parts.push(`remedy: '${t.remedy}'`)
  return `{ ${parts.join(', ')} }`
}

/**
 * The import as a catalog module in the house style: `defineCatalog`, the source URL, a header saying what
 * was generated and what a person must review, each entry's rules in a comment above it, and `REVIEW`
 * comments where a person must decide (`errcode check` reports them until they are gone).
 */
export function renderModule(result: ImportResult, options: RenderOptions = {}): string {
  const source = options.source ?? result.source
  const from = options.importFrom ?? 'errcode-js'
  const names = new Set<string>(['defineCatalog'])
  for (const e of result.entries) for (const n of retryImports(e.retry)) names.add(n)
  const retryNames = [...names].filter((n) => n !== 'defineCatalog').sort()
  const imports =
    from === 'repo'
      ? [
          "import { defineCatalog } from '../src/catalog/define-catalog.js'",
          ...(retryNames.length > 0
            ? [`import { ${retryNames.join(', ')} } from '../src/catalog/retry-rules.js'`]
            : []),
        ]
      : [`import { ${[...names].sort().join(', ')} } from ${literal(from)}`]

  // A catalog-wide `translated` only when every entry has one: an entry without it would inherit it.
  let shared: Translated | undefined
  const withTranslated = result.entries.filter((e) => e.translated !== undefined)
  if (withTranslated.length === result.entries.length && withTranslated.length > 0) {
    const counts = new Map<string, { t: Translated; n: number }>()
    for (const e of withTranslated) {
      const key = JSON.stringify(e.translated)
      const c = counts.get(key)
      if (c === undefined) counts.set(key, { t: e.translated as Translated, n: 1 })
      else c.n++
    }
    shared = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.t
  }

  const marked = result.entries.filter((e) => e.review?.mark === true).length
  const fromJson = result.counts.shapes.json !== undefined
  const shapes = Object.entries(result.counts.shapes)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ')
  const missing = result.entries.filter((e) => (e.review?.missing?.length ?? 0) > 0).length
  const header = [
    '/**',
    ` * ${commentSafe(result.title)}: generated by \`errcode import\` from ${source === undefined ? 'a pasted table (no source URL given)' : commentSafe(source)}.`,
    ` * ${result.entries.length} codes from ${result.counts.rows} rows (read as ${shapes})${result.counts.duplicates > 0 ? `; ${result.counts.duplicates} rows repeat a code with the same words` : ''}${result.counts.variants > 0 ? `; ${result.counts.variants} repeat a code with other words, kept in \`variants\`` : ''}.`,
    ' *',
    fromJson
      ? ' * Generated from JSON: kinds, categories, retry rules and scopes are kept as the JSON gives them.'
      : ' * Generated: every code in its JSON type and the vendor\u2019s words verbatim, column by column (constant name,\n * message, description, remedy). Nothing is translated: where the table gives one language the other is\n * empty; add a translation and list the field in `translated`.',
    ...(fromJson
      ? []
      : [
          ' *',
          ' * Suggested, for a person to review: every kind, category, retry rule, scope and clock-skew flag comes from',
          ' * word rules, named in the comment above each entry.',
        ]),
    ...result.notes.map((n) => ` * - ${commentSafe(n)}`),
    ' *',
    ` * To review: ${marked} entries marked REVIEW (no rule fired, rules disagree, a scope was assumed, or the table`,
    ` * was unclear)${missing > 0 ? `; ${missing} entries lack a language` : ''}. Decide them, delete the REVIEW comments,`,
    ' * and run `errcode check` on this file until it reports nothing.',
    ' */',
  ]

  const lines: string[] = [...imports, '', ...header, `export const ${exportName(result.vendor)} = defineCatalog({`]
  lines.push(`  vendor: ${literal(result.vendor)},`)
  lines.push(`  title: ${literal(result.title)},`)
  lines.push(`  source: ${literal(source ?? 'TODO: the URL of the published table')},`)
  lines.push(`  timeZone: ${literal(result.timeZone)},`)
  if (shared !== undefined) lines.push(`  translated: ${translatedLiteral(shared)},`)
  lines.push('  entries: [')
  for (const e of result.entries) {
    const code = typeof e.code === 'string' ? JSON.stringify(e.code) : String(e.code)
    if (e.review !== undefined && e.review.rules.length > 0)
      lines.push(`    // ${code}: ${commentSafe(e.review.rules.join('; '))}`)
    if (e.review?.mark === true) lines.push(`    // REVIEW ${code}: ${commentSafe(e.review.reasons.join('; '))}`)
    lines.push('    {')
    lines.push(`      code: ${codeLiteral(e.code)},`)
    if (e.kind !== 'error') lines.push(`      kind: '${e.kind}',`)
    if (e.clockSkew === true) lines.push('      clockSkew: true,')
    if (e.name !== undefined) lines.push(`      name: ${literal(e.name)},`)
    if (e.publishedName !== undefined) lines.push(`      publishedName: ${literal(e.publishedName)},`)
    if (e.message !== undefined) lines.push(`      message: ${literal(e.message)},`)
    lines.push(`      category: '${e.category}',`)
    lines.push(`      retry: ${ruleName(e.retry)},`)
    if (e.scope !== undefined) lines.push(`      scope: '${e.scope}',`)
    if (e.translated !== undefined && (shared === undefined || JSON.stringify(e.translated) !== JSON.stringify(shared)))
      lines.push(`      translated: ${translatedLiteral(e.translated)},`)
    for (const l of e.review?.missing ?? [])
      lines.push(
        `      // description.${l}: not in the vendor's table (add a translation and mark it in \`translated\`)`,
      )
    lines.push(`      description: ${localizedLiteral(e.description)},`)
    if (e.variants !== undefined && e.variants.length > 0)
      lines.push(`      variants: [${e.variants.map(localizedLiteral).join(', ')}],`)
    if (e.remedy !== undefined) lines.push(`      remedy: ${localizedLiteral(e.remedy)},`)
    lines.push('    },')
  }
  lines.push('  ],', '})', '')
  return lines.join('\n')
}
