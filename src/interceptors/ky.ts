import type { KyInstance } from 'ky'
import { clientCause as heldClientCause, isApiError } from '../brand.js'
import { place } from '../place.js'
import type { RetryPolicy } from '../policy.js'
import { type RetrySettings, retrySettings } from '../retry-settings.js'
import { errorCode } from '../verdict.js'
import { judge, translatingFetch } from './fetch-core.js'
import { failure } from './load-failure.js'
import { type ErrcodeOptions, isAbort, isTimeout, type Resolved, resolveOptions } from './options.js'
import { type Held, release } from './restore.js'
import { isTransportFailure } from './transport.js'

export type { ErrcodeBaseOptions, ErrcodeOptions, Match, Route } from './options.js'

/**
 * The `Response` (a vendor code or an HTTP error) or the error behind an errcode error from this wrapper
 * (ky's `TimeoutError`, fetch's `TypeError`, ky 2's `NetworkError`). They name the full URL and ky's keep the
 * request: log `err` or `err.cause` (a masked summary), not this.
 */
export function clientCause(error: unknown): Response | Error | undefined {
  return heldClientCause(error) as Response | Error | undefined
}

/** A ky hook: ky 1 passes hook arguments by position, ky 2 one state object; errcode's hooks accept both. */
// biome-ignore lint/suspicious/noExplicitAny: a hook must be assignable to the hook types of ky 1 and ky 2.
export type AnyHook = (...args: any[]) => any

/** ky hooks that translate vendor codes, HTTP errors and (on ky 2) network errors and timeouts. */
export interface ErrcodeHooks {
  readonly afterResponse: AnyHook[]
  readonly beforeError: AnyHook[]
  readonly beforeRetry: AnyHook[]
}

type ThrowHttpErrors = boolean | ((status: number) => boolean)

interface HookState {
  readonly request: Request
  readonly options: { readonly throwHttpErrors?: ThrowHttpErrors; readonly context?: Record<string, unknown> }
  readonly response: Response
  readonly error: unknown
}

/** ky 2 calls a hook with one state object; ky 1 with `(request, options, [response,] state)`. */
function stateOf(args: unknown[]): Partial<HookState> {
  const first = args[0]
  if (!(first instanceof Request)) return (first ?? {}) as Partial<HookState>
  return {
    request: first,
    options: args[1] as HookState['options'],
    ...(args[2] instanceof Response ? { response: args[2] } : {}),
  }
}

function throwsHttpErrors(setting: ThrowHttpErrors | undefined, status: number): boolean {
  return typeof setting === 'function' ? setting(status) : setting !== false
}

/** A network error or timeout as a typed error; any other error as it is. Loads the error path only then. */
async function translate(
  o: Resolved,
  error: unknown,
  request: { url: string; method: string } | undefined,
): Promise<unknown> {
  if (isApiError(error) || isAbort(error) || request === undefined || !(error instanceof Error)) return error
  const adapter = o.route(request.url)
  if (adapter === undefined) return error
  const timeout = isTimeout(error)
  // ky 2 wraps a failed connection in its own NetworkError: the connection's code is along the cause chain.
  if (!timeout && !isTransportFailure(error)) return error
  const { sendError } = await failure()
  return sendError(o, adapter?.vendor ?? 'http', timeout ? 'timeout' : 'network', errorCode(error), request, error)
}

/** The request a ky error names (`TimeoutError`, `HTTPError`, ky 2's `NetworkError`). */
function requestOf(error: unknown): Request | undefined {
  const request = typeof error === 'object' && error !== null ? (error as { request?: unknown }).request : undefined
  return request instanceof Request ? request : undefined
}

/** `placeHere`: the hook gives the error its stack, where no call of errcode's is there to do it. */
const beforeError = (o: Resolved, placeHere: boolean): AnyHook => {
  const hook = async (...args: unknown[]) => {
    // ky 1: (httpError, state); ky 2: ({ request, error, ... }) for every kind of error.
    const state = args.length === 1 && !(args[0] instanceof Error) ? (args[0] as Partial<HookState>) : undefined
    if (state === undefined) return args[0]
    const request = state.request
    const translated = await translate(o, state.error, request && { url: request.url, method: request.method })
    return placeHere ? place(translated, hook) : translated
  }
  return hook
}

/**
 * Hooks for `ky.create({ hooks: errcodeHooks(options) })`: they translate every response in `afterResponse`
 * (ky hands that hook a clone of each response). {@link withErrcode} is faster, since ky then reads each
 * body once, and is needed for network errors and timeouts on ky 1 and for the `retry` option.
 */
