// Reader of JSON: the output of `errcode export` or `errcode import --json`, or a list of entries.
import { never } from '../../catalog/retry-rules.js'
import { isCategory, isRetryRule } from '../../catalog/vocabulary.js'
import type { Locale, LocalizedText } from '../../types.js'
import { codeKeyOf, type Mutable, sameText, tally } from './assemble.js'
import { validTimeZone } from './input.js'
import { noCodes } from './read.js'
import { ruleName, suggest } from './suggest.js'
import { langOf } from './text.js'
import {
  type EntryWords,
  ImportError,
  type ImportedEntry,
  type ImportOptions,
  type ImportResult,
  type Kind,
  type Review,
  type Suggestion,
} from './types.js'

const kinds: readonly Kind[] = ['success', 'result', 'error']

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function localized(v: unknown): LocalizedText | undefined {
  if (typeof v === 'string') return v === '' ? undefined : { [langOf(v)]: v }
  if (!isRecord(v)) return undefined
  const out: { en?: string; zh?: string } = {}
  if (typeof v.en === 'string' && v.en !== '') out.en = v.en
  if (typeof v.zh === 'string' && v.zh !== '') out.zh = v.zh
  return out.en === undefined && out.zh === undefined ? undefined : out
}

export function importJson(text: string, options: ImportOptions, vendor: string): ImportResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ImportError('bad-json', `the input looks like JSON but does not parse: ${(error as Error).message}`)
  }
  let catalog: Record<string, unknown> | undefined
  let list: unknown
  if (Array.isArray(value)) list = value
  else if (isRecord(value) && Array.isArray(value.entries)) catalog = value
  else if (isRecord(value)) {
    const inside = Object.entries(value).filter(([, v]) => isRecord(v) && Array.isArray(v.entries))
    if (inside.length === 0)
      throw new ImportError(
        'bad-json',
        'the JSON holds no entries: give the output of errcode export or errcode import --json',
      )
    const pick = inside.find(([k, v]) => k === vendor || (v as Record<string, unknown>).vendor === vendor)
    if (pick === undefined)
      throw new ImportError(
        'bad-option',
        `the JSON has no catalog "${vendor}"; it has: ${inside.map(([k]) => k).join(', ')}`,
      )
    catalog = pick[1] as Record<string, unknown>
  } else throw new ImportError('bad-json', 'the JSON is neither a catalog nor a list of entries')
  if (catalog !== undefined) list = catalog.entries
  const items = list as unknown[]
  if (items.length === 0) throw noCodes()

  const seen = new Map<string, Mutable<ImportedEntry>>()
  const entries: Mutable<ImportedEntry>[] = []
  let duplicates = 0
  let variantCount = 0
  items.forEach((item, i) => {
    if (!isRecord(item)) throw new ImportError('bad-json', `entry ${i + 1} is not an object`)
    const code = item.code
    if (!((typeof code === 'string' && code !== '') || (typeof code === 'number' && Number.isFinite(code))))
      throw new ImportError('bad-json', `entry ${i + 1} has no code (a string or a number)`)
    const description = localized(item.description) ?? {}
    const words: Mutable<EntryWords> = { code, description }
    if (typeof item.name === 'string') words.name = item.name
    if (typeof item.publishedName === 'string') words.publishedName = item.publishedName
    if (typeof item.message === 'string') words.message = item.message
    const remedy = localized(item.remedy)
    if (remedy !== undefined) words.remedy = remedy
    if (Array.isArray(item.variants)) {
      const variants = item.variants.map(localized).filter((v): v is LocalizedText => v !== undefined)
      if (variants.length > 0) words.variants = variants
    }
    const key = codeKeyOf(code)
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      if (sameText(earlier.description, description)) duplicates++
      else {
        variantCount++
        earlier.variants = [...(earlier.variants ?? []), description]
        const r = earlier.review ?? { mark: false, rules: [], reasons: [] }
        earlier.review = {
          ...r,
          mark: true,
          reasons: [
            ...r.reasons,
            `listed twice (entries ${i + 1} and an earlier one): the other text is kept in variants`,
          ],
        }
      }
      return
    }
    const reasons: string[] = []
    const given = {
      kind: kinds.includes(item.kind as Kind) ? (item.kind as Kind) : undefined,
      category: isCategory(item.category) ? item.category : undefined,
      retry: isRetryRule(item.retry) ? item.retry : undefined,
    }
    let s: Suggestion | undefined
    if (
      given.category === undefined ||
      given.retry === undefined ||
      (item.kind !== undefined && given.kind === undefined)
    ) {
      s = suggest(words, {})
      if (item.category !== undefined && given.category === undefined)
        reasons.push(`category ${JSON.stringify(item.category)} is not a category: suggested ${s.category}`)
      if (item.retry !== undefined && given.retry === undefined)
        reasons.push(`the retry rule is not valid: suggested ${ruleName(s.retry)}`)
      if (item.category === undefined || item.retry === undefined)
        reasons.push('category or retry rule missing in the JSON: suggested')
    }
    const entry: Mutable<ImportedEntry> = {
      code,
      kind: given.kind ?? s?.kind ?? 'error',
      description,
      category: given.category ?? s?.category ?? 'invalid_request',
      retry: given.retry ?? s?.retry ?? never,
    }
    if (words.name !== undefined) entry.name = words.name
    if (words.publishedName !== undefined) entry.publishedName = words.publishedName
    if (words.message !== undefined) entry.message = words.message
    if (words.remedy !== undefined) entry.remedy = words.remedy
    if (words.variants !== undefined) entry.variants = words.variants
    if (isRecord(item.translated)) {
      const t: { description?: Locale; remedy?: Locale } = {}
      if (item.translated.description === 'en' || item.translated.description === 'zh')
        t.description = item.translated.description
      if (item.translated.remedy === 'en' || item.translated.remedy === 'zh') t.remedy = item.translated.remedy
      if (t.description !== undefined || t.remedy !== undefined) entry.translated = t
    }
    const scope = item.scope ?? (given.category === undefined ? s?.scope : undefined)
    if (scope === 'account' || scope === 'recipient' || scope === 'request') entry.scope = scope
    if (
      item.clockSkew === true ||
      (item.clockSkew === undefined && given.category === undefined && s?.clockSkew === true)
    )
      entry.clockSkew = true
    const prior = isRecord(item.review) ? item.review : undefined
    if (prior !== undefined || reasons.length > 0 || s !== undefined) {
      const priorReasons = Array.isArray(prior?.reasons)
        ? prior.reasons.filter((r): r is string => typeof r === 'string')
        : []
      const priorRules = Array.isArray(prior?.rules)
        ? prior.rules.filter((r): r is string => typeof r === 'string')
        : []
      const allReasons = [...priorReasons, ...reasons, ...(s?.review ?? [])]
      const review: Mutable<Review> = {
        mark: prior?.mark === true || allReasons.length > 0,
        rules: [...priorRules, ...(s?.rules ?? [])],
        reasons: allReasons,
      }
      if (Array.isArray(prior?.missing))
        review.missing = prior.missing.filter((l): l is Locale => l === 'en' || l === 'zh')
      entry.review = review
    }
    seen.set(key, entry)
    entries.push(entry)
  })

  const { byKind, byCategory } = tally(entries)
  const timeZoneGiven = typeof catalog?.timeZone === 'string' ? catalog.timeZone : undefined
  const timeZone = validTimeZone(options.timeZone ?? timeZoneGiven ?? 'Asia/Shanghai')
  const notes: string[] = ['read as JSON: categories and retry rules are kept as given']
  if (options.timeZone === undefined && timeZoneGiven === undefined) notes.push('time zone Asia/Shanghai assumed')
  const source = options.source ?? (typeof catalog?.source === 'string' ? catalog.source : undefined)
  const result: Mutable<ImportResult> = {
    vendor,
    title: options.title ?? (typeof catalog?.title === 'string' ? catalog.title : `${vendor} error codes`),
    timeZone,
    entries,
    counts: {
      rows: items.length,
      codes: entries.length,
      duplicates,
      variants: variantCount,
      marked: entries.filter((e) => e.review?.mark === true).length,
      skippedLines: 0,
      byKind,
      byCategory,
      shapes: { json: items.length },
    },
    notes,
  }
  if (source !== undefined) result.source = source
  return result
}
