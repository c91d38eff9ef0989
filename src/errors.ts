import { maskText, shortUrl } from './mask.js'
import type { Catalog, CatalogEntry, Category, Code, RequestSummary, RetryHint } from './types.js'

const BRAND: unique symbol = Symbol.for('errcode.ApiError') as never
const INSPECT = Symbol.for('nodejs.util.inspect.custom')

/** Where an error's code came from: the vendor's body, the HTTP status, or the network. */
export type ErrorSource = 'vendor' | 'http' | 'network'

/** Everything an {@link ApiError} is made from. */
export interface ApiErrorInit {
  readonly vendor: string
  readonly code: Code
  readonly source: ErrorSource
  readonly category: Category
  readonly description: string
  readonly retry: RetryHint
  readonly entry?: CatalogEntry | undefined
  readonly vendorMessage?: string | undefined
  readonly status?: number | undefined
  readonly requestId?: string | undefined
  readonly request?: RequestSummary | undefined
  readonly body?: unknown
  readonly cause?: unknown
  /** Overrides the generated message. */
  readonly message?: string | undefined
  /** How many attempts were made, the first included, when a retry policy ran. */
  readonly attempts?: number | undefined
  /** Milliseconds spent waiting between attempts. */
  readonly waitedMs?: number | undefined
  /** The request was not sent: a quota guard knew the vendor would refuse it. */
  readonly shortCircuited?: boolean | undefined
  /** Server clock minus local clock, for codes that reject the request's timestamp. */
  readonly clockSkewMs?: number | undefined
}

/** The stable, documented shape of `JSON.stringify(err)`: safe to log. */
export interface ApiErrorJSON {
  name: string
  message: string
  vendor: string
  code: Code
  source: ErrorSource
  category: Category
  description: string
  vendorMessage?: string
  retry: { kind: RetryHint['kind']; at?: string; delayMs?: number; replaySafe: boolean }
  status?: number
  requestId?: string
  request?: RequestSummary
  body?: unknown
  attempts?: number
  waitedMs?: number
  shortCircuited?: boolean
  clockSkewMs?: number
  cause?: { name: string; message: string }
}

function formatMessage(init: ApiErrorInit): string {
  const said =
    init.vendorMessage !== undefined && init.vendorMessage !== '' && init.vendorMessage !== init.description
      ? ` (${init.vendorMessage})`
      : ''
  const where = init.request === undefined ? '' : ` — ${init.request.method} ${shortUrl(init.request.url)}`
  return `${init.vendor} ${init.code}: ${init.description}${said}${where}`
}

const OPTIONAL = [
  'entry',
  'vendorMessage',
  'status',
  'requestId',
  'request',
  'body',
  'attempts',
  'waitedMs',
  'shortCircuited',
  'clockSkewMs',
] as const

/**
 * The base class of every error errcode makes. Catch a subclass (`RateLimitError`) to handle one category
 * for every vendor, or read `category`, `code` and `retry`.
 *
 * `instanceof` and the `is*` guards also recognise errors made by another copy of errcode (a duplicate in
 * `node_modules`, another realm): both check a `Symbol.for` brand.
 *
 * @example
 * ```ts
 * try { await api.post('/v1/web/verify', body) }
 * catch (err) {
 *   if (err instanceof RateLimitError) await sleep(err.retry.delayMs ?? 1000)
 *   else throw err
 * }
 * ```
 */
export class ApiError extends Error {
  /** The category this class stands for; `undefined` for the base class. */
  static readonly category: Category | undefined = undefined

  /** The vendor id (`'jiguang'`); `'http'` where only the HTTP status was classified. */
  declare readonly vendor: string
  /** The code as the API sent it; the HTTP status or the network error code where there is none. */
  declare readonly code: Code
  declare readonly source: ErrorSource
  declare readonly category: Category
  /** The catalog's text for the code, in the chosen locale. */
  declare readonly description: string
  declare readonly retry: RetryHint
  /** The catalog entry of the code, when the catalog has it. */
  declare readonly entry?: CatalogEntry
  /** What the response body itself said. */
  declare readonly vendorMessage?: string
  /** The HTTP status of the response. */
  declare readonly status?: number
  /** The vendor's request or serial id, exact even above 2^53. */
  declare readonly requestId?: string
  /** The method and URL of the request, secrets masked. */
  declare readonly request?: RequestSummary
  /** The parsed response body, secret fields masked. */
  declare readonly body?: unknown
  /** Attempts made in all, when a retry policy ran. */
  declare readonly attempts?: number
  /** Milliseconds spent waiting between attempts. */
  declare readonly waitedMs?: number
  /** True when no request was sent: the quota guard knew the vendor would refuse it. */
  declare readonly shortCircuited?: boolean
  /** Server clock minus local clock, from the `Date` header, for codes that reject the request's timestamp. */
  declare readonly clockSkewMs?: number
  declare readonly [BRAND]: true

