// Reading the whole input: the detected format's reader, then the codes' JSON type for the whole table.
import type { Code } from '../../types.js'
import { hasLeadingZeros, typeCode } from './codes.js'
import { detectTable, type Format } from './detect.js'
import { assertReadable } from './input.js'
import { need, type Parsers } from './parsers.js'
import { readDelimited } from './read-delimited.js'
import { readHtml } from './read-html.js'
import { type Document, readLines } from './read-lines.js'
import { ImportError, type ImportOptions, type ParsedRow } from './types.js'

interface Parsed {
  readonly rows: ParsedRow[]
  readonly title: string | undefined
  readonly skipped: number
  readonly urls: readonly string[]
  readonly notes: readonly string[]
}

/**
 * Reads a checked input of a detected table format with its reader; text that does not split into delimited
 * records alike is read as lines.
 */
export function parseDocument(
  body: string,
  format: Exclude<Format, { kind: 'json' }>,
  parsers: Parsers,
  codes: ImportOptions['codes'] = 'auto',
): Parsed {
  const doc: Document = { rows: [], title: undefined, skipped: 0, urls: [] }
  if (format.kind === 'html') doc.rows.push(...readHtml(body, need(parsers, 'html', 'an HTML table')))
  else {
    const delimited =
      format.kind === 'delimited'
        ? readDelimited(
            body,
            format.delimiters,
            need(parsers, 'csv', 'CSV or TSV (or text with commas, semicolons or tabs in most lines)'),
          )
        : undefined
    if (delimited !== undefined) doc.rows.push(...delimited)
    else readLines(body, doc)
  }
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
 * or has no code, or that needs a parser (csv-parse, htmlparser2) not in `parsers`.
 *
 * @internal The first step of {@link importTable}, exported for its tests.
 */
export function parseTable(text: string, parsers: Parsers): ParsedRow[] {
  const body = assertReadable(text)
  const parsed = parseDocument(body, detectTable(body), parsers)
  if (parsed.rows.length === 0) throw noCodes()
  return parsed.rows
}

export function noCodes(): ImportError {
  return new ImportError(
    'no-codes',
    'no codes found. errcode reads lines that start with a code ("1804 qps limit", "API_SYS_REQSIGN 签名错误"), a table flattened to one cell a line, a Markdown or HTML table, CSV or TSV with a code column, or the JSON of errcode export',
  )
}
