// The retry engine: a client's rules (RetryPolicy: guard, breaker, pacing, budget, refresh) and the three
// calls by which the fetch, axios and ky wrappers all drive it, the same way (on the lines of smithy's retry
// strategy): admit a request, report a failure and get the plan, report a success.
import { IDEMPOTENCY_HEADER, IDEMPOTENT_METHODS, RETRY_DEFAULTS } from '../defaults.js'
import { type ApiError, annotate, createError } from '../errors/errors.js'
import { unplacedError } from '../errors/stack.js'
import type { Observer } from '../observe/telemetry.js'
import type { RequestSummary } from '../types.js'
import { CircuitBreaker } from './breaker.js'
import { RetryBudget } from './budget.js'
import type { Outgoing, Plan, RetryDriver, RetryState } from './driver.js'
import { replay } from './driver.js'
import {
  type CredentialLocation,
  credentialOf,
  credentialPart,
  type GuardBlock,
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

export type { Outgoing, Plan, RetryState } from './driver.js'

/** What one request tells the policy about itself, its keys worked out. */
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

/** The engine's own decision about one failure. */
type Decision =
  | { readonly retry: true; readonly delayMs: number; readonly refresh: boolean }
  | { readonly retry: false }

const NO_RETRY: Decision = /* @__PURE__ */ Object.freeze({ retry: false })

/**
 * `f` of what a store answered: at once where it answered at once, after it where it answered a promise (or
 * any thenable, as `await` takes it). The memory stores answer at once, Redis's later.
 */
function then<T, U>(value: T | PromiseLike<T>, f: (value: T) => U | PromiseLike<U>): U | Promise<U> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function'
    ? Promise.resolve(value).then(f)
    : (f(value as T) as U | Promise<U>)
}

/** The guard keys made so far: every request of one credential holds the one string (at most 1,000 kept). */
const keys = new Map<string, string>()
function interned(key: string): string {
  if (keys.size >= 1_000) keys.clear()
  const known = keys.get(key)
  if (known !== undefined) return known
  keys.set(key, key)
  return key
}

/** A request's state, as the engine keeps it (drivers see {@link RetryState}). */
class Token implements RetryState {
  /** Requests sent so far: the first, and one per replay. */
  attempt = 1
  /** The waits before the replays sent so far, in ms. */
  waitedMs = 0
  readonly started = Date.now()
  readonly deadlineAt: number
  /** The refresh generation of the attempt under way. */
  generation: number
  refreshed = false
  nextDelay = 0
  /** The last failure a decision was taken on: its guard is armed already. */
  decided: ApiError | undefined
  /**
   * The epoch of each paced key's rate the attempt under way left under (`null`: the key was not paced
   * then); `undefined` until pacing has seen the attempt.
   */
  epochs: Map<string, number | null> | undefined

  constructor(
    readonly req: Attempted,
    readonly request: RequestSummary | undefined,
    readonly idempotencyKey: { readonly header: string; readonly value: string } | undefined,
    generation: number,
    deadline: number,
  ) {
    this.generation = generation
    this.deadlineAt = this.started + deadline
  }
}

/** The retry rules of one client, shared by its requests: guard, breaker, pacing, budget and refresh live here. */
export class RetryPolicy implements RetryDriver {
  readonly maxAttempts: number
  readonly baseDelay: number
  readonly maxBackoff: number
  readonly maxDelay: number
  readonly deadline: number
  readonly methods: ReadonlySet<string>
  readonly #options: RetryOptions
  readonly #budget: RetryBudget | undefined
  readonly #guard: GuardStore | undefined
  /** The token buckets of throttled keys, when the `pacing` option is on. */
  readonly #pacer: PacingStore | undefined
  /** The circuit breaker, when the `breaker` option is on. */
  readonly #breaker: CircuitBreaker | undefined
  /** The header and the maker of idempotency keys, when the `idempotencyKey` option is on. */
  readonly #idempotencyKey: { readonly header: string; readonly value: () => string } | undefined
  #refreshing: Promise<void> | undefined
  #generation = 0

