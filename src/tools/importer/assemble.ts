// Assembly: a parsed row's cells placed into an entry's fields, and counts over entries.
import type { Category, Code, LocalizedText } from '../../types.js'
import { clip, langOf } from './text.js'
import type { EntryWords, ImportedEntry, Kind, ParsedCell, ParsedRow } from './types.js'

interface Assembled {
  words: EntryWords
  notes: string[]
}

/** Places a row's cells into an entry's fields; the message also fills the description of its language when that is empty. */
export function assemble(row: ParsedRow): Assembled {
  const notes: string[] = []
  let name: string | undefined
  let publishedName: string | undefined
  let message: string | undefined
  const description: { en?: string; zh?: string } = {}
  const remedy: { en?: string; zh?: string } = {}
  const put = (target: { en?: string; zh?: string }, cell: ParsedCell): boolean => {
    const lang = cell.lang ?? 'en'
    if (target[lang] === undefined) {
      target[lang] = cell.text
      return true
    }
    const other = cell.columnLang
    if (other !== undefined && other !== lang && target[other] === undefined) {
      target[other] = cell.text
      notes.push(`"${clip(cell.text)}" is taken as ${other}, the language of its column`)
      return true
    }
    return false
  }
  for (const cell of row.cells) {
    if (cell.role === 'name') {
      if (name !== undefined) continue
      const clean = cell.text.replace(/\s+/g, '')
      name = clean
      if (clean !== cell.text) publishedName = cell.text
    } else if (cell.role === 'message') {
      if (message === undefined) message = cell.text
      else if (!put(description, cell)) notes.push(`an extra message was left out: "${clip(cell.text)}"`)
    } else if (cell.role === 'description') {
      if (!put(description, cell) && !put(remedy, cell)) notes.push(`an extra text was left out: "${clip(cell.text)}"`)
    } else if (!put(remedy, cell)) notes.push(`an extra remedy was left out: "${clip(cell.text)}"`)
  }
  if (message !== undefined) {
    const lang = langOf(message)
    if (description[lang] === undefined) description[lang] = message
  }
  const words: { -readonly [K in keyof EntryWords]: EntryWords[K] } = { code: row.code, description }
  if (name !== undefined) words.name = name
  if (publishedName !== undefined) words.publishedName = publishedName
  if (message !== undefined) words.message = message
  if (remedy.en !== undefined || remedy.zh !== undefined) words.remedy = remedy
  return { words, notes }
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export function sameText(a: LocalizedText | undefined, b: LocalizedText | undefined): boolean {
  return (a?.en ?? '') === (b?.en ?? '') && (a?.zh ?? '') === (b?.zh ?? '')
}

export function codeKeyOf(code: Code): string {
  return typeof code === 'number' ? String(code) : code
}

/** How many entries of each kind and category. */
export function tally(entries: readonly ImportedEntry[]) {
  const byKind: Record<Kind, number> = { success: 0, result: 0, error: 0 }
  const byCategory: Partial<Record<Category, number>> = {}
  for (const e of entries) {
    byKind[e.kind]++
    byCategory[e.category] = (byCategory[e.category] ?? 0) + 1
  }
  return { byKind, byCategory }
}
