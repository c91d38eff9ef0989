// What errcode tells an application about the requests it sees, on one interface (`Telemetry`, the
// `telemetry` option) with one event type per event: each attempt as it leaves and how it ended, each retry,
// each refusal before sending, each pacing wait, each change of a circuit and each typed error. `errcode-js/otel`
// is one observer; an application's own is another, and `onError` is the shortest way in. Nothing here knows
// OpenTelemetry.
import type { ApiError } from '../errors/errors.js'
import type { RequestSummary } from '../types.js'

/** One attempt as it leaves. */
export interface AttemptEvent {
  /** The vendor of the route: `'http'` for a route that judges statuses only. */
  readonly vendor: string
  /** Method and URL, secrets masked. */
  readonly request: RequestSummary
  /** 1 for the first attempt, 2 for the first replay, … */
  readonly attempt: number
}

/** One attempt, as an observer follows it: `run` once, then `failed` or nothing, then `end`. */
export interface AttemptTelemetry {
  /** Runs the send: whatever the HTTP instrumentation starts inside belongs to this attempt. */
  run<T>(send: () => Promise<T>): Promise<T>
  /** The attempt failed with a typed error. */
  failed(error: ApiError): void
  /** The failure is retried after `delayMs`. */
  retried(delayMs: number): void
  /** Nothing more will be told of the attempt. */
  end(): void
}

/** A failure that is retried, told before the wait. */
export interface RetryEvent {
  readonly error: ApiError
  /** The attempt that failed, from 1. */
  readonly attempt: number
  /** The wait before the next attempt. */
  readonly delayMs: number
}

/** A request refused before it was sent (`error.shortCircuitedBy`: the quota guard, the breaker, pacing). */
export interface RefusedEvent {
  readonly error: ApiError
  /** Method and URL, secrets masked. */
  readonly request: RequestSummary | undefined
}

/** A request that waited for its turn under pacing. */
export interface PacedEvent {
  readonly vendor: string
  readonly waitMs: number
  /** Method and URL, secrets masked. */
  readonly request: RequestSummary | undefined
}

/** The states of one circuit of the breaker. */
export type BreakerState = 'closed' | 'open' | 'half-open'

/** Where a circuit of the breaker moved. */
export interface CircuitChange {
  /** The circuit: vendor, host and a hash of the credential, never the credential. */
  readonly key: string
  readonly vendor: string
  readonly from: BreakerState
  readonly to: BreakerState
  /** Until when calls fail at once, for `to: 'open'`. */
  readonly until?: Date
  /** Why it changed: the failures that opened it, a probe's outcome. */
  readonly reason: string
}

/** What `onError` is told besides the error. */
export interface ErrorContext {
  /** The attempt that failed, from 1; 0 for a request refused before it was sent (`err.shortCircuited`). */
  readonly attempt: number
  /** Method and URL, secrets masked. */
  readonly request: RequestSummary | undefined
}

/** A typed error as it is made: a failed attempt's (retried or not) or a refusal's (attempt 0). */
export interface ErrorEvent extends ErrorContext {
  readonly error: ApiError
}

/**
 * An observer of a client, for the `telemetry` option: `otel()` from `errcode-js/otel`, or the application's own.
 * Every member is optional and takes one event; what a member throws is dropped, never the application's
 * failure.
 *
 * @example
 * ```ts
 * const telemetry: Telemetry = {
 *   retry: ({ error, attempt, delayMs }) => log.warn({ attempt, delayMs }, error.message),
 *   circuit: ({ vendor, from, to, reason }) => log.warn({ vendor, from, to }, reason),
 * }
 * ```
 */
export interface Telemetry {
  /** An attempt leaves; what it returns follows the attempt to its end. */
  attempt?(event: AttemptEvent): AttemptTelemetry | undefined
  /** A failure is retried after a wait. */
  retry?(event: RetryEvent): void
  /** A request was refused before it was sent. */
  refused?(event: RefusedEvent): void
  /** A request waited for its turn under pacing. */
  paced?(event: PacedEvent): void
  /** A request of this client moved a circuit of the breaker. */
  circuit?(change: CircuitChange): void
  /** A typed error was made. */
  error?(event: ErrorEvent): void
}

/** Sees every typed error as it is made: a shorthand for `telemetry: { error }`. */
export type OnError = (error: ApiError, context: ErrorContext) => void

/**
 * The longest an attempt waits for the retry engine's decision about its failure before telling its end
 * anyway (a decision that never comes must not hold a span open for ever).
 */
const DECISION_WAIT_MS = 10_000

/** One attempt under watch: what a wrapper holds between the send and the outcome. */
export interface Watch {
  /** Runs the send inside the attempt's telemetry. */
  run<T>(send: () => Promise<T>): Promise<T>
  /**
   * The outcome: the typed error, or `undefined` for a success (or a failure that is the caller's own).
   * `decides`: the retry engine will say what happens next (see {@link Observer.decided}).
   */
  settle(error: ApiError | undefined, decides: boolean): void
}

