// The typed errors: ApiError and one class per category, the brand check, and the lazy fields that keep
// masking off the path of errors nobody reads.
import type { Catalog, CatalogEntry, Category, Code, RequestSummary, RetryHint, Scope } from '../types.js'
import { BRAND, CLIENT_CAUSE, type HeldCause } from './brand.js'
import { type CauseJSON, type CauseSummary, summarize } from './cause.js'
import { type SecretMatcher, shortUrl } from './mask.js'
import { isUnplaced, markUnplaced, UNPLACED, withoutFrames } from './stack.js'

const INSPECT = Symbol.for('nodejs.util.inspect.custom')

/** True for any error made by errcode, from this copy or another (brand check, not `instanceof`). */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
}

/** The cause an errcode error holds, from this copy or another. */
function heldCause(error: unknown): HeldCause | undefined {
  if (!isApiError(error)) return undefined
  const get = (error as { [CLIENT_CAUSE]?: unknown })[CLIENT_CAUSE]
  return typeof get === 'function' ? (get.call(error) as HeldCause) : undefined
}

/**
 * The client's own error or response behind an errcode error (an `AxiosError`, a fetch `Response`, a ky
 * `HTTPError`), for code that asks for it: it may hold the request's headers and body, so loggers see only
 * the summary in `err.cause`. `undefined` for anything else. Each wrapper exports a typed version.
 */
export function clientCause(error: unknown): unknown {
  return heldCause(error)?.cause
}

/** Where an error's code came from: the vendor's body, the HTTP status, or the network. */
export type ErrorSource = 'vendor' | 'http' | 'network'

/** Everything an {@link ApiError} is made from. */
export interface ApiErrorInit {
  readonly vendor: string
  readonly code: Code
  /** The top-level code, where the body has a sub-code too (`code` is then the sub-code). */
  readonly parentCode?: Code | undefined
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
  /**
   * The client's own error or response. The error keeps it for `clientCause(err)`; its `cause` is a
   * log-safe summary of it (see {@link CauseSummary}).
   */
  readonly cause?: unknown
  /** Which field names the summary of `cause` masks in its message and stack; the default names otherwise. */
  readonly isSecret?: SecretMatcher | undefined
  /** Overrides the generated message. */
  readonly message?: string | undefined
  /** How many attempts were made, the first included, when a retry policy ran. */
  readonly attempts?: number | undefined
  /** Milliseconds spent waiting between attempts. */
  readonly waitedMs?: number | undefined
  /** The request was not sent: a quota guard knew the vendor would refuse it, or a circuit was open. */
  readonly shortCircuited?: boolean | undefined
  /** What refused it before it left: the quota guard, the circuit breaker, or pacing (its turn was past the deadline). */
  readonly shortCircuitedBy?: 'quota' | 'breaker' | 'pacing' | undefined
  /** Server clock minus local clock, for codes that reject the request's timestamp. */
  readonly clockSkewMs?: number | undefined
  /** A link the vendor gives to diagnose the failure (Alibaba Cloud's `Recommend`), secrets masked. */
  readonly diagnosis?: string | undefined
  /** Every item of a batch answer failed: one typed error per item. */
  readonly items?: readonly BatchFailure[] | undefined
}

/** One failed item of a batch answer (a phone number of a Tencent `SendSms`), with its own typed error. */
export interface BatchFailure {
  /** Where the item stands in the vendor's list, from 0. */
  readonly index: number
  /** What the item is about, where the vendor names it (the phone number). */
  readonly key?: string | undefined
  readonly error: ApiError
}

/** The stable, documented shape of `JSON.stringify(err)`: safe to log. */
export interface ApiErrorJSON {
  name: string
  message: string
  vendor: string
  code: Code
  parentCode?: Code
  source: ErrorSource
  category: Category
  description: string
  vendorMessage?: string
  retry: {
    kind: RetryHint['kind']
    at?: string
    delayMs?: number
    replaySafe: boolean
    scope?: Scope
    outcome?: 'unknown'
    query?: true
  }
  status?: number
  requestId?: string
  request?: RequestSummary
  body?: unknown
  attempts?: number
  waitedMs?: number
  shortCircuited?: boolean
  shortCircuitedBy?: 'quota' | 'breaker' | 'pacing'
  clockSkewMs?: number
  diagnosis?: string
  items?: { index: number; key?: string; code: Code; category: Category }[]
  cause?: CauseJSON
}

