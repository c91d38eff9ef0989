// Clocks and windows: when a vendor's minute, hour, day or month resets in its time zone, HTTP dates,
// Retry-After, and the skew between the server's clock and ours.
import type { Window } from '../types.js'

const UNIT_MS: Record<Exclude<Window, 'month'>, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
}
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    formatters.set(timeZone, f)
  }
  return f
}

/** Offsets already read, by time zone and quarter hour: `Intl` takes microseconds for each. */
const offsets = new Map<string, number>()
/** Every UTC offset in use is a multiple of 15 minutes, and so is every instant an offset changes at. */
const QUARTER_HOUR = 900_000

/** The UTC offset of a time zone at an instant, in milliseconds (`+08:00` is 28 800 000). */
function timeZoneOffsetMs(timeZone: string, at: number): number {
  const key = `${timeZone} ${Math.floor(at / QUARTER_HOUR)}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    offset = readOffset(timeZone, at)
    if (offsets.size >= 256) offsets.clear()
    offsets.set(key, offset)
  }
  return offset
}

function readOffset(timeZone: string, at: number): number {
  const part = formatter(timeZone)
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value
  const m = /GMT([+-])(\d{1,2})(?::?(\d{2}))?/.exec(part ?? '')
  if (m === null) return 0
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  return (m[1] === '-' ? -minutes : minutes) * 60_000
}

/** Throws a RangeError for a time zone that `Intl` does not know. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone)
}

/**
 * The next start of a window (second, minute, hour, day) after `now`, on the wall clock of `timeZone`.
 * `nextReset('day', 'Asia/Shanghai', t)` is the next 00:00 in UTC+8; `'month'` the first of the next month.
 */
export function nextReset(window: Window, timeZone: string, now: number): number {
  const offset = timeZoneOffsetMs(timeZone, now)
  const local = now + offset
  let nextLocal: number
  if (window === 'month') {
    // The first day of the next month, 00:00 on the vendor's wall clock.
    const d = new Date(local)
    nextLocal = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
  } else {
    const unit = UNIT_MS[window]
    nextLocal = Math.floor(local / unit) * unit + unit
  }
  // Across a daylight-saving change the offset at the reset differs from the offset now.
  const offsetThen = timeZoneOffsetMs(timeZone, nextLocal - offset)
  return nextLocal - offsetThen
}

/** Milliseconds since the epoch of an HTTP date (`Date`, `Retry-After`), or undefined. */
export function parseHttpDate(value: string | null | undefined): number | undefined {
  if (value == null || value === '') return undefined
  const t = Date.parse(value)
  return Number.isFinite(t) ? t : undefined
}

/**
 * The delay a `Retry-After` header asks for, in milliseconds: delta-seconds or an HTTP date
 * (measured against the response's own `Date` when given, so a skewed local clock does not matter).
 */
export function parseRetryAfter(value: string | null | undefined, serverNow: number): number | undefined {
  if (value == null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000
  // An HTTP date names its weekday and month; without letters, `Date.parse('-5')` would read a year.
  const at = /[a-z]{3}/i.test(trimmed) ? parseHttpDate(trimmed) : undefined
  return at === undefined ? undefined : Math.max(0, at - serverNow)
}

/**
 * Server clock minus local clock, from the time of a response's `Date` header. The header has whole
 * seconds: within a second of the local clock it says "no skew", nothing more. `undefined` without one.
 */
export function clockSkew(dated: number | undefined, now: number): number | undefined {
  if (dated === undefined) return undefined
  const skew = dated - now
  return Math.abs(skew) < 1_000 ? 0 : skew
}
