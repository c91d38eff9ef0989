/**
 * `errcode import`: turns a vendor's published code table, in whatever shape it was copied, into catalog
 * entries. Every code keeps its JSON type and every cell keeps the vendor's words; kind, category, retry
 * rule, scope and clock-skew flag are suggestions of word rules, each noted with the rule that made it, for
 * a person to review. Nothing is translated.
 *
 * All functions here are pure and run in time linear in the input (no regular expression can backtrack
 * over more than one token). Bad input throws an {@link ImportError} with a message for the user.
 */
import { afterDelay, afterWindow, backoff, never, refresh, throttled } from '../catalog/retry-rules.js'
import type {
  CatalogEntry,
  Category,
  Code,
  Locale,
  LocalizedText,
  RetryRule,
  Scope,
  Translated,
  Window,
} from '../types.js'

// ---------------------------------------------------------------------------------------------------------
// Public types

/** How a block of the input was read. */
export type Shape =
  | 'json' // the JSON of `errcode export`, of `errcode import --json`, or a list of entries
  | 'html' // <table> rows of pasted page source
  | 'markdown' // pipe tables
  | 'csv'
  | 'tsv' // tab-separated: cells copied from a spreadsheet
  | 'lines' // `CODE text…` lines, one row a line (columns split by header, script and case)
  | 'cells' // a table flattened to one cell a line

/** What a cell of a row is, by the header's words (or by script where there is no header). */
export type Role = 'name' | 'message' | 'description' | 'remedy'

/** One cell of a row, verbatim. */
export interface ParsedCell {
  readonly role: Role
  /** The cell's language by its script: any Han character makes it `zh`. Absent for `name`. */
  readonly lang?: Locale
  readonly text: string
  /** The header cell the column had. */
  readonly header?: string
  /** The column's language (from the header's words, else the script of most of its cells). */
  readonly columnLang?: Locale
}

/** One row of the table: a code and its cells by role. */
export interface ParsedRow {
  readonly code: Code
  /** 1-based line of the input where the row starts. */
  readonly line: number
  readonly shape: Shape
  readonly cells: readonly ParsedCell[]
  /** How the row was read where that needs saying (a wrapped cell, an ambiguous split…). */
  readonly notes: readonly string[]
  /** The row's columns could not be told apart with confidence: a person must check them. */
  readonly unsure?: boolean
}

export type Kind = CatalogEntry['kind']

/** What a person must look at, and why each suggestion was made. */
export interface Review {
  /** A person must decide: no rule fired, rules disagree, a scope was assumed, the table was unclear. */
  readonly mark: boolean
  /** The rule behind each suggestion: `category rate_limit: limit.frequency "频繁"`. */
  readonly rules: readonly string[]
  /** Why the entry is marked. */
  readonly reasons: readonly string[]
  /** Languages the vendor's table does not give: they stay empty (add a translation, list it in `translated`). */
  readonly missing?: readonly Locale[]
}

/** A suggestion for one row. */
export interface Suggestion {
  readonly kind: Kind
  readonly category: Category
  readonly retry: RetryRule
  readonly scope?: Scope
  readonly clockSkew?: boolean
  /** The rule behind each part of the suggestion. */
  readonly rules: readonly string[]
  /** Present when a person must decide: why. */
  readonly review?: readonly string[]
}

/** The words of an entry or a row, as {@link suggest} reads them. */
export interface EntryWords {
  readonly code: Code
  readonly name?: string
  readonly publishedName?: string
  readonly message?: string
  readonly description?: LocalizedText
  readonly remedy?: LocalizedText
  readonly variants?: readonly LocalizedText[]
}

/** What rules take from the whole table. */
export interface SuggestContext {
  /** The table is about SMS: a bare 签名 is the SMS signature (the sender's brand), not a request's signature. */
  readonly sms?: boolean
}

/** How many entries of each kind and category. */
function tally(entries: readonly ImportedEntry[]) {
  const byKind: Record<Kind, number> = { success: 0, result: 0, error: 0 }
  const byCategory: Partial<Record<Category, number>> = {}
  for (const e of entries) {
    byKind[e.kind]++
    byCategory[e.category] = (byCategory[e.category] ?? 0) + 1
  }
  return { byKind, byCategory }
}

/** One imported entry: a catalog entry plus its review. */
export interface ImportedEntry extends CatalogEntry {
  readonly review?: Review
}

export interface ImportCounts {
  /** Table rows read (a code listed twice counts twice). */
  readonly rows: number
  /** Distinct codes. */
  readonly codes: number
  /** Rows that repeat a code with the same words. */
  readonly duplicates: number
  /** Rows that repeat a code with other words: kept in `variants`. */
  readonly variants: number
  /** Entries marked for review. */
  readonly marked: number
  /** Non-empty lines that belong to no row (titles, page furniture). */
  readonly skippedLines: number
  readonly byKind: Readonly<Record<Kind, number>>
  readonly byCategory: Readonly<Partial<Record<Category, number>>>
  readonly shapes: Readonly<Partial<Record<Shape, number>>>
}

export interface ImportResult {
  readonly vendor: string
  readonly title: string
  readonly source?: string
  readonly timeZone: string
  readonly entries: readonly ImportedEntry[]
  readonly counts: ImportCounts
  /** Table-level notes: how codes were typed, what was assumed. */
  readonly notes: readonly string[]
}

export interface ImportOptions {
  /** The vendor id: lower-case letters, digits and dashes (`aliyun-sms`). */
  readonly vendor: string
  /** IANA time zone of the vendor's windows. Default: `Asia/Shanghai` for a table with Chinese, else `UTC`. */
  readonly timeZone?: string
  readonly title?: string
  /** The URL of the published table. Default: the first URL in the input. */
  readonly source?: string
  /**
   * JSON type of the codes. `auto` (default): numbers, except codes with leading zeros; when one code has
   * them (`000000`), every numeric code of the table is a string, as the vendor sends fixed-width strings.
   */
  readonly codes?: 'auto' | 'string' | 'number'
}

export type ImportErrorReason = 'empty' | 'binary' | 'encoding' | 'too-large' | 'no-codes' | 'bad-json' | 'bad-option'

/** Input errcode cannot read, with a message for the user. The command exits with {@link ImportError.exitCode}. */
export class ImportError extends Error {
  override readonly name = 'ImportError'
  readonly reason: ImportErrorReason
  /** The exit status the command should end with: 2, a usage or input error. */
  readonly exitCode = 2
  constructor(reason: ImportErrorReason, message: string) {
    super(message)
    this.reason = reason
  }
}

/** The largest input read: 4 MiB of UTF-8. A code table, even as page source, is far smaller. */
export const maxInputBytes = 4 * 1024 * 1024

// ---------------------------------------------------------------------------------------------------------
// Categories, characters, codes

const categorySet: Readonly<Record<Category, true>> = {
  invalid_request: true,
  authentication: true,
  permission: true,
  not_found: true,
  conflict: true,
  rate_limit: true,
  quota: true,
  billing: true,
  unavailable: true,
  internal: true,
  network: true,
  timeout: true,
  unknown: true,
}

