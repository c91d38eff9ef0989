// errcode's retry hints for the retry tools an application already has (cockatiel, opossum, p-retry,
// TanStack Query): whether an error is worth another attempt, and how long to wait first.
import { IDEMPOTENT_METHODS, RETRY_DEFAULTS } from '../defaults.js'
import { isApiError } from '../errors/errors.js'

/** The limits {@link isRetryable} and {@link retryDelay} apply: the same names and defaults as `retry`. */
export interface HintOptions {
  /**
   * The longest wait worth taking; a longer one (a daily quota) is not retryable.
   * @default 30_000 (`RETRY_DEFAULTS.maxDelay`)
   */
  readonly maxDelay?: number
  /** @default 200 (`RETRY_DEFAULTS.baseDelay`) */
  readonly baseDelay?: number
  /** @default 5_000 (`RETRY_DEFAULTS.maxBackoff`) */
  readonly maxBackoff?: number
  /**
   * The request's method, when the tool knows it: a method that is not idempotent is retried only after
   * a refusal the vendor made before running the request (`err.retry.replaySafe`).
   */
  readonly method?: string
}

/**
 * Whether another attempt may succeed, by the error's hint: `backoff`, and `after` a wait no longer than
 * `maxDelay`. Never for `never`, for a refusal of one identical request (`scope: 'request'`), for a failure
 * the vendor wants queried first (`query`), for one whose outcome is unknown unless the vendor allows the
 * very same request again (`outcome: 'unknown'` without `replaySafe`), or for
 * `refresh` (the same request fails again until the token or signature is renewed: use the `retry`
 * option's `refresh`). Anything that is not an errcode error is not errcode's to judge: `false`.
 *
 * @example
 * ```ts
 * import { handleWhen, retry, ExponentialBackoff } from 'cockatiel'
 * const policy = retry(handleWhen(isRetryable), { maxAttempts: 3, backoff: new ExponentialBackoff() })
 * ```
 */
export function isRetryable(error: unknown, options: HintOptions = {}): boolean {
  if (!isApiError(error)) return false
  const hint = error.retry
  if (hint.scope === 'request' || hint.query === true) return false
  // The vendor may have carried the request out: only the very same request, and only where it allows it.
  if (hint.outcome === 'unknown' && !hint.replaySafe) return false
  if (options.method !== undefined && !hint.replaySafe) {
    if (!IDEMPOTENT_METHODS.includes(options.method.toUpperCase())) return false
  }
  switch (hint.kind) {
    case 'backoff':
      return true
    case 'after':
      return (hint.delayMs ?? 0) <= (options.maxDelay ?? RETRY_DEFAULTS.maxDelay)
    default:
      return false
  }
}

/** The categories that say the vendor is down, not that the request or the account is at fault. */
const OUTAGES: ReadonlySet<string> = new Set(['unavailable', 'internal', 'network', 'timeout'])

/**
 * Whether an error says the vendor (or the way to it) is down: `unavailable`, `internal`, `network` or
 * `timeout`. What a circuit breaker should count; never a wrong parameter, a credential, a limit or a
 * result. opossum: `errorFilter: (err) => !isOutage(err)`; cockatiel: `handleWhen(isOutage)`.
 */
export function isOutage(error: unknown): boolean {
  return isApiError(error) && OUTAGES.has(error.category)
}

/**
 * How long to wait before the next attempt, in ms, after `attempt` failed (counted from 1): the vendor's
 * wait for an `after` hint (its window or `Retry-After`), else exponential backoff with full jitter, as the
 * `retry` option waits. For an error that is not retryable it is the backoff all the same: ask
 * {@link isRetryable} first.
 */
export function retryDelay(error: unknown, attempt: number, options: HintOptions = {}): number {
  if (isApiError(error) && error.retry.kind === 'after') return Math.max(0, error.retry.delayMs ?? 0)
  return fullJitter(
    attempt,
    options.baseDelay ?? RETRY_DEFAULTS.baseDelay,
    options.maxBackoff ?? RETRY_DEFAULTS.maxBackoff,
  )
}

/** Exponential backoff with full jitter: `random() × min(maxBackoff, baseDelay × 2^(attempt−1))`. */
export function fullJitter(attempt: number, baseDelay: number, maxBackoff: number): number {
  return Math.random() * Math.min(maxBackoff, baseDelay * 2 ** Math.max(0, attempt - 1))
}
