// The two parsers the importer borrows, csv-parse and htmlparser2: optional peer dependencies, loaded on demand
// by `errcode import` so that the library itself depends on nothing. A missing one is named when it is needed.
import { ImportError } from './types.js'

/** The options of csv-parse's `parse` (csv-parse/sync) the importer uses. */
interface CsvOptions {
  readonly delimiter: string
  readonly record_delimiter: string
  readonly relax_column_count: boolean
  readonly relax_quotes: boolean
  readonly skip_empty_lines: boolean
  readonly skip_records_with_empty_values: boolean
  readonly trim: boolean
  readonly info: true
  readonly raw: true
}

/** One record of csv-parse with `info` and `raw`. */
export interface CsvRecord {
  readonly record: string[]
  readonly raw: string
  /** The line the record ends on, from 1. */
  readonly info: { readonly lines: number }
}

/** csv-parse's synchronous `parse`. */
export type CsvParse = (input: string, options: CsvOptions) => CsvRecord[]

/** The callbacks of htmlparser2's `Parser` the importer uses. */
interface HtmlHandler {
  onopentag(name: string): void
  onclosetag(name: string): void
  ontext(text: string): void
}

/** htmlparser2's `Parser`: entities are decoded in text (the whole HTML table, `&yen;` and `&times;` too). */
export type HtmlParser = new (
  handler: Partial<HtmlHandler>,
  options: { readonly decodeEntities: boolean; readonly lowerCaseTags: boolean },
) => { readonly startIndex: number; write(chunk: string): void; end(): void }

/** The parsers at hand: one left out is not installed, and an input that needs it is refused by name. */
export interface Parsers {
  readonly csv?: CsvParse
  readonly html?: HtmlParser
}

/** How each parser is loaded: a dynamic import, replaced in tests. */
interface ParserLoaders {
  readonly csv: () => Promise<{ readonly parse: unknown }>
  readonly html: () => Promise<{ readonly Parser: unknown }>
}

const installed: ParserLoaders = {
  csv: () => import('csv-parse/sync'),
  html: () => import('htmlparser2'),
}

/** The package each parser comes from, as `npm install` takes it. */
const parserPackages = { csv: 'csv-parse', html: 'htmlparser2' } as const

function notInstalled(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND'
}

/**
 * Loads the parsers that are installed. One that is not is left out (the input that needs it is refused
 * with the package's name); any other failure to load is thrown.
 */
export async function loadParsers(loaders: ParserLoaders = installed): Promise<Parsers> {
  const load = async <T>(get: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await get()
    } catch (error) {
      if (notInstalled(error)) return undefined
      throw error
    }
  }
  const [csv, html] = await Promise.all([load(loaders.csv), load(loaders.html)])
  const out: { csv?: CsvParse; html?: HtmlParser } = {}
  if (typeof csv?.parse === 'function') out.csv = csv.parse as CsvParse
  if (typeof html?.Parser === 'function') out.html = html.Parser as HtmlParser
  return out
}

/** The parser an input needs, or an {@link ImportError} that names the package to install. */
export function need<K extends keyof Parsers>(parsers: Parsers, which: K, what: string): NonNullable<Parsers[K]> {
  const parser = parsers[which]
  if (parser !== undefined) return parser as NonNullable<Parsers[K]>
  const name = parserPackages[which]
  throw new ImportError(
    'missing-parser',
    `reading ${what} needs the ${name} package, which is not installed: npm install --save-dev ${name}`,
  )
}