  constructor(init: ApiErrorInit) {
    super(init.message ?? formatMessage(init), init.cause === undefined ? undefined : { cause: init.cause })
    const fields: Record<string, unknown> = {
      vendor: init.vendor,
      code: init.code,
      source: init.source,
      category: init.category,
      description: init.description,
      retry: Object.freeze({ ...init.retry }),
    }
    for (const key of OPTIONAL) if (init[key] !== undefined) fields[key] = init[key]
    for (const [key, value] of Object.entries(fields)) {
      Object.defineProperty(this, key, { value, enumerable: true, writable: false, configurable: false })
    }
  }

  /** True for errors of this class (or one of its subclasses) from any copy of errcode. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    const category = ownCategory.get(this)
    if (category === undefined) return Function.prototype[Symbol.hasInstance].call(this, value)
    return isApiError(value) && (category === 'any' || value.category === category)
  }

  /** A log-safe plain object; the shape is stable across versions. */
  toJSON(): ApiErrorJSON {
    const json: ApiErrorJSON = {
      name: this.name,
      message: this.message,
      vendor: this.vendor,
      code: this.code,
      source: this.source,
      category: this.category,
      description: this.description,
      retry: {
        kind: this.retry.kind,
        ...(this.retry.at === undefined ? {} : { at: this.retry.at.toISOString() }),
        ...(this.retry.delayMs === undefined ? {} : { delayMs: this.retry.delayMs }),
        replaySafe: this.retry.replaySafe,
      },
    }
    if (this.vendorMessage !== undefined) json.vendorMessage = this.vendorMessage
    if (this.status !== undefined) json.status = this.status
    if (this.requestId !== undefined) json.requestId = this.requestId
    if (this.request !== undefined) json.request = { method: this.request.method, url: this.request.url }
    if (this.body !== undefined) json.body = this.body
    if (this.attempts !== undefined) json.attempts = this.attempts
    if (this.waitedMs !== undefined) json.waitedMs = this.waitedMs
    if (this.shortCircuited !== undefined) json.shortCircuited = this.shortCircuited
    if (this.clockSkewMs !== undefined) json.clockSkewMs = this.clockSkewMs
    const cause = describeCause(this.cause)
    if (cause !== undefined) json.cause = cause
    return json
  }

