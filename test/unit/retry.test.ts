import { describe, expect, it } from 'vitest'
import { resolveRetry } from '../../src/catalog/retry-rules.js'
import { nextReset, parseRetryAfter } from '../../src/catalog/time.js'
import { afterDelay, afterWindow, backoff, never, refresh, throttled } from '../../src/index.js'

const SH = 'Asia/Shanghai'
// 2026-03-10 15:30:20.500 in UTC+8
const now = Date.parse('2026-03-10T07:30:20.500Z')

describe('resolveRetry', () => {
  it('keeps never and backoff without a time', () => {
    expect(resolveRetry(never, SH, {}, now)).toEqual({ kind: 'never', replaySafe: false })
    expect(resolveRetry(backoff, SH, {}, now)).toEqual({ kind: 'backoff', replaySafe: false })
    expect(resolveRetry(throttled, SH, {}, now)).toEqual({ kind: 'backoff', replaySafe: true })
  })

  it('marks refresh as replay-safe: a rejected credential means the request never ran', () => {
    expect(resolveRetry(refresh, SH, {}, now)).toEqual({ kind: 'refresh', replaySafe: true })
  })

  it('resolves a fixed delay to a moment', () => {
    const hint = resolveRetry(afterDelay(30_000), SH, {}, now)
    expect(hint).toEqual({ kind: 'after', delayMs: 30_000, at: new Date(now + 30_000), replaySafe: true })
  })

  it('resolves a day window to 00:00 the next day in UTC+8, on the local clock without a Date header', () => {
    const hint = resolveRetry(afterWindow('day'), SH, {}, now)
    expect(hint.at?.toISOString()).toBe('2026-03-10T16:00:00.000Z')
    expect(hint.delayMs).toBe(Date.parse('2026-03-10T16:00:00Z') - now)
  })

  it('resolves minute, hour and second windows on the vendor clock', () => {
    expect(resolveRetry(afterWindow('minute'), SH, {}, now).at?.toISOString()).toBe('2026-03-10T07:31:00.000Z')
    expect(resolveRetry(afterWindow('hour'), SH, {}, now).at?.toISOString()).toBe('2026-03-10T08:00:00.000Z')
    expect(resolveRetry(afterWindow('second'), SH, {}, now).at?.toISOString()).toBe('2026-03-10T07:30:21.000Z')
  })

  it('measures the window from the Date header, and expresses it on the local clock', () => {
    // The server says 23:59:00 in UTC+8; the local clock runs 10 minutes behind it.
    const serverNow = Date.parse('2026-03-10T15:59:00Z')
    const localNow = serverNow - 600_000
    const hint = resolveRetry(afterWindow('day'), SH, { date: new Date(serverNow).toUTCString() }, localNow)
    expect(hint.delayMs).toBe(60_000)
    expect(hint.at?.getTime()).toBe(localNow + 60_000)
  })

  it('ignores a Date header it cannot read', () => {
    const hint = resolveRetry(afterWindow('hour'), SH, { date: 'yesterday-ish' }, now)
    expect(hint.at?.toISOString()).toBe('2026-03-10T08:00:00.000Z')
  })

  it('lets Retry-After (seconds or HTTP date) decide the wait of a backoff or after rule, never of never', () => {
    expect(resolveRetry(throttled, SH, { retryAfter: '7' }, now)).toMatchObject({ kind: 'after', delayMs: 7000 })
    const date = new Date(now).toUTCString()
    const at = new Date(Date.parse(date) + 120_000).toUTCString()
    expect(resolveRetry(backoff, SH, { retryAfter: at, date }, now)).toMatchObject({ kind: 'after', delayMs: 120_000 })
    expect(resolveRetry(never, SH, { retryAfter: '7' }, now)).toEqual({ kind: 'never', replaySafe: false })
  })
})

describe('time helpers', () => {
  it('nextReset honours time zones with half-hour offsets', () => {
    // 10:10 UTC is 15:40 in Asia/Kolkata (UTC+5:30): the next hour there starts at 10:30 UTC.
    expect(new Date(nextReset('hour', 'Asia/Kolkata', Date.parse('2026-03-10T10:10:00Z'))).toISOString()).toBe(
      '2026-03-10T10:30:00.000Z',
    )
  })

  it('nextReset crosses a daylight-saving change at local midnight', () => {
    // New York moves to UTC-4 on 2026-03-08; midnight of the 9th is 04:00 UTC.
    expect(new Date(nextReset('day', 'America/New_York', Date.parse('2026-03-08T12:00:00Z'))).toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    )
  })

  it('parseRetryAfter reads delta-seconds and HTTP dates, and rejects the rest', () => {
    expect(parseRetryAfter('0', now)).toBe(0)
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000)
    expect(parseRetryAfter(new Date(now + 5000).toUTCString(), now)).toBeGreaterThan(3000)
    expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0)
    expect(parseRetryAfter('-5', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

describe('resolveRetry and the Date header', () => {
  it('reads a Date header within a second of the local clock as no skew, so the reset lands on the second', () => {
    const local = Date.parse('2026-03-10T15:59:58.700Z')
    const hint = resolveRetry(afterWindow('day'), SH, { date: new Date(local).toUTCString() }, local)
    expect(hint.at?.toISOString()).toBe('2026-03-10T16:00:00.000Z')
  })
})
