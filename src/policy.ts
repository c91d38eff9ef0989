import { type ApiError, annotate, createError, isApiError } from './errors.js'
import { retrySettings } from './retry-settings.js'
import type { RequestSummary } from './types.js'

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
   * resets at midnight) fails at once, `err.retry.at` telling when, and arms the quota guard.
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
  /** Sees each retry before its wait. */
  readonly onRetry?: (event: RetryEvent) => void
  /** The quota guard's store; `false` turns the guard off. An in-memory store by default. */
  readonly guard?: GuardStore | false
  /** What identifies a credential for the guard: by default a hash of the Authorization header. */
  readonly credential?: (request: { url: string; authorization: string | undefined }) => string
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
}

/** What the `recipient` option is given. */
export interface RecipientRequest {
  readonly method: string
  readonly url: string
  readonly body: unknown
}

/** A request body as the `recipient` option sees it: JSON and form texts parsed, other values as given. */
export function readableBody(body: unknown): unknown {
  if (body instanceof URLSearchParams) return Object.fromEntries(body)
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const out: Record<string, unknown> = {}
    body.forEach((value, key) => {
      if (typeof value === 'string') out[key] = value
    })
    return out
  }
  if (typeof body !== 'string') return body
  const text = body.trim()
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text)
    } catch {
      return body
    }
  }
  return text.includes('=') ? Object.fromEntries(new URLSearchParams(text)) : body
}

/** What `onRetry` sees. */
export interface RetryEvent {
  readonly error: ApiError
  /** The attempt that failed, from 1. */
  readonly attempt: number
  readonly delayMs: number
}

/** Settings of the retry budget. */
export interface BudgetOptions {
  /** @default 100 */
  readonly capacity?: number
  /** Tokens one retry takes. @default 10 */
  readonly retryCost?: number
  /** Tokens one success gives back. @default 1 */
  readonly successRefund?: number
}

/**
 * A token bucket for retries, as the AWS SDKs keep one: each retry takes `retryCost` tokens, each success
 * gives back `successRefund`. During an outage (no successes) at most `capacity / retryCost` retries
 * happen, then only first attempts; in healthy traffic retries stay under `successRefund / retryCost` of
 * the successes. A drained bucket stops retries, never first attempts.
 */
export class RetryBudget {
  readonly capacity: number
  readonly retryCost: number
  readonly successRefund: number
  #tokens: number

  constructor(options: BudgetOptions = {}) {
    this.capacity = options.capacity ?? 100
    this.retryCost = options.retryCost ?? 10
    this.successRefund = options.successRefund ?? 1
    this.#tokens = this.capacity
  }

  get tokens(): number {
    return this.#tokens
  }

  /** Takes the tokens of one retry; false when there are not enough. */
  take(): boolean {
    if (this.#tokens < this.retryCost) return false
    this.#tokens -= this.retryCost
    return true
  }

  refund(): void {
    this.#tokens = Math.min(this.capacity, this.#tokens + this.successRefund)
  }
}

/** What the quota guard remembers of a block. */
export interface GuardBlock {
  /** Until when (epoch milliseconds) the vendor refuses calls with this credential. */
  readonly until: number
  readonly vendor: string
  readonly code: string | number
  readonly category: ApiError['category']
  readonly description: string
  /** Whom the block covers: the credential, or one recipient of it. */
  readonly scope?: 'account' | 'recipient' | undefined
}

/**
 * Where the quota guard keeps its blocks: in memory by default; a shared store (Redis) lets a fleet of
 * processes share them. A store must forget a block by itself once `until` has passed.
 */
export interface GuardStore {
  get(key: string): GuardBlock | undefined | Promise<GuardBlock | undefined>
  set(key: string, block: GuardBlock): void | Promise<void>
}

/** The default guard store: a bounded map whose blocks expire when their window resets. */
export class MemoryGuardStore implements GuardStore {
  /** Blocks of credentials and of recipients apart: a flood of one user's blocks never evicts an account's. */
  readonly #accounts = new Map<string, GuardBlock>()
  readonly #recipients = new Map<string, GuardBlock>()
  readonly #max: number
  readonly #now: () => number