/** Whether a value is one of errcode's categories. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && Object.hasOwn(categorySet, value)
}

const kinds: readonly Kind[] = ['success', 'result', 'error']

function isHanCodePoint(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2ffff)
  )
}

/** Han, CJK punctuation and full-width forms: the side of a space that belongs to Chinese text. */
function isCjkCodePoint(c: number): boolean {
  return isHanCodePoint(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
}

/** Whether a text has a Han character: its language is then `zh`. */
function hasHan(text: string): boolean {
  for (const ch of text) if (isHanCodePoint(ch.codePointAt(0) ?? 0)) return true
  return false
}

function langOf(text: string): Locale {
  return hasHan(text) ? 'zh' : 'en'
}

function lastCodePoint(s: string): number {
  if (s.length === 0) return 0
  const low = s.charCodeAt(s.length - 1)
  if (low >= 0xdc00 && low <= 0xdfff && s.length >= 2) return s.codePointAt(s.length - 2) ?? low
  return low
}

function firstCodePoint(s: string): number {
  return s.codePointAt(0) ?? 0
}

/**
 * Joins the lines of a cell that wraps: no space where Chinese text meets the break, one space between two
 * Latin words. Linear:
 * it never reads back the text it has built.
 */
function joinAll(parts: readonly string[]): string {
  const out: string[] = []
  let last = 0
  for (const part of parts) {
    if (part === '') continue
    if (out.length > 0 && !isCjkCodePoint(last) && !isCjkCodePoint(firstCodePoint(part))) out.push(' ')
    out.push(part)
    last = lastCodePoint(part)
  }
  return out.join('')
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x3000
}

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

function isDigitAscii(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

const digitsPattern = /^-?\d{1,19}$/
const upperSnakePattern = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
const firstSegmentPattern = /^[A-Za-z][A-Za-z0-9_]*$/
const laterSegmentPattern = /^[A-Z0-9][A-Za-z0-9_]*$/

/** `API_SYS_REQSIGN`, `isv.BUSINESS_LIMIT_CONTROL`, `AuthFailure.SignatureExpire`: a code that is not a number. */
function isSymbolicCode(s: string): boolean {
  if (s.length < 3 || s.length > 80) return false
  if (upperSnakePattern.test(s)) return true
  const parts = s.split('.')
  if (parts.length < 2) return false
  const [first = '', ...rest] = parts
  return firstSegmentPattern.test(first) && rest.every((p) => laterSegmentPattern.test(p))
}

function isNumericCode(s: string): boolean {
  return digitsPattern.test(s)
}

/** A code found in the input, before its JSON type is settled for the whole table. */
interface CodeToken {
  readonly raw: string
  readonly numeric: boolean
  /** Written in quotes (`"1804"`): the vendor means a string. */
  readonly quoted: boolean
}

function typeCode(token: CodeToken, stringCodes: boolean): Code {
  if (!token.numeric || token.quoted || stringCodes) return token.raw
  const digits = token.raw.startsWith('-') ? token.raw.slice(1) : token.raw
  if (digits.length > 1 && digits.startsWith('0')) return token.raw
  if (token.raw === '-0') return token.raw
  const n = Number(token.raw)
  return Number.isSafeInteger(n) ? n : token.raw
}

function hasLeadingZeros(token: CodeToken): boolean {
  return token.numeric && !token.raw.startsWith('-') && token.raw.length > 1 && token.raw.startsWith('0')
}

const cellCodePattern = /^[-+]?[A-Za-z0-9_.]{1,80}$/

/** The code of a cell in a code column of a table (`\`1804\``, `"000000"`, `OK`, `SignatureDoesNotMatch`). */
function cellCode(cell: string): CodeToken | undefined {
  let s = cell.trim()
  let quoted = false
  while (s.length >= 2 && (s.startsWith('**') || s.startsWith('__')) && s.endsWith(s.slice(0, 2))) s = s.slice(2, -2)
  if (s.length >= 2 && s.startsWith('`') && s.endsWith('`')) s = s.slice(1, -1).trim()
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) {
    s = s.slice(1, -1)
    quoted = true
  }
  if (!cellCodePattern.test(s)) return undefined
  if (headerRoleOf(s) !== undefined) return undefined
  return { raw: s, numeric: isNumericCode(s), quoted }
}

/** Strict: a cell that can only be a code (a number or a symbolic code), for finding the code column. */
function strictCellCode(cell: string): CodeToken | undefined {
  const token = cellCode(cell)
  return token !== undefined && (token.numeric || isSymbolicCode(token.raw)) ? token : undefined
}

function isSeparatorAfterCode(c: number): boolean {
  return isWhite(c) || c === 0x3a || c === 0xff1a || c === 0x3d || c === 0x3001
}

/** The code a text line starts with, and the rest of the line: `1804 qps limit`, `- \`40001\`: invalid`. */
function leadingCode(line: string): { token: CodeToken; rest: string } | undefined {
  let s = line
  const bullet = s.charCodeAt(0)
  if ((bullet === 0x2d || bullet === 0x2a || bullet === 0x2b || bullet === 0x2022) && isWhite(s.charCodeAt(1)))
    s = s.slice(2).trimStart()
  let raw: string
  let after: string
  let quoted = false
  const open = s[0]
  if (open === '`' || open === '"' || open === '“') {
    const close = open === '“' ? '”' : open
    const end = s.indexOf(close, 1)
    if (end < 2 || end > 82) return undefined
    raw = s.slice(1, end).trim()
    after = s.slice(end + 1)
    quoted = open !== '`'
  } else {
    let i = 0
    while (i < s.length && i <= 81 && !isSeparatorAfterCode(s.charCodeAt(i))) i++
    raw = s.slice(0, i)
    after = s.slice(i)
  }
  const numeric = isNumericCode(raw)
  if (!numeric && !isSymbolicCode(raw)) return undefined
  if (after !== '' && !isSeparatorAfterCode(after.charCodeAt(0))) return undefined
  let rest = after.trimStart()
  const sep = rest.charCodeAt(0)
  if (sep === 0x3a || sep === 0xff1a || sep === 0x3d || sep === 0x3001) rest = rest.slice(1).trimStart()
  else if ((sep === 0x2d || sep === 0x2013 || sep === 0x2014) && isWhite(rest.charCodeAt(1)))
    rest = rest.slice(2).trimStart()
  return { token: { raw, numeric, quoted }, rest: rest.trimEnd() }
}

// ---------------------------------------------------------------------------------------------------------
// Headers

type ColumnRole = Role | 'code' | 'other'

interface HeaderCol {
  readonly role: ColumnRole
  readonly lang?: Locale
  readonly text: string
}

// Latin words that end a header cell, and the role they give it.
const latinHeads: Readonly<Record<string, ColumnRole>> = {
  code: 'code',
  codes: 'code',
  errcode: 'code',
  errorcode: 'code',
  retcode: 'code',
  name: 'name',
  constant: 'name',
  message: 'message',
  msg: 'message',
  errmsg: 'message',
  description: 'description',
  desc: 'description',
  meaning: 'description',
  explanation: 'description',
  notes: 'description',
  note: 'description',
  details: 'description',
  detail: 'description',
  reason: 'description',
  cause: 'description',
  remedy: 'remedy',
  solution: 'remedy',
  solutions: 'remedy',
  remarks: 'remedy',
  remark: 'remedy',
  suggestion: 'remedy',
  suggestions: 'remedy',
  advice: 'remedy',
  action: 'remedy',
  resolution: 'remedy',
  handling: 'remedy',
}

// Chinese header endings, longest first where one ends another.
const hanHeads: readonly (readonly [string, ColumnRole])[] = [
  ['错误代码', 'code'],
  ['代码', 'code'],
  ['编码', 'code'],
  ['码', 'code'],
  ['名称', 'name'],
  ['常量', 'name'],
  ['标识', 'name'],
  ['信息', 'message'],
  ['提示', 'message'],
  ['描述', 'description'],
  ['说明', 'description'],
  ['含义', 'description'],
  ['解释', 'description'],
  ['释义', 'description'],
  ['原因', 'description'],
  ['详情', 'description'],
  ['方案', 'remedy'],
  ['办法', 'remedy'],
  ['建议', 'remedy'],
  ['措施', 'remedy'],
  ['处理', 'remedy'],
  ['备注', 'remedy'],
  ['方式', 'remedy'],
  ['方法', 'remedy'],
]

function langHint(text: string): Locale | undefined {
  const t = text.toLowerCase()
  if (t.includes('英文') || t.includes('english')) return 'en'
  if (t.includes('中文') || t.includes('chinese')) return 'zh'
  return undefined
}

/** The role a header cell names, or undefined for words that are no header. */
function headerRoleOf(cell: string): ColumnRole | undefined {
  const t = cell.trim().toLowerCase()
  if (t === '' || t.length > 40) return undefined
  if (t.includes('http')) return 'other'
  if (hasHan(t)) {
    for (const [end, role] of hanHeads) if (t.endsWith(end)) return role
    return undefined
  }
  const words = t.split(/[^a-z0-9]+/).filter((w) => w !== '')
  const last = words[words.length - 1]
  if (last === undefined || words.length > 4) return undefined
  return Object.hasOwn(latinHeads, last) ? latinHeads[last] : undefined
}

function headerCol(text: string, role: ColumnRole): HeaderCol {
  const lang = langHint(text)
  return lang === undefined ? { role, text } : { role, lang, text }
}

/** A line of header words (`错误码 错误描述 解决方案`, `Status codeEnglish descriptionRemarks`), or undefined. */
function parseHeaderLine(line: string): HeaderCol[] | undefined {
  if (line.length > 200) return undefined
  // Cells pasted without separators: "codeEnglish" → "code English".
  let spaced = ''
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (i > 0 && isUpperAscii(c) && isLowerAscii(line.charCodeAt(i - 1))) spaced += ' '
    spaced += line[i]
  }
  const tokens = spaced.split(/\s+/).filter((t) => t !== '')
  if (tokens.length < 2 || tokens.length > 14) return undefined
  const cols: HeaderCol[] = []
  let phrase: string[] = []
  for (const token of tokens) {
    if (hasHan(token)) {
      if (phrase.length > 0) return undefined
      const role = headerRoleOf(token)
      if (role === undefined || role === 'other') return undefined
      cols.push(headerCol(token, role))
      continue
    }
    phrase.push(token)
    const word = token.toLowerCase().replace(/[^a-z0-9]/g, '')
    if (Object.hasOwn(latinHeads, word)) {
      if (phrase.length > 3) return undefined
      cols.push(headerCol(phrase.join(' '), latinHeads[word] ?? 'other'))
      phrase = []
    }
  }
  if (phrase.length > 0 || cols.length < 2) return undefined
  if (cols[0]?.role !== 'code' || cols.slice(1).some((c) => c.role === 'code')) return undefined
  return cols
}

// ---------------------------------------------------------------------------------------------------------
// Blocks: a header and the rows under it, turned into cells by role