/**
 * A field of an error made when it is first read (internal): masking a request's URL or a body is only
 * worth its cost when someone reads the error's `request` or `body`. `where` is the request's method and
 * `host/path` for the message, which need no masking (`shortUrl` drops user info, query and fragment).
 */
export class Later<T> {
  #make: (() => T) | undefined
  #value: T | undefined
  constructor(
    make: () => T,
    readonly where?: string,
  ) {
    this.#make = make
  }
  get value(): T {
    if (this.#make !== undefined) {
      this.#value = this.#make()
      this.#make = undefined
    }
    return this.#value as T
  }
}

/**
 * The error's own copy of a hint: only the fields it has, so no key reads `undefined`, added in one order
 * (V8 then gives every hint with the same fields one shape), and frozen.
 */
function ownHint(r: RetryHint): RetryHint {
  const h: { -readonly [K in keyof RetryHint]: RetryHint[K] } = { kind: r.kind } as RetryHint
  if (r.at !== undefined) h.at = r.at
  if (r.delayMs !== undefined) h.delayMs = r.delayMs
  h.replaySafe = r.replaySafe
  if (r.scope !== undefined) h.scope = r.scope
  if (r.outcome !== undefined) h.outcome = r.outcome
  if (r.query !== undefined) h.query = r.query
  return Object.freeze(h)
}

const now = <T>(field: T | Later<T>): T => (field instanceof Later ? field.value : field)

/** `METHOD host/path` of a request for the message: a `Later`'s own words, without masking it. */
function whereOf(request: RequestSummary | Later<RequestSummary> | undefined): string {
  if (request instanceof Later && request.where !== undefined) return ` — ${request.where}`
  const made = now(request)
  return made === undefined ? '' : ` — ${made.method} ${shortUrl(made.url)}`
}

function formatMessage(init: ApiErrorInit): string {
  const said =
    init.vendorMessage !== undefined && init.vendorMessage !== '' && init.vendorMessage !== init.description
      ? ` (${init.vendorMessage})`
      : ''
  return `${init.vendor} ${init.code}: ${init.description}${said}${whereOf(init.request)}`
}

/** The fields of `toJSON()`, in its documented order (`retry`, `request` and `cause` are shaped apart). */
const JSON_FIELDS = [
  'vendor',
  'code',
  'parentCode',
  'source',
  'category',
  'description',
  'vendorMessage',
  'status',
  'requestId',
  'body',
  'attempts',
  'waitedMs',
  'shortCircuited',
  'shortCircuitedBy',
  'clockSkewMs',
  'diagnosis',
] as const

/**
 * The fields that loggers walk (`for…in`): enumerable getters on the prototype. `entry` is left out: it is
 * the catalog's own frozen object, which a serializer that tags what it visits (pino) cannot write to.
 */
const ENUMERABLE = [
  'vendor',
  'code',
  'parentCode',
  'source',
  'category',
  'description',
  'retry',
  'vendorMessage',
  'status',
  'requestId',
  'request',
  'body',
  'attempts',
  'waitedMs',
  'shortCircuited',
  'shortCircuitedBy',
  'clockSkewMs',
  'diagnosis',
  'items',
] as const