  constructor(options: RetryOptions = {}) {
    this.#options = options
    this.maxAttempts = Math.max(1, options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts)
    this.baseDelay = options.baseDelay ?? RETRY_DEFAULTS.baseDelay
    this.maxBackoff = options.maxBackoff ?? RETRY_DEFAULTS.maxBackoff
    this.maxDelay = options.maxDelay ?? RETRY_DEFAULTS.maxDelay
    this.deadline = options.deadline ?? RETRY_DEFAULTS.deadline
    this.methods = new Set((options.methods ?? IDEMPOTENT_METHODS).map((m) => m.toUpperCase()))
    const b = options.budget
    this.#budget = b === false ? undefined : b instanceof RetryBudget ? b : new RetryBudget(b)
    this.#guard = options.guard === false ? undefined : (options.guard ?? new MemoryGuardStore())
    const p = options.pacing
    this.#pacer = p === undefined || p === false ? undefined : p === true ? new Pacer() : (p.store ?? new Pacer(p))
    const b2 = options.breaker
    this.#breaker =
      b2 === undefined || b2 === false ? undefined : new CircuitBreaker(b2 === true ? {} : b2, this.#guard)
    const key = options.idempotencyKey
    this.#idempotencyKey =
      key === undefined || key === false
        ? undefined
        : {
            header: (key === true ? undefined : key.header) ?? IDEMPOTENCY_HEADER,
            value: (key === true ? undefined : key.value) ?? (() => globalThis.crypto.randomUUID()),
          }
  }

  async admit(next: Outgoing | RetryState): Promise<RetryState> {
    let token: Token
    if (next instanceof Token) {
      // A replay leaves, its wait over.
      token = next
      token.attempt++
      token.waitedMs += token.nextDelay
      token.nextDelay = 0
      token.generation = this.#generation
    } else token = this.#start(next as Outgoing)
    const gated = this.#gate(token)
    if (gated !== undefined) await gated
    return token
  }

  async failed(state: RetryState, error: ApiError, retryable = true): Promise<Plan> {
    const token = state as Token
    if (!retryable) return { retry: false, error: await this.#final(token, error) }
    const req = token.req
    token.decided = error
    this.#record(token, error)
    const plan = await this.#plan(error, token.attempt, Date.now() - token.started, token.refreshed, req)
    // A deadline the application set (AbortSignal.timeout) has passed: the failure stands as it is.
    if (!plan.retry || timedOut(req.signal)) {
      req.observer?.decided(error, undefined)
      return { retry: false, error: await this.#final(token, error) }
    }
    req.observer?.tell('retry', { error, attempt: token.attempt, delayMs: plan.delayMs })
    req.observer?.decided(error, plan.delayMs)
    if (plan.refresh) {
      token.refreshed = true
      await this.#refreshOnce(error, token.generation)
    }
    token.nextDelay = plan.delayMs
    return { retry: true, delayMs: plan.delayMs }
  }

  succeeded(state: RetryState): void {
    this.#budget?.refund()
    const req = (state as Token).req
    const key = req.guardKey
    if (key === undefined) return
    this.#breaker?.record(key, '', undefined, req.observer)
    this.#pacer?.passed(key)
    if (req.recipientKey !== undefined) this.#pacer?.passed(req.recipientKey)
  }

  /**
   * The guard key of a request: vendor, host and a hash of the credential, never the credential. The
   * application's `credential` names it first, then where the vendor's adapter says it travels (`where`),
   * then the request's Authorization header or the caller's ids in its query or form body.
   * @internal
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
    const name = this.#options.credential
    const own = name === undefined ? undefined : name({ url, authorization, body: readableBody(body) })
    const credential =
      own === undefined || own === '' ? credentialOf(url, authorization, body, where) : `own:${String(own)}`
    return interned(`${vendor}:${host}:${credentialPart(credential)}`)
  }

  /** A request's state before its first attempt: its keys, its idempotency key, its deadline. */
  #start(out: Outgoing): Token {
    const method = (out.method ?? 'GET').toUpperCase()
    const guardKey = this.guardKey(out.vendor, out.url, out.authorization, out.body, out.credential)
    const { key, idempotent } = this.#idempotency(method, out.has)
    const req: Attempted = {
      method,
      replayable: replayableBody(out.body),
      signal: out.signal,
      guardKey,
      recipientKey: this.#recipientKey(guardKey, method, out.url, out.body),
      idempotent,
      observer: out.observer,
    }
    return new Token(req, out.request, key, this.#generation, this.deadline)
  }

  /**
   * What the `idempotencyKey` option asks of one request: the key to set (none where the method replays by
   * itself or the application set the header), and whether the request then carries a key.
   */
  #idempotency(
    method: string,
    has: ((header: string) => boolean) | undefined,
  ): { readonly key?: { readonly header: string; readonly value: string }; readonly idempotent: boolean } {
    const key = this.#idempotencyKey
    if (key === undefined || this.methods.has(method)) return { idempotent: false }
    if (has?.(key.header) === true) return { idempotent: true }
    return { key: { header: key.header, value: key.value() }, idempotent: true }
  }

  /**
   * The guard key of a request's recipient (see the `recipient` option), under the credential's own key:
   * a hash, never the recipient.
   */
  #recipientKey(guardKey: string, method: string, url: string, body: unknown): string | undefined {
    const name = this.#options.recipient
    if (name === undefined) return undefined
    const who = name({ method, url, body: readableBody(body) })
    return who === undefined || who === '' ? undefined : `${guardKey}:recipient:${hashCredential(String(who))}`
  }

  /**
   * Whether an attempt may leave: the guard and the breaker refuse it, pacing holds it for its turn. At once
   * (no promise) where every store answered at once: the memory stores do, and a request in flight then
   * keeps no suspended call of the engine's.
   */
  #gate(token: Token): void | Promise<void> {
    const { req, request } = token
    return then(this.#shortCircuit(req.guardKey, request, req.recipientKey, req.observer), (blocked) => {
      if (blocked !== undefined) {
        req.observer?.refused(blocked, request)
        throw blocked
      }
      return this.#pacer === undefined ? undefined : this.#pace(token)
    })
  }

  /**
   * The error to throw instead of sending, when the guard holds a block for the credential or the recipient.
   * `observer`: who hears of a change of the breaker the request makes (its client's telemetry).
   */
  #shortCircuit(
    key: string | undefined,
    request: RequestSummary | undefined,
    recipientKey: string | undefined,
    observer: Observer | undefined,
  ): ApiError | undefined | Promise<ApiError | undefined> {
    if (key === undefined) return undefined
    const guard = this.#guard
    const own = then(guard?.get(key), (b) => b ?? (recipientKey === undefined ? b : guard?.get(recipientKey)))
    const any = then(own, (b) => b ?? this.#breaker?.admit(key, observer))
    return then(any, (b) => this.#refusal(b, request))
  }

  /** The refusal of a block that still runs, or `undefined` for none. */
  #refusal(block: GuardBlock | undefined, request: RequestSummary | undefined): ApiError | undefined {
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

  /**
   * Waits for the request's turn where a throttle paces its credential or its recipient; fails at once,
   * with the vendor's last rate limit, when the wait would pass the request's deadline (`deadlineAt`).
   */
  async #pace(token: Token): Promise<void> {
    const { req, request, deadlineAt } = token
    const pacer = this.#pacer
    if (pacer === undefined) return
    let waitMs = 0
    let last: ThrottleInfo | undefined
    const taken: string[] = []
    const epochs = new Map<string, number | null>()
    token.epochs = epochs
    for (const key of [req.guardKey, req.recipientKey]) {
      const turn = key === undefined ? undefined : await pacer.reserve(key, deadlineAt - Date.now())
      if (key !== undefined) epochs.set(key, turn === undefined ? null : turn.epoch)
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
  async #arm(error: ApiError, req: Attempted): Promise<void> {
    const hint = error.retry
    const key = hint.scope === 'recipient' ? req.recipientKey : hint.scope === 'request' ? undefined : req.guardKey
    if (hint.kind !== 'after' || (hint.delayMs ?? 0) <= this.maxDelay || key === undefined || error.shortCircuited)
      return
    // No credential found: a block of the account's limit would stop every other credential on the host.
    if (hint.scope !== 'recipient' && unidentified(key)) return
    await this.#guard?.set(key, {
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

  /** Decides what to do about one failure, and arms the guard (see {@link RetryPolicy.#arm}). */
  async #plan(error: ApiError, attempt: number, elapsedMs: number, refreshed: boolean, req: Attempted) {
    const hint = error.retry
    await this.#arm(error, req)
    if (attempt >= this.maxAttempts || error.shortCircuited === true) return NO_RETRY
    // The failure just opened the request's circuit: no replay into an outage.
    if (req.guardKey !== undefined && this.#breaker?.state(req.guardKey) === 'open') return NO_RETRY
    // The same content was just delivered: a replay would do it again.
    if (hint.scope === 'request') return NO_RETRY
    if (!req.replayable) return NO_RETRY
    // The vendor says to query the operation's state first (a payment's SYSTEMERROR): the application's turn.
    if (hint.query === true) return NO_RETRY
    if (hint.outcome === 'unknown') {
      // The vendor may have carried the request out. Only where it says the very same request may come again
      // (replaySafe: "call again with the same parameters") is it replayed, as it is, whatever the method;
      // an idempotency key of errcode's does not make it safe, since the vendor may not honour one.
      if (!hint.replaySafe) return NO_RETRY
    } else if (!hint.replaySafe && !this.methods.has(req.method.toUpperCase())) {
      // With an idempotency key the vendor runs the request once, however often it arrives.
      if (!(req.idempotent === true && hint.kind === 'backoff')) return NO_RETRY
    }
    let delayMs: number
    let refresh = false
    switch (hint.kind) {
      case 'never':
        return NO_RETRY
      case 'refresh':
        if (this.#options.refresh === undefined || refreshed) return NO_RETRY
        refresh = true
        delayMs = 0
        break
      case 'after':
        delayMs = Math.max(0, hint.delayMs ?? 0)
        if (delayMs > this.maxDelay) return NO_RETRY
        break
      default:
        delayMs = fullJitter(attempt, this.baseDelay, this.maxBackoff)
    }
    // Whole milliseconds: the waits add up to `err.waitedMs`.
    delayMs = Math.round(delayMs)
    if (elapsedMs + delayMs > this.deadline) return NO_RETRY
    if (this.#budget !== undefined && !this.#budget.take()) return NO_RETRY
    return { retry: true, delayMs, refresh } satisfies Decision
  }

  /**
   * Runs the user's refresh once for every failure of the same generation: concurrent failures wait for
   * the refresh under way; a failure of a request sent before the last refresh ended needs none.
   */
  async #refreshOnce(error: ApiError, sentInGeneration: number): Promise<void> {
    if (sentInGeneration < this.#generation) return
    if (this.#refreshing === undefined) {
      const run = async () => {
        try {
          await this.#options.refresh?.(error)
        } finally {
          this.#generation++
          this.#refreshing = undefined
        }
      }
      this.#refreshing = run()
    }
    await this.#refreshing
  }

  /** The circuit of the request counts a failure of a request that was sent; pacing learns of a rate limit. */
  #record(token: Token, error: ApiError): void {
    const key = token.req.guardKey
    if (key === undefined || error.shortCircuited === true) return
    this.#breaker?.record(key, error.vendor, error, token.req.observer)
    const pacer = this.#pacer
    if (pacer === undefined || error.category !== 'rate_limit' || error.retry.scope === 'request') return
    // Whom the limit limits: one recipient (when the application says who), or the credential.
    const paced = error.retry.scope === 'recipient' ? token.req.recipientKey : unidentified(key) ? undefined : key
    if (paced === undefined) return
    // Which rate the refused attempt left under: a refusal lowers that one only (see PacingStore.throttled).
    const sentUnder = token.epochs === undefined ? undefined : (token.epochs.get(paced) ?? null)
    pacer.throttled(paced, { vendor: error.vendor, code: error.code, description: error.description }, sentUnder)
  }

  /** The failure that stands, with the attempts and the waits; the guard armed if no decision did it. */
  async #final(token: Token, error: ApiError): Promise<ApiError> {
    token.req.observer?.decided(error, undefined)
    if (token.decided !== error) {
      this.#record(token, error)
      await this.#arm(error, token.req)
    }
    return annotate(error, { attempts: token.attempt, waitedMs: token.waitedMs })
  }
}

/** Whether a request body can be sent again: a stream (web or Node) is read by the first attempt. */
export function replayableBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return true
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) return false
  return typeof (body as { pipe?: unknown }).pipe !== 'function'
}

/**
 * The loop around one request whose keys are known (`req`), driven as a client drives the engine: `send`
 * makes an attempt (it is told which, from 1) and rejects with an ApiError when it fails. The final error
 * records the attempts and the waits. A function, not a method: no client bundle carries it.
 * @internal The engine's own tests drive it through this; the clients make the three calls.
 */
export async function runEngine<T>(
  policy: RetryPolicy,
  req: Attempted,
  request: RequestSummary | undefined,
  send: (attempt: number) => Promise<T>,
): Promise<T> {
  const token = new Token(req, request, undefined, 0, policy.deadline)
  // Admitted as a replay of attempt 0: the first attempt, under the policy's own refresh generation.
  token.attempt = 0
  await policy.admit(token)
  return replay(policy, token, req.signal, () => send(token.attempt))
}