interface RawRow {
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

function rowsOfBlock(header: readonly HeaderCol[] | undefined, rows: readonly RawRow[]): PreRow[] {
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

interface PreRow {
  /** Header cells of columns with words but no role: left out, and said so. */
  readonly dropped?: readonly string[]
  readonly token: CodeToken
  readonly line: number
  readonly shape: Shape
  readonly cells: readonly ParsedCell[]
  readonly notes: readonly string[]
  readonly unsure: boolean
}

function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

// ---------------------------------------------------------------------------------------------------------
// Splitting a line into columns

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

function splitColumns(rest: string, columns: number): { cells: string[]; notes: string[]; unsure: boolean } {
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

// ---------------------------------------------------------------------------------------------------------
// Text lines: `CODE text`, `CODE english chinese`, flattened cells, Markdown tables inside a page

type LineKind = 'blank' | 'pipe' | 'header' | 'row' | 'boiler' | 'text'

const boilerExact = new Set([
  'top',
  'back to top',
  '返回顶部',
  '回到顶部',
  'open in docs center',
  '目录',
  '本页目录',
  'feedback',
  '反馈',
  '上一篇',
  '下一篇',
  '上一页',
  '下一页',
  'previous',
  'next',
  'share',
  '分享',
  'edit this page',
  '编辑此页',
  '是否有帮助',
  '有帮助',
  '没帮助',
  'helpful',
  'not helpful',
  'yes',
  'no',
])
const boilerStart = [
  'was this ',
  'is this page',
  'copyright',
  '©',
  'last updated',
  'updated:',
  '最近更新',
  '更新时间',
  '最后更新',
  '本文是否',
  '该文档是否',
  '文档是否',
  'this page was',
  'on this page',
  'powered by',
  '版权所有',
]
const boilerAnywhere = ['all rights reserved', '版权所有', 'icp备', 'icp证']

function isBoilerplate(line: string): boolean {
  const t = line.toLowerCase()
  return boilerExact.has(t) || boilerStart.some((s) => t.startsWith(s)) || boilerAnywhere.some((s) => t.includes(s))
}

/** A heading, quote or list item: page structure, never the rest of a cell. */
function isMarkup(line: string): boolean {
  return /^(?:#{1,6}\s|>|[-*+•]\s|\d{1,3}[.)、]\s?)/.test(line)
}

function isPipeSeparator(line: string): boolean {
  const cells = splitPipeRow(line)
  return cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c.trim()))
}

/** Cells of a Markdown table row; `\|` is a literal bar. */
function splitPipeRow(line: string): string[] {
  let s = line.trim()
  if (s.startsWith('|')) s = s.slice(1)
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1)
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string
    if (ch === '\\' && s[i + 1] === '|') {
      cell += '|'
      i++
    } else if (ch === '|') {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells.map((c) => unbreak(c.trim()))
}

/** `<br>` inside a cell is a wrapped line. */
function unbreak(cell: string): string {
  if (!cell.includes('<')) return cell
  return joinAll(cell.split(/<br\s*\/?>/i).map((p) => p.trim()))
}

interface Document {
  rows: PreRow[]
  title: string | undefined
  skipped: number
  urls: string[]
}

function classifyLines(lines: readonly string[]): LineKind[] {
  const kinds: LineKind[] = lines.map((raw) => {
    const t = raw.trim()
    if (t === '') return 'blank'
    if (t.startsWith('|')) return 'pipe'
    if (leadingCode(t) !== undefined) return 'row'
    if (parseHeaderLine(t) !== undefined) return 'header'
    if (isBoilerplate(t)) return 'boiler'
    return 'text'
  })
  // GitHub tables may omit the outer bars: a line with bars followed by a separator row starts a table.
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = lines[i] ?? ''
    if (kinds[i] !== 'pipe' && here.includes('|') && isPipeSeparator(lines[i + 1] ?? '')) {
      kinds[i] = 'pipe'
      let j = i + 1
      while (j < lines.length && (lines[j] ?? '').includes('|') && kinds[j] !== 'blank') kinds[j++] = 'pipe'
    }
  }
  return kinds
}

function readLines(text: string, doc: Document): void {
  const lines = text.split(/\r\n|\r|\n/)
  const kinds = classifyLines(lines)
  // The next non-blank line after each line, to tell a section title from a cell that continues.
  const next: number[] = new Array<number>(lines.length).fill(-1)
  let upcoming = -1
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = upcoming
    if (kinds[i] !== 'blank') upcoming = i
  }
  const titleLine = (i: number) => {
    const n = next[i] ?? -1
    return n >= 0 && (kinds[n] === 'header' || kinds[n] === 'pipe')
  }

  let header: HeaderCol[] | undefined
  let block: RawRow[] = []
  let pending:
    | {
        token: CodeToken
        line: number
        inline: string
        flat: boolean
        extra: { text: string; afterBlank: boolean }[]
        cells: number
      }
    | undefined
  let blankBefore = false
  let rowsSeen = 0

  const flush = () => {
    if (pending === undefined) return
    const p = pending
    pending = undefined
    const notes: string[] = []
    let unsure = false
    let values: string[]
    const textColumns = header === undefined ? 0 : header.length - 1
    if (!p.flat) {
      const split = splitColumns(p.inline, textColumns)
      values = split.cells
      notes.push(...split.notes)
      unsure = split.unsure
      if (p.extra.length > 0) {
        const lastIndex = values.length - 1
        values[lastIndex] = joinAll([values[lastIndex] ?? '', ...p.extra.map((e) => e.text)])
        notes.push('the last cell continues on the following line')
      }
    } else {
      const blankSeparated = p.extra.some((e) => e.afterBlank)
      const groups: string[][] = []
      p.extra.forEach((e, k) => {
        if (k === 0 || !blankSeparated || e.afterBlank) groups.push([e.text])
        else groups[groups.length - 1]?.push(e.text)
      })
      if (groups.some((g) => g.length > 1)) notes.push('a cell wraps over lines')
      values = groups.map(joinAll)
      const most = textColumns > 0 ? textColumns : 3
      if (values.length > most) {
        const kept = values.slice(0, most - 1)
        kept.push(joinAll(values.slice(most - 1)))
        values = kept
        notes.push('the last cell continues on the following lines')
      }
    }
    block.push({
      token: p.token,
      line: p.line,
      shape: p.flat ? 'cells' : 'lines',
      values: header === undefined ? values : ['', ...values],
      notes,
      unsure,
    })
  }
  const addCell = (p: NonNullable<typeof pending>, text: string) => {
    if (p.extra.length === 0 || blankBefore) p.cells++
    p.extra.push({ text, afterBlank: blankBefore })
  }
  const endBlock = () => {
    flush()
    doc.rows.push(...rowsOfBlock(header, block))
    block = []
  }

  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i]
    const t = (lines[i] ?? '').trim()
    if (kind === 'blank') {
      blankBefore = true
      continue
    }
    if (kind === 'pipe') {
      endBlock()
      let j = i
      while (j < lines.length && kinds[j] === 'pipe') j++
      doc.rows.push(...readPipeTable(lines.slice(i, j), i + 1))
      i = j - 1
      header = undefined
      blankBefore = false
      continue
    }
    if (kind === 'header') {
      endBlock()
      header = parseHeaderLine(t)
      blankBefore = false
      continue
    }
    if (kind === 'row') {
      const found = leadingCode(t)
      if (found !== undefined) {
        const p = pending
        if (
          p?.flat === true &&
          found.rest === '' &&
          (found.token.numeric !== p.token.numeric || p.extra.length === 0)
        ) {
          addCell(p, t)
        } else {
          flush()
          pending = {
            token: found.token,
            line: i + 1,
            inline: found.rest,
            flat: found.rest === '',
            extra: [],
            cells: 0,
          }
          rowsSeen++
        }
        blankBefore = false
        continue
      }
    }
    if (kind === 'boiler') {
      flush()
      doc.skipped++
      blankBefore = false
      continue
    }
    // Plain text: a cell of a flattened row, a line a cell continues on, or a title.
    const p = pending
    const textColumns = header === undefined ? 3 : header.length - 1
    const full = p?.flat === true && blankBefore && p.cells >= textColumns
    if (p !== undefined && !full && !titleLine(i) && (p.flat || (!blankBefore && !isMarkup(t)))) {
      addCell(p, t)
    } else {
      flush()
      doc.skipped++
      // A Markdown heading's title, without its `#` marks.
      if (doc.title === undefined && rowsSeen === 0 && t.length <= 60 && !/[:：]$/.test(t))
        doc.title = t.replace(/^#{1,6}\s+/, '')
    }
    blankBefore = false
  }
  endBlock()
}

// ---------------------------------------------------------------------------------------------------------
// Tables with cells: Markdown, HTML, CSV/TSV

const maxColumns = 64

/** Turns a table's rows (header first when known) into parsed rows. */
function readTableRows(
  given: readonly { cells: readonly string[]; line: number; head?: boolean }[],
  shape: Shape,
  headerKnown: boolean | undefined,
): PreRow[] {
  if (given.length === 0) return []
  // A code table has a handful of columns: cells beyond the 64th are page layout, not data.
  const rows = given.map((r) => (r.cells.length > maxColumns ? { ...r, cells: r.cells.slice(0, maxColumns) } : r))
  const top = rows[0] as { cells: readonly string[]; line: number; head?: boolean }
  // The first row is the header when the table says so (separator row, <th>) or when its cells are header words.
  const topRoles = top.cells.map(headerRoleOf)
  const looksLikeHeader =
    topRoles.some((r) => r === 'code') &&
    top.cells.every((c, j) => c.trim() === '' || topRoles[j] !== undefined || strictCellCode(c) === undefined)
  const hasHeader = headerKnown ?? (top.head === true || looksLikeHeader)
  const body = hasHeader ? rows.slice(1) : rows
  const width = rows.reduce((m, r) => Math.max(m, r.cells.length), 0)
  let header: HeaderCol[] = hasHeader
    ? top.cells.map((c) => headerCol(c.trim(), headerRoleOf(c) ?? 'other'))
    : Array.from({ length: width }, () => ({ role: 'other' as ColumnRole, text: '' }))
  while (header.length < width) header.push({ role: 'other', text: '' })
  let codeColumn = header.findIndex((h) => h.role === 'code')
  if (codeColumn < 0 || header.filter((h) => h.role === 'code').length > 1) {
    // The column most of whose cells are codes.
    let best = -1
    let bestShare = 0
    for (let j = 0; j < width; j++) {
      const share = body.filter((r) => strictCellCode(r.cells[j] ?? '') !== undefined).length / Math.max(1, body.length)
      if (share > bestShare + 1e-9) {
        best = j
        bestShare = share
      }
    }
    if (best < 0 || bestShare < 0.5) return []
    codeColumn = best
    header = header.map((h, j) =>
      j === codeColumn ? { ...h, role: 'code' } : h.role === 'code' ? { ...h, role: 'other' } : h,
    )
  }
  if (!hasHeader) {
    // No header: roles by script, in column order.
    const raw: RawRow[] = []
    for (const r of body) {
      const token = cellCode(r.cells[codeColumn] ?? '')
      if (token === undefined) continue
      raw.push({ token, line: r.line, shape, values: r.cells.filter((_, j) => j !== codeColumn), notes: [] })
    }
    return rowsOfBlock(undefined, raw)
  }
  const raw: RawRow[] = []
  for (const r of body) {
    const token = cellCode(r.cells[codeColumn] ?? '')
    if (token === undefined) continue
    raw.push({ token, line: r.line, shape, values: r.cells, notes: [] })
  }
  return rowsOfBlock(header, raw)
}

function readPipeTable(lines: readonly string[], firstLine: number): PreRow[] {
  const rows: { cells: string[]; line: number }[] = []
  let separatorAt = -1
  lines.forEach((line, k) => {
    if (isPipeSeparator(line)) {
      if (separatorAt < 0) separatorAt = rows.length
      return
    }
    rows.push({ cells: splitPipeRow(line), line: firstLine + k })
  })
  return readTableRows(rows, 'markdown', separatorAt === 1 ? true : undefined)
}

