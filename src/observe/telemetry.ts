// What errcode tells telemetry about the requests it sees: each attempt as it leaves and how it ended,
// each retry, each refusal before sending, each pacing wait and each change of a circuit. `errcode/otel`
// is one backend; an application's own is another (the `telemetry` option), and `onError` is the
// shortest way in. Nothing here knows OpenTelemetry.
import type { ApiError } from '../errors/errors.js'
import type { RequestSummary } from '../types.js'

/** One attempt as it leaves. */
export interface AttemptInfo {
  /** The vendor of the route: `'http'` for a route that judges statuses only. */
  readonly vendor: string
  /** Method and URL, secrets masked. */
  readonly request: RequestSummary
  /** 1 for the first attempt, 2 for the first replay, … */
  readonly attempt: number
}

/** One attempt, as a telemetry backend follows it: `run` once, then `failed` or nothing, then `end`. */
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

/** Where a breaker's circuit moved. */
export interface CircuitChange {
  readonly vendor: string
  readonly from: 'closed' | 'open' | 'half-open'
  readonly to: 'closed' | 'open' | 'half-open'
}

/** A telemetry backend: `otel()` from `errcode/otel`, or the application's own. Every member is optional. */
export interface Telemetry {
  attempt?(info: AttemptInfo): AttemptTelemetry | undefined
  /** A request refused before it was sent (`err.shortCircuitedBy`: the quota guard, the breaker, pacing). */
  refused?(error: ApiError): void
  /** A request waited `waitMs` for its turn under pacing. */
  paced?(vendor: string, waitMs: number): void
  /** A circuit of the breaker changed state. */
  circuit?(change: CircuitChange): void
}

/** What `onError` is told besides the error. */
export interface ErrorContext {
  /** The attempt that failed, from 1; 0 for a request refused before it was sent (`err.shortCircuited`). */
  readonly attempt: number
  /** Method and URL, secrets masked. */
  readonly request: RequestSummary | undefined
}

/** Sees every typed error as it is made, each failed attempt's and each refusal's. */
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
  readonly watched: AttemptTelemetry
  readonly timer: ReturnType<typeof setTimeout>
}

const passThrough = <T>(send: () => Promise<T>) => send()

/**
 * What a wrapper reports to, built once from its `telemetry` and `onError` options. Each call is guarded:
 * a failing backend or hook never changes what the application gets.
 */
export class Observer {
  readonly #telemetry: Telemetry | undefined
  readonly #onError: OnError | undefined
  /** Failed attempts waiting for the engine's decision, by their error. */
  readonly #pending = new WeakMap<ApiError, Pending>()
  /** Decisions that came before their attempt settled (ky's timeouts: the engine may hear first), by their error. */
  readonly #early = new WeakMap<ApiError, number | undefined>()

  constructor(telemetry: Telemetry | undefined, onError: OnError | undefined) {
    this.#telemetry = telemetry
    this.#onError = onError
  }

  /** An attempt leaves. */
  attempt(vendor: string, request: RequestSummary, attempt: number): Watch {
    const watched = guard(() => this.#telemetry?.attempt?.({ vendor, request, attempt }))
    return {
      run: watched === undefined ? passThrough : (send) => runInside(watched, send),
      settle: (error, decides) => {
        if (error !== undefined) {
          this.#report(error, attempt, request)
          if (watched !== undefined) guard(() => watched.failed(error))
        }
        if (watched === undefined) return
        if (error === undefined || !decides) {
          guard(() => watched.end())
          return
        }
        if (this.#early.has(error)) {
          const delayMs = this.#early.get(error)
          this.#early.delete(error)
          if (delayMs !== undefined) guard(() => watched.retried(delayMs))
          guard(() => watched.end())
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
      if (this.#telemetry?.attempt !== undefined && !this.#early.has(error)) this.#early.set(error, delayMs)
      return
    }
    this.#pending.delete(error)
    // The timer would hold the error (and the response it keeps) for as long again.
    clearTimeout(pending.timer)
    const { watched } = pending
    if (delayMs !== undefined) guard(() => watched.retried(delayMs))
    guard(() => watched.end())
  }

  /** A request was refused before it was sent. */
  refused(error: ApiError, request: RequestSummary | undefined): void {
    this.#report(error, 0, request)
    guard(() => this.#telemetry?.refused?.(error))
  }

  /** A request waited for its turn under pacing. */
  paced(vendor: string, waitMs: number): void {
    guard(() => this.#telemetry?.paced?.(vendor, waitMs))
  }

  /** A request of this client moved a circuit of the breaker. */
  circuit(change: CircuitChange): void {
    guard(() => this.#telemetry?.circuit?.(change))
  }

  #report(error: ApiError, attempt: number, request: RequestSummary | undefined): void {
    const onError = this.#onError
    if (onError !== undefined) guard(() => onError(error, { attempt, request }))
  }
}

/**
 * Runs the send inside a backend's `run`. The send leaves once and its own outcome is the application's,
 * whatever the backend does: throw, reject, or settle without sending (then errcode sends).
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
    // The backend's failure, or the send's own: the send's outcome follows either way.
  }
  return once()
}

/** Runs a backend's or a hook's code: what it throws is dropped, never the application's failure. */
function guard<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch {
    return undefined
  }
}

/** The observer of a wrapper's options, or `undefined` when they ask for none (the hot path checks only that). */
export function observerOf(telemetry: Telemetry | undefined, onError: OnError | undefined): Observer | undefined {
  return telemetry === undefined && onError === undefined ? undefined : new Observer(telemetry, onError)
}
