// Input checks, run once: bytes to text, size, binary data, encoding, emptiness, and the options.
import { ImportError, maxInputBytes } from './types.js'

/**
 * Decodes the bytes of a file or of stdin: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Binary data and
 * text in another encoding are refused with an {@link ImportError}.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.byteLength > maxInputBytes) throw tooLarge(bytes.byteLength)
  if (bytes.byteLength >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes.byteLength >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const probe = bytes.subarray(0, 65_536)
  if (probe.includes(0)) throw binary()
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new ImportError(
      'encoding',
      'the input is not UTF-8 text. A table saved as GBK or GB18030 must be converted first: iconv -f GB18030 -t UTF-8 <file>',
    )
  }
}

function tooLarge(size: number): ImportError {
  return new ImportError(
    'too-large',
    `the input is ${(size / 1024 / 1024).toFixed(1)} MiB; errcode reads at most ${maxInputBytes / 1024 / 1024} MiB. Copy only the code table`,
  )
}

function binary(): ImportError {
  return new ImportError(
    'binary',
    'the input is binary data, not a code table: give a text, Markdown, HTML, CSV or JSON file',
  )
}

function utf8Length(text: string, stopAt: number): number {
  let n = 0
  for (let i = 0; i < text.length && n <= stopAt; i++) {
    const c = text.charCodeAt(i)
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3
  }
  return n
}

/** Checks a text once, before its format is detected: size, binary data, encoding, emptiness. The text to read. */
export function assertReadable(text: string): string {
  if (typeof text !== 'string') throw new ImportError('bad-option', 'the input must be text')
  if (text.length > maxInputBytes || utf8Length(text, maxInputBytes) > maxInputBytes)
    throw tooLarge(utf8Length(text, Number.POSITIVE_INFINITY))
  let controls = 0
  let replacements = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) throw binary()
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) controls++
    else if (c === 0xfffd) replacements++
  }
  if (controls > Math.max(8, text.length * 0.01)) throw binary()
  if (replacements > Math.max(8, text.length * 0.01))
    throw new ImportError(
      'encoding',
      'the input holds many U+FFFD replacement characters: it was decoded with the wrong encoding',
    )
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '')
    throw new ImportError('empty', 'the input is empty: give a code table (text, Markdown, HTML, CSV or JSON)')
  return body.replace(/\u00a0/g, ' ')
}

export function validVendor(vendor: unknown): string {
  if (typeof vendor !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(vendor))
    throw new ImportError(
      'bad-option',
      `the vendor id must be lower-case letters, digits and dashes (like "aliyun-sms"), not ${JSON.stringify(vendor)}`,
    )
  return vendor
}

export function validTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0)
    return timeZone
  } catch {
    throw new ImportError(
      'bad-option',
      `unknown time zone ${JSON.stringify(timeZone)}: give an IANA name like Asia/Shanghai`,
    )
  }
}