const entityNames: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const n =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : whole
    }
    return entityNames[body.toLowerCase()] ?? whole
  })
}

/** Collapses the whitespace of page source; a line break next to Chinese text is no space. */
function collapseHtmlText(parts: readonly string[]): string {
  const out: string[] = []
  let last = 0
  let space = false
  let lineBreak = false
  for (const part of parts) {
    for (const ch of part) {
      const c = ch.codePointAt(0) ?? 0
      if (c === 10 || c === 13) lineBreak = true
      else if (isWhite(c)) space = true
      else {
        if (out.length > 0 && (lineBreak ? !isCjkCodePoint(last) && !isCjkCodePoint(c) : space)) out.push(' ')
        out.push(ch)
        last = c
        space = false
        lineBreak = false
      }
    }
  }
  return out.join('')
}

/** Tables of page source. A tolerant, linear tokenizer: tags, comments, `<script>` and `<style>` skipped. */
function readHtml(text: string): PreRow[] {
  const lower = text.toLowerCase()
  const out: PreRow[] = []
  type Cell = { parts: string[]; head: boolean }
  type Row = { cells: Cell[]; line: number }
  type Table = { rows: Row[]; headSection: boolean }
  const stack: Table[] = []
  let row: Row | undefined
  let cell: Cell | undefined
  let line = 1
  let counted = 0
  const lineAt = (pos: number) => {
    for (; counted < pos; counted++) if (text.charCodeAt(counted) === 10) line++
    return line
  }
  const closeCell = () => {
    if (cell !== undefined && row !== undefined) row.cells.push(cell)
    cell = undefined
  }
  const closeRow = () => {
    closeCell()
    const table = stack[stack.length - 1]
    if (row !== undefined && table !== undefined && row.cells.length > 0) table.rows.push(row)
    row = undefined
  }
  const closeTable = () => {
    closeRow()
    const table = stack.pop()
    if (table === undefined) return
    const rows = table.rows.map((r) => ({
      cells: r.cells.map((c) => decodeEntities(collapseHtmlText(c.parts))),
      line: r.line,
      head: r.cells.every((c) => c.head),
    }))
    out.push(...readTableRows(rows, 'html', rows[0]?.head === true ? true : undefined))
  }
  let i = 0
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    const end = lt < 0 ? text.length : lt
    if (end > i && cell !== undefined) cell.parts.push(text.slice(i, end))
    if (lt < 0) break
    if (lower.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4)
      i = close < 0 ? text.length : close + 3
      continue
    }
    // The end of the tag, minding quoted attribute values.
    let j = lt + 1
    let quote = 0
    let stray = false
    while (j < text.length) {
      const c = text.charCodeAt(j)
      if (quote !== 0) {
        if (c === quote) quote = 0
      } else if (c === 0x22 || c === 0x27) quote = c
      else if (c === 0x3e) break
      else if (c === 0x3c) {
        stray = true
        break
      }
      j++
    }
    if (stray) {
      // Not a tag: "<" as text. Go on from the next "<", so no character is scanned twice.
      if (cell !== undefined) cell.parts.push(text.slice(lt, j))
      i = j
      continue
    }
    const tag = lower.slice(lt + 1, Math.min(j, lt + 12))
    const closing = tag.startsWith('/')
    const name = (closing ? tag.slice(1) : tag).split(/[\s/>]/)[0] ?? ''
    i = j + 1
    if (!closing && (name === 'script' || name === 'style')) {
      const close = lower.indexOf(`</${name}`, i)
      i = close < 0 ? text.length : close
      continue
    }
    switch (name) {
      case 'table':
        if (closing) closeTable()
        else {
          closeCell()
          stack.push({ rows: [], headSection: false })
        }
        break
      case 'thead': {
        const table = stack[stack.length - 1]
        if (table !== undefined) table.headSection = !closing
        break
      }
      case 'tr':
        closeRow()
        if (!closing && stack.length > 0) row = { cells: [], line: lineAt(lt) }
        break
      case 'td':
      case 'th':
        closeCell()
        if (!closing && stack.length > 0) {
          if (row === undefined) row = { cells: [], line: lineAt(lt) }
          cell = { parts: [], head: name === 'th' || stack[stack.length - 1]?.headSection === true }
        }
        break
      case 'br':
      case 'p':
      case 'div':
      case 'li':
        if (cell !== undefined) cell.parts.push('\n')
        break
      default:
        break
    }
  }
  while (stack.length > 0) closeTable()
  return out
}

/** Records of delimited text (RFC 4180 quoting: `""` in a quoted field, line breaks inside quotes). */
function parseDelimited(text: string, delimiter: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let fieldStarted = false
  let line = 1
  let recordLine = 1
  const d = delimiter.charCodeAt(0)
  const endRecord = () => {
    fields.push(field)
    if (fields.some((f) => f.trim() !== '')) records.push({ fields, line: recordLine })
    fields = []
    field = ''
    fieldStarted = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (quoted) {
      if (c === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (c === 10) line++
        field += text[i]
      }
      continue
    }
    if (c === 0x22 && !fieldStarted) {
      quoted = true
      fieldStarted = true
    } else if (c === d) {
      fields.push(field)
      field = ''
      fieldStarted = false
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++
      endRecord()
      line++
      recordLine = line
    } else {
      field += text[i]
      if (!isWhite(c)) fieldStarted = true
    }
  }
  if (field !== '' || fields.length > 0) endRecord()
  return records
}

/** The whole input as CSV or TSV, when it is one: most records share a field count and have a code. */
function readDelimited(text: string): { rows: PreRow[]; shape: Shape } | undefined {
  const candidates: [string, Shape][] = []
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '')
  if (lines.filter((l) => l.includes('\t')).length >= Math.max(2, lines.length * 0.5)) candidates.push(['\t', 'tsv'])
  if (lines.filter((l) => l.includes(',')).length >= Math.max(2, lines.length * 0.5)) candidates.push([',', 'csv'])
  if (lines.filter((l) => l.includes(';')).length >= Math.max(2, lines.length * 0.5)) candidates.push([';', 'csv'])
  for (const [delimiter, shape] of candidates) {
    const records = parseDelimited(text, delimiter)
    if (records.length < 2) continue
    const counts = new Map<number, number>()
    for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1)
    const [mode = 0, modeCount = 0] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
    if (mode < 2 || modeCount < records.length * 0.6) continue
    const top = records[0]?.fields ?? []
    const headed = top.some((f) => headerRoleOf(f) === 'code')
    const body = headed ? records.slice(1) : records
    const codeShare = (j: number) =>
      body.filter((r) => strictCellCode(r.fields[j] ?? '') !== undefined).length / Math.max(1, body.length)
    const codeColumn = headed ? top.findIndex((f) => headerRoleOf(f) === 'code') : 0
    if (codeShare(codeColumn) < 0.6) continue
    const rows = records.map((r, k) => ({
      cells: r.fields.slice(0, maxColumns).map((f) => joinAll(f.split(/\r\n|\r|\n/).map((p) => p.trim()))),
      line: r.line,
      head: headed && k === 0,
    }))
    return { rows: readTableRows(rows, shape, headed), shape }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------------------
// Input guards

/**
 * Decodes the bytes of a file or of stdin: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Binary data and
 * text in another encoding are refused with an {@link ImportError}.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.byteLength > maxInputBytes) throw tooLarge(bytes.byteLength)
  if (bytes.byteLength >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes.byteLength >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const probe = bytes.subarray(0, 65_536)
  if (probe.includes(0)) throw binary()
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new ImportError(
      'encoding',
      'the input is not UTF-8 text. A table saved as GBK or GB18030 must be converted first: iconv -f GB18030 -t UTF-8 <file>',
    )
  }
}

function tooLarge(size: number): ImportError {
  return new ImportError(
    'too-large',
    `the input is ${(size / 1024 / 1024).toFixed(1)} MiB; errcode reads at most ${maxInputBytes / 1024 / 1024} MiB. Copy only the code table`,
  )
}

function binary(): ImportError {
  return new ImportError(
    'binary',
    'the input is binary data, not a code table: give a text, Markdown, HTML, CSV or JSON file',
  )
}

function utf8Length(text: string, stopAt: number): number {
  let n = 0
  for (let i = 0; i < text.length && n <= stopAt; i++) {
    const c = text.charCodeAt(i)
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3
  }
  return n
}

function assertReadable(text: string): string {
  if (typeof text !== 'string') throw new ImportError('bad-option', 'the input must be text')
  if (text.length > maxInputBytes || utf8Length(text, maxInputBytes) > maxInputBytes)
    throw tooLarge(utf8Length(text, Number.POSITIVE_INFINITY))
  let controls = 0
  let replacements = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) throw binary()
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) controls++
    else if (c === 0xfffd) replacements++
  }
  if (controls > Math.max(8, text.length * 0.01)) throw binary()
  if (replacements > Math.max(8, text.length * 0.01))
    throw new ImportError(
      'encoding',
      'the input holds many U+FFFD replacement characters: it was decoded with the wrong encoding',
    )
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '')
    throw new ImportError('empty', 'the input is empty: give a code table (text, Markdown, HTML, CSV or JSON)')
  return body.replace(/\u00a0/g, ' ')
}

// ---------------------------------------------------------------------------------------------------------
// Parsing: the whole input

interface Parsed {
  readonly rows: ParsedRow[]
  readonly title: string | undefined
  readonly skipped: number
  readonly urls: readonly string[]
  readonly notes: readonly string[]
}

function parseDocument(text: string, codes: ImportOptions['codes'] = 'auto'): Parsed {
  const body = assertReadable(text)
  const doc: Document = { rows: [], title: undefined, skipped: 0, urls: [] }
  const delimited = /<t[rd][\s>]|<table[\s>]/i.test(body) ? undefined : readDelimited(body)
  if (/<t[rd][\s>]|<table[\s>]/i.test(body)) doc.rows.push(...readHtml(body))
  else if (delimited !== undefined) doc.rows.push(...delimited.rows)
  else readLines(body, doc)
  for (const m of body.matchAll(/https?:\/\/[^\s"'<>)\]|，。]{1,300}/g)) if (doc.urls.length < 5) doc.urls.push(m[0])
  const notes: string[] = []
  const dropped = [...new Set(doc.rows.flatMap((r) => r.dropped ?? []))]
  if (dropped.length > 0)
    notes.push(`columns left out (their header names no role): ${dropped.map((d) => JSON.stringify(d)).join(', ')}`)
  let stringCodes = codes === 'string'
  if (codes === 'auto') {
    const zeroed = doc.rows.find((r) => hasLeadingZeros(r.token))
    if (
      zeroed !== undefined &&
      doc.rows.some((r) => r.token.numeric && !hasLeadingZeros(r.token) && !r.token.raw.startsWith('-'))
    ) {
      stringCodes = true
      notes.push(
        `codes are strings: ${JSON.stringify(zeroed.token.raw)} has leading zeros, so the vendor sends its codes as fixed-width strings`,
      )
    }
  }
  const rows: ParsedRow[] = doc.rows.map((r) => {
    const code: Code = typeCode(r.token, stringCodes && !r.token.raw.startsWith('-'))
    const row: { -readonly [K in keyof ParsedRow]: ParsedRow[K] } = {
      code,
      line: r.line,
      shape: r.shape,
      cells: r.cells,
      notes: r.notes,
    }
    if (r.unsure) row.unsure = true
    return row
  })
  return { rows, title: doc.title, skipped: doc.skipped, urls: doc.urls, notes }
}

/**
 * Reads a code table in any of the shapes vendors publish and users copy: `CODE text` lines, `CODE english
 * chinese` columns, a table flattened to one cell a line, header rows, cells that spill onto following lines,
 * Markdown pipe tables, HTML `<table>` source, CSV and TSV. Each row has its code, in its JSON type, and the
 * vendor's words verbatim, cell by cell, with the role the header gives each column (or the script of each
 * cell where there is no header). Throws an {@link ImportError} for input that is empty, binary, too large,
 * or has no code.
 *
 * @internal The first step of {@link importTable}, exported for its tests.
 */
