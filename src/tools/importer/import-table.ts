// importTable: checks the input once, detects its format once, reads it, and assembles entries with suggestions.
import type { LocalizedText } from '../../types.js'
import { assemble, codeKeyOf, type Mutable, sameText, tally } from './assemble.js'
import { detectFormat } from './detect.js'
import { assertReadable, validTimeZone, validVendor } from './input.js'
import type { Parsers } from './parsers.js'
import { noCodes, parseDocument } from './read.js'
import { importJson } from './read-json.js'
import { suggest } from './suggest.js'
import { clip } from './text.js'
import {
  type EntryWords,
  ImportError,
  type ImportedEntry,
  type ImportOptions,
  type ImportResult,
  type Review,
  type Shape,
  type SuggestContext,
} from './types.js'

/**
 * Imports a code table (any shape `parseTable` reads, or the JSON of `errcode export` and of
 * `errcode import --json`) into entries with suggestions and review notes. A code listed twice with the same
 * words is one entry; with other words, the other text is kept in `variants` and the entry is marked. HTML
 * needs `parsers.html` and CSV/TSV `parsers.csv` (`loadParsers`); an input that needs a missing one is
 * refused with an {@link ImportError} naming the package.
 */
export function importTable(text: string, options: ImportOptions, parsers: Parsers = {}): ImportResult {
  const vendor = validVendor(options.vendor)
  if (options.timeZone !== undefined) validTimeZone(options.timeZone)
  if (options.codes !== undefined && !['auto', 'string', 'number'].includes(options.codes))
    throw new ImportError('bad-option', `codes must be auto, string or number, not ${JSON.stringify(options.codes)}`)
  const body = assertReadable(text)
  const format = detectFormat(body)
  if (format.kind === 'json') return importJson(format.text, options, vendor)
  const parsed = parseDocument(body, format, parsers, options.codes ?? 'auto')
  if (parsed.rows.length === 0) throw noCodes()

  const smsRows = parsed.rows.filter((r) => r.cells.some((c) => /短信|\bsms\b/i.test(c.text))).length
  const context: SuggestContext = { sms: vendor.includes('sms') || smsRows >= parsed.rows.length * 0.1 }
  const notes = [...parsed.notes]
  if (context.sms)
    notes.push('the table is about SMS: a bare 签名 is read as the SMS signature, not a request signature')

  interface Draft {
    words: EntryWords
    variants: LocalizedText[]
    notes: string[]
    marks: string[]
    lines: number[]
  }
  const drafts = new Map<string, Draft>()
  const shapes: Partial<Record<Shape, number>> = {}
  let duplicates = 0
  let variantCount = 0
  for (const row of parsed.rows) {
    shapes[row.shape] = (shapes[row.shape] ?? 0) + 1
    const { words, notes: placeNotes } = assemble(row)
    const key = codeKeyOf(row.code)
    const seen = drafts.get(key)
    if (seen === undefined) {
      drafts.set(key, {
        words,
        variants: [],
        notes: [...row.notes, ...placeNotes],
        marks: row.unsure === true ? ['the table was unclear here: check the columns'] : [],
        lines: [row.line],
      })
      continue
    }
    seen.lines.push(row.line)
    const same =
      sameText(seen.words.description, words.description) &&
      sameText(seen.words.remedy, words.remedy) &&
      (seen.words.message ?? '') === (words.message ?? '') &&
      (seen.words.publishedName ?? seen.words.name ?? '') === (words.publishedName ?? words.name ?? '')
    if (same) {
      duplicates++
      seen.notes.push(`listed again on line ${row.line} with the same words`)
      continue
    }
    variantCount++
    if (
      !sameText(seen.words.description, words.description) &&
      !seen.variants.some((v) => sameText(v, words.description))
    ) {
      seen.variants.push(words.description ?? {})
    }
    if (!sameText(seen.words.remedy, words.remedy) && words.remedy !== undefined) {
      seen.marks.push(
        `listed again on line ${row.line} with another remedy: "${clip(words.remedy.en ?? words.remedy.zh ?? '')}"`,
      )
    }
    seen.marks.push(
      `listed twice with different words (lines ${seen.lines.join(', ')}): the other text is kept in variants; which one is current?`,
    )
  }

  const entries: ImportedEntry[] = []
  for (const draft of drafts.values()) {
    const words: EntryWords = draft.variants.length > 0 ? { ...draft.words, variants: draft.variants } : draft.words
    const s = suggest(words, context)
    const missing = (['en', 'zh'] as const).filter((l) => words.description?.[l] === undefined)
    const reasons = [...(s.review ?? []), ...draft.marks]
    const entry: Mutable<ImportedEntry> = {
      code: words.code,
      kind: s.kind,
      description: words.description ?? {},
      category: s.category,
      retry: s.retry,
    }
    if (words.name !== undefined) entry.name = words.name
    if (words.publishedName !== undefined) entry.publishedName = words.publishedName
    if (words.message !== undefined) entry.message = words.message
    if (words.remedy !== undefined) entry.remedy = words.remedy
    if (words.variants !== undefined) entry.variants = words.variants
    if (s.scope !== undefined) entry.scope = s.scope
    if (s.clockSkew === true) entry.clockSkew = true
    if (missing.length === 2) reasons.push('no description in either language')
    const review: Mutable<Review> = { mark: reasons.length > 0, rules: [...s.rules, ...draft.notes], reasons }
    if (missing.length > 0) review.missing = missing
    entry.review = review
    entries.push(entry)
  }

  const { byKind, byCategory } = tally(entries)
  const anyHan = entries.some((e) => e.description.zh !== undefined)
  const timeZone = options.timeZone ?? (anyHan ? 'Asia/Shanghai' : 'UTC')
  if (options.timeZone === undefined)
    notes.push(
      `time zone ${timeZone} assumed (${anyHan ? 'the table is in Chinese' : 'no Chinese in the table'}): windows reset on its clock`,
    )
  const source = options.source ?? parsed.urls[0]
  if (source === undefined) notes.push('no source URL: give the address of the published table')
  const result: Mutable<ImportResult> = {
    vendor,
    title: options.title ?? parsed.title ?? `${vendor} error codes`,
    timeZone,
    entries,
    counts: {
      rows: parsed.rows.length,
      codes: entries.length,
      duplicates,
      variants: variantCount,
      marked: entries.filter((e) => e.review?.mark === true).length,
      skippedLines: parsed.skipped,
      byKind,
      byCategory,
      shapes,
    },
    notes,
  }
  if (source !== undefined) result.source = source
  return result
}
