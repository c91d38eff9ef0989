import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { clientCause, createError } from '../../src/errors/errors.js'
import {
  ApiError,
  AuthenticationError,
  CauseSummary,
  categories,
  isApiError,
  NetworkError,
  RateLimitError,
  UnknownApiError,
} from '../../src/index.js'

const hint = { kind: 'backoff', replaySafe: true } as const

function rateLimit(extra: Partial<Parameters<typeof createError>[0]> = {}) {
  return createError({
    vendor: 'jiguang',
    code: 1804,
    source: 'vendor',
    category: 'rate_limit',
    description: 'QPS rate limit',
    vendorMessage: 'qps limit',
    retry: hint,
    ...extra,
  })
}

describe('error classes', () => {
  it('chooses the class from the category', () => {
    for (const category of categories) {
      const err = createError({ vendor: 'v', code: 1, source: 'vendor', category, description: 'd', retry: hint })
      expect(err.category).toBe(category)
      expect(err).toBeInstanceOf(ApiError)
      expect(err.constructor.name).toBe(err.name)
      expect((err.constructor as typeof ApiError).category).toBe(category)
    }
    expect(rateLimit()).toBeInstanceOf(RateLimitError)
    expect(rateLimit()).not.toBeInstanceOf(AuthenticationError)
  })

  it('sets name on the prototype, so String(err) names the class and name is no own key', () => {
    const err = rateLimit()
    expect(String(err)).toBe('RateLimitError: jiguang 1804: QPS rate limit (qps limit)')
    expect(Object.keys(err)).not.toContain('name')
    expect(
      new UnknownApiError({
        vendor: 'v',
        code: 'x',
        source: 'vendor',
        category: 'unknown',
        description: 'd',
        retry: hint,
      }).name,
    ).toBe('UnknownApiError')
  })

  it('formats the message as vendor code: description (vendor message) — METHOD host/path, without the query', () => {
    const err = rateLimit({
      request: { method: 'POST', url: 'https://api.verification.jpush.cn/v1/web/verify?sig=***' },
    })
    expect(err.message).toBe('jiguang 1804: QPS rate limit (qps limit) — POST api.verification.jpush.cn/v1/web/verify')
  })

  it('does not repeat a vendor message equal to the description', () => {
    expect(rateLimit({ vendorMessage: 'QPS rate limit' }).message).toBe('jiguang 1804: QPS rate limit')
  })

  it('keeps every field read-only, and the cause for clientCause with a summary in err.cause', () => {
    const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    const err = rateLimit({ cause })
    expect(clientCause(err)).toBe(cause)
    expect(err.cause).toBeInstanceOf(CauseSummary)
    expect(err.cause).toMatchObject({ name: 'Error', message: 'socket hang up', code: 'ECONNRESET' })
    expect(err.cause).toBe(err.cause)
    expect(() => {
      ;(err as { code: unknown }).code = 1
    }).toThrow(TypeError)
    expect(err.code).toBe(1804)
    expect(Object.isFrozen(err.retry)).toBe(true)
  })

  it('serialises to a stable, documented shape', () => {
    const err = rateLimit({
      status: 200,
      requestId: '117270465679982592',
      request: { method: 'POST', url: 'https://api.verification.jpush.cn/v1/web/verify' },
      body: { code: 1804, content: 'qps limit' },
      retry: { kind: 'after', at: new Date('2026-01-01T16:00:00Z'), delayMs: 5000, replaySafe: true },
      cause: new Error('boom'),
    })
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'RateLimitError',
      message: 'jiguang 1804: QPS rate limit (qps limit) — POST api.verification.jpush.cn/v1/web/verify',
      vendor: 'jiguang',
      code: 1804,
      source: 'vendor',
      category: 'rate_limit',
      description: 'QPS rate limit',
      vendorMessage: 'qps limit',
      retry: { kind: 'after', at: '2026-01-01T16:00:00.000Z', delayMs: 5000, replaySafe: true },
      status: 200,
      requestId: '117270465679982592',
      request: { method: 'POST', url: 'https://api.verification.jpush.cn/v1/web/verify' },
      body: { code: 1804, content: 'qps limit' },
      cause: { name: 'Error', message: 'boom' },
    })
  })

  it('says what a Response cause is: the response the error was read from, not an HTTP failure', () => {
    const err = rateLimit({ cause: new Response('{"code":1804}', { status: 200, statusText: 'OK' }) })
    expect(err.cause).toMatchObject({
      name: 'Response',
      message: 'the response this error was read from: HTTP 200 OK',
      status: 200,
    })
  })

  it('shows util.inspect the safe view, not the cause object with its headers', () => {
    const cause = Object.assign(new Error('Request failed'), {
      config: { headers: { Authorization: 'Basic c2VjcmV0LWNhbmFyeQ==' } },
    })
    const text = inspect(rateLimit({ cause }), { depth: Number.POSITIVE_INFINITY })
    expect(text).toContain('RateLimitError: jiguang 1804')
    expect(text).toContain("category: 'rate_limit'")
    expect(text).not.toContain('c2VjcmV0LWNhbmFyeQ')
  })
})

describe('guards', () => {
  it('recognise errors by brand, not by class identity', () => {
    const err = rateLimit()
    expect(isApiError(err)).toBe(true)
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).not.toBeInstanceOf(UnknownApiError)
    expect(isApiError(new Error('x'))).toBe(false)
    expect(isApiError(null)).toBe(false)
    expect(isApiError({ category: 'rate_limit' })).toBe(false)
  })

  it('recognise an error from another copy of the package, and so does instanceof', () => {
    // A second copy: a class that is not ours but carries the same global brand.
    const brand = Symbol.for('errcode.ApiError')
    class Foreign extends Error {
      category = 'rate_limit'
    }
    Object.defineProperty(Foreign.prototype, brand, { value: true })
    const foreign = new Foreign('from another copy')
    expect(isApiError(foreign)).toBe(true)
    expect(foreign).toBeInstanceOf(RateLimitError)
    expect(foreign).toBeInstanceOf(ApiError)
    expect(foreign).not.toBeInstanceOf(NetworkError)
  })

  it('keep ordinary instanceof for user subclasses', () => {
    class MyError extends RateLimitError {}
    expect(rateLimit()).not.toBeInstanceOf(MyError)
    expect(
      new MyError({ vendor: 'v', code: 1, source: 'vendor', category: 'rate_limit', description: 'd', retry: hint }),
    ).toBeInstanceOf(MyError)
  })
})
