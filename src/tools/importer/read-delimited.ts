// Reader of CSV and TSV with csv-parse (RFC 4180 quoting, line breaks inside quotes): the first delimiter
// whose records mostly share a field count and have a code column wins.

import { strictCellCode } from './codes.js'
import type { PreRow } from './columns.js'
import type { Delimiter } from './detect.js'
import { headerRoleOf } from './headers.js'
import type { CsvParse, CsvRecord } from './parsers.js'
import { maxColumns, readTableRows } from './table-rows.js'
import { joinAll } from './text.js'

/** The records of the text split by one delimiter, each with the line it starts on; undefined if it does not parse. */
function records(text: string, delimiter: string, parse: CsvParse): { fields: string[]; line: number }[] | undefined {
  let parsed: CsvRecord[]
  try {
    parsed = parse(text, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      info: true,
      raw: true,
    })
  } catch {
    // An unclosed quote or the like: not this delimiter's table.
    return undefined
  }
  return parsed.map((r) => {
    // `raw` holds the blank lines skipped before the record and its own line breaks; `lines` is its last line.
    const own = r.raw.replace(/^(?:[ \t]*\n)+/, '').replace(/\n$/, '')
    let breaks = 0
    for (let i = own.indexOf('\n'); i >= 0; i = own.indexOf('\n', i + 1)) breaks++
    return { fields: r.record, line: r.info.lines - breaks }
  })
}

/** The whole input as CSV or TSV, when it is one: most records share a field count and have a code. */
export function readDelimited(body: string, delimiters: readonly Delimiter[], parse: CsvParse): PreRow[] | undefined {
  const text = body.replace(/\r\n?/g, '\n')
  for (const { delimiter, shape } of delimiters) {
    const found = records(text, delimiter, parse)
    if (found === undefined || found.length < 2) continue
    const counts = new Map<number, number>()
    for (const r of found) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1)
    const [mode = 0, modeCount = 0] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? []
    if (mode < 2 || modeCount < found.length * 0.6) continue
    const top = found[0]?.fields ?? []
    const headed = top.some((f) => headerRoleOf(f) === 'code')
    const body = headed ? found.slice(1) : found
    const codeShare = (j: number) =>
      body.filter((r) => strictCellCode(r.fields[j] ?? '') !== undefined).length / Math.max(1, body.length)
    const codeColumn = headed ? top.findIndex((f) => headerRoleOf(f) === 'code') : 0
    if (codeShare(codeColumn) < 0.6) continue
    const rows = found.map((r, k) => ({
      cells: r.fields.slice(0, maxColumns).map((f) => joinAll(f.split('\n').map((p) => p.trim()))),
      line: r.line,
      head: headed && k === 0,
    }))
    return readTableRows(rows, shape, headed)
  }
  return undefined
}
