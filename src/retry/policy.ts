// The retry engine: a client's rules (RetryPolicy: budget, guard, refresh) and the state of one logical
// request across its attempts (RetryState), which the fetch, axios and ky wrappers all drive.
import { IDEMPOTENCY_HEADER, IDEMPOTENT_METHODS, RETRY_DEFAULTS } from '../defaults.js'
import { type ApiError, annotate, createError, isApiError } from '../errors/errors.js'
import { unplacedError } from '../errors/stack.js'
import type { Observer } from '../observe/telemetry.js'
import type { RequestSummary } from '../types.js'
import { CircuitBreaker } from './breaker.js'
import { RetryBudget } from './budget.js'
import {
  type CredentialLocation,
  credentialOf,
  credentialPart,
  type GuardStore,
  hashCredential,
  MemoryGuardStore,
  readableBody,
  unidentified,
} from './guard.js'
import { fullJitter } from './interop.js'
import type { RetryOptions } from './options.js'
import type { ThrottleInfo } from './pacing.js'
import { Pacer, type PacingStore } from './pacing.js'
import { sleep, timedOut } from './sleep.js'

/** What one request tells the policy about itself. */
export interface Attempted {
  readonly method: string
  /** False when the body cannot be sent twice (a stream): see {@link replayableBody}. */
  readonly replayable: boolean
  readonly signal?: AbortSignal | null | undefined
  readonly guardKey: string | undefined
  /** The guard key of the request's recipient, when the `recipient` option names one. */
  readonly recipientKey?: string | undefined
  /** The request carries an idempotency key (the `idempotencyKey` option): a backoff failure may be replayed. */
  readonly idempotent?: boolean | undefined
  /** Who hears of the request's refusals, pacing waits and retry decisions (the `telemetry`, `onError` options). */
  readonly observer?: Observer | undefined
}

/** The decision about one failure. */
export type Plan =
  | { readonly retry: true; readonly delayMs: number; readonly refresh: boolean }
  | { readonly retry: false }