  /** `maxKeys` bounds each of the two: blocks of credentials, and blocks of recipients. */
  constructor(options: { maxKeys?: number; now?: () => number } = {}) {
    this.#max = options.maxKeys ?? 10_000
    this.#now = options.now ?? Date.now
  }

  get(key: string): GuardBlock | undefined {
    const blocks = this.#accounts.has(key) ? this.#accounts : this.#recipients
    const block = blocks.get(key)
    if (block !== undefined && block.until <= this.#now()) {
      blocks.delete(key)
      return undefined
    }
    return block
  }

  set(key: string, block: GuardBlock): void {
    const blocks = block.scope === 'recipient' ? this.#recipients : this.#accounts
    blocks.delete(key)
    if (blocks.size >= this.#max) {
      const oldest = blocks.keys().next().value
      if (oldest !== undefined) blocks.delete(oldest)
    }
    blocks.set(key, block)
  }
}

/** 53-bit FNV-1a style hash: keeps credentials out of guard keys. Not for security, for identity. */
export function hashCredential(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995)
  }
  return ((h2 >>> 0) * 0x200000 + ((h1 >>> 0) & 0x1fffff)).toString(36)
}

const IDEMPOTENT = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']

/** Query parameters that name the caller, stable across requests (not a signature, nonce or time). */
const IDENTITY_PARAMS = new Set([
  'accesskeyid',
  'ak',
  'appkey',
  'appid',
  'accesstoken',
  'apikey',
  'key',
  'secretid',
  'sid',
])

/**
 * What identifies the credential of a request, the same on every request of one account: the user of a
 * Basic header (jiguang's app key; UCPaaS's `base64(sid:timestamp)` gives its sid), the key id of a
 * signed header (`Credential=AKID…/…`: Tencent Cloud's TC3, AWS SigV4), a bearer token as it is, or
 * else the caller's ids in the query (Alibaba Cloud's AccessKeyId, NavInfo's ak, WeChat's access_token).
 */
export function credentialOf(url: string, authorization: string | undefined): string {
  if (authorization !== undefined && authorization !== '') {
    const signed = /Credential=([^/,\s]+)/.exec(authorization)
    if (signed !== null) return `key:${signed[1]}`
    const basic = /^(?:Basic\s+)?([A-Za-z0-9+/]+={0,2})$/.exec(authorization.trim())
    if (basic !== null) {
      try {
        const text = atob(basic[1] as string)
        const colon = text.indexOf(':')
        if (colon > 0 && /^[\x20-\x7e]+$/.test(text)) return `user:${text.slice(0, colon)}`
      } catch {
        // Not base64 after all: the header itself identifies the credential.
      }
    }
    return authorization
  }
  let params: URLSearchParams
  try {
    params = new URL(url).searchParams
  } catch {
    return ''
  }
  const ids: string[] = []
  for (const [name, value] of params) {
    if (IDENTITY_PARAMS.has(name.toLowerCase().replace(/[-_.]/g, ''))) ids.push(`${name}=${value}`)
  }
  return ids.sort().join('&')
}

/** What one request tells the policy about itself. */
export interface Attempted {
  readonly method: string
  /** False when the body cannot be sent twice (a stream). */
  readonly replayable: boolean
  readonly signal?: AbortSignal | null | undefined
  readonly guardKey: string | undefined
  /** The guard key of the request's recipient, when the `recipient` option names one. */
  readonly recipientKey?: string | undefined
}

/** The decision about one failure. */
export type Plan =
  | { readonly retry: true; readonly delayMs: number; readonly refresh: boolean }
  | { readonly retry: false }

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError')
}

/** Whether a request's signal has fired because its deadline passed (`AbortSignal.timeout`). */
function timedOut(signal: AbortSignal | null | undefined): boolean {
  return signal?.aborted === true && (signal.reason as { name?: unknown } | undefined)?.name === 'TimeoutError'
}

