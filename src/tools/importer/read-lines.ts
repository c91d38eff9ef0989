// Reader of plain text: `CODE text` lines, `CODE english chinese` columns, a table flattened to one cell a line.
import { type CodeToken, leadingCode } from './codes.js'
import { type PreRow, type RawRow, rowsOfBlock, splitColumns } from './columns.js'
import { type HeaderCol, parseHeaderLine } from './headers.js'
import { isMarkup, isPipeSeparator, readPipeTable } from './read-markdown.js'
import { joinAll } from './text.js'

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

export interface Document {
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

export function readLines(text: string, doc: Document): void {
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
