// Reader of HTML tables with htmlparser2: rows of <table> page source (<th> or <thead> for the header), every
// entity decoded, <script> and <style> skipped, a line break next to Chinese text no space.
import type { PreRow } from './columns.js'
import type { HtmlParser } from './parsers.js'
import { readTableRows } from './table-rows.js'
import { isCjkCodePoint, isWhite } from './text.js'

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

type Cell = { parts: string[]; head: boolean }
type Row = { cells: Cell[]; line: number }
type Table = { rows: Row[]; headSection: boolean }

/** The rows of every table of page source, tables inside cells included. */
export function readHtml(text: string, Parser: HtmlParser): PreRow[] {
  const out: PreRow[] = []
  const stack: Table[] = []
  let row: Row | undefined
  let cell: Cell | undefined
  let skipping = 0
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
      cells: r.cells.map((c) => collapseHtmlText(c.parts)),
      line: r.line,
      head: r.cells.every((c) => c.head),
    }))
    out.push(...readTableRows(rows, 'html', rows[0]?.head === true ? true : undefined))
  }
  const tag = (name: string, closing: boolean) => {
    if (name === 'script' || name === 'style') {
      skipping = Math.max(0, skipping + (closing ? -1 : 1))
      return
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
        if (!closing && stack.length > 0) row = { cells: [], line: lineAt(parser.startIndex) }
        break
      case 'td':
      case 'th':
        closeCell()
        if (!closing && stack.length > 0) {
          if (row === undefined) row = { cells: [], line: lineAt(parser.startIndex) }
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
  const parser = new Parser(
    {
      onopentag: (name) => tag(name, false),
      onclosetag: (name) => tag(name, true),
      ontext: (t) => {
        if (skipping === 0 && cell !== undefined) cell.parts.push(t)
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(text)
  parser.end()
  while (stack.length > 0) closeTable()
  return out
}