export function errcodeHooks(options: ErrcodeOptions): ErrcodeHooks {
  const o = resolveOptions(options)
  return {
    afterResponse: [
      async function afterResponse(...args: unknown[]) {
        const { request, response, options: kyOptions } = stateOf(args)
        if (request === undefined || response === undefined) return undefined
        const adapter = o.route(response.url || request.url)
        if (adapter === undefined) return undefined
        // ky hands hooks a clone: reading it leaves the response the caller gets untouched.
        const { capped, error } = await judge(
          response,
          adapter,
          { method: request.method, url: request.url },
          o,
          throwsHttpErrors(kyOptions?.throwHttpErrors, response.status),
        )
        if (capped.kind === 'skipped') void capped.stream?.cancel().catch(() => undefined)
        if (error !== undefined) throw place(error, afterResponse)
        return undefined
      },
    ],
    beforeError: [beforeError(o, true)],
    beforeRetry: [
      // ky 1 sends errors thrown by afterResponse through its retry loop: a typed error is final.
      (state: { error?: unknown }) => {
        if (isApiError(state.error)) throw state.error
      },
    ],
  }
}

/** What one call through {@link withErrcode} keeps across ky's retries (in ky's `context`). */
interface Track {
  readonly started: number
  waited: number
  /** Requests sent so far for this call: the first, and one per replay. */
  attempts: number
  refreshed: boolean
  generation: number
  lastFailure: number
  /** The wait the policy chose for the next retry; ky's `delay` reads it. */
  nextDelay: number
  seen: { url: string; method: string; authorization: string | undefined } | undefined
  /** The call's body as the application gave it (`json` or `body`), for the `recipient` option. */
  readonly body: unknown
}

const TRACK = 'errcode'

interface RetryState {
  error: Error
  retryCount: number
}
interface RetryInput {
  readonly limit?: number
  readonly shouldRetry?: (state: RetryState) => unknown
}
type Retry = number | RetryInput

/**
 * Without a retry policy: the application's retry options stay, ky keeps retrying dropped connections
 * as it would, and never retries any other typed error by itself.
 */
function retryOptions(parent: Retry | undefined): Retry | undefined {
  const base: RetryInput = typeof parent === 'number' ? { limit: parent } : (parent ?? {})
  // Where ky may not retry at all it never asks: the application's options stay as given (a number is
  // also cheaper for ky to normalise on every request than an object).
  if (base.limit === 0) return parent
  return {
    ...base,
    shouldRetry: (state: RetryState) => {
      if (!isApiError(state.error)) {
        if (base.shouldRetry !== undefined) return base.shouldRetry(state)
        // A failed connection reaches ky as a NetworkError already: what is left (a bug in a fetch of the
        // application's, a GET with a body) would fail the same way again. ky's timeouts keep ky's rule.
        return isTimeout(state.error) ? undefined : false
      }
      if (state.error.category !== 'network') return false
      return base.shouldRetry?.(state) ?? true
    },
  }
}

/** The guard keys of the request a call sent last: its credential's, and its recipient's. */
function guardKeys(policy: RetryPolicy, vendor: string, track: Track) {
  const seen = track.seen
  if (seen === undefined) return { guardKey: undefined, recipientKey: undefined }
  const guardKey = policy.guardKey(vendor, seen.url, seen.authorization)
  return {
    guardKey,
    recipientKey: policy.recipientKey(guardKey, { method: seen.method, url: seen.url, body: track.body }),
  }
}

/** With a retry policy, ky's retry options for one call: the policy decides and picks the wait, ky waits and replays. */
function policyRetry(o: Resolved, settings: RetrySettings, load: () => Promise<RetryPolicy>, track: Track) {
  return {
    limit: settings.maxAttempts - 1,
    methods: ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'],
    statusCodes: [],
    retryOnTimeout: true,
    delay: () => track.nextDelay,
    backoffLimit: Number.POSITIVE_INFINITY,
    shouldRetry: async ({ error, retryCount }: RetryState) => {
      const translated = await translate(o, error, track.seen)
      // Not the network's and not a vendor's: the application's own error, never retried (a request that
      // no route covers keeps ky's own rules).
      if (!isApiError(translated))
        return track.seen !== undefined && o.route(track.seen.url) !== undefined ? false : undefined
      const policy = await load()
      track.lastFailure = Date.now()
      const plan = await policy.plan(translated, retryCount, Date.now() - track.started, track.refreshed, {
        method: track.seen?.method ?? 'GET',
        replayable: true,
        ...guardKeys(policy, translated.vendor, track),
      })
      if (!plan.retry) return false
      policy.options.onRetry?.({ error: translated, attempt: retryCount, delayMs: plan.delayMs })
      if (plan.refresh) {
        track.refreshed = true
        await policy.refreshOnce(translated, track.generation)
      }
      track.nextDelay = plan.delayMs
      return true
    },
  }
}