/**
 * The base class of every error errcode makes. Catch a subclass (`RateLimitError`) to handle one category
 * for every vendor, or read `category`, `code` and `retry`.
 *
 * `instanceof` and `isApiError` also recognise errors made by another copy of errcode (a duplicate in
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

  readonly #f: ApiErrorInit
  /** The summary of the client's error, made when `cause` is first read. */
  #summary: CauseSummary | undefined
  /** Made without frames, waiting for the application's (stack.ts). */
  #unplaced = false
  declare readonly [BRAND]: true
  /**
   * A log-safe summary of the client's own error or response: name, masked message and stack, `code`,
   * `status`, and the summary of its own cause. The client's error itself: `clientCause(err)`.
   */
  declare readonly cause: CauseSummary | undefined

  static {
    // Behind an accessor on the prototype, the mark stays out of Object.keys, spreads and deep equality.
    Object.defineProperty(ApiError.prototype, UNPLACED, {
      get(this: ApiError) {
        return #unplaced in this && this.#unplaced
      },
      set(this: ApiError, value: boolean) {
        if (#unplaced in this) this.#unplaced = value
      },
    })
  }

  constructor(init: ApiErrorInit) {
    // The client's error is kept apart from Error's own `cause`, which loggers walk (see `cause` below).
    super(init.message ?? formatMessage(init))
    // One private record behind prototype getters: read-only for real, and cheap to make. Every key is
    // written out (no spread), so V8 keeps one fast shape for every error.
    this.#f = {
      vendor: init.vendor,
      code: init.code,
      parentCode: init.parentCode,
      source: init.source,
      category: init.category,
      description: init.description,
      retry: ownHint(init.retry),
      entry: init.entry,
      vendorMessage: init.vendorMessage,
      status: init.status,
      requestId: init.requestId,
      request: init.request,
      body: init.body,
      attempts: init.attempts,
      waitedMs: init.waitedMs,
      shortCircuited: init.shortCircuited,
      shortCircuitedBy: init.shortCircuitedBy,
      clockSkewMs: init.clockSkewMs,
      diagnosis: init.diagnosis,
      items: init.items,
      cause: init.cause,
      isSecret: init.isSecret,
    }
  }

  /** The client's own error or response, as given, and how its summary is masked (see `clientCause`). */
  [CLIENT_CAUSE](): HeldCause {
    return { cause: this.#f.cause, isSecret: this.#f.isSecret }
  }

  /** (Behind the declared `cause`.) The summary, made once. */
  get #cause(): CauseSummary | undefined {
    if (this.#summary === undefined && this.#f.cause !== undefined) {
      this.#summary = summarize(this.#f.cause, this.#f.isSecret)
    }
    return this.#summary
  }
  static {
    Object.defineProperty(ApiError.prototype, 'cause', {
      get(this: ApiError) {
        return #f in this ? this.#cause : undefined
      },
      configurable: true,
    })
  }

  /** The vendor id (`'jiguang'`); `'http'` where only the HTTP status was classified. */
  get vendor(): string {
    return this.#f.vendor
  }
  /** The code as the API sent it; the HTTP status or the network error code where there is none. */
  get code(): Code {
    return this.#f.code
  }
  /** The top-level code where the body has two (Alipay `40004` above `ACQ.TRADE_HAS_SUCCESS`): `code` is the sub-code. */
  get parentCode(): Code | undefined {
    return this.#f.parentCode
  }
  get source(): ErrorSource {
    return this.#f.source
  }
  get category(): Category {
    return this.#f.category
  }
  /** The catalog's text for the code, in the chosen locale. */
  get description(): string {
    return this.#f.description
  }
  get retry(): RetryHint {
    return this.#f.retry
  }
  /** The catalog entry of the code, when the catalog has it. */
  get entry(): CatalogEntry | undefined {
    return this.#f.entry
  }
  /** What the response body itself said. */
  get vendorMessage(): string | undefined {
    return this.#f.vendorMessage
  }
  /** The HTTP status of the response. */
  get status(): number | undefined {
    return this.#f.status
  }
  /** The vendor's request or serial id, exact even above 2^53. */
  get requestId(): string | undefined {
    return this.#f.requestId
  }
  /** The method and URL of the request, secrets masked. */
  get request(): RequestSummary | undefined {
    return now(this.#f.request)
  }
  /** The parsed response body, secret fields masked. */
  get body(): unknown {
    return now(this.#f.body)
  }
  /** Attempts made in all, when a retry policy ran. */
  get attempts(): number | undefined {
    return this.#f.attempts
  }
  /** Milliseconds spent waiting between attempts. */
  get waitedMs(): number | undefined {
    return this.#f.waitedMs
  }
  /** True when no request was sent: the quota guard knew the vendor would refuse it, or a circuit was open. */
  get shortCircuited(): boolean | undefined {
    return this.#f.shortCircuited
  }
  /** What refused the request before it left: the quota guard or the circuit breaker. */
  get shortCircuitedBy(): 'quota' | 'breaker' | 'pacing' | undefined {
    return this.#f.shortCircuitedBy
  }
  /** Server clock minus local clock, from the `Date` header, for codes that reject the request's timestamp. */
  get clockSkewMs(): number | undefined {
    return this.#f.clockSkewMs
  }
  /** A link the vendor gives to diagnose the failure (Alibaba Cloud's `Recommend`), secrets masked. */
  get diagnosis(): string | undefined {
    return this.#f.diagnosis
  }
  /** When every item of a batch answer failed (Tencent `SendSms`): each item with its own typed error. */
  get items(): readonly BatchFailure[] | undefined {
    return this.#f.items
  }

  /** True for errors of this class (or one of its subclasses) from any copy of errcode. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    const category = ownCategory.get(this)
    if (category === undefined) return Function.prototype[Symbol.hasInstance].call(this, value)
    return isApiError(value) && (category === 'any' || value.category === category)
  }

  /** A log-safe plain object; the shape is stable across versions. */
  toJSON(): ApiErrorJSON {
    const json: Record<string, unknown> = { name: this.name, message: this.message }
    for (const key of JSON_FIELDS) if (this[key] !== undefined) json[key] = this[key]
    // The hint's own fields in their own order (see ownHint), its date as an ISO string.
    const retry: Record<string, unknown> = { ...this.retry }
    if (this.retry.at !== undefined) retry.at = this.retry.at.toISOString()
    json.retry = retry
    if (this.request !== undefined) json.request = { method: this.request.method, url: this.request.url }
    if (this.items !== undefined) {
      json.items = this.items.map(({ index, key, error }) =>
        key === undefined
          ? { index, code: error.code, category: error.category }
          : { index, key, code: error.code, category: error.category },
      )
    }
    if (this.cause !== undefined) json.cause = this.cause.toJSON()
    return json as unknown as ApiErrorJSON
  }

  /** `util.inspect` shows the safe view: the client's own error (which may hold headers) only by name. */
  [INSPECT](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    const { name: _name, message: _message, ...rest } = this.toJSON()
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect(rest, options)}`
  }
}

Object.defineProperty(ApiError.prototype, BRAND, { value: true })
// Enumerable getters: loggers that copy an error's properties with for...in (pino) see the fields.
for (const key of ENUMERABLE) {
  const getter = Object.getOwnPropertyDescriptor(ApiError.prototype, key)
  if (getter !== undefined) Object.defineProperty(ApiError.prototype, key, { ...getter, enumerable: true })
}

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

// Named by these keys, not by `cls.name`: a minifier renames classes (a bundled RateLimitError was `B`).
const classes = {
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
} as const

const ownCategory = new Map<unknown, Category | 'any'>([[ApiError, 'any']])
const classByCategory = new Map<Category, new (init: ApiErrorInit) => ApiError>()
for (const [name, cls] of Object.entries(classes)) {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true })
  ownCategory.set(cls, cls.category)
  classByCategory.set(cls.category, cls)
}
Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', writable: true, configurable: true })

/** Makes the error of the class that the category decides. */
export function createError(init: ApiErrorInit): ApiError {
  const Cls = classByCategory.get(init.category) ?? UnknownApiError
  return new Cls(init)
}

/** The same error with more facts: errors are immutable, so this makes a new one of the same class. */
export function annotate(error: ApiError, extra: Partial<ApiErrorInit>): ApiError {
  const held = heldCause(error)
  const init: Record<string, unknown> = {
    message: error.message,
    cause: held?.cause,
    isSecret: held?.isSecret,
    entry: error.entry,
  }
  for (const key of ENUMERABLE) {
    init[key] = error[key]
  }
  const whole = { ...(init as unknown as ApiErrorInit), ...extra }
  // An unplaced error has no frames to keep: reading its stack would only have the engine format its
  // header (the retry engine annotates every error it gives up on, before the wrapper places it).
  if (isUnplaced(error)) return markUnplaced(withoutFrames(() => createError(whole)))
  if (error.stack === undefined) return createError(whole)
  // The stack is the original's: capturing one for the copy would be work thrown away.
  const made = withoutFrames(() => createError(whole))
  Object.defineProperty(made, 'stack', { value: error.stack, writable: true, configurable: true })
  return made
}

/** The vendor code type of an error from a given catalog, for narrowing `err.code`. */
export type ErrorOf<C extends Catalog> = ApiError & { readonly code: C extends Catalog<infer K> ? K : never }