  /** `util.inspect` shows the safe view: the client's own error (which may hold headers) only by name. */
  [INSPECT](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    const { name: _name, message: _message, ...rest } = this.toJSON()
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect(rest, options)}`
  }
}

function describeCause(cause: unknown): { name: string; message: string } | undefined {
  if (cause === undefined || cause === null) return undefined
  if (typeof cause === 'object' && 'message' in cause && typeof cause.message === 'string') {
    const name = 'name' in cause && typeof cause.name === 'string' ? cause.name : 'Error'
    return { name, message: maskText(cause.message) }
  }
  return { name: typeof cause, message: '' }
}

Object.defineProperty(ApiError.prototype, BRAND, { value: true })

/** Raised when the request's parameters are missing or malformed. */
export class InvalidRequestError extends ApiError {
  static override readonly category = 'invalid_request'
}
/** Raised when the credentials are wrong: bad key, bad signature, expired token. */
export class AuthenticationError extends ApiError {
  static override readonly category = 'authentication'
}
/** Raised when the account may not use this API: service not enabled, IP not on the allow list. */
export class PermissionError extends ApiError {
  static override readonly category = 'permission'
}
/** Raised when a resource or template does not exist. */
export class NotFoundError extends ApiError {
  static override readonly category = 'not_found'
}
/** Raised when the request conflicts with existing state: already exists, duplicate submission. */
export class ConflictError extends ApiError {
  static override readonly category = 'conflict'
}
/** Raised when a short rate window is exceeded (QPS, per minute, per hour). */
export class RateLimitError extends ApiError {
  static override readonly category = 'rate_limit'
}
/** Raised when a long quota is used up (daily caps, nothing purchased). */
export class QuotaExceededError extends ApiError {
  static override readonly category = 'quota'
}
/** Raised when the account cannot pay: insufficient balance, frozen account. */
export class BillingError extends ApiError {
  static override readonly category = 'billing'
}
/** Raised when the vendor is busy or an upstream it depends on failed. */
export class ServiceUnavailableError extends ApiError {
  static override readonly category = 'unavailable'
}
/** Raised when the vendor reports an internal error. */
export class InternalError extends ApiError {
  static override readonly category = 'internal'
}
/** Raised when no response arrived: connection refused, reset or dropped. */
export class NetworkError extends ApiError {
  static override readonly category = 'network'
}
/** Raised when no response arrived in time. */
export class TimeoutError extends ApiError {
  static override readonly category = 'timeout'
}
/** Raised for a code the catalog lacks, or a body that no adapter can read. */
export class UnknownApiError extends ApiError {
  static override readonly category = 'unknown'
}

const classes = [
  InvalidRequestError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  QuotaExceededError,
  BillingError,
  ServiceUnavailableError,
  InternalError,
  NetworkError,
  TimeoutError,
  UnknownApiError,
] as const

const ownCategory = new Map<unknown, Category | 'any'>([[ApiError, 'any']])
const classByCategory = new Map<Category, new (init: ApiErrorInit) => ApiError>()
for (const cls of classes) {
  Object.defineProperty(cls.prototype, 'name', { value: cls.name, writable: true, configurable: true })
  ownCategory.set(cls, cls.category)
  classByCategory.set(cls.category, cls)
}
Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', writable: true, configurable: true })

/** Every category, in the order of the documentation. */
export const categories: readonly Category[] = Object.freeze(classes.map((c) => c.category))

/** Makes the error of the class that the category decides. */
export function createError(init: ApiErrorInit): ApiError {
  const Cls = classByCategory.get(init.category) ?? UnknownApiError
  return new Cls(init)
}

/** The same error with more facts: errors are immutable, so this makes a new one of the same class. */
export function annotate(error: ApiError, extra: Partial<ApiErrorInit>): ApiError {
  const init: Record<string, unknown> = { message: error.message, cause: error.cause }
  for (const key of ['vendor', 'code', 'source', 'category', 'description', 'retry', ...OPTIONAL] as const) {
    init[key] = error[key]
  }
  const made = createError({ ...(init as unknown as ApiErrorInit), ...extra })
  if (error.stack !== undefined)
    Object.defineProperty(made, 'stack', { value: error.stack, writable: true, configurable: true })
  return made
}

/** True for any error made by errcode, from this copy or another (brand check, not `instanceof`). */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
}

function guard<T extends ApiError>(category: Category) {
  return (value: unknown): value is T => isApiError(value) && value.category === category
}

export const isInvalidRequestError = guard<InvalidRequestError>('invalid_request')
export const isAuthenticationError = guard<AuthenticationError>('authentication')
export const isPermissionError = guard<PermissionError>('permission')
export const isNotFoundError = guard<NotFoundError>('not_found')
export const isConflictError = guard<ConflictError>('conflict')
export const isRateLimitError = guard<RateLimitError>('rate_limit')
export const isQuotaExceededError = guard<QuotaExceededError>('quota')
export const isBillingError = guard<BillingError>('billing')
export const isServiceUnavailableError = guard<ServiceUnavailableError>('unavailable')
export const isInternalError = guard<InternalError>('internal')
export const isNetworkError = guard<NetworkError>('network')
export const isTimeoutError = guard<TimeoutError>('timeout')
export const isUnknownApiError = guard<UnknownApiError>('unknown')

/** The vendor code type of an error from a given catalog, for narrowing `err.code`. */
export type ErrorOf<C extends Catalog> = ApiError & { readonly code: C extends Catalog<infer K> ? K : never }