export function parseTable(text: string): ParsedRow[] {
  const parsed = parseDocument(text)
  if (parsed.rows.length === 0) throw noCodes()
  return parsed.rows
}

function noCodes(): ImportError {
  return new ImportError(
    'no-codes',
    'no codes found. errcode reads lines that start with a code ("1804 qps limit", "API_SYS_REQSIGN 签名错误"), a table flattened to one cell a line, a Markdown or HTML table, CSV or TSV with a code column, or the JSON of errcode export',
  )
}

// ---------------------------------------------------------------------------------------------------------
// Suggestions: bilingual word rules

interface RuleWords {
  /** Latin words, lower-case, one space between, padded: ` qps limit `. */
  readonly lat: string
  /** Every text, lower-case, for Chinese cues. */
  readonly han: string
}

/** Rules read at most this much of each text: the gist of a code is in its first words. */
const ruleTextLimit = 1000

function ruleWords(texts: readonly string[]): RuleWords {
  const lat: string[] = [' ']
  const han: string[] = []
  for (const text of texts) {
    const t = text.slice(0, ruleTextLimit).toLowerCase()
    han.push(t)
    let spaced = true
    let from = -1
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 0x20
      if (isLowerAscii(c) || isDigitAscii(c)) {
        if (from < 0) from = i
        continue
      }
      if (from >= 0) {
        lat.push(t.slice(from, i))
        from = -1
        spaced = false
      }
      if (!spaced) {
        lat.push(' ')
        spaced = true
      }
    }
  }
  return { lat: lat.join(''), han: han.join('\n') }
}

/** A cue: Chinese text is found anywhere; a Latin cue is a word or phrase (`rate limit`), `*` ends a prefix. */
function cueHit(words: RuleWords, cue: string): boolean {
  if (/[^\x20-\x7e]/.test(cue)) return words.han.includes(cue)
  const prefix = cue.endsWith('*')
  const body = prefix ? cue.slice(0, -1) : cue
  return words.lat.includes(prefix ? ` ${body}` : ` ${body} `)
}

function firstHit(words: RuleWords, cues: readonly string[]): string | undefined {
  for (const cue of cues) if (cueHit(words, cue)) return cue
  return undefined
}

interface Rule {
  readonly id: string
  /** Higher wins. Rules within 10 of the winner that say another category make a review mark. */
  readonly tier: number
  readonly category?: Category
  readonly kind?: 'success' | 'result'
  readonly any: readonly string[]
  readonly also?: readonly (readonly string[])[]
  readonly not?: readonly string[]
  readonly when?: (w: RuleWords, ctx: SuggestContext) => boolean
}

const limitCues = {
  qps: ['qps', 'tps', 'qpm'],
  frequency: ['频率', '频繁', 'frequen*', '过于频繁', '太频繁', 'too often'],
  rate: [
    'rate limit*',
    'rate limited',
    'rate control',
    '限流',
    '流控',
    'throttl*',
    'too many request*',
    'flow control',
    'limit control',
    '请求过快',
    'too fast',
    '过快',
  ],
  tooMany: ['too many', '次数过多', '次数太多'],
} as const

const exceedCues = [
  'exceed*',
  'excess*',
  'overrun',
  'beyond',
  'over limit',
  'limit exceeded',
  '超限',
  '超过',
  '超出',
  '上限',
  '太多',
]

const windowWords = [
  '同一天',
  '每天',
  '每日',
  '当日',
  '当天',
  '一天',
  '天级',
  '日级',
  '单日',
  '每小时',
  '每分钟',
  '每月',
  '当月',
  'daily',
  'per day',
  'a day',
  'per hour',
  'hourly',
  'per minute',
  'monthly',
  'per month',
  'day',
  'hour',
]

function smsSignature(w: RuleWords, ctx: SuggestContext): boolean {
  if (!w.han.includes('签名')) return false
  const request = [
    '请求',
    '算法',
    '校验',
    '计算',
    '参数',
    '数字签名',
    'sign check',
    'request',
    'hmac',
    'sha',
    'digital',
    'authorization',
    'sig',
  ]
  if (firstHit(w, request) !== undefined) return false
  return ctx.sms === true || firstHit(w, ['短信', 'sms', '模板', 'template']) !== undefined
}