/** Throws an error with the frames of the application's call (see `wrap`). */
function placed(error: unknown): never {
  throw place(error, placed)
}
const rethrow = (error: unknown): never => {
  throw error
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const
const BODY_TYPES = ['json', 'text', 'formData', 'arrayBuffer', 'blob', 'bytes'] as const

type Callable = (input: unknown, options?: Record<string, unknown>) => Promise<Response> & Record<string, unknown>

/**
 * A call's own `throwHttpErrors`, under a name ky does not know: ky hands such options to its fetch as `init`,
 * so errcode's fetch learns the setting of the very call it serves, without a hook on every request.
 */
const CALL_THROWS = 'errcodeThrowHttpErrors'

function wrap(instance: KyInstance, base: KyInstance, o: Resolved, options: ErrcodeOptions): KyInstance {
  const { policy } = o
  const retry = o.retryOptions === undefined ? undefined : retrySettings(o.retryOptions)
  // Without a retry policy a call needs nothing of its own: ky's errors name their request.
  const plainReason = (error: unknown): Promise<unknown> => translate(o, error, requestOf(error))
  const call =
    (fn: Callable) =>
    (input: unknown, given: Record<string, unknown> = {}) => {
      const callOptions =
        given.throwHttpErrors === undefined ? given : { ...given, [CALL_THROWS]: given.throwHttpErrors }
      let promise: ReturnType<Callable>
      let reason = plainReason
      if (policy === undefined || retry === undefined) promise = fn(input, callOptions)
      else {
        const track: Track = {
          started: Date.now(),
          waited: 0,
          attempts: 1,
          refreshed: false,
          generation: 0,
          lastFailure: 0,
          nextDelay: 0,
          seen: undefined,
          body: callOptions.json ?? callOptions.body,
        }
        promise = fn(input, {
          ...callOptions,
          context: { ...(callOptions.context as object | undefined), [TRACK]: track },
          ...(callOptions.retry === undefined ? { retry: policyRetry(o, retry, policy, track) } : {}),
        })
        reason = async (error: unknown): Promise<unknown> => {
          const translated = await translate(o, error, track.seen ?? requestOf(error))
          if (!isApiError(translated) || translated.attempts !== undefined) return translated
          // ky asks shouldRetry only while it may retry: the last failure arms the guard here.
          const loaded = await policy()
          await loaded.arm(translated, guardKeys(loaded, translated.vendor, track))
          const { annotate } = await failure()
          return annotate(translated, { attempts: track.attempts, waitedMs: track.waited })
        }
      }
      // The application awaits the call or one of its body methods: an error gets the application's frames
      // where it leaves the chain of promises that the application awaits (V8 follows such a chain). A typed
      // error is placed in the handler itself: a handler that answered with a settled promise would have
      // its reaction run before the chain is linked.
      const settle = (error: unknown, handler: AnyHook): Promise<never> => {
        if (reason === plainReason && isApiError(error)) throw place(error, handler)
        return reason(error).then(placed)
      }
      let readsBody = false
      const onCall = (error: unknown) => {
        if (!readsBody) return settle(error, onCall)
        // Nobody awaits the call itself: a typed error goes on as it is, in this handler.
        if (isApiError(error)) throw error
        return reason(error).then(rethrow)
      }
      const onBody = (error: unknown) => settle(error, onBody)
      const out = promise.catch(onCall) as Promise<Response> & Record<string, unknown>
      for (const type of BODY_TYPES) {
        const method = promise[type]
        if (typeof method !== 'function') continue
        out[type] = (...a: unknown[]) => {
          // The call itself is not awaited when the caller only reads the body: its rejection is handled,
          // and its error placed by the body's own chain. (A second handler on it from the start would hide
          // the application's frames from V8.)
          readsBody = true
          out.catch(() => undefined)
          return method.apply(promise, a).catch(onBody)
        }
      }
      return out
    }
  const wrapped = call(instance as unknown as Callable) as unknown as Record<string, unknown>
  for (const m of METHODS) wrapped[m] = call(instance[m] as unknown as Callable)
  wrapped.create = (opts: never) => withErrcode(instance.create(opts), options)
  // Extended from the application's own instance, then given errcode again: the new defaults (a fetch,
  // throwHttpErrors, retry) are then the ones errcode builds on.
  wrapped.extend = (opts: never) => install(base.extend(opts), o, options)
  wrapped.stop = instance.stop
  wrapped.retry = (instance as unknown as { retry?: unknown }).retry
  return wrapped as unknown as KyInstance
}

interface ParentOptions {
  readonly retry?: Retry
  readonly fetch?: typeof fetch
  readonly throwHttpErrors?: ThrowHttpErrors
  readonly parseJson?: (text: string) => unknown
}

/**
 * Bodies that errcode's fetch restored for ky and that have just been read as text: ky's `json()` parses
 * the text it has read, in the same turn of the event loop. A timer lets go of what is left after the
 * turn, so a body read as text and never parsed is not kept; a cap bounds a long turn.
 */
let readAsText: Held[] = []
let sweeping = false
const MAX_READ = 64

function remember(held: Held): void {
  if (!sweeping) {
    sweeping = true
    setTimeout(() => {
      for (const left of readAsText) release(left)
      readAsText = []
      sweeping = false
    }, 0)
  }
  if (readAsText.length >= MAX_READ) {
    const oldest = readAsText.shift()
    if (oldest !== undefined) release(oldest)
  }
  readAsText.push(held)
}

/**
 * ky's `.json()` parses the text of a body errcode has parsed already: the value is handed over instead,
 * once. The body is found by its text, the very string ky read (ky 1 does not name the response).
 */
const parseJson = (text: string): unknown => {
  const i = readAsText.findLastIndex((h) => h.text === text)
  const held = i < 0 ? undefined : readAsText.splice(i, 1)[0]
  const parsed = held?.parsed
  // Taken: the restored Response (which ky may keep a while) no longer holds the body.
  if (held !== undefined) release(held)
  return parsed === undefined ? JSON.parse(text) : parsed.value
}

/**
 * Returns a ky instance, extended from the given one, whose requests reject with typed errors for vendor
 * codes, HTTP errors, network errors and timeouts. errcode is ky's `fetch`, so each body is read once.
 * ky's own retry options are kept, but ky does not retry a typed error by itself (dropped connections
 * excepted, as ky would). With `retry`, the retry policy decides and picks each wait, and ky's own retry
 * machinery (`shouldRetry`, `delay`, `beforeRetry` hooks) waits and replays.
 *
 * @example
 * ```ts
 * import ky from 'ky'
 * import { withErrcode } from 'errcode/ky'
 * import { guanaitong } from 'errcode/adapters/guanaitong'
 *
 * const api = withErrcode(ky.create({ prefixUrl: 'https://openapi.guanaitong.com' }), { adapter: guanaitong })
 * ```
 */
export function withErrcode<K extends KyInstance>(instance: K, options: ErrcodeOptions): K {
  return install(instance, resolveOptions(options), options) as K
}

function install(base: KyInstance, o: Resolved, options: ErrcodeOptions): KyInstance {
  /** The quota guard and the refresh generation, before a request leaves: with a retry policy only. */
  const guard = async (
    load: () => Promise<RetryPolicy>,
    request: Request,
    track: Track | undefined,
    authorization: string | undefined,
  ) => {
    const policy = await load()
    if (track !== undefined) track.generation = policy.generation
    const adapter = o.route(request.url)
    if (adapter === undefined) return undefined
    const { guardRequest } = await failure()
    await guardRequest(
      o,
      policy,
      adapter?.vendor ?? 'http',
      { method: request.method, url: request.url },
      authorization,
      track?.body,
    )
    return undefined
  }
  // ky runs each hook it has on every request, and merges them with the call's: without a retry policy,
  // errcode adds none (the call itself translates ky's own errors, timeouts and dropped connections).
  const load = o.policy
  const hooks =
    load === undefined
      ? undefined
      : {
          beforeRequest: [
            (...args: unknown[]) => {
              const { request, options: kyOptions } = stateOf(args)
              if (request === undefined) return undefined
              const track = kyOptions?.context?.[TRACK] as Track | undefined
              const authorization = request.headers.get('authorization') ?? undefined
              if (track !== undefined) track.seen = { url: request.url, method: request.method, authorization }
              return guard(load, request, track, authorization)
            },
          ],
          beforeRetry: [
            (state: { options?: HookState['options'] }) => {
              const track = state.options?.context?.[TRACK] as Track | undefined
              // ky 2 runs beforeRequest once per call, beforeRetry once per replay: count attempts here.
              if (track !== undefined) {
                track.attempts++
                track.waited += Date.now() - track.lastFailure
              }
            },
          ],
          beforeError: [beforeError(o, false)],
        }
  const extended = base.extend(
    (parent: ParentOptions) =>
      ({
        fetch: translatingFetch(
          parent.fetch ?? ((i, n) => globalThis.fetch(i, n)),
          o,
          (init, status) => {
            const call = init as Record<string, ThrowHttpErrors | undefined> | undefined
            return throwsHttpErrors(
              call !== undefined && CALL_THROWS in call ? call[CALL_THROWS] : parent.throwHttpErrors,
              status,
            )
          },
          // The parsed value waits for errcode's parseJson, not for an application's own.
          parent.parseJson === undefined ? remember : undefined,
        ),
        ...(hooks === undefined ? {} : { hooks }),
        retry: retryOptions(parent.retry),
        parseJson: parent.parseJson ?? parseJson,
      }) as never,
  )
  return wrap(extended, base, o, options)
}
