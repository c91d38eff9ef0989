// Columns: a header and the rows under it turned into cells by role, and a line split into its cells.
import type { Locale } from '../../types.js'
import type { CodeToken } from './codes.js'
import type { ColumnRole, HeaderCol } from './headers.js'
import {
  clip,
  firstCodePoint,
  hasHan,
  isCjkCodePoint,
  isDigitAscii,
  isUpperAscii,
  isWhite,
  langOf,
  lastCodePoint,
} from './text.js'
import type { ParsedCell, Role, Shape } from './types.js'

export interface RawRow {
  readonly token: CodeToken
  readonly line: number
  readonly shape: Shape
  readonly values: readonly string[]
  readonly notes: readonly string[]
  readonly unsure?: boolean
}

interface TextColumn {
  role: ColumnRole
  lang: Locale | undefined
  header: string | undefined
  /** The header named no role: the role was given by what other columns left free. */
  guessed?: boolean
}

/** A constant name: `VISITS_DAY_EXCESS`, also with the stray spaces of a copied table (`AK_ INVALID`), or `OK`. */
function isConstantName(s: string): boolean {
  if (s.length === 0 || s.length > 64) return false
  let letter = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isUpperAscii(c)) letter = true
    else if (!(isDigitAscii(c) || c === 0x5f || c === 0x20)) return false
  }
  return letter && (s.includes('_') || !s.includes(' '))
}

/**
 * Decides each column's role from its header and its cells: a column of constants is the `name`; of two
 * description columns in one language the first is the API's `message` (jiguang's "Description" beside
 * "Notes"); two description columns in two languages are the description in each.
 */
