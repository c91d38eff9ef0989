// Format detection, run once: JSON, HTML source, delimited text (CSV or TSV, with the delimiters to try), or plain text.
import type { Shape } from './types.js'

/** A delimiter to try, and the shape its rows are said to have. */
export interface Delimiter {
  readonly delimiter: '\t' | ',' | ';'
  readonly shape: Extract<Shape, 'csv' | 'tsv'>
}

export type Format =
  | { readonly kind: 'json'; readonly text: string }
  | { readonly kind: 'html' }
  /** CSV or TSV when one of the delimiters splits most records alike; else plain text. */
  | { readonly kind: 'delimited'; readonly delimiters: readonly Delimiter[] }
  | { readonly kind: 'lines' }

const tablePattern = /<t[rd][\s>]|<table[\s>]/i

/**
 * The format of a checked input. Delimiters are sniffed here, by the share of lines that hold each (csv-parse
 * has no sniffing of its own): a tab, a comma or a semicolon in half the lines or more is worth a try.
 */
export function detectFormat(body: string): Format {
  const trimmed = body.trim()
  if ((trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']')))
    return { kind: 'json', text: trimmed }
  return detectTable(body)
}

/** The format of a table that is not JSON. */
export function detectTable(body: string): Exclude<Format, { kind: 'json' }> {
  if (tablePattern.test(body)) return { kind: 'html' }
  const lines = body.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '')
  const most = Math.max(2, lines.length * 0.5)
  const delimiters: Delimiter[] = []
  if (lines.filter((l) => l.includes('\t')).length >= most) delimiters.push({ delimiter: '\t', shape: 'tsv' })
  if (lines.filter((l) => l.includes(',')).length >= most) delimiters.push({ delimiter: ',', shape: 'csv' })
  if (lines.filter((l) => l.includes(';')).length >= most) delimiters.push({ delimiter: ';', shape: 'csv' })
  return delimiters.length > 0 ? { kind: 'delimited', delimiters } : { kind: 'lines' }
}
