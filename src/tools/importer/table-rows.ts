// A table's rows with cells (Markdown, HTML, CSV/TSV) into parsed rows: header, code column, roles.
import { cellCode, strictCellCode } from './codes.js'
import { type PreRow, type RawRow, rowsOfBlock } from './columns.js'
import { type ColumnRole, type HeaderCol, headerCol, headerRoleOf } from './headers.js'
import type { Shape } from './types.js'

export const maxColumns = 64

/** Turns a table's rows (header first when known) into parsed rows. */
export function readTableRows(
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
