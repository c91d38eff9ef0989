// Codes as found in a table: a number or a symbolic name, in a cell or at the start of a line, and its JSON type.
import type { Code } from '../../types.js'
import { headerRoleOf } from './headers.js'
import { isWhite } from './text.js'

const digitsPattern = /^-?\d{1,19}$/
const upperSnakePattern = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/
const firstSegmentPattern = /^[A-Za-z][A-Za-z0-9_]*$/
const laterSegmentPattern = /^[A-Z0-9][A-Za-z0-9_]*$/

/** `API_SYS_REQSIGN`, `isv.BUSINESS_LIMIT_CONTROL`, `AuthFailure.SignatureExpire`: a code that is not a number. */
export function isSymbolicCode(s: string): boolean {
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
export interface CodeToken {
  readonly raw: string
  readonly numeric: boolean
  /** Written in quotes (`"1804"`): the vendor means a string. */
  readonly quoted: boolean
}

export function typeCode(token: CodeToken, stringCodes: boolean): Code {
  if (!token.numeric || token.quoted || stringCodes) return token.raw
  const digits = token.raw.startsWith('-') ? token.raw.slice(1) : token.raw
  if (digits.length > 1 && digits.startsWith('0')) return token.raw
  if (token.raw === '-0') return token.raw
  const n = Number(token.raw)
  return Number.isSafeInteger(n) ? n : token.raw
}

export function hasLeadingZeros(token: CodeToken): boolean {
  return token.numeric && !token.raw.startsWith('-') && token.raw.length > 1 && token.raw.startsWith('0')
}

const cellCodePattern = /^[-+]?[A-Za-z0-9_.]{1,80}$/

/** The code of a cell in a code column of a table (`\`1804\``, `"000000"`, `OK`, `SignatureDoesNotMatch`). */
export function cellCode(cell: string): CodeToken | undefined {
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
export function strictCellCode(cell: string): CodeToken | undefined {
  const token = cellCode(cell)
  return token !== undefined && (token.numeric || isSymbolicCode(token.raw)) ? token : undefined
}

function isSeparatorAfterCode(c: number): boolean {
  return isWhite(c) || c === 0x3a || c === 0xff1a || c === 0x3d || c === 0x3001
}

/** The code a text line starts with, and the rest of the line: `1804 qps limit`, `- \`40001\`: invalid`. */
export function leadingCode(line: string): { token: CodeToken; rest: string } | undefined {
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
