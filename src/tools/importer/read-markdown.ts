// Reader of Markdown pipe tables (with or without the outer bars).
import type { PreRow } from './columns.js'
import { readTableRows } from './table-rows.js'
import { joinAll } from './text.js'

/** A heading, quote or list item: page structure, never the rest of a cell. */
export function isMarkup(line: string): boolean {
  return /^(?:#{1,6}\s|>|[-*+•]\s|\d{1,3}[.)、]\s?)/.test(line)
}

export function isPipeSeparator(line: string): boolean {
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

export function readPipeTable(lines: readonly string[], firstLine: number): PreRow[] {
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
