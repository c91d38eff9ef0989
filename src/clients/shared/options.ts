// The options every wrapper takes, resolved once when it is installed: routes, locale, limits, retries.
import type { Adapter } from '../../adapter/define-adapter.js'
import { DEFAULT_LOCALE, MAX_BODY_BYTES } from '../../defaults.js'
import { type Observer, type OnError, observerOf, type Telemetry } from '../../observe/telemetry.js'
import type { RetryOptions } from '../../retry/options.js'
import { RetryPolicy } from '../../retry/policy.js'
import type { Locale } from '../../types.js'
import { alongCauses } from './transport.js'

/**
 * Which responses a route applies to: a host (`'api.ucpaas.com'`), every subdomain of one
 * (`'*.tencentcloudapi.com'`: `cvm.tencentcloudapi.com` and `cvm.ap-guangzhou.tencentcloudapi.com`, not
 * the bare domain), a URL prefix, a RegExp or a function.
 */
export type Match = string | RegExp | ((url: URL) => boolean)

/** One vendor among several on one client. Without an adapter, only the HTTP status is judged. */
export interface Route {
  readonly match: Match
  readonly adapter?: Adapter | undefined
}

/**
 * Every option of the axios, ky and fetch interceptors. They take {@link ErrcodeOptions}: these, with
 * `adapter`, `adapters` or both given.
 */
export interface ErrcodeBaseOptions {
  /** The vendor of every response this client receives. */
  readonly adapter?: Adapter
  /**
   * Several vendors on one client, tried in order. After them, each listed adapter also matches its own
   * vendor hosts. A response that no route matches passes through untouched.
   */
  readonly adapters?: readonly Route[]
  /**
   * The language of `err.description`.
   * @default 'en' (`DEFAULT_LOCALE`)
   */
  readonly locale?: Locale
  /** More field names whose values are secrets, masked in URLs, messages and bodies. */
  readonly secrets?: readonly string[]
  /**
   * Bodies larger than this are not read: they pass through untouched and unbuffered.
   * @default 1_048_576 (`MAX_BODY_BYTES`)
   */
  readonly maxBodyBytes?: number
  /**
   * Retries that follow the vendor's hints, with a retry budget and a quota guard. Off by default;
   * `true` for the defaults. A `RetryPolicy` instance can be shared by several clients.
   */
  readonly retry?: boolean | RetryOptions | RetryPolicy
  /**
   * Who is told of each attempt, retry, refusal, pacing wait, breaker change and typed error, one event
   * object each: `otel()` from `errcode-js/otel` (OpenTelemetry spans and metrics), an observer of the
   * application's own, or a list of them. What an observer throws is ignored.
   */
  readonly telemetry?: Telemetry | readonly Telemetry[]
  /**
   * Sees every typed error as it is made: each failed attempt's (retried or not) and each refusal before
   * sending, with the attempt's number and the masked request. A shorthand for `telemetry: { error }`.
   * What it throws is ignored.
   */
  readonly onError?: OnError
  /**
   * fetch and ky only: prepares each attempt of a routed request just before it is sent, the first and every
   * replay, and returns the Request to send (signed again, with a fresh nonce and timestamp). `attempt`
   * counts from 1. The returned Request is sent as it is; the errors name the request as the application
   * made it. Keep the body, the merchant order number and the idempotency key unchanged: a replay of a
   * failure whose outcome is unknown must be the very same request. axios has no `prepare`: its request
   * interceptors run for every replay already.
   *
   * @example
   * ```ts
   * const pay = withErrcode(fetch, { adapter: wechatPay, retry: true, prepare: (req) => sign(req) })
   * ```
   */
  readonly prepare?: Prepare
}

/** What the `prepare` option is given besides the request. */
export interface PrepareContext {
  /** Which attempt of the call this is, from 1. */
  readonly attempt: number
}

/** The `prepare` option: the Request to send for one attempt. */
export type Prepare = (request: Request, context: PrepareContext) => Request | Promise<Request>

/**
 * Options shared by the axios, ky and fetch interceptors. `adapter` (one vendor), `adapters` (routes) or
 * both must be given; with both, `adapter` answers for the URLs that no route matches.
 */
