// The importer's vocabulary: rows, cells, suggestions, results, options, and the error it throws.
import type { CatalogEntry, Category, Code, Locale, LocalizedText, RetryRule, Scope } from '../../types.js'

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

/** The words of an entry or a row, as `suggest` reads them. */
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

type ImportErrorReason =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'no-codes'
  | 'bad-json'
  | 'bad-option'
  | 'missing-parser'

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
