// classifyResponse: the whole judgement of one response (verdict, then error) for code that is not one of
// the three wrappers; batchFailures: the failed items of a batch answer.
import type { Adapter } from '../adapter/define-adapter.js'
import type { ApiError, BatchFailure } from '../errors/errors.js'
import { type ClassifyContext, defaultContext, errorOf, vendorError } from './make-error.js'
import { type ResponseFacts, verdictOf } from './verdict.js'

/**
 * Classifies one response: `undefined` when it passes (success, result, or a body that is not the vendor's
 * to judge), else the error to throw. Without an adapter only the HTTP status is judged (vendor `'http'`).
 */
export function classifyResponse(
  adapter: Adapter | undefined,
  facts: ResponseFacts,
  ctx: ClassifyContext = defaultContext,
): ApiError | undefined {
  const verdict = verdictOf(adapter, facts)
  return verdict === undefined ? undefined : errorOf(adapter, verdict, facts, ctx)
}

/**
 * The failed items of a batch answer that passed because some items succeeded (a Tencent `SendSms` to 200
 * numbers where three hit their daily limit): one typed error per item, with its category, scope and
 * retry hint. Give it the parsed body the client returned (`res.data` with axios, `await res.json()` with
 * ky and fetch). When every item fails the call rejects instead, and `err.items` holds the same list.
 *
 * @example
 * ```ts
 * const res = await api.post('/', { PhoneNumberSet: numbers, ... })
 * for (const { key, error } of batchFailures(tencentSms, res.data)) {
 *   if (error.retry.scope === 'recipient') skipForToday(key)
 * }
 * ```
 */
export function batchFailures(
  adapter: Adapter,
  body: unknown,
  ctx: ClassifyContext = defaultContext,
): readonly BatchFailure[] {
  const facts = { status: 200, header: () => undefined, body: { kind: 'json' as const, value: body } }
  return adapter.failedItems(body).map((item) => ({
    index: item.index,
    key: item.key,
    error: vendorError(adapter, { ...item, kind: 'error' }, facts, ctx),
  }))
}
