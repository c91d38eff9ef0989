// Text helpers: scripts (Han or Latin), character classes, joining wrapped lines, clipping for notes.
import type { Locale } from '../../types.js'

function isHanCodePoint(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2ffff)
  )
}

/** Han, CJK punctuation and full-width forms: the side of a space that belongs to Chinese text. */
export function isCjkCodePoint(c: number): boolean {
  return isHanCodePoint(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
}

/** Whether a text has a Han character: its language is then `zh`. */
export function hasHan(text: string): boolean {
  for (const ch of text) if (isHanCodePoint(ch.codePointAt(0) ?? 0)) return true
  return false
}

export function langOf(text: string): Locale {
  return hasHan(text) ? 'zh' : 'en'
}

export function lastCodePoint(s: string): number {
  if (s.length === 0) return 0
  const low = s.charCodeAt(s.length - 1)
  if (low >= 0xdc00 && low <= 0xdfff && s.length >= 2) return s.codePointAt(s.length - 2) ?? low
  return low
}

export function firstCodePoint(s: string): number {
  return s.codePointAt(0) ?? 0
}

/**
 * Joins the lines of a cell that wraps: no space where Chinese text meets the break, one space between two
 * Latin words. Linear:
 * it never reads back the text it has built.
 */
export function joinAll(parts: readonly string[]): string {
  const out: string[] = []
  let last = 0
  for (const part of parts) {
    if (part === '') continue
    if (out.length > 0 && !isCjkCodePoint(last) && !isCjkCodePoint(firstCodePoint(part))) out.push(' ')
    out.push(part)
    last = lastCodePoint(part)
  }
  return out.join('')
}

export function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x3000
}

export function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

export function isLowerAscii(c: number): boolean {
  return c >= 0x61 && c <= 0x7a
}

export function isDigitAscii(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