const NOT_IDEMPOTENT = Object.freeze({ idempotent: false })
const GIVEN_KEY = Object.freeze({ idempotent: true })

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
  /** The token buckets of throttled keys, when the `pacing` option is on. */
  readonly pacer: PacingStore | undefined
  /** The circuit breaker, when the `breaker` option is on. */
  readonly breaker: CircuitBreaker | undefined
  /** The header and the maker of idempotency keys, when the `idempotencyKey` option is on. */
  readonly idempotencyKey: { readonly header: string; readonly value: () => string } | undefined
  #refreshing: Promise<void> | undefined
  #generation = 0

  constructor(options: RetryOptions = {}) {
    this.options = options
    this.maxAttempts = Math.max(1, options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts)
    this.baseDelay = options.baseDelay ?? RETRY_DEFAULTS.baseDelay
    this.maxBackoff = options.maxBackoff ?? RETRY_DEFAULTS.maxBackoff
    this.maxDelay = options.maxDelay ?? RETRY_DEFAULTS.maxDelay
    this.deadline = options.deadline ?? RETRY_DEFAULTS.deadline
    this.methods = new Set((options.methods ?? IDEMPOTENT_METHODS).map((m) => m.toUpperCase()))
    const b = options.budget
    this.budget = b === false ? undefined : b instanceof RetryBudget ? b : new RetryBudget(b)
    this.guard = options.guard === false ? undefined : (options.guard ?? new MemoryGuardStore())
    const p = options.pacing
    this.pacer = p === undefined || p === false ? undefined : p === true ? new Pacer() : (p.store ?? new Pacer(p))
    const b2 = options.breaker
    this.breaker = b2 === undefined || b2 === false ? undefined : new CircuitBreaker(b2 === true ? {} : b2, this.guard)
    const key = options.idempotencyKey
    this.idempotencyKey =
      key === undefined || key === false
        ? undefined
        : {
            header: (key === true ? undefined : key.header) ?? IDEMPOTENCY_HEADER,
            value: (key === true ? undefined : key.value) ?? (() => globalThis.crypto.randomUUID()),
          }
  }

  /**
   * What the `idempotencyKey` option asks of one request: the key to set (none where the method replays by
   * itself or the application set the header), and whether the request then carries a key.
   */
  idempotency(
    method: string | undefined,
    has: (header: string) => boolean,
  ): { readonly key?: { readonly header: string; readonly value: string }; readonly idempotent: boolean } {
    const key = this.idempotencyKey
    if (key === undefined || this.methods.has((method ?? 'GET').toUpperCase())) return NOT_IDEMPOTENT
    if (has(key.header)) return GIVEN_KEY
    return { key: { header: key.header, value: key.value() }, idempotent: true }
  }

  /** The refresh generation: a request sent before the last refresh ended need not refresh again. */
  get generation(): number {
    return this.#generation
  }

  /**
   * The guard key of a request: vendor, host and a hash of the credential, never the credential. The
   * application's `credential` names it first, then where the vendor's adapter says it travels (`where`),
   * then the request's Authorization header or the caller's ids in its query or form body.
   */
  guardKey(
    vendor: string,
    url: string,
    authorization: string | undefined,
    body?: unknown,
    where?: CredentialLocation,
  ): string {
    let host = ''
    try {
      host = new URL(url).host
    } catch {
      host = ''
    }
    const name = this.options.credential
    const own = name === undefined ? undefined : name({ url, authorization, body: readableBody(body) })
    const credential =
      own === undefined || own === '' ? credentialOf(url, authorization, body, where) : `own:${String(own)}`
    return `${vendor}:${host}:${credentialPart(credential)}`
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

  /**
   * The error to throw instead of sending, when the guard holds a block for the credential or the recipient.
   * `observer`: who hears of a change of the breaker the request makes (its client's telemetry).
   */
  async shortCircuit(
    key: string | undefined,
    request: RequestSummary | undefined,
    recipientKey?: string,
    observer?: Observer,
  ): Promise<ApiError | undefined> {
    if (key === undefined) return undefined
    const guard = this.guard
    const block =
      (guard === undefined
        ? undefined
        : ((await guard.get(key)) ?? (recipientKey === undefined ? undefined : await guard.get(recipientKey)))) ??
      (this.breaker === undefined ? undefined : await this.breaker.admit(key, observer))
    const now = Date.now()
    if (block === undefined || block.until <= now) return undefined
    // Made here, without errcode's frames: the client gives it the application's (see `place`).
    return unplacedError(() =>
      createError({
        vendor: block.vendor,
        code: block.code,
        // Nothing was sent: the source is that of the failure that set the block (a breaker's 503 is `http`).
        source: block.source ?? (block.reason === 'breaker' ? 'http' : 'vendor'),
        category: block.category,
        description: block.description,
        request,
        shortCircuited: true,
        shortCircuitedBy: block.reason ?? 'quota',
        attempts: 0,
        retry: {
          kind: 'after',
          at: new Date(block.until),
          delayMs: block.until - now,
          replaySafe: true,
          ...(block.scope === undefined ? {} : { scope: block.scope }),
        },
      }),
    )
  }

  /** Whether a success must name its request's keys (for the breaker or pacing). */
  get countsKeys(): boolean {
    return this.breaker !== undefined || this.pacer !== undefined
  }

  /** Records a success: the budget earns tokens back, the request's circuit and paced keys count it. */
  succeeded(req?: Pick<Attempted, 'guardKey' | 'recipientKey' | 'observer'>): void {
    this.budget?.refund()
    const key = req?.guardKey
    if (key === undefined) return
    this.breaker?.record(key, '', undefined, req?.observer)
    this.pacer?.passed(key)
    if (req?.recipientKey !== undefined) this.pacer?.passed(req.recipientKey)
  }

  /**
   * Waits for the request's turn where a throttle paces its credential or its recipient; fails at once,
   * with the vendor's last rate limit, when the wait would pass the request's deadline (`deadlineAt`).
   */
  async pace(
    req: Attempted,
    request: RequestSummary | undefined,
    deadlineAt = Date.now() + this.deadline,
  ): Promise<void> {
    const pacer = this.pacer
    if (pacer === undefined) return
    let waitMs = 0
    let last: ThrottleInfo | undefined
    const taken: string[] = []
    for (const key of [req.guardKey, req.recipientKey]) {
      const turn = key === undefined ? undefined : await pacer.reserve(key, deadlineAt - Date.now())
      if (turn === undefined || key === undefined) continue
      if (turn.taken) taken.push(key)
      if (turn.waitMs >= waitMs) {
        waitMs = turn.waitMs
        last = turn.last
      }
    }
    if (waitMs <= 0 || last === undefined) return
    if (Date.now() + waitMs > deadlineAt) {
      for (const key of taken) pacer.release(key)
      const refused = unplacedError(() =>
        createError({
          vendor: last.vendor,
          code: last.code,
          source: 'vendor',
          category: 'rate_limit',
          description: last.description,
          request,
          shortCircuited: true,
          shortCircuitedBy: 'pacing',
          attempts: 0,
          retry: { kind: 'after', at: new Date(Date.now() + waitMs), delayMs: waitMs, replaySafe: true },
        }),
      )
      req.observer?.refused(refused, request)
      throw refused
    }
    req.observer?.tell('paced', { vendor: last.vendor, waitMs, request })
    await sleep(waitMs, req.signal)
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
    // No credential found: a block of the account's limit would stop every other credential on the host.
    if (hint.scope !== 'recipient' && unidentified(key)) return
    await this.guard?.set(key, {
      // The very instant the failure names (`err.retry.at`): a refusal of the block tells the same.
      until: hint.at?.getTime() ?? Date.now() + (hint.delayMs ?? 0),
      source: error.source,
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
    // The failure just opened the request's circuit: no replay into an outage.
    if (req.guardKey !== undefined && this.breaker?.state(req.guardKey) === 'open') return { retry: false }
    // The same content was just delivered: a replay would do it again.
    if (hint.scope === 'request') return { retry: false }
    if (!req.replayable) return { retry: false }
    // The vendor says to query the operation's state first (a payment's SYSTEMERROR): the application's turn.
    if (hint.query === true) return { retry: false }
    if (hint.outcome === 'unknown') {
      // The vendor may have carried the request out. Only where it says the very same request may come again
      // (replaySafe: "call again with the same parameters") is it replayed, as it is, whatever the method;
      // an idempotency key of errcode's does not make it safe, since the vendor may not honour one.
      if (!hint.replaySafe) return { retry: false }
    } else if (!hint.replaySafe && !this.methods.has(req.method.toUpperCase())) {
      // With an idempotency key the vendor runs the request once, however often it arrives.
      if (!(req.idempotent === true && hint.kind === 'backoff')) return { retry: false }
    }
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
        delayMs = fullJitter(attempt, this.baseDelay, this.maxBackoff)
    }
    // Whole milliseconds: the waits add up to `err.waitedMs`.
    delayMs = Math.round(delayMs)
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

  /** The retry state of one logical request, before its first attempt (or, from axios, after it). */
  start(req: Attempted, generation = this.#generation): RetryState {
    return new RetryState(this, req, generation)
  }

  /**
   * The loop around one request: `send` makes an attempt (it is told which, from 1) and rejects with an
   * ApiError when it fails.
   * `first` is the failure of an attempt already made (axios retries from its error interceptor).
   * The final error records the attempts and the time spent waiting.
   */
  async run<T>(
    req: Attempted,
    request: RequestSummary | undefined,
    send: (attempt: number) => Promise<T>,
    first?: { readonly error: ApiError; readonly generation: number },
  ): Promise<T> {
    const state = this.start(req, first?.generation)
    if (first === undefined) {
      const blocked = await this.shortCircuit(req.guardKey, request, req.recipientKey, req.observer)
      if (blocked !== undefined) {
        req.observer?.refused(blocked, request)
        throw blocked
      }
    }
    let error = first?.error
    for (;;) {
      if (error === undefined) {
        try {
          // A client that retries from its error interceptor (axios, `first`) paces where it sends.
          if (first === undefined && this.pacer !== undefined) await this.pace(req, request, state.deadlineAt)
          const result = await send(state.attempts)
          this.succeeded(req)
          return result
        } catch (caught) {
          if (!isApiError(caught)) throw caught
          error = caught
        }
      }
      const delayMs = await state.failed(error)
      if (delayMs === undefined) throw await state.final(error)
      try {
        await sleep(delayMs, req.signal)
      } catch (reason) {
        // The deadline passed during the wait: the last failure is the answer. An abort stays an abort.
        if (timedOut(req.signal)) throw await state.final(error)
        throw reason
      }
      state.resent()
      error = undefined
    }
  }
}

/**
 * One logical request across its attempts: how many were sent, how long was waited between them (the
 * waits chosen, whichever client did the waiting), whether a refresh ran, and the refresh generation of the
 * attempt under way. A client reports each failure ({@link RetryState.failed}), each replay that leaves
 * ({@link RetryState.resent}) and the failure that stands ({@link RetryState.final}).
 */
export class RetryState {
  /** Requests sent so far: the first, and one per replay. */
  attempts = 1
  /** The waits before the replays sent so far, in ms. */
  waitedMs = 0
  /** What the request is; a client that learns it late (ky, in its `beforeRequest` hook) sets it then. */
  req: Attempted
  readonly #policy: RetryPolicy
  readonly #started = Date.now()
  /** When the request's deadline passes (the `deadline` option, from the first attempt). */
  readonly deadlineAt: number
  #generation: number
  #refreshed = false
  #nextDelay = 0
  /** The last failure a decision was taken on: its guard is armed already. */
  #decided: ApiError | undefined

  constructor(policy: RetryPolicy, req: Attempted, generation: number) {
    this.#policy = policy
    this.req = req
    this.#generation = generation
    this.deadlineAt = this.#started + policy.deadline
  }

  /**
   * Decides about a failure of the attempt under way: the wait before the next attempt, or `undefined` when
   * the failure stands. Arms the quota guard, tells the `retry` event, and runs the refresh a `refresh` hint asks for.
   */
  async failed(error: ApiError): Promise<number | undefined> {
    const policy = this.#policy
    this.#decided = error
    this.#record(error)
    const plan = await policy.plan(error, this.attempts, Date.now() - this.#started, this.#refreshed, this.req)
    // A deadline the application set (AbortSignal.timeout) has passed: the failure stands as it is.
    if (!plan.retry || timedOut(this.req.signal)) {
      this.req.observer?.decided(error, undefined)
      return undefined
    }
    this.req.observer?.tell('retry', { error, attempt: this.attempts, delayMs: plan.delayMs })
    this.req.observer?.decided(error, plan.delayMs)
    if (plan.refresh) {
      this.#refreshed = true
      await policy.refreshOnce(error, this.#generation)
    }
    this.#nextDelay = plan.delayMs
    return plan.delayMs
  }

  /** The circuit of the request counts a failure of a request that was sent. */
  #record(error: ApiError): void {
    const key = this.req.guardKey
    if (key === undefined || error.shortCircuited === true) return
    const policy = this.#policy
    policy.breaker?.record(key, error.vendor, error, this.req.observer)
    if (policy.pacer === undefined || error.category !== 'rate_limit' || error.retry.scope === 'request') return
    // Whom the limit limits: one recipient (when the application says who), or the credential.
    const paced = error.retry.scope === 'recipient' ? this.req.recipientKey : unidentified(key) ? undefined : key
    if (paced !== undefined)
      policy.pacer.throttled(paced, { vendor: error.vendor, code: error.code, description: error.description })
  }

  /** The next attempt leaves, its wait over. */
  resent(): void {
    this.attempts++
    this.waitedMs += this.#nextDelay
    this.#nextDelay = 0
    this.#generation = this.#policy.generation
  }

  /** The failure that stands, with the attempts and the wait; the guard armed if no decision did it. */
  async final(error: ApiError): Promise<ApiError> {
    this.req.observer?.decided(error, undefined)
    if (this.#decided !== error) {
      this.#record(error)
      await this.#policy.arm(error, this.req)
    }
    return annotate(error, { attempts: this.attempts, waitedMs: this.waitedMs })
  }
}

/** Whether a request body can be sent again: a stream (web or Node) is read by the first attempt. */
export function replayableBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return true
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) return false
  return typeof (body as { pipe?: unknown }).pipe !== 'function'
}
