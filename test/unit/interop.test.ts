import { afterEach, describe, expect, it, vi } from 'vitest'
import { RETRY_DEFAULTS } from '../../src/defaults.js'
import { createError } from '../../src/errors/errors.js'
import { type ApiError, isOutage, isRetryable, type RetryHint, retryDelay } from '../../src/index.js'

const error = (retry: RetryHint, category: ApiError['category'] = 'rate_limit'): ApiError =>
  createError({ vendor: 'v', code: 1, source: 'vendor', category, description: 'd', retry })

afterEach(() => vi.restoreAllMocks())

describe('isRetryable', () => {
  it('retries backoff, and after-waits up to maxDelay', () => {
    expect(isRetryable(error({ kind: 'backoff', replaySafe: false }))).toBe(true)
    const waitOf = (delayMs: number) => error({ kind: 'after', delayMs, at: new Date(), replaySafe: true })
    expect(isRetryable(waitOf(RETRY_DEFAULTS.maxDelay))).toBe(true)
    expect(isRetryable(waitOf(RETRY_DEFAULTS.maxDelay + 1))).toBe(false)
    expect(isRetryable(waitOf(60_000), { maxDelay: 60_000 })).toBe(true)
  })

  it('never retries never, refresh, a refusal of one identical request, or what is not an errcode error', () => {
    expect(isRetryable(error({ kind: 'never', replaySafe: false }, 'invalid_request'))).toBe(false)
    expect(isRetryable(error({ kind: 'refresh', replaySafe: true }, 'authentication'))).toBe(false)
    expect(isRetryable(error({ kind: 'after', delayMs: 0, at: new Date(), replaySafe: true, scope: 'request' }))).toBe(
      false,
    )
    expect(isRetryable(new Error('boom'))).toBe(false)
    expect(isRetryable(undefined)).toBe(false)
  })

  it('with a method: a POST only after a replay-safe refusal; idempotent methods after any', () => {
    const busy = error({ kind: 'backoff', replaySafe: false }, 'internal')
    const refused = error({ kind: 'backoff', replaySafe: true })
    expect(isRetryable(busy, { method: 'POST' })).toBe(false)
    expect(isRetryable(refused, { method: 'post' })).toBe(true)
    expect(isRetryable(busy, { method: 'get' })).toBe(true)
    expect(isRetryable(busy, { method: 'PUT' })).toBe(true)
  })
})

describe('retryDelay', () => {
  it("waits the vendor's delay for an after hint", () => {
    expect(retryDelay(error({ kind: 'after', delayMs: 1_234, at: new Date(), replaySafe: true }), 1)).toBe(1_234)
    expect(retryDelay(error({ kind: 'after', delayMs: -5, at: new Date(), replaySafe: true }), 3)).toBe(0)
  })

  it('backs off with full jitter otherwise: random() × min(maxBackoff, baseDelay × 2^(attempt−1))', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    const busy = error({ kind: 'backoff', replaySafe: false }, 'unavailable')
    expect(retryDelay(busy, 1)).toBe(100)
    expect(retryDelay(busy, 3)).toBe(400)
    expect(retryDelay(busy, 20)).toBe(2_500)
    expect(retryDelay(busy, 2, { baseDelay: 10, maxBackoff: 15 })).toBe(7.5)
    expect(retryDelay(new Error('x'), 1)).toBe(100)
  })
})

describe('isOutage', () => {
  it('is true for unavailable, internal, network and timeout only', () => {
    const categories = ['unavailable', 'internal', 'network', 'timeout', 'rate_limit', 'invalid_request', 'quota']
    const outages = categories.filter((c) => isOutage(error({ kind: 'never', replaySafe: false }, c as never)))
    expect(outages).toEqual(['unavailable', 'internal', 'network', 'timeout'])
    expect(isOutage(new Error('ECONNRESET'))).toBe(false)
  })
})
