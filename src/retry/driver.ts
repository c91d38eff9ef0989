// How a client drives the retry engine: three calls (on the lines of smithy's retry strategy), the same for
// fetch, axios and ky, and the loop of a client that waits and replays by itself (fetch, axios). ky's own
// retry machinery makes the same calls from its hooks.
import { type ApiError, isApiError } from '../errors/errors.js'
import type { Observer } from '../observe/telemetry.js'
import type { RequestSummary } from '../types.js'
import type { CredentialLocation } from './guard.js'
import { sleep, timedOut } from './sleep.js'

/** A request as a client sees it the first time it leaves: what the engine needs to admit it. */
export interface Outgoing {
  /** The vendor whose adapter judges the request (its guard keys begin with it). */
  readonly vendor: string
  readonly method: string | undefined
  readonly url: string
  readonly authorization: string | undefined
  /** The body as the application gave it. */
  readonly body: unknown
  readonly signal?: AbortSignal | null | undefined
  /** Where the vendor's requests name the credential (the adapter's `credential`). */
  readonly credential?: CredentialLocation | undefined
  /** Whether the request carries a header already (an idempotency key of the application's). */
  readonly has?: ((header: string) => boolean) | undefined
  /** The request as errors and telemetry name it (masked). */
  readonly request: RequestSummary | undefined
  /** Who hears of the request's refusals, pacing waits and retry decisions (the `telemetry`, `onError` options). */
  readonly observer?: Observer | undefined
}

/**
 * One logical request across its attempts, as {@link RetryDriver.admit} hands it to its client: the client
 * gives it back with each failure and success. It carries the request from its first admission on.
 */
export interface RetryState {
  /** The attempt under way, from 1. */
  readonly attempt: number
  /** When the request's deadline passes (the `deadline` option, from the first attempt). */
  readonly deadlineAt: number
  /** The idempotency key the request is to carry on every attempt, where the `idempotencyKey` option set one. */
  readonly idempotencyKey: { readonly header: string; readonly value: string } | undefined
}

/** What follows a failure: a replay after `delayMs`, or the error that stands (its attempts and waits told). */
export type Plan =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly error: ApiError }

/**
 * The three calls by which a client drives the engine. `admit` is the one place that refuses a request
 * before it is sent (the quota guard, the circuit breaker, pacing): it rejects with the short-circuit error.
 */
export interface RetryDriver {
  /**
   * Before an attempt leaves: the first (given the request; a new state) or a replay (given the request's
   * state, once its wait is over). Rejects with the refusal when the request may not leave.
   */
  admit(next: Outgoing | RetryState): Promise<RetryState>
  /**
   * A failure of the attempt under way, and what follows. `retryable: false`: the client will not replay
   * whatever the plan (its own rules decided), and asks for the error that stands.
   */
  failed(state: RetryState, error: ApiError, retryable?: boolean): Promise<Plan>
  /** The attempt under way passed: the budget, the circuit and pacing count it. */
  succeeded(state: RetryState): void
}

/**
 * Sends an admitted request until it passes or its failure stands: `send` makes the attempt under way and
 * rejects with an ApiError when it fails. `first`: the failure of an attempt already made (axios replays
 * from its error interceptor). Rejects with the error that stands, its attempts and waits told.
 */
export async function replay<T>(
  driver: RetryDriver,
  state: RetryState,
  signal: AbortSignal | null | undefined,
  send: () => Promise<T>,
  first?: ApiError,
): Promise<T> {
  let error = first
  for (;;) {
    if (error === undefined) {
      try {
        const result = await send()
        driver.succeeded(state)
        return result
      } catch (caught) {
        if (!isApiError(caught)) throw caught
        error = caught
      }
    }
    const plan = await driver.failed(state, error)
    if (!plan.retry) throw plan.error
    try {
      await sleep(plan.delayMs, signal)
    } catch (reason) {
      // The deadline passed during the wait: the last failure is the answer. An abort stays an abort.
      if (timedOut(signal)) throw stands(await driver.failed(state, error, false), error)
      throw reason
    }
    error = undefined
    try {
      await driver.admit(state)
    } catch (refused) {
      // Refused before it left (the guard, the breaker, pacing): a failure of the attempt like any other.
      if (!isApiError(refused)) throw refused
      error = refused
    }
  }
}

/** The error of a plan asked for with `retryable: false` (always a failure that stands). */
const stands = (plan: Plan, error: ApiError): ApiError => (plan.retry ? error : plan.error)