const rules: readonly Rule[] = [
  // What kind of answer the code is.
  {
    id: 'kind.success',
    tier: 100,
    kind: 'success',
    any: ['success*', 'succeed*', 'ok', '成功', '正常返回', 'no error', '无错误'],
    not: ['fail*', '失败', 'unsuccess*', '不成功', '未成功', 'not ok', 'not success*', 'no success*'],
  },
  {
    id: 'kind.consistent',
    tier: 100,
    kind: 'success',
    any: ['consistent', '认证一致', '核验一致', '验证一致'],
    not: ['not consistent', 'inconsistent', '不一致'],
  },
  {
    id: 'kind.inconsistent',
    tier: 100,
    kind: 'result',
    any: ['not consistent', 'inconsistent', '认证不一致', '核验不一致', '验证不一致'],
    also: [['verif*', '认证', '核验', '验证']],
  },
  { id: 'kind.unknown-result', tier: 100, kind: 'result', any: ['unknown result', 'result unknown', '结果未知'] },
  { id: 'kind.no-data', tier: 100, kind: 'result', any: ['查无数据', '无数据', 'no data', 'no result*'] },
  {
    id: 'kind.already-on',
    tier: 100,
    kind: 'result',
    any: ['已经是开通状态', '已开通', '已经开通', 'already enabled', 'opened already', 'already opened'],
  },
  // The request's time was refused: fix the clock, sign again.
  {
    id: 'clock.timestamp',
    tier: 90,
    category: 'authentication',
    any: [
      '时间戳',
      'timestamp*',
      '请求时间',
      '网络时间',
      'request time',
      'clock',
      '时钟',
      '系统时间',
      '时间范围',
      'time window',
      '时间差',
      'time skew',
      'time offset',
    ],
    also: [
      [
        '过期',
        'expire*',
        'check failed',
        '校验失败',
        'invalid',
        '无效',
        '超出',
        '范围',
        'window',
        'outside',
        'skew',
        '偏差',
        '不在',
        '以内',
        'within',
        '更新',
        'update',
        '不正确',
        'incorrect',
        'too old',
        'too far',
        '误差',
      ],
    ],
    // "Value passed for `timestamp` was invalid." (Slack): a parameter named timestamp, not the request's clock.
    // A business deadline (Alipay ACQ.TRADE_CANCEL_TIME_OUT "超过撤销时间范围": too late to cancel) is no clock.
    not: ['为空', 'empty', 'missing', '缺少', '缺失', 'format', '格式', 'value passed for', '撤销'],
  },
  {
    id: 'clock.signature-expired',
    tier: 90,
    category: 'authentication',
    any: ['签名过期', '签名已过期', 'signature expired', 'signature has expired', 'signa expired', 'sign expired'],
  },
  // Money.
  {
    id: 'billing.balance',
    tier: 80,
    category: 'billing',
    any: [
      '余额',
      '餘額',
      '欠费',
      '欠費',
      'balance',
      'arrear*',
      'money',
      'insufficient fund*',
      'funds',
      '足够金额',
      '金额不足',
      '资金不足',
      'overdue',
      'payment required',
    ],
  },
  // Limits: rate_limit or quota (decided by the window).
  { id: 'limit.qps', tier: 75, category: 'rate_limit', any: limitCues.qps },
  { id: 'limit.frequency', tier: 75, category: 'rate_limit', any: limitCues.frequency },
  { id: 'limit.rate', tier: 75, category: 'rate_limit', any: limitCues.rate },
  { id: 'limit.too-many', tier: 75, category: 'rate_limit', any: limitCues.tooMany },
  {
    id: 'limit.interval',
    tier: 75,
    category: 'rate_limit',
    any: ['interval', '间隔'],
    also: [['short', 'less than', 'minimum', '过短', '太短', '小于', 'too soon']],
  },
  {
    id: 'limit.visits',
    tier: 75,
    category: 'rate_limit',
    any: ['visit*', '访问量', '访问次数', '调用次数', 'call count', 'api call*', 'calls'],
    also: [exceedCues],
  },
  {
    id: 'limit.window',
    tier: 75,
    category: 'rate_limit',
    any: windowWords,
    also: [
      [
        ...exceedCues,
        'limit',
        'limits',
        'maximum',
        'more than',
        'at most',
        'up to',
        '限制',
        '次数',
        '最多',
        '不超过',
        '最大',
      ],
    ],
  },
  {
    id: 'limit.seconds',
    tier: 75,
    category: 'rate_limit',
    any: ['秒内', '分钟内', '小时内'],
    also: [['不能', '不允许', '连续', '重复', '相同', '同样']],
  },
  { id: 'limit.quota', tier: 75, category: 'quota', any: ['quota*', '配额'] },
  {
    id: 'limit.next-day',
    tier: 75,
    category: 'quota',
    any: ['改天', '次日', '明天', 'next day', 'tomorrow'],
    also: [['调用', 'call*', 'visit*', '访问', 'try*', 'unblock*', '解封', 'retry*', '再试']],
  },
  // The vendor's side.
  {
    id: 'unavailable.busy',
    tier: 70,
    category: 'unavailable',
    any: ['繁忙', 'busy', 'unavailable', '不可用', '维护中', 'maintenance', 'overload*', '过载'],
  },
  {
    id: 'unavailable.upstream',
    tier: 70,
    category: 'unavailable',
    any: ['第三方', 'third party', 'upstream', '上游', '运营商', 'carrier', '网关', 'gateway'],
    also: [['失败', '异常', '错误', 'fail*', 'error*', 'exception', '出错']],
  },
  {
    id: 'unavailable.platform',
    tier: 70,
    category: 'unavailable',
    any: ['微信', 'wechat', '支付宝', 'alipay', '后端', 'backend'],
    also: [['异常', 'exception', '出现错误', 'login error', 'error in login', '登录出现错误']],
  },
  {
    id: 'unavailable.service',
    tier: 70,
    category: 'unavailable',
    any: ['服务请求异常', '服务异常', 'service exception', 'service error', 'service unavailable'],
  },
  {
    id: 'unavailable.http-status',
    tier: 70,
    category: 'unavailable',
    any: ['http状态码', 'http status'],
    also: [['不等于', 'not 200', 'is not', '非200', 'not equal']],
  },
  {
    id: 'internal.error',
    tier: 70,
    category: 'internal',
    any: [
      '内部错误',
      '系统错误',
      '系统内部',
      '系统异常',
      '服务器错误',
      '服务器内部',
      '服务出错',
      '流程异常',
      '未知错误',
      'internal',
      'internally',
      'system error*',
      'server error*',
      'bad server',
      'runtime error',
      'unknown error*',
      'unexpected',
      'undefined error',
    ],
  },
  // The request's credentials.
  {
    id: 'auth.header',
    tier: 65,
    category: 'authentication',
    any: [
      'authorization',
      '包头',
      'sig',
      '账户id',
      '账号id',
      'account id',
      'account sid',
      'authentication',
      'auth',
      '认证',
      '鉴权',
      'unauthenticated',
    ],
    not: ['auth code', '未开通', 'not enabled', '未启用'],
  },
  {
    id: 'invalid.secret-in-params',
    tier: 62,
    category: 'invalid_request',
    any: ['包含', 'contain*'],
    also: [
      ['param*', '参数'],
      ['secret', 'appsecret', 'password', 'token', '密码', '密钥'],
    ],
  },
  {
    id: 'invalid.missing',
    tier: 60,
    category: 'invalid_request',
    any: [
      '为空',
      '不能为空',
      '空值',
      '空白',
      '缺少',
      '缺失',
      '漏传',
      '必填',
      '必须填写',
      '未设置',
      '未填写',
      'missing',
      'miss',
      'is needed',
      'needed',
      'required',
      'empty',
      'not set',
      'not setted',
      'supplied',
      'blank',
      'lack*',
      'absent',
    ],
  },
  {
    id: 'invalid.unsupported',
    tier: 58,
    category: 'invalid_request',
    any: ['不支持', '不被支持', 'not supported', 'unsupported', 'not support'],
  },
  // Who may do what.
  {
    id: 'permission.denied',
    tier: 55,
    category: 'permission',
    any: ['无权限', '没有权限', '权限不足', '无权访问', 'permiss*', 'forbidden', '禁止', 'access denied', 'denied'],
  },
  {
    id: 'permission.ip',
    tier: 55,
    category: 'permission',
    any: ['ip', '白名单', 'whitelist*', 'white list', 'allow list', 'allowlist'],
  },
  {
    id: 'permission.blocked',
    tier: 55,
    category: 'permission',
    any: [
      '黑名单',
      'blacklist*',
      'blocked',
      'banned',
      'ban',
      'disabled',
      'disable',
      '禁用',
      '冻结',
      '锁定',
      'locked',
      'frozen',
      '已关闭',
      '已经关闭',
      'closed',
      '已停用',
      '停用',
      '封禁',
      '已注销',
    ],
  },
  {
    id: 'permission.not-enabled',
    tier: 55,
    category: 'permission',
    any: [
      '未激活',
      'not activated',
      'inactive',
      '未开通',
      'not enabled',
      'not open*',
      '未启用',
      '未审核',
      '审核未通过',
      '审核中',
      'not approved',
      'not reviewed',
      'under review',
      '未上线',
      'not live',
      'not released',
      '未发布',
      'not purchased',
      '未购买',
      'purchase*',
    ],
  },
  {
    id: 'permission.unauthorized',
    tier: 55,
    category: 'permission',
    any: ['unauthorized', 'unauthorised', 'not authorized', '未被授权', '不被授权', '未授权'],
  },
  {
    id: 'permission.scope',
    tier: 55,
    category: 'permission',
    any: [
      '不属于',
      'not belong*',
      'does not belong*',
      '受保护',
      'protected',
      'domain',
      '域名',
      'referer',
      'referrer',
      '包名',
    ],
  },
  {
    id: 'permission.test-only',
    tier: 55,
    category: 'permission',
    any: ['测试', 'demo', 'test'],
    also: [['不能', '不允许', '只能', 'cannot', 'not allowed', 'only', 'may not']],
  },
  {
    id: 'permission.channel',
    tier: 55,
    category: 'permission',
    any: ['通道'],
    also: [['没有', '无', '冻结', '关闭']],
  },
  // Existence.
  {
    id: 'conflict.already',
    tier: 50,
    category: 'conflict',
    any: [
      '已存在',
      '已经存在',
      'already exist*',
      'already in use',
      'already used',
      '已被占用',
      'occupied',
      '已被使用',
      '已经',
      'already',
    ],
    not: ['已经是开通状态'],
  },
  {
    id: 'conflict.exists',
    tier: 50,
    category: 'conflict',
    any: ['exists', 'exist'],
    not: ['not exist*', 'does not exist*', 'doesn t exist*', 'no such', 'non exist*', 'nonexist*'],
  },
  {
    id: 'conflict.duplicate',
    tier: 50,
    category: 'conflict',
    any: [
      'duplicate*',
      '重复',
      '冲突',
      'conflict*',
      '只能绑定一次',
      'only once',
      '同时',
      'simultaneous*',
      'concurrent*',
    ],
    not: ['不能重复', 'must not repeat', 'cannot repeat'],
  },
  {
    id: 'auth.credential',
    tier: 48,
    category: 'authentication',
    any: [
      'token*',
      'credential*',
      '凭证',
      'appsecret',
      'app secret',
      'secret',
      'appkey',
      'app key',
      'appid',
      'app id',
      'ak',
      'access key*',
      'accesskey*',
      'api key',
      'apikey',
      'password',
      '密码',
      '授权码',
      'auth code',
      '票据',
      'oauth*',
      'refresh token',
      'refreshtoken',
      'security code',
      '安全码',
    ],
  },
  {
    id: 'auth.ticket',
    tier: 48,
    category: 'authentication',
    any: ['ticket*'],
    also: [['expire*', 'invalid*', 'illegal']],
  },
  {
    id: 'auth.authorization',
    tier: 48,
    category: 'authentication',
    any: ['无效授权', '授权'],
    not: ['未被授权', '不被授权', '未授权'],
  },
  {
    id: 'auth.main-account',
    tier: 48,
    category: 'authentication',
    any: ['主账户', '主账号'],
    also: [['不存在', '无效', '错误']],
  },
  {
    id: 'auth.oauth-code',
    tier: 48,
    category: 'authentication',
    any: ['code'],
    also: [['expired', 'expire*', 'invalid', '失效', '过期', '超时', '不合法']],
    not: [
      'verification code',
      'captcha',
      '验证码',
      '校验码',
      'sms code',
      'error code',
      'status code',
      'country code',
      'area code',
    ],
  },
  {
    id: 'auth.signature',
    tier: 47,
    category: 'authentication',
    any: ['签名', 'signature*', 'sign', 'signa', 'signed', 'hmac'],
    when: (w, ctx) => !smsSignature(w, ctx),
  },
  {
    id: 'not-found.missing',
    tier: 45,
    category: 'not_found',
    any: [
      '不存在',
      'not exist*',
      'does not exist*',
      'doesn t exist*',
      'non exist*',
      'nonexist*',
      'not found',
      'no such',
      '未找到',
      '找不到',
      '查不到',
      'cannot find',
      'can t find',
      '无此',
      'not registered',
      '未注册',
    ],
  },
  {
    id: 'not-found.deleted',
    tier: 45,
    category: 'not_found',
    any: ['deleted', '已删除', '被删除', 'removed', '已移除', '回收', 'recycled'],
  },
  {
    id: 'not-found.none',
    tier: 45,
    category: 'not_found',
    any: ['暂无', 'no record*', 'no user*', 'unbound', '没有'],
    not: ['通道', '权限', 'permission'],
  },
  {
    id: 'invalid.sms-signature',
    tier: 40,
    category: 'invalid_request',
    any: ['签名'],
    when: smsSignature,
  },
  {
    id: 'unavailable.try-later',
    tier: 35,
    category: 'unavailable',
    any: ['try again later', 'retry later', 'try later', '稍后再试', '稍后重试', '请稍后'],
  },
  {
    id: 'internal.operation-failed',
    tier: 30,
    category: 'internal',
    any: ['失败', 'fail*', '出错', '出现错误'],
    not: [
      '校验',
      '验证',
      '认证',
      '解密',
      '解码',
      '加密',
      '匹配',
      '解析',
      'check*',
      'verif*',
      'decrypt*',
      'encrypt*',
      'decod*',
      'valid*',
      'auth*',
      'match*',
      'pars*',
    ],
  },
  {
    id: 'invalid.generic',
    tier: 20,
    category: 'invalid_request',
    any: [
      '非法',
      '不合法',
      '无效',
      '错误',
      '有误',
      '格式',
      '长度',
      '取值',
      '只能',
      '不能',
      '不允许',
      '超过',
      '不为',
      '不符合',
      '不规范',
      '敏感词',
      '关键字',
      '不一致',
      '不匹配',
      '未绑定',
      '需要',
      '必须',
      '校验',
      '验证',
      '解密',
      '加密',
      '参数',
      'invalid*',
      'illegal',
      'unlawful',
      'wrong',
      'error*',
      'malformed',
      'format*',
      'length',
      'too long',
      '过长',
      '太长',
      '过大',
      'too large',
      'param*',
      'not equal',
      'not the same',
      'mismatch*',
      'must',
      'require*',
      'need*',
      'check*',
      'method',
      '请求方式',
      'https',
      'exceed*',
      'comply',
      'not bind',
      'cant',
      'cannot',
      'size',
      'xss',
      'decrypt*',
      'encrypt*',
      'verif*',
      'contain*',
      '包含',
      'not allowed',
      'incorrect',
      'misspell*',
      'version',
      '请使用',
      'please use',
    ],
  },
]