/** A failed attempt waiting for the engine's decision, and the timer that gives up on it. */
interface Pending {
  readonly watched: readonly AttemptTelemetry[]
  readonly timer: ReturnType<typeof setTimeout>
}

const passThrough = <T>(send: () => Promise<T>) => send()

/**
 * What a wrapper reports to, built once from its `telemetry` and `onError` options. Each call is guarded:
 * a failing observer never changes what the application gets, nor what the other observers are told.
 */
export class Observer {
  readonly #observers: readonly Telemetry[]
  /** Failed attempts waiting for the engine's decision, by their error. */
  readonly #pending = new WeakMap<ApiError, Pending>()
  /** Decisions that came before their attempt settled (ky's timeouts: the engine may hear first), by their error. */
  readonly #early = new WeakMap<ApiError, number | undefined>()

  constructor(observers: readonly Telemetry[]) {
    this.#observers = observers
  }

  /** An attempt leaves. */
  attempt(vendor: string, request: RequestSummary, attempt: number): Watch {
    const event: AttemptEvent = { vendor, request, attempt }
    const watched = this.#observers.flatMap((o) => guard(() => o.attempt?.(event)) ?? [])
    return {
      // Each observer's run holds the next one's: the send leaves once, inside them all.
      run:
        watched.length === 0
          ? passThrough
          : (send) => watched.reduceRight((inner, w) => () => runInside(w, inner), send)(),
      settle: (error, decides) => {
        if (error !== undefined) {
          this.tell('error', { error, attempt, request })
          each(watched, 'failed', error)
        }
        if (watched.length === 0) return
        if (error === undefined || !decides) {
          each(watched, 'end')
          return
        }
        if (this.#early.has(error)) {
          const delayMs = this.#early.get(error)
          this.#early.delete(error)
          if (delayMs !== undefined) each(watched, 'retried', delayMs)
          each(watched, 'end')
          return
        }
        const timer = setTimeout(() => this.decided(error, undefined), DECISION_WAIT_MS)
        ;(timer as { unref?: () => void }).unref?.()
        this.#pending.set(error, { watched, timer })
      },
    }
  }

  /** The retry engine decided about a failure: a retry after `delayMs`, or (`undefined`) none. */
  decided(error: ApiError, delayMs: number | undefined): void {
    const pending = this.#pending.get(error)
    if (pending === undefined) {
      // The first decision only: a failure that stands is told again as it stands (`RetryState.final`).
      if (!this.#early.has(error)) this.#early.set(error, delayMs)
      return
    }
    this.#pending.delete(error)
    // The timer would hold the error (and the response it keeps) for as long again.
    clearTimeout(pending.timer)
    const { watched } = pending
    if (delayMs !== undefined) each(watched, 'retried', delayMs)
    each(watched, 'end')
  }

  /** A request was refused before it was sent. */
  refused(error: ApiError, request: RequestSummary | undefined): void {
    this.tell('error', { error, attempt: 0, request })
    this.tell('refused', { error, request })
  }

  /**
   * Tells every observer that listens for it one event: the engine's retries (`retry`), pacing waits
   * (`paced`), and the changes of the breaker a request of this client made (`circuit`).
   */
  tell<K extends Exclude<keyof Telemetry, 'attempt'>>(name: K, event: Parameters<NonNullable<Telemetry[K]>>[0]): void {
    for (const o of this.#observers)
      guard(() => (o as unknown as Record<K, ((e: unknown) => void) | undefined>)[name]?.(event))
  }
}

/** Tells each observer's attempt one part of its outcome; one that throws does not keep it from the others. */
function each(watched: readonly AttemptTelemetry[], member: 'failed' | 'retried' | 'end', arg?: unknown): void {
  for (const w of watched) guard(() => w[member](arg as never))
}

/**
 * Runs the send inside an observer's `run`. The send leaves once and its own outcome is the application's,
 * whatever the observer does: throw, reject, or settle without sending (then errcode sends).
 */
async function runInside<T>(watched: AttemptTelemetry, send: () => Promise<T>): Promise<T> {
  let sending: Promise<T> | undefined
  const once = (): Promise<T> => {
    if (sending === undefined) {
      try {
        sending = send()
      } catch (error) {
        sending = Promise.reject(error)
      }
    }
    return sending
  }
  try {
    await watched.run(once)
  } catch {
    // The observer's failure, or the send's own: the send's outcome follows either way.
  }
  return once()
}

/** Runs an observer's code: what it throws is dropped, never the application's failure. */
function guard<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch {
    return undefined
  }
}

/**
 * The observer of a wrapper's options, or `undefined` when they ask for none (the hot path checks only that).
 * `onError` is one more observer, of the error event.
 */
export function observerOf(
  telemetry: Telemetry | readonly Telemetry[] | undefined,
  onError: OnError | undefined,
): Observer | undefined {
  const observers: Telemetry[] = [telemetry ?? []].flat()
  if (onError !== undefined)
    observers.push({ error: ({ error, attempt, request }) => onError(error, { attempt, request }) })
  return observers.length === 0 ? undefined : new Observer(observers)
}
