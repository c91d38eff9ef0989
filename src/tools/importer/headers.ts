// Header words: the role (code, name, message, description, remedy) and language a header cell names.
import type { Locale } from '../../types.js'
import { hasHan, isLowerAscii, isUpperAscii } from './text.js'
import type { Role } from './types.js'

export type ColumnRole = Role | 'code' | 'other'

export interface HeaderCol {
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
export function headerRoleOf(cell: string): ColumnRole | undefined {
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

export function headerCol(text: string, role: ColumnRole): HeaderCol {
  const lang = langHint(text)
  return lang === undefined ? { role, text } : { role, lang, text }
}

/** A line of header words (`错误码 错误描述 解决方案`, `Status codeEnglish descriptionRemarks`), or undefined. */
export function parseHeaderLine(line: string): HeaderCol[] | undefined {
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