function fires(rule: Rule, w: RuleWords, ctx: SuggestContext): string | undefined {
  const cue = firstHit(w, rule.any)
  if (cue === undefined) return undefined
  if (rule.also?.some((group) => firstHit(w, group) === undefined)) return undefined
  if (rule.not !== undefined && firstHit(w, rule.not) !== undefined) return undefined
  if (rule.when !== undefined && !rule.when(w, ctx)) return undefined
  return cue
}

/** Whether a text rejects the request's time (a timestamp outside the window): such codes carry the clock skew. */
export function mentionsClockRejection(texts: readonly string[]): boolean {
  const w = ruleWords(texts)
  return rules.some((r) => r.id.startsWith('clock.') && fires(r, w, {}) !== undefined)
}

function textsOf(words: EntryWords, withName: boolean): string[] {
  const out: string[] = []
  const add = (t: string | undefined) => {
    if (t !== undefined && t !== '') out.push(t)
  }
  if (withName) {
    add(words.publishedName ?? words.name)
    if (typeof words.code === 'string' && isSymbolicCode(words.code)) add(words.code)
  }
  add(words.message)
  add(words.description?.en)
  add(words.description?.zh)
  add(words.remedy?.en)
  add(words.remedy?.zh)
  for (const v of words.variants ?? []) {
    add(v.en)
    add(v.zh)
  }
  return out
}

/** Every text of an entry or row, for word rules (the checker uses it too). */
export function entryTexts(words: EntryWords): string[] {
  return textsOf(words, true)
}

const hourMs = 3_600_000
const dayMs = 86_400_000

interface WindowFound {
  readonly rule: RetryRule
  readonly why: string
  readonly long: boolean
  readonly conflict?: string
}

const unitPattern = /(\d{1,6})\s?(秒|分钟|小时|天|seconds?|secs?|minutes?|mins?|hours?|days?)(?![a-z])/gi

/** The window a limit waits for, from the words (explicit durations first). */
function findWindow(texts: readonly string[]): WindowFound | undefined {
  const joined = texts.map((t) => t.slice(0, ruleTextLimit)).join('\n')
  for (const m of joined.matchAll(unitPattern)) {
    const n = Number(m[1])
    const unit = (m[2] ?? '').toLowerCase()
    if (!(n > 0)) continue
    const why = `"${m[0]}"`
    if (unit.startsWith('秒') || unit.startsWith('sec')) {
      return n === 1
        ? { rule: afterWindow('second'), why, long: false }
        : { rule: afterDelay(n * 1000), why, long: false }
    }
    if (unit.startsWith('分') || unit.startsWith('min'))
      return n === 1
        ? { rule: afterWindow('minute'), why, long: false }
        : { rule: afterDelay(n * 60_000), why, long: false }
    if (unit.startsWith('小') || unit.startsWith('hour'))
      return n === 1
        ? { rule: afterWindow('hour'), why, long: false }
        : { rule: afterDelay(n * hourMs), why, long: n >= 24 }
    if (unit.startsWith('天') || unit.startsWith('day'))
      return n === 1 ? { rule: afterWindow('day'), why, long: true } : { rule: afterDelay(n * dayMs), why, long: true }
  }
  const w = ruleWords(texts)
  const found: { window: Window; cue: string }[] = []
  const look = (window: Window, cues: readonly string[]) => {
    const cue = firstHit(w, cues)
    if (cue !== undefined) found.push({ window, cue })
  }
  look('month', ['每月', '当月', '自然月', 'month*', 'monthly'])
  look('day', [
    '次日',
    '改天',
    '明天',
    '每天',
    '每日',
    '当日',
    '当天',
    '同一天',
    '一天',
    '天级',
    '日级',
    '单日',
    'next day',
    'tomorrow',
    'daily',
    'per day',
    'a day',
    'day',
    'today',
  ])
  look('hour', ['每小时', '小时', '下一小时', 'hour*'])
  look('minute', ['每分钟', '分钟', '下一分钟', 'minute*'])
  const [first] = found
  if (first === undefined) return undefined
  const others = found.slice(1).filter((f) => f.window !== first.window)
  const base = {
    rule: afterWindow(first.window),
    why: `"${first.cue}"`,
    long: first.window === 'day' || first.window === 'month',
  }
  return others.length === 0 ? base : { ...base, conflict: others.map((o) => `${o.window} ("${o.cue}")`).join(', ') }
}

const scopeCues: readonly (readonly [Scope, readonly string[]])[] = [
  [
    'request',
    [
      '相同的内容',
      '同样的内容',
      '相同内容',
      '相同的短信',
      '相同短信',
      '相同模板',
      '相同的模板',
      '同样的',
      '相同的',
      'same content',
      'identical',
      'same message',
      'same template',
      'duplicate*',
      '重复',
    ],
  ],
  [
    'recipient',
    [
      '同一号码',
      '该号码',
      '该手机号',
      '此手机号',
      '单个手机号',
      '同一手机',
      '同一用户',
      '单个号码',
      '单个用户',
      '同一个号码',
      '同一个用户',
      '每个号码',
      '每个用户',
      'same number',
      'this number',
      'single number',
      'same phone*',
      'per number',
      'per phone',
      'per user',
      'same user',
      'each user',
      'recipient*',
      'per mobile',
      'one number',
      'login',
      '登录',
    ],
  ],
  [
    'account',
    [
      'appkey',
      'app key',
      'account*',
      '账户',
      '账号',
      'developer*',
      '开发者',
      '应用',
      'application',
      'app',
      '接口',
      'interface',
      'api',
      'qps',
      'ak',
      'key',
      'service',
      '服务',
      'visit*',
      '访问量',
      'tenant',
      '租户',
    ],
  ],
]

/** Whether `input` is a parsed row (cells by role) rather than an entry's words. */
function isParsedRow(input: ParsedRow | EntryWords): input is ParsedRow {
  return 'cells' in input && Array.isArray((input as ParsedRow).cells)
}

/** The words of a parsed row, placed by role: what an entry would hold. */
export function rowWords(row: ParsedRow): EntryWords {
  return assemble(row).words
}

/**
 * Suggests kind, category, retry rule, scope and clock-skew flag for a row or entry from bilingual word rules
 * (频率/QPS/too frequent, 余额/欠费/balance, 每天/daily, 时间戳/timestamp, 白名单/whitelist, 不存在/not exist,
 * 已存在/duplicate, 繁忙/busy, 签名 as an SMS signature or a request's signature, …). Each part names the rule
 * that made it; `review` says why a person must decide (no rule fired, rules disagree, a scope assumed).
 */