/** A wait that an AbortSignal ends at once, rejecting with the signal's reason. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal))
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortError(signal as AbortSignal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** The retry rules of one client, shared by its requests: budget, guard and refresh live here. */
export class RetryPolicy {
  readonly maxAttempts: number
  readonly baseDelay: number
  readonly maxBackoff: number
  readonly maxDelay: number
  readonly deadline: number
  readonly methods: ReadonlySet<string>
  readonly budget: RetryBudget | undefined
  readonly guard: GuardStore | undefined
  readonly options: RetryOptions
  #refreshing: Promise<void> | undefined
  #generation = 0

  constructor(options: RetryOptions = {}) {
    this.options = options
    const settings = retrySettings(options)
    this.maxAttempts = settings.maxAttempts
    this.baseDelay = settings.baseDelay
    this.maxBackoff = settings.maxBackoff
    this.maxDelay = settings.maxDelay
    this.deadline = settings.deadline
    this.methods = new Set((options.methods ?? IDEMPOTENT).map((m) => m.toUpperCase()))
    const b = options.budget
    this.budget = b === false ? undefined : b instanceof RetryBudget ? b : new RetryBudget(b)
    this.guard = options.guard === false ? undefined : (options.guard ?? new MemoryGuardStore())
  }

  /** The refresh generation: a request sent before the last refresh ended need not refresh again. */
  get generation(): number {
    return this.#generation
  }

  /** The guard key of a request: vendor, host and a hash of the credential, never the credential. */
  guardKey(vendor: string, url: string, authorization: string | undefined): string {
    let host = ''
    try {
      host = new URL(url).host
    } catch {
      host = ''
    }
    const credential = this.options.credential?.({ url, authorization }) ?? credentialOf(url, authorization)
    return `${vendor}:${host}:${hashCredential(credential)}`
  }

  /**
   * The guard key of a request's recipient (see the `recipient` option), under the credential's own key:
   * a hash, never the recipient.
   */
  recipientKey(
    guardKey: string | undefined,
    request: { method: string; url: string; body: unknown },
  ): string | undefined {
    const name = this.options.recipient
    if (guardKey === undefined || name === undefined) return undefined
    const who = name({ method: request.method, url: request.url, body: readableBody(request.body) })
    return who === undefined || who === '' ? undefined : `${guardKey}:recipient:${hashCredential(String(who))}`
  }

  /** The error to throw instead of sending, when the guard holds a block for the credential or the recipient. */
  async shortCircuit(
    key: string | undefined,
    request: RequestSummary | undefined,
    recipientKey?: string,
  ): Promise<ApiError | undefined> {
    if (key === undefined || this.guard === undefined) return undefined
    const block =
      (await this.guard.get(key)) ?? (recipientKey === undefined ? undefined : await this.guard.get(recipientKey))
    const now = Date.now()
    if (block === undefined || block.until <= now) return undefined
    return createError({
      vendor: block.vendor,
      code: block.code,
      source: 'vendor',
      category: block.category,
      description: block.description,
      request,
      shortCircuited: true,
      attempts: 0,
      retry: {
        kind: 'after',
        at: new Date(block.until),
        delayMs: block.until - now,
        replaySafe: true,
        ...(block.scope === undefined ? {} : { scope: block.scope }),
      },
    })
  }

  /** Records a success: the budget earns tokens back. */
  succeeded(): void {
    this.budget?.refund()
  }

  /**
   * Arms the guard when a failure's window is longer than `maxDelay`, for whom the limit covers: the
   * credential for the account's own limits (and HTTP statuses, which name no one), one recipient only
   * when the application says who that is, and never for a refusal of one identical request.
   */
  async arm(error: ApiError, req: Pick<Attempted, 'guardKey' | 'recipientKey'>): Promise<void> {
    const hint = error.retry
    const key = hint.scope === 'recipient' ? req.recipientKey : hint.scope === 'request' ? undefined : req.guardKey
    if (hint.kind !== 'after' || (hint.delayMs ?? 0) <= this.maxDelay || key === undefined || error.shortCircuited)
      return
    await this.guard?.set(key, {
      until: Date.now() + (hint.delayMs ?? 0),
      vendor: error.vendor,
      code: error.code,
      category: error.category,
      description: error.description,
      scope: hint.scope === 'recipient' ? 'recipient' : 'account',
    })
  }

