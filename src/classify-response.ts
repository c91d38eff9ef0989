import type { Adapter } from './adapter.js'
import { type ClassifyContext, defaultContext, errorOf } from './classify.js'
import type { ApiError } from './errors.js'
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
