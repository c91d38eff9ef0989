// A catalog's retry rules (never, backoff, refresh, after a delay or a window) and the hint each becomes
// when an error is made, on the vendor's clock.
import type { RetryHint, RetryRule, Window } from '../types.js'
import { clockSkew, nextReset, parseHttpDate, parseRetryAfter } from './time.js'

/** Retry rules for catalog data. */
export const never: RetryRule = /* @__PURE__ */ Object.freeze({ kind: 'never' })
export const backoff: RetryRule = /* @__PURE__ */ Object.freeze({ kind: 'backoff' })
export const refresh: RetryRule = /* @__PURE__ */ Object.freeze({ kind: 'refresh' })
/** Back off, and replaying is safe: the vendor refused the request for its rate before running it. */
export const throttled: RetryRule = /* @__PURE__ */ Object.freeze({ kind: 'backoff', replaySafe: true })

/**
 * The vendor may have carried the request out, and says to send the very same request again (WeChat Pay
 * APIv3 `SYSTEMERROR`: "系统异常，请用相同参数重新调用"): errcode replays it as it is, never a changed one.
 */
export const sameRequest: RetryRule = /* @__PURE__ */ Object.freeze({
  kind: 'backoff',
  replaySafe: true,
  outcome: 'unknown',
})
/**
 * The vendor may have carried the request out, and says to query the operation's state first (WeChat Pay
 * APIv2 `SYSTEMERROR` of a code payment): errcode never replays it; the application queries.
 */
export const queryFirst: RetryRule = /* @__PURE__ */ Object.freeze({ kind: 'never', outcome: 'unknown', query: true })

/** Wait a fixed time: `afterDelay(30_000)`. */
export function afterDelay(delayMs: number, replaySafe?: boolean): RetryRule {
  return replaySafe === undefined ? { kind: 'after', delayMs } : { kind: 'after', delayMs, replaySafe }
}

/** Wait until the window resets on the vendor's clock: `afterWindow('day')` is the next 00:00. */
export function afterWindow(window: Window, replaySafe?: boolean): RetryRule {
  return replaySafe === undefined ? { kind: 'after', window } : { kind: 'after', window, replaySafe }
}

/** What the response said about time. */
export interface ResponseClock {
  /** The response's `Date` header. */
  readonly date?: string | null | undefined
  /** The response's `Retry-After` header. */
  readonly retryAfter?: string | null | undefined
  /** The wait the vendor gave in its own header or body field, in ms: it wins over `Retry-After`. */
  readonly waitMs?: number | undefined
}

/**
 * The rule's default for `replaySafe`: a request refused for its rate, its window or its credentials was
 * turned away before it ran; a transient failure (`backoff`) may have happened half-way.
 */
function defaultReplaySafe(rule: RetryRule): boolean {
  return rule.kind === 'after' || rule.kind === 'refresh'
}

/**
 * Resolves a static rule into a hint at the moment an error is made. The window's reset is computed on the
 * server's clock (its `Date` header) when there is one, then expressed on the local clock, so a skewed local
 * clock waits the right time. The vendor's own wait, else a `Retry-After` header, wins over the rule's own
 * delay. The rule's `outcome` and `query` are copied as they are.
 */
export function resolveRetry(
  rule: RetryRule,
  timeZone: string,
  clock: ResponseClock = {},
  now: number = Date.now(),
): RetryHint {
  const hint = resolveKind(rule, timeZone, clock, now)
  // What the vendor says of a request it may have carried out travels with every kind of hint.
  if (rule.outcome === undefined && rule.query === undefined) return hint
  return {
    ...hint,
    ...(rule.outcome === undefined ? {} : { outcome: rule.outcome }),
    ...(rule.query === undefined ? {} : { query: rule.query }),
  }
}

function resolveKind(rule: RetryRule, timeZone: string, clock: ResponseClock, now: number): RetryHint {
  if (rule.kind === 'never') return { kind: 'never', replaySafe: false }
  const replaySafe = rule.replaySafe ?? defaultReplaySafe(rule)
  if (rule.kind === 'refresh') return { kind: 'refresh', replaySafe }
  // Only a wait the vendor gave or a window needs the clocks: most errors are made without reading a date.
  if (rule.kind === 'backoff' && clock.retryAfter == null && clock.waitMs === undefined) {
    return { kind: 'backoff', replaySafe }
  }
  const dated = parseHttpDate(clock.date)
  const serverNow = now + (clockSkew(dated, now) ?? 0)
  // Retry-After as a date is measured against the Date header itself: both have whole seconds.
  const retryAfter = clock.waitMs ?? parseRetryAfter(clock.retryAfter, dated ?? now)
  if (rule.kind === 'backoff' && retryAfter === undefined) return { kind: 'backoff', replaySafe }
  let delayMs: number
  if (retryAfter !== undefined) delayMs = retryAfter
  else if ('window' in rule) delayMs = nextReset(rule.window, timeZone, serverNow) - serverNow
  else delayMs = 'delayMs' in rule ? rule.delayMs : 0
  return { kind: 'after', at: new Date(now + delayMs), delayMs, replaySafe }
}