  /** Decides what to do about one failure, and arms the guard (see {@link RetryPolicy.arm}). */
  async plan(error: ApiError, attempt: number, elapsedMs: number, refreshed: boolean, req: Attempted): Promise<Plan> {
    const hint = error.retry
    await this.arm(error, req)
    if (attempt >= this.maxAttempts || error.shortCircuited === true) return { retry: false }
    // The same content was just delivered: a replay would do it again.
    if (hint.scope === 'request') return { retry: false }
    if (!req.replayable) return { retry: false }
    if (!hint.replaySafe && !this.methods.has(req.method.toUpperCase())) return { retry: false }
    let delayMs: number
    let refresh = false
    switch (hint.kind) {
      case 'never':
        return { retry: false }
      case 'refresh':
        if (this.options.refresh === undefined || refreshed) return { retry: false }
        refresh = true
        delayMs = 0
        break
      case 'after':
        delayMs = Math.max(0, hint.delayMs ?? 0)
        if (delayMs > this.maxDelay) return { retry: false }
        break
      default:
        delayMs = Math.random() * Math.min(this.maxBackoff, this.baseDelay * 2 ** (attempt - 1))
    }
    if (elapsedMs + delayMs > this.deadline) return { retry: false }
    if (this.budget !== undefined && !this.budget.take()) return { retry: false }
    return { retry: true, delayMs, refresh }
  }

  /**
   * Runs the user's refresh once for every failure of the same generation: concurrent failures wait for
   * the refresh under way; a failure of a request sent before the last refresh ended needs none.
   */
  async refreshOnce(error: ApiError, sentInGeneration: number): Promise<void> {
    if (sentInGeneration < this.#generation) return
    if (this.#refreshing === undefined) {
      const run = async () => {
        try {
          await this.options.refresh?.(error)
        } finally {
          this.#generation++
          this.#refreshing = undefined
        }
      }
      this.#refreshing = run()
    }
    await this.#refreshing
  }

  /**
   * The loop around one request: `send` makes an attempt and rejects with an ApiError when it fails.
   * `first` is the failure of an attempt already made (axios retries from its error interceptor).
   * The final error records the attempts and the time spent waiting.
   */
  async run<T>(
    req: Attempted,
    request: RequestSummary | undefined,
    send: () => Promise<T>,
    first?: { readonly error: ApiError; readonly generation: number },
  ): Promise<T> {
    if (first === undefined) {
      const blocked = await this.shortCircuit(req.guardKey, request, req.recipientKey)
      if (blocked !== undefined) throw blocked
    }
    const started = Date.now()
    let waited = 0
    let refreshed = false
    for (let attempt = 1; ; attempt++) {
      let error: ApiError
      let generation = this.#generation
      if (attempt === 1 && first !== undefined) {
        error = first.error
        generation = first.generation
      } else {
        try {
          const result = await send()
          this.succeeded()
          return result
        } catch (caught) {
          if (!isApiError(caught)) throw caught
          error = caught
        }
      }
      const plan = await this.plan(error, attempt, Date.now() - started, refreshed, req)
      // A deadline the application set (AbortSignal.timeout) has passed: the failure stands as it is.
      if (!plan.retry || timedOut(req.signal)) throw annotate(error, { attempts: attempt, waitedMs: waited })
      this.options.onRetry?.({ error, attempt, delayMs: plan.delayMs })
      if (plan.refresh) {
        refreshed = true
        await this.refreshOnce(error, generation)
      }
      try {
        await sleep(plan.delayMs, req.signal)
      } catch (reason) {
        // The deadline passed during the wait: the last failure is the answer. An abort stays an abort.
        if (timedOut(req.signal)) throw annotate(error, { attempts: attempt, waitedMs: waited })
        throw reason
      }
      waited += plan.delayMs
    }
  }
}
