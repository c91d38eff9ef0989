// The retry engine and isRetryable on a hint's outcome and query: a failure the vendor wants queried first
// is never replayed, whatever its kind; one whose outcome is unknown only where the vendor allows the very
// same request again (replaySafe), whatever the method or an idempotency key.
import { describe, expect, it } from 'vitest'
import { resolveRetry } from '../../src/catalog/retry-rules.js'
import { createError } from '../../src/errors/errors.js'
import { type ApiError, isRetryable, queryFirst, type RetryHint, RetryPolicy, sameRequest } from '../../src/index.js'

const failure = (retry: RetryHint): ApiError =>
  createError({ vendor: 'v', code: 'SYSTEMERROR', source: 'vendor', category: 'internal', description: 'd', retry })

const GET = { method: 'GET', replayable: true } as const
const POST = { method: 'POST', replayable: true } as const
const KEYED_POST = { ...POST, idempotent: true } as const

/**
 * What the engine plans after a failure of a request like `req` at its `attempt`, through the three calls a
 * client makes: admitted (once per attempt), then its failure reported.
 */
async function decide(
  error: ApiError,
  attempt: number,
  req: { method: string; replayable: boolean; idempotent?: boolean },
) {
  const policy = new RetryPolicy({
    budget: false,
    baseDelay: 1,
    maxBackoff: 1,
    idempotencyKey: req.idempotent === true,
  })
  const state = await policy.admit({
    vendor: 'v',
    method: req.method,
    url: 'https://api.example/x',
    authorization: undefined,
    body: req.replayable ? undefined : new ReadableStream(),
    // The request carries its own idempotency key, where it has one.
    has: () => true,
    request: undefined,
  })
  for (let i = 1; i < attempt; i++) await policy.admit(state)
  const plan = await policy.failed(state, error)
  return plan.retry ? { retry: true } : { retry: false }
}

describe('the retry engine on outcome and query', () => {
  it('never replays a failure the vendor wants queried first, even one it calls replay-safe', async () => {
    const query = failure({ kind: 'backoff', replaySafe: true, outcome: 'unknown', query: true })
    for (const req of [GET, POST, KEYED_POST]) {
      expect(await decide(query, 1, req), req.method).toEqual({ retry: false })
    }
  })

  it('never replays an unknown outcome the vendor does not allow again: not a GET, not with a key', async () => {
    const unknown = failure({ kind: 'backoff', replaySafe: false, outcome: 'unknown' })
    for (const req of [GET, POST, KEYED_POST]) {
      expect(await decide(unknown, 1, req), req.method).toEqual({ retry: false })
    }
    // The same hint without an unknown outcome: a GET and a keyed POST are replayed.
    const transient = failure({ kind: 'backoff', replaySafe: false })
    expect(await decide(transient, 1, GET)).toMatchObject({ retry: true })
    expect(await decide(transient, 1, KEYED_POST)).toMatchObject({ retry: true })
  })

  it('replays an unknown outcome the vendor allows again, a POST too, up to maxAttempts', async () => {
    const same = failure({ kind: 'backoff', replaySafe: true, outcome: 'unknown' })
    expect(await decide(same, 1, POST)).toMatchObject({ retry: true })
    expect(await decide(same, 3, POST)).toEqual({ retry: false })
    // Never a body that cannot be sent twice: it would not be the same request.
    expect(await decide(same, 1, { ...POST, replayable: false })).toEqual({ retry: false })
  })

  it('resolves the catalog rules sameRequest and queryFirst into the hints above', () => {
    expect(resolveRetry(sameRequest, 'Asia/Shanghai')).toEqual({
      kind: 'backoff',
      replaySafe: true,
      outcome: 'unknown',
    })
    expect(resolveRetry(queryFirst, 'Asia/Shanghai')).toEqual({
      kind: 'never',
      replaySafe: false,
      outcome: 'unknown',
      query: true,
    })
  })
})

describe('isRetryable on outcome and query', () => {
  it('says no to a query, and to an unknown outcome the vendor does not allow again', () => {
    expect(isRetryable(failure({ kind: 'backoff', replaySafe: true, query: true }))).toBe(false)
    expect(isRetryable(failure({ kind: 'backoff', replaySafe: false, outcome: 'unknown' }))).toBe(false)
    expect(isRetryable(failure({ kind: 'backoff', replaySafe: false, outcome: 'unknown' }), { method: 'GET' })).toBe(
      false,
    )
  })

  it('says yes to the very same request where the vendor allows it, a POST included', () => {
    const same = failure({ kind: 'backoff', replaySafe: true, outcome: 'unknown' })
    expect(isRetryable(same)).toBe(true)
    expect(isRetryable(same, { method: 'POST' })).toBe(true)
  })
})