function resolveColumns(header: readonly HeaderCol[], rows: readonly RawRow[]): TextColumn[] {
  const columns: TextColumn[] = header.map((h) => ({ role: h.role, lang: h.lang, header: h.text }))
  columns.forEach((col, j) => {
    const values = rows.map((r) => (r.values[j] ?? '').trim()).filter((v) => v !== '')
    if (values.length === 0) return
    if (col.role !== 'remedy' && col.role !== 'code' && values.filter(isConstantName).length >= values.length * 0.8)
      col.role = 'name'
    if (col.lang === undefined) col.lang = values.filter(hasHan).length >= values.length / 2 ? 'zh' : 'en'
  })
  for (const lang of ['en', 'zh'] as const) {
    const descriptions = columns.filter((c) => c.role === 'description' && c.lang === lang)
    const hasMessage = columns.some((c) => c.role === 'message')
    const hasRemedy = columns.some((c) => c.role === 'remedy')
    if (descriptions.length >= 2 && !hasMessage) (descriptions[0] as TextColumn).role = 'message'
    if (descriptions.length >= 3 && !hasRemedy) (descriptions[2] as TextColumn).role = 'remedy'
  }
  // A column whose header names no role (`简称`) still holds the vendor's words: it takes the first role no
  // other column has (message, description, remedy), and `rowsOfBlock` says so. Links stay out, said so.
  const taken = new Set(columns.map((c) => c.role))
  const free = (['message', 'description', 'remedy'] as const).filter((role) => !taken.has(role))
  for (let j = 0; j < columns.length && free.length > 0; j++) {
    const col = columns[j] as TextColumn
    if (col.role !== 'other' || (col.header ?? '').toLowerCase().includes('http')) continue
    const values = rows.map((r) => (r.values[j] ?? '').trim()).filter((v) => v !== '')
    if (values.length === 0 || values.some((v) => /^https?:\/\//i.test(v))) continue
    col.role = free.shift() as Role
    col.guessed = true
  }
  return columns
}

export function rowsOfBlock(header: readonly HeaderCol[] | undefined, rows: readonly RawRow[]): PreRow[] {
  if (rows.length === 0) return []
  if (header === undefined) return rows.map(scriptCells)
  const columns = resolveColumns(header, rows)
  const dropped = columns
    .filter((c, j) => c.role === 'other' && rows.some((r) => (r.values[j] ?? '').trim() !== ''))
    .map((c) => c.header || '(no header)')
  const guessed = columns
    .filter((c) => c.guessed === true)
    .map((c) => `the column ${JSON.stringify(c.header ?? '')} names no role: its cells are read as ${c.role}`)
  return rows.map((row, k) => {
    const cells: ParsedCell[] = []
    const notes = [...row.notes, ...(k === 0 ? guessed : [])]
    row.values.forEach((value, j) => {
      const col = columns[j]
      const text = value.trim()
      if (text === '') return
      if (col === undefined) {
        notes.push(`a cell beyond the header's columns was left out: "${clip(text)}"`)
        return
      }
      if (col.role === 'code' || col.role === 'other') return
      cells.push(makeCell(col.role, text, col.header, col.lang))
    })
    const out: PreRow = {
      token: row.token,
      line: row.line,
      shape: row.shape,
      cells,
      notes,
      unsure: row.unsure === true,
    }
    return k === 0 && dropped.length > 0 ? { ...out, dropped } : out
  })
}

function makeCell(role: Role, text: string, header?: string, columnLang?: Locale): ParsedCell {
  const cell: { role: Role; text: string; lang?: Locale; header?: string; columnLang?: Locale } = { role, text }
  if (role !== 'name') cell.lang = langOf(text)
  if (header !== undefined) cell.header = header
  if (columnLang !== undefined) cell.columnLang = columnLang
  return cell
}

/** Cells without a header: each is a description in the language of its script; two in one language are message and description. */
function scriptCells(row: RawRow): PreRow {
  const cells: ParsedCell[] = []
  const seen = new Set<Locale>()
  const texts = row.values.map((v) => v.trim()).filter((v) => v !== '')
  const langs = texts.map(langOf)
  const left = { en: langs.filter((l) => l === 'en').length, zh: langs.filter((l) => l === 'zh').length }
  texts.forEach((text, i) => {
    const lang = langs[i] ?? 'en'
    left[lang]--
    const sameLangLater = left[lang] > 0
    if (!seen.has(lang) && sameLangLater) cells.push(makeCell('message', text))
    else if (!seen.has(lang)) cells.push(makeCell('description', text))
    else
      cells.push(
        makeCell(cells.some((c) => c.role === 'description' && c.lang === lang) ? 'remedy' : 'description', text),
      )
    seen.add(lang)
  })
  return {
    token: row.token,
    line: row.line,
    shape: row.shape,
    cells,
    notes: [...row.notes],
    unsure: row.unsure === true,
  }
}

export interface PreRow {
  /** Header cells of columns with words but no role: left out, and said so. */
  readonly dropped?: readonly string[]
  readonly token: CodeToken
  readonly line: number
  readonly shape: Shape
  readonly cells: readonly ParsedCell[]
  readonly notes: readonly string[]
  readonly unsure: boolean
}

interface Gap {
  readonly start: number
  readonly end: number
  readonly score: number
  readonly why: 'spaces' | 'script' | 'han' | 'mixed' | 'case' | 'repeat'
}

/**
 * Splits the text after a code into `columns` cells at the spaces most likely to be column boundaries:
 * two or more spaces or a tab; a change of script (English then Chinese); a space between two Chinese
 * characters; in all-English text, a word with a capital letter after a lower-case one, or the first word
 * repeated. `columns` 0 means "no header": split only where the script changes.
 */
const maxGaps = 256

export function splitColumns(rest: string, columns: number): { cells: string[]; notes: string[]; unsure: boolean } {
  const notes: string[] = []
  if (columns === 1) return { cells: [rest], notes, unsure: false }
  // Boundaries are looked for among the first words only: a code table's cells are short, and whatever
  // follows stays, verbatim, in the last cell.
  const gaps: { start: number; end: number }[] = []
  let i = 0
  while (i < rest.length && gaps.length < maxGaps) {
    if (isWhite(rest.charCodeAt(i))) {
      const start = i
      while (i < rest.length && isWhite(rest.charCodeAt(i))) i++
      if (start > 0 && i < rest.length) gaps.push({ start, end: i })
    } else i++
  }
  if (gaps.length === 0) return { cells: [rest], notes, unsure: false }
  // Tokens between the gaps, and which of them have Han characters.
  const tokens = between(rest, gaps)
  const han = tokens.map(hasHan)
  const anyHan = han.some((h) => h)
  const hanBefore: boolean[] = []
  let seen = false
  for (const h of han) {
    seen = seen || h
    hanBefore.push(seen)
  }
  const hanAfter: boolean[] = new Array<boolean>(han.length).fill(false)
  seen = false
  for (let k = han.length - 1; k >= 0; k--) {
    seen = seen || (han[k] ?? false)
    hanAfter[k] = seen
  }
  const first = tokens[0] ?? ''
  // Only the gaps that can be a boundary are kept.
  const scored: Gap[] = []
  gaps.forEach((g, k) => {
    const left = tokens[k] ?? ''
    const right = tokens[k + 1] ?? ''
    const l = lastCodePoint(left)
    const r = firstCodePoint(right)
    let score = 0
    let why: Gap['why'] = 'case'
    if (g.end - g.start >= 2 || rest.charCodeAt(g.start) === 9) [score, why] = [5, 'spaces']
    else if (!(hanBefore[k] ?? false) && (han[k + 1] ?? false)) [score, why] = [3, 'script']
    else if ((han[k] ?? false) && !(hanAfter[k + 1] ?? false) && isCjkCodePoint(l)) [score, why] = [3, 'script']
    else if (isCjkCodePoint(l) && isCjkCodePoint(r)) [score, why] = [3, 'han']
    else if (isCjkCodePoint(l) !== isCjkCodePoint(r)) [score, why] = [1, 'mixed']
    else if (!anyHan && isUpperAscii(r) && !isUpperAscii(l)) [score, why] = [1, 'case']
    else if (!anyHan && k > 0 && right === first) [score, why] = [1, 'repeat']
    if (score > 0) scored.push({ start: g.start, end: g.end, score, why })
  })
  const wanted = columns === 0 ? 1 : columns - 1
  const usable = scored.filter((g) => (columns === 0 ? g.score >= 3 && g.why !== 'han' : g.score > 0))
  const ranked = [...usable].sort((a, b) => b.score - a.score || a.start - b.start)
  const chosen = ranked.slice(0, wanted).sort((a, b) => a.start - b.start)
  let unsure = false
  if (columns > 1 && chosen.length < wanted) notes.push(`fewer cells than the header's ${columns} columns`)
  const weakest = chosen.reduce((m, g) => Math.min(m, g.score), 9)
  const tied = ranked.slice(wanted).filter((g) => g.score === weakest && g.why !== 'case' && g.why !== 'repeat')
  if (columns > 1 && chosen.length > 0 && weakest < 5 && tied.length > 0) {
    unsure = true
    notes.push('the column boundary is ambiguous: check where one cell ends and the next begins')
  } else if (chosen.some((g) => g.why === 'mixed')) {
    unsure = true
    notes.push('columns split where English and Chinese meet inside a cell: check the split')
  }
  return { cells: between(rest, chosen), notes, unsure }
}

/** The pieces of a text between gaps given in order. */
function between(text: string, gaps: readonly { readonly start: number; readonly end: number }[]): string[] {
  const pieces: string[] = []
  let from = 0
  for (const g of gaps) {
    pieces.push(text.slice(from, g.start))
    from = g.end
  }
  pieces.push(text.slice(from))
  return pieces
}