export function suggest(input: ParsedRow | EntryWords, context: SuggestContext = {}): Suggestion {
  const words = isParsedRow(input) ? rowWords(input) : input
  const all = ruleWords(textsOf(words, true))
  const notes: string[] = []
  const review: string[] = []
  const fired: { rule: Rule; cue: string }[] = []
  for (const rule of rules) {
    const cue = fires(rule, all, context)
    if (cue !== undefined) fired.push({ rule, cue })
  }
  const isZero =
    (typeof words.code === 'number' && words.code === 0) || (typeof words.code === 'string' && /^0+$/.test(words.code))
  const top = fired.reduce<{ rule: Rule; cue: string } | undefined>(
    (m, f) => (m === undefined || f.rule.tier > m.rule.tier ? f : m),
    undefined,
  )
  const said = (f: { rule: Rule; cue: string }) => `${f.rule.id} "${f.cue}"`

  if (isZero || top?.rule.kind !== undefined) {
    const kind: Kind = top?.rule.kind ?? 'success'
    notes.push(`kind ${kind}: ${top?.rule.kind !== undefined ? said(top) : 'kind.zero-code (code 0)'}`)
    if (isZero && top?.rule.kind === 'result') review.push('code 0 reads as an answer, not a success: check the kind')
    if (isZero && top !== undefined && top.rule.kind === undefined && top.rule.tier >= 45)
      review.push(`code 0 is taken as success, but the words say ${top.rule.category} (${said(top)})`)
    return { kind, category: 'unknown', retry: never, rules: notes, ...(review.length > 0 ? { review } : {}) }
  }

  let category: Category
  if (top === undefined || top.rule.category === undefined) {
    category = 'invalid_request'
    notes.push('category invalid_request: no rule matched (default)')
    review.push('no rule matched: the category and retry rule are defaults')
  } else {
    category = top.rule.category
    notes.push(`category ${category}: ${said(top)}`)
    const close = fired.filter(
      (f) =>
        f.rule.category !== undefined &&
        f.rule.category !== category &&
        f.rule.tier >= 30 &&
        top.rule.tier - f.rule.tier <= 10 &&
        !(isLimit(category) && isLimit(f.rule.category)),
    )
    const seen = new Set<Category>()
    const rivals = close.filter((f) => {
      const c = f.rule.category as Category
      if (seen.has(c)) return false
      seen.add(c)
      return true
    })
    if (rivals.length > 0)
      review.push(
        `rules disagree: ${category} (${said(top)}) or ${rivals.map((f) => `${f.rule.category} (${said(f)})`).join(', ')}`,
      )
  }

  const textWords = textsOf(words, false)
  let retry: RetryRule = never
  let scope: Scope | undefined
  let clockSkew = false
  if (isLimit(category)) {
    const win = findWindow(textWords) ?? findWindow(textsOf(words, true))
    const quotaRule = fired.find((f) => f.rule.category === 'quota')
    if (win?.long === true || quotaRule !== undefined) category = 'quota'
    else category = 'rate_limit'
    if (notes[0] !== undefined && !notes[0].startsWith(`category ${category}`))
      notes[0] = `category ${category}: ${said(top as { rule: Rule; cue: string })}${win?.long === true ? `, a window of a day or more (${win.why})` : ''}`
    if (win !== undefined) {
      retry = win.rule
      notes.push(`retry ${ruleName(win.rule)}: ${win.why}`)
      if (win.conflict !== undefined) review.push(`windows disagree: ${ruleName(win.rule)} or ${win.conflict}`)
    } else if (category === 'rate_limit') {
      retry = throttled
      notes.push('retry throttled: a rate limit without a window (refused before it ran: safe to replay)')
    } else notes.push('retry never: a quota without a window does not reset by waiting')
    for (const [s, cues] of scopeCues) {
      const cue = firstHit(all, cues)
      if (cue !== undefined) {
        scope = s
        notes.push(`scope ${s}: "${cue}"`)
        break
      }
    }
    if (scope === undefined) {
      scope = 'account'
      notes.push('scope account: assumed (no word says whom the limit applies to)')
      review.push('scope assumed: no word says whether the limit is the account’s, one recipient’s or one request’s')
    }
  } else if (category === 'internal' || category === 'unavailable') {
    retry = backoff
    notes.push(`retry backoff: ${category} failures are transient`)
  } else if (category === 'authentication') {
    const clock = fired.find((f) => f.rule.id.startsWith('clock.'))
    const renew = firstHit(all, ['token*', 'access token', 'credential*', '凭证', 'ticket*', '票据', 'session*'])
    const stale = firstHit(all, [
      'expired',
      'expire*',
      '过期',
      '超时',
      '失效',
      'invalid*',
      '无效',
      'not exist*',
      '不存在',
      'no token',
      'check failed',
      '校验失败',
      '是否有效',
    ])
    const lasting = firstHit(all, ['refresh token', 'refreshtoken', '主账号', '主账户', 'decrypt*', '解密'])
    if (clock !== undefined) {
      retry = refresh
      clockSkew = true
      notes.push(`retry refresh: ${said(clock)} (sign again with a corrected clock)`, `clockSkew: ${said(clock)}`)
    } else if (renew !== undefined && stale !== undefined && lasting === undefined) {
      retry = refresh
      notes.push(`retry refresh: "${renew}" and "${stale}" (get a new token, then retry)`)
    } else notes.push('retry never: the credentials need a fix first')
  } else notes.push(`retry never: ${category} needs a fix first`)

  const out: { -readonly [K in keyof Suggestion]: Suggestion[K] } = { kind: 'error', category, retry, rules: notes }
  if (scope !== undefined) out.scope = scope
  if (clockSkew) out.clockSkew = true
  if (review.length > 0) out.review = review
  return out
}

function isLimit(c: Category | undefined): boolean {
  return c === 'rate_limit' || c === 'quota'
}

/** A rule in the words of a catalog file: `afterWindow('day')`, `throttled`. */
function ruleName(rule: RetryRule): string {
  if (rule.kind === 'never') return 'never'
  if (rule.kind === 'backoff')
    return rule.replaySafe === true
      ? 'throttled'
      : rule.replaySafe === false
        ? "{ kind: 'backoff', replaySafe: false }"
        : 'backoff'
  if (rule.kind === 'refresh')
    return rule.replaySafe === undefined ? 'refresh' : `{ kind: 'refresh', replaySafe: ${rule.replaySafe} }`
  const safe = rule.replaySafe === undefined ? '' : `, ${rule.replaySafe}`
  if ('window' in rule) return `afterWindow('${rule.window}'${safe})`
  return `afterDelay(${numberLiteral(rule.delayMs)}${safe})`
}

function numberLiteral(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) < 10_000) return String(n)
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '_')
  return n < 0 ? `-${s}` : s
}

// ---------------------------------------------------------------------------------------------------------
// Entries

interface Assembled {
  words: EntryWords
  notes: string[]
}

/** Places a row's cells into an entry's fields; the message also fills the description of its language when that is empty. */
function assemble(row: ParsedRow): Assembled {
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

function sameText(a: LocalizedText | undefined, b: LocalizedText | undefined): boolean {
  return (a?.en ?? '') === (b?.en ?? '') && (a?.zh ?? '') === (b?.zh ?? '')
}

function codeKeyOf(code: Code): string {
  return typeof code === 'number' ? String(code) : code
}

function validVendor(vendor: unknown): string {
  if (typeof vendor !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(vendor))
    throw new ImportError(
      'bad-option',
      `the vendor id must be lower-case letters, digits and dashes (like "aliyun-sms"), not ${JSON.stringify(vendor)}`,
    )
  return vendor
}

function validTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0)
    return timeZone
  } catch {
    throw new ImportError(
      'bad-option',
      `unknown time zone ${JSON.stringify(timeZone)}: give an IANA name like Asia/Shanghai`,
    )
  }
}

/**
 * Imports a code table (any shape {@link parseTable} reads, or the JSON of `errcode export` and of
 * `errcode import --json`) into entries with suggestions and review notes. A code listed twice with the same
 * words is one entry; with other words, the other text is kept in `variants` and the entry is marked.
 */
export function importTable(text: string, options: ImportOptions): ImportResult {
  const vendor = validVendor(options.vendor)
  if (options.timeZone !== undefined) validTimeZone(options.timeZone)
  if (options.codes !== undefined && !['auto', 'string', 'number'].includes(options.codes))
    throw new ImportError('bad-option', `codes must be auto, string or number, not ${JSON.stringify(options.codes)}`)
  const body = assertReadable(text)
  const trimmed = body.trim()
  if ((trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']')))
    return importJson(trimmed, options, vendor)
  const parsed = parseDocument(body, options.codes ?? 'auto')
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

// ---------------------------------------------------------------------------------------------------------
// JSON: `errcode export`, `errcode import --json`, a list of entries

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Whether a value is a valid retry rule. */
export function isRetryRule(v: unknown): v is RetryRule {
  if (!isRecord(v)) return false
  const safe = v.replaySafe === undefined || typeof v.replaySafe === 'boolean'
  switch (v.kind) {
    case 'never':
      return true
    case 'backoff':
    case 'refresh':
      return safe
    case 'after':
      if ('window' in v) return safe && ['second', 'minute', 'hour', 'day', 'month'].includes(v.window as string)
      return safe && typeof v.delayMs === 'number' && Number.isFinite(v.delayMs) && v.delayMs >= 0
    default:
      return false
  }
}

function localized(v: unknown): LocalizedText | undefined {
  if (typeof v === 'string') return v === '' ? undefined : { [langOf(v)]: v }
  if (!isRecord(v)) return undefined
  const out: { en?: string; zh?: string } = {}
  if (typeof v.en === 'string' && v.en !== '') out.en = v.en
  if (typeof v.zh === 'string' && v.zh !== '') out.zh = v.zh
  return out.en === undefined && out.zh === undefined ? undefined : out
}

function importJson(text: string, options: ImportOptions, vendor: string): ImportResult {
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

// ---------------------------------------------------------------------------------------------------------
// Output

/** The JSON `errcode import --json` prints: `{ vendor, title, source, timeZone, entries, counts, notes }`. */
export function toJson(result: ImportResult): {
  vendor: string
  title: string
  source?: string
  timeZone: string
  entries: readonly ImportedEntry[]
  counts: ImportCounts
  notes: readonly string[]
} {
  const out: {
    vendor: string
    title: string
    source?: string
    timeZone: string
    entries: readonly ImportedEntry[]
    counts: ImportCounts
    notes: readonly string[]
  } = {
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

export interface RenderOptions {
  /** The URL of the published table (else the result's). */
  readonly source?: string
  /**
   * Where `defineCatalog` and the retry rules come from: `'errcode'` (default, for a project that installed
   * the package) or `'repo'` (`../src/catalog/define-catalog.js` and `../src/catalog/retry-rules.js`, for a file in errcode's catalogs/).
   */
  readonly importFrom?: 'errcode' | 'repo' | (string & {})
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
  const from = options.importFrom ?? 'errcode'
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