export type ErrcodeOptions =
  | (ErrcodeBaseOptions & { readonly adapter: Adapter })
  | (ErrcodeBaseOptions & { readonly adapters: readonly Route[] })

/** What an interceptor works with, computed once when it is installed. */
export interface Resolved {
  /** The language of descriptions; errors are made with it (see `contextOf` in client-errors.ts). */
  readonly locale: Locale
  /** More secret field names, as given. */
  readonly secrets: readonly string[] | undefined
  readonly maxBodyBytes: number
  /** The retry policy, when `retry` was given. */
  readonly policy: RetryPolicy | undefined
  /** Who hears of attempts and errors, when `telemetry` or `onError` was given. */
  readonly observer: Observer | undefined
  /** The `prepare` option, when given (fetch and ky). */
  readonly prepare: Prepare | undefined
  /** False when every response goes to one adapter: routing needs no URL then. */
  readonly needsUrl: boolean
  /** The route of a URL: an adapter, `null` for HTTP-status-only, `undefined` for no route. */
  route(url: string): Adapter | null | undefined
}

/** The vendor an error of a route names: the adapter's, or `'http'` for a route that judges statuses only. */
export const vendorOf = (adapter: Adapter | null): string => adapter?.vendor ?? 'http'

/** A request's method as errors and the retry rules name it. */
export const verb = (method: string | undefined): string => (method ?? 'GET').toUpperCase()

/** The policy `retry` asks for. A policy of another copy of errcode is taken as it is (it has `admit`). */
function policyOf(option: ErrcodeOptions['retry']): RetryPolicy | undefined {
  if (option === undefined || option === false) return undefined
  if (typeof (option as RetryPolicy).admit === 'function') return option as RetryPolicy
  return new RetryPolicy(option === true ? {} : (option as RetryOptions))
}

function matcher(match: Match): (url: URL) => boolean {
  if (typeof match === 'function') return match
  if (match instanceof RegExp) return (url) => match.test(url.href)
  if (match.includes('://')) return (url) => url.href.startsWith(match)
  const host = match.toLowerCase()
  if (host.startsWith('*.')) {
    const suffix = host.slice(1)
    return (url) => url.hostname.endsWith(suffix) && url.hostname.length > suffix.length
  }
  return (url) => url.host === host || url.hostname === host
}

export function resolveOptions(options: ErrcodeOptions): Resolved {
  const routes: { test: (url: URL) => boolean; adapter: Adapter | null }[] = []
  for (const r of options.adapters ?? []) routes.push({ test: matcher(r.match), adapter: r.adapter ?? null })
  for (const r of options.adapters ?? []) {
    for (const host of r.adapter?.hosts ?? []) routes.push({ test: matcher(host), adapter: r.adapter ?? null })
  }
  const single = options.adapter
  if (single === undefined && routes.length === 0) {
    throw new TypeError('errcode: give `adapter` or `adapters`')
  }
  return {
    locale: options.locale ?? DEFAULT_LOCALE,
    secrets: options.secrets,
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    needsUrl: routes.length > 0,
    policy: policyOf(options.retry),
    observer: observerOf(options.telemetry, options.onError),
    prepare: options.prepare,
    route(url) {
      if (routes.length === 0) return single
      let parsed: URL
      try {
        parsed = new URL(url)
      } catch {
        return single
      }
      for (const r of routes) if (r.test(parsed)) return r.adapter
      return single
    },
  }
}

const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
])

/**
 * A timeout as the clients report it: ky's and DOM's `TimeoutError`, axios' `ECONNABORTED`/`ETIMEDOUT`,
 * undici's own timeouts (two levels down: `fetch failed`, then `terminated`, then the timeout).
 */
export function isTimeout(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  if ((error as { name?: unknown }).name === 'TimeoutError') return true
  return alongCauses(error, ({ code }) => typeof code === 'string' && TIMEOUT_CODES.has(code), 4)
}

/** The application cancelled the request: that is its decision, not a failure to translate. */
export function isAbort(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { name, code } = error as { name?: unknown; code?: unknown }
  return name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED'
}
