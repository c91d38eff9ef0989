// What an application may set of errcode's retries (`retry: { ... }`): types only. Defaults: defaults.ts.
import type { ApiError } from '../errors/errors.js'
import type { BreakerOptions } from './breaker.js'
import type { BudgetOptions, RetryBudget } from './budget.js'
import type { GuardStore } from './guard.js'
import type { PacingOptions } from './pacing.js'

/**
 * Retries that follow the vendor's own hints. Off unless asked for: `retry: true` takes the defaults.
 */
export interface RetryOptions {
  /**
   * Attempts in all, the first included.
   * @default 3
   */
  readonly maxAttempts?: number
  /**
   * The first backoff delay; each further attempt doubles it, with full jitter.
   * @default 200
   */
  readonly baseDelay?: number
  /**
   * The cap of one backoff delay.
   * @default 5_000
   */
  readonly maxBackoff?: number
  /**
   * The longest wait errcode accepts, from a vendor hint or `Retry-After`. A longer one (a daily quota that
   * resets at midnight) fails at once, `err.retry.at` telling when, and arms the quota guard. The default
   * suits background work; inside an HTTP request handler set `maxDelay: 2_000, deadline: 5_000`, or a
   * vendor's 30-second window holds the handler 30 s.
   * @default 30_000
   */
  readonly maxDelay?: number
  /**
   * The time all attempts and waits of one request may take; a wait that would pass it is not started.
   * @default 60_000
   */
  readonly deadline?: number
  /**
   * Methods that may be replayed whatever the error. Others are replayed only when the error's hint is
   * `replaySafe` (the vendor refused the request before running it).
   * @default ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']
   */
  readonly methods?: readonly string[]
  /** Retry budget shared by every request of the client: a token bucket; `false` for none. */
  readonly budget?: RetryBudget | BudgetOptions | false
  /**
   * Renews what a `refresh` hint asks for (a token, a signature's timestamp). Runs once for many concurrent
   * failures; each failed request is then replayed once. Without it, `refresh` hints are not retried.
   */
  readonly refresh?: (error: ApiError) => unknown
  /** The quota guard's store; `false` turns the guard off. An in-memory store by default. */
  readonly guard?: GuardStore | false
  /**
   * What identifies a request's credential for the quota guard, the breaker and pacing: the application's
   * own name for it (an app id, a tenant), hashed, never stored. Return `undefined` to leave it to the default.
   *
   * By default: where the vendor's adapter says its credential travels (Alibaba Cloud's `AccessKeyId` in
   * the query or the form body, Tencent Cloud's `Credential=<SecretId>/…` in the Authorization header, the
   * user of a Basic header, WeChat's `access_token` in the query), else the user of a Basic header, the key
   * id of a signed header, any other Authorization header as it is, or the caller's ids in the query or the
   * form body (`AccessKeyId`, `appkey`, `access_token`, …). Where none is found, no block of an account's
   * limit is kept: it would stop every credential on the host.
   *
   * Name the credential where the default cannot: WeChat's `access_token` changes when it is renewed while
   * the daily quota (45009) belongs to the app behind it.
   *
   * `body` is the request's body as the `recipient` option sees it.
   *
   * @example
   * ```ts
   * retry: { credential: ({ url }) => appIdOfToken(new URL(url).searchParams.get('access_token')) }
   * ```
   */
  readonly credential?: (request: CredentialRequest) => string | undefined
  /**
   * Who a request is for (a phone number, a user id), for limits of one recipient (`retry.scope ===
   * 'recipient'`: jiguang 9006, ucpaas 105122). With it, a recipient at such a limit is refused locally
   * until the window resets, and no one else is. Without it, recipient limits are never guarded: the
   * guard blocks a whole credential only for the account's own limits. The value is hashed, never stored.
   *
   * `body` is the request's body as the application gave it, a JSON or form text parsed into an object
   * (`undefined` for a stream or a `Request` whose body cannot be read twice).
   *
   * @example
   * ```ts
   * retry: { recipient: ({ body }) => (body as { phone?: string } | undefined)?.phone }
   * ```
   */
  readonly recipient?: (request: RecipientRequest) => string | undefined
  /**
   * One idempotency key per logical request, kept on every replay (as Stripe asks for): a header set on
   * each request whose method may not be replayed by itself (POST, PATCH), unless the application set it.
   * With it, such a request is also replayed after a `backoff` failure (a dropped connection, a server
   * error), since the vendor runs it once whatever it receives. Only for vendors that honour the header:
   * elsewhere it changes nothing but the replays. `true`: `Idempotency-Key`, a `crypto.randomUUID()`.
   */
  readonly idempotencyKey?: boolean | IdempotencyKeyOptions
  /**
   * A circuit breaker per vendor, host and credential, counting outages only (unavailable, internal,
   * network, timeout; never a wrong parameter, a credential, a limit or a result). Open, calls fail at
   * once (`err.shortCircuitedBy === 'breaker'`, `err.retry.at` when it tries again) until the cool-down
   * ends; then one probe decides. Kept in the guard's store as well, so a fleet on Redis opens together.
   * `true` for the defaults.
   */
  readonly breaker?: boolean | BreakerOptions
  /**
   * Pacing after throttling: the first rate limit for a credential (or for one recipient, by the code's
   * scope) starts a token bucket for it at the rate the vendor accepted in the last second; requests then
   * wait for their turn (within the deadline and the abort signal) instead of reaching a vendor that would
   * refuse them. Each further throttle slows it, passing requests speed it up. Per process. `true` for the
   * defaults.
   */
  readonly pacing?: boolean | PacingOptions
}

/** Settings of the `idempotencyKey` option. */
export interface IdempotencyKeyOptions {
  /** @default 'Idempotency-Key' */
  readonly header?: string
  /** A new key, once per logical request. @default () => crypto.randomUUID() */
  readonly value?: () => string
}

/** What the `credential` option is given. */
export interface CredentialRequest {
  readonly url: string
  readonly authorization: string | undefined
  /** The body as the application gave it, a JSON or form text parsed into an object. */
  readonly body: unknown
}

/** What the `recipient` option is given. */
export interface RecipientRequest {
  readonly method: string
  readonly url: string
  readonly body: unknown
}
