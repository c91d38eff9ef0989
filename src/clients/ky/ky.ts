// errcode/ky: a ky instance whose requests reject with typed errors. errcode is ky's `fetch` (one body
// read per request); with `retry`, the retry engine decides and ky's own retry machinery waits and replays.
import type { KyInstance } from 'ky'
import { errorCode } from '../../classify/verdict.js'
import { type ApiError, annotate, clientCause as heldClientCause, isApiError } from '../../errors/errors.js'
import { place } from '../../errors/stack.js'
import type { Plan, RetryPolicy, RetryState } from '../../retry/policy.js'
import { requestInfo, sendError } from '../shared/client-errors.js'
import { type ErrcodeOptions, isAbort, isTimeout, type Resolved, resolveOptions, vendorOf } from '../shared/options.js'
import { type Held, release } from '../shared/restored-response.js'
import { type AttemptHost, judge, translatingFetch, untranslated } from '../shared/translating-fetch.js'
import { isTransportFailure } from '../shared/transport.js'
import {
  type AnyHook,
  errorHookState,
  type HookState,
  hookState,
  type ThrowHttpErrors,
  throwsHttpErrors,
} from './hooks.js'
import { afterAbort, timedOut } from './timeout.js'

export type { ErrcodeBaseOptions, ErrcodeOptions, Match, Prepare, PrepareContext, Route } from '../shared/options.js'
export type { AnyHook } from './hooks.js'

/**
 * The `Response` (a vendor code or an HTTP error) or the error behind an errcode error from this wrapper
 * (ky's `TimeoutError`, fetch's `TypeError`, ky 2's `NetworkError`). They name the full URL and ky's keep the
 * request: log `err` or `err.cause` (a masked summary), not this.
 */
export function clientCause(error: unknown): Response | Error | undefined {
  return heldClientCause(error) as Response | Error | undefined
}

/** ky hooks that translate vendor codes, HTTP errors and (on ky 2) network errors and timeouts. */
export interface ErrcodeHooks {
  readonly afterResponse: AnyHook[]
  readonly beforeError: AnyHook[]
  readonly beforeRetry: AnyHook[]
}

/** A network error or timeout as a typed error; any other error as it is. */
function translate(o: Resolved, error: unknown, request: { url: string; method: string } | undefined): unknown {
  if (isApiError(error) || isAbort(error) || request === undefined || !(error instanceof Error)) return error
  const adapter = o.route(request.url)
  if (adapter === undefined) return error
  const timeout = isTimeout(error)
  // ky 2 wraps a failed connection in its own NetworkError: the connection's code is along the cause chain.
  if (!timeout && !isTransportFailure(error)) return error
  const typed = sendError(o, adapter, timeout ? 'timeout' : 'network', errorCode(error), request, error)
  // ky's timeout aborted the attempt's send, which knows only the abort: it ends with this error.
  const aborted = timeout && o.observer !== undefined ? requestOf(error) : undefined
  if (aborted !== undefined) timedOut(aborted, typed)
  return typed
}

/** The request a ky error names (`TimeoutError`, `HTTPError`, ky 2's `NetworkError`). */
function requestOf(error: unknown): Request | undefined {
  const request = typeof error === 'object' && error !== null ? (error as { request?: unknown }).request : undefined
  return request instanceof Request ? request : undefined
}

/** `placeHere`: the hook gives the error its stack, where no call of errcode's is there to do it. */
const beforeError = (o: Resolved, placeHere: boolean): AnyHook => {
  const hook = (...args: unknown[]) => {
    const state = errorHookState(args)
    if (state === undefined) return args[0]
    const request = state.request
    const translated = translate(o, state.error, request && { url: request.url, method: request.method })
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
        const { request, response, options: kyOptions } = hookState(args)
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
        if (error === undefined) return undefined
        // Told after the fact: a hook cannot hold the send, so the attempt's span is not marked.
        o.observer?.attempt(vendorOf(adapter), requestInfo(o, request.method, request.url), 1).settle(error, false)
        throw place(error, afterResponse)
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

/**
 * What errcode keeps of one call through {@link withErrcode}, under one name ky does not know: ky hands it
 * to its hooks among the options (not in `context`, which is the application's) and to its fetch as `init`,
 * so errcode's fetch serves the very call it belongs to. Nothing outlives the call.
 */
const CALL = 'errcodeCall'
interface Call {
  /** The call's own `throwHttpErrors`, where it gives one (else the instance's). */
  readonly throws: { readonly value: ThrowHttpErrors } | undefined
  /**
   * The sends so far, where telemetry or `prepare` count them (ky calls the fetch once per attempt, its own
   * replays included); `undefined` where nobody counts.
   */
  sends: number | undefined
  /** The retry engine decides about the sends' failures (not where the call brings its own `retry`). */
  readonly decides: boolean
  /** The call parses its JSON by its own `parseJson` (see {@link parseFrom}), from the body held here. */
  readonly keeps: boolean
  held: Held | undefined
  /** The retry engine's state of the call, from its first admission. */
  state: RetryState | undefined
  /** The wait the engine chose for the next retry; ky's `delay` reads it. */
  nextDelay: number
  seen: { url: string; method: string } | undefined
  /** The call's body as the application gave it (`json` or `body`), for the `recipient` option. */
  readonly body: unknown
}

const callOf = (options: object | undefined): Call | undefined =>
  (options as Record<string, unknown> | undefined)?.[CALL] as Call | undefined

/** The error of a plan asked for with `retryable: false` (always the failure that stands). */
const stands = (error: ApiError) => (plan: Plan) => (plan.retry ? error : plan.error)

interface KyRetryState {
  error: Error
  retryCount: number
}
interface RetryInput {
  readonly limit?: number
  readonly shouldRetry?: (state: KyRetryState) => unknown
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
    shouldRetry: (state: KyRetryState) => {
      if (!isApiError(state.error)) {
        if (base.shouldRetry !== undefined) return base.shouldRetry(state)
        // A routed request's failed connection is a typed error already: what is left of a routed request (a
        // bug in a fetch of the application's, a GET with a body) would fail the same way again. Any other
        // error (an unrouted URL's, ky's timeouts) keeps ky's own rules.
        return untranslated(state.error) ? false : undefined
      }
      if (state.error.category !== 'network') return false
      return base.shouldRetry?.(state) ?? true
    },
  }
}

/** With a retry policy, ky's retry options for one call: the engine decides and picks the wait, ky waits and replays. */
function policyRetry(o: Resolved, policy: RetryPolicy, call: Call) {
  return {
    limit: policy.maxAttempts - 1,
    methods: ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'],
    statusCodes: [],
    retryOnTimeout: true,
    delay: () => call.nextDelay,
    backoffLimit: Number.POSITIVE_INFINITY,
    shouldRetry: async ({ error }: KyRetryState) => {
      const translated = translate(o, error, call.seen)
      // Not the network's and not a vendor's: the application's own error, never retried (a request that
      // no route covers keeps ky's own rules).
      if (!isApiError(translated))
        return call.seen !== undefined && o.route(call.seen.url) !== undefined ? false : undefined
      if (call.state === undefined) return false
      const plan = await policy.failed(call.state, translated)
      if (!plan.retry) return false
      call.nextDelay = plan.delayMs
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
type BodyType = (typeof BODY_TYPES)[number]
const ignore = () => undefined

type Callable = (input: unknown, options?: Record<string, unknown>) => Promise<Response> & Record<string, unknown>

/**
 * The calls of an instance that ky's `extend` made, each given what ky has no option for: a retry state of
 * its own (ky's `shouldRetry` is told only the error and the count, so the call's closure carries the
 * state), its parsed body, the translation of the errors ky 1 never shows a hook (timeouts, dropped
 * connections), and the application's frames on the error where the application awaits it.
 */
function wrap(
  instance: KyInstance,
  base: KyInstance,
  o: Resolved,
  options: ErrcodeOptions,
  parses: Defaults,
  callHooks: KyHooks | undefined,
): KyInstance {
  const { policy, observer } = o
  const call =
    (fn: Callable) =>
    (input: unknown, given: Record<string, unknown> = {}) => {
      // A URL that no route matches gets ky as it is: none of errcode's options, hooks or state.
      const url = o.needsUrl ? callUrl(input, given, parses) : undefined
      if (url !== undefined && o.route(url) === undefined) return fn(input, given)
      const call: Call = {
        throws: given.throwHttpErrors === undefined ? undefined : { value: given.throwHttpErrors as ThrowHttpErrors },
        // The attempts are counted for telemetry, and for `prepare`, which is told which attempt it prepares.
        sends: observer !== undefined || o.prepare !== undefined ? 0 : undefined,
        decides: policy !== undefined && given.retry === undefined,
        // Where nobody else parses JSON, this call's parsed body waits for its own parseJson.
        keeps: !parses.own && given.parseJson === undefined,
        held: undefined,
        state: undefined,
        nextDelay: 0,
        seen: undefined,
        body: given.json ?? given.body,
      }
      const callOptions: Record<string, unknown> = call.keeps
        ? { ...given, [CALL]: call, parseJson: parseFrom(call) }
        : { ...given, [CALL]: call }
      let promise: ReturnType<Callable>
      // Without a retry policy a call needs nothing more: ky's errors name their request.
      let reason: ((error: unknown) => unknown) | undefined
      if (policy === undefined) promise = fn(input, callOptions)
      else {
        if (callHooks !== undefined) callOptions.hooks = joinHooks(callHooks, given.hooks as KyHooks | undefined)
        if (given.retry === undefined) callOptions.retry = policyRetry(o, policy, call)
        promise = fn(input, callOptions)
        // Known at once (a refusal before sending, an error the engine never saw), or once the engine decided.
        reason = (error: unknown): unknown => {
          const translated = translate(o, error, call.seen ?? requestOf(error))
          if (!isApiError(translated) || translated.attempts !== undefined) return translated
          // The failure stands: the engine arms the guard (ky asks shouldRetry only while it may retry).
          return call.state === undefined
            ? annotate(translated, { attempts: 1, waitedMs: 0 })
            : policy.failed(call.state, translated, false).then(stands(translated))
        }
      }
      // The application awaits the call or one of its body methods: an error gets the application's frames
      // where it leaves the chain of promises that the application awaits (V8 follows such a chain). Where the
      // error is known at once it is placed in the handler itself: a handler that answered with a settled
      // promise would have its reaction run before the chain is linked.
      const settle = (error: unknown, handler: AnyHook): Promise<never> => {
        const known = reason === undefined ? translate(o, error, requestOf(error)) : reason(error)
        if (!(known instanceof Promise)) throw place(known, handler)
        return known.then(placed)
      }
      let readsBody = false
      const onCall = (error: unknown) => {
        if (!readsBody) return settle(error, onCall)
        // Nobody awaits the call itself: the error goes on as it is, placed by the body's own chain.
        if (reason === undefined) throw translate(o, error, requestOf(error))
        return Promise.resolve(reason(error)).then(rethrow)
      }
      const onBody = (error: unknown) => settle(error, onBody)
      const out = promise.catch(onCall) as Promise<Response> & Record<string, unknown>
      const read = (type: BodyType, ...a: unknown[]) => {
        // The call itself is not awaited when the caller only reads the body: its rejection is handled,
        // and its error placed by the body's own chain. (A second handler on it from the start would hide
        // the application's frames from V8.)
        readsBody = true
        out.catch(ignore)
        return (promise[type] as (...a: unknown[]) => Promise<unknown>).apply(promise, a).catch(onBody)
      }
      // Bound, not a closure each: a request in flight holds no context of its own per body method.
      for (const type of BODY_TYPES) if (typeof promise[type] === 'function') out[type] = read.bind(undefined, type)
      return out
    }
  const wrapped = call(instance as unknown as Callable) as unknown as Record<string, unknown>
  for (const m of METHODS) wrapped[m] = call(instance[m] as unknown as Callable)
  wrapped.create = (opts: never) => withErrcode(instance.create(opts), options)
  // Extended from the application's own instance, then given errcode again: the new defaults (a fetch,
  // throwHttpErrors, retry, parseJson) are then the ones errcode builds on.
  wrapped.extend = (opts: never) => install(base.extend(opts), o, options)
  wrapped.stop = instance.stop
  wrapped.retry = (instance as unknown as { retry?: unknown }).retry
  return wrapped as unknown as KyInstance
}

/**
 * What the instance's defaults say, known once ky extends: whether they parse JSON themselves (the
 * application's `parseJson`), and what ky builds a call's URL from.
 */
interface Defaults extends UrlOptions {
  own: boolean
}

/** ky 1's `prefixUrl`, ky 2's `prefix` and `baseUrl`, and the query both put in place of the URL's. */
interface UrlOptions {
  prefixUrl?: unknown
  prefix?: unknown
  baseUrl?: unknown
  searchParams?: unknown
}

interface ParentOptions extends UrlOptions {
  readonly retry?: Retry
  readonly fetch?: typeof fetch
  readonly throwHttpErrors?: ThrowHttpErrors
  readonly parseJson?: (text: string) => unknown
}

/** A call's option, or else the instance's (ky merges a call's options over the instance's). */
const optionOf = (given: UrlOptions, defaults: UrlOptions, name: keyof UrlOptions): unknown =>
  name in given ? given[name] : defaults[name]

/**
 * The URL ky will request for a call, as ky builds it (ky 1's `prefixUrl`, ky 2's `prefix` and `baseUrl`,
 * `searchParams`), or `undefined` where it cannot be told beforehand. Only the routes read it.
 */
function callUrl(input: unknown, given: UrlOptions, defaults: UrlOptions): string | undefined {
  let url: string
  if (input instanceof Request) url = input.url
  else if (input instanceof URL) url = input.href
  else if (typeof input === 'string') {
    url = input
    const prefixUrl = String(optionOf(given, defaults, 'prefixUrl') || '')
    if (prefixUrl !== '') url = `${prefixUrl.endsWith('/') ? prefixUrl : `${prefixUrl}/`}${url}`
    const prefix = String(optionOf(given, defaults, 'prefix') || '')
    if (prefix !== '') url = `${prefix.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`
    const base = optionOf(given, defaults, 'baseUrl') ?? (globalThis as { location?: { href?: string } }).location?.href
    try {
      url = new URL(url, base === undefined ? undefined : String(base)).href
    } catch {
      return undefined
    }
  } else return undefined
  const query = optionOf(given, defaults, 'searchParams')
  if (query === undefined || query === null || query === '') return url
  let text: string
  try {
    text =
      typeof query === 'string'
        ? query.replace(/^\?/, '')
        : new URLSearchParams(
            query instanceof URLSearchParams || Array.isArray(query)
              ? query
              : Object.entries(query as object).filter(([, v]) => v !== undefined),
          ).toString()
  } catch {
    return url
  }
  return url.replace(/(?:\?.*?)?(?=#|$)/, `?${text}`)
}

/** Hooks of ky by kind, as a call's options give them. */
type KyHooks = Partial<Record<'beforeRequest' | 'beforeRetry' | 'afterResponse' | 'beforeError', AnyHook[]>>

/** errcode's hooks for one call, then the call's own (ky runs the instance's before both). */
function joinHooks(own: KyHooks, given: KyHooks | undefined): KyHooks {
  if (given === undefined) return own
  const out: KyHooks = { ...given }
  for (const kind of Object.keys(own) as (keyof KyHooks)[]) out[kind] = [...(own[kind] ?? []), ...(given[kind] ?? [])]
  return out
}

/**
 * The call's own `parseJson`: ky's `json()` reads the text of the restored Response and hands it here, which
 * takes the value errcode's fetch parsed (held by the call) instead of parsing again, when it is the very text.
 */
function parseFrom(call: Call): (text: string) => unknown {
  return (text) => {
    const held = call.held
    call.held = undefined
    const parsed = held !== undefined && held.text === text ? held.parsed : undefined
    // Taken: the restored Response (which ky may keep a while) no longer holds the body.
    if (held !== undefined) release(held)
    return parsed === undefined ? JSON.parse(text) : parsed.value
  }
}

/** What errcode's fetch learns of the ky call it serves, from the call's record in its `init`. */
function kyHost(policy: RetryPolicy | undefined, instanceThrows: ThrowHttpErrors | undefined): AttemptHost {
  return {
    httpFallback: (init, status) => {
      const throws = callOf(init)?.throws
      return throwsHttpErrors(throws === undefined ? instanceThrows : throws.value, status)
    },
    markOf: (init) => {
      const call = callOf(init)
      if (call?.sends === undefined) return undefined
      call.sends++
      return { attempt: call.sends, decides: call.decides }
    },
    keeperOf: (init) => {
      const call = callOf(init)
      if (call === undefined || !call.keeps) return undefined
      return (held) => {
        if (call.held !== undefined) release(call.held)
        call.held = held
      }
    },
    // A response errcode's fetch lets through has passed: the engine counts it (no hook, no clone of it).
    passed: (init) => {
      const state = callOf(init)?.state
      if (state !== undefined) policy?.succeeded(state)
    },
    aborted: afterAbort,
  }
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
 * import { withErrcode } from 'errcode-js/ky'
 * import { guanaitong } from 'errcode-js/adapters/guanaitong'
 *
 * const api = withErrcode(ky.create({ prefixUrl: 'https://openapi.guanaitong.com' }), { adapter: guanaitong })
 * ```
 */
export function withErrcode<K extends KyInstance>(instance: K, options: ErrcodeOptions): K {
  return install(instance, resolveOptions(options), options) as K
}

function install(base: KyInstance, o: Resolved, options: ErrcodeOptions): KyInstance {
  const { policy } = o
  // ky runs each hook it has on every request, and merges them with the call's: without a retry policy,
  // errcode adds none (the call itself translates ky's own errors, timeouts and dropped connections).
  const hooks =
    policy === undefined
      ? undefined
      : {
          beforeRequest: [
            // The engine admits the call as it first leaves (the quota guard, the circuit, pacing): ky 1 runs
            // this hook per attempt, ky 2 per call; a replay is admitted in beforeRetry.
            (...args: unknown[]) => {
              const { request, options: kyOptions } = hookState(args)
              if (request === undefined) return undefined
              const call = callOf(kyOptions)
              const sent = { url: request.url, method: request.method }
              if (call !== undefined) call.seen = sent
              if (call?.state !== undefined) return undefined
              const adapter = o.route(request.url)
              if (adapter === undefined) return undefined
              const admitted = policy.admit({
                vendor: vendorOf(adapter),
                ...sent,
                authorization: request.headers.get('authorization') ?? undefined,
                body: call?.body,
                credential: adapter?.credential,
                has: (h) => request.headers.has(h),
                request: requestInfo(o, sent.method, sent.url),
                observer: o.observer,
              })
              return admitted.then((state) => {
                if (call !== undefined) call.state = state
                // One idempotency key per call: ky replays a clone of this request, header and all.
                const key = state.idempotencyKey
                if (key !== undefined) request.headers.set(key.header, key.value)
                return undefined
              })
            },
          ],
          beforeRetry: [
            // A replay leaves, its wait over (ky 1 and ky 2 run this hook once per replay).
            async (state: { options?: HookState['options'] }) => {
              const admitted = callOf(state.options)?.state
              if (admitted === undefined) return
              try {
                await policy.admit(admitted)
              } catch (refused) {
                // Refused before it left: a failure of the attempt like any other, as in the engine's loop.
                if (!isApiError(refused)) throw refused
                throw stands(refused)(await policy.failed(admitted, refused))
              }
            },
          ],
          beforeError: [beforeError(o, false)],
        }
  const parses: Defaults = { own: false }
  // With routes, a call gets errcode's hooks only where its URL is routed; else the instance has them.
  const callHooks = o.needsUrl ? hooks : undefined
  const extended = base.extend((parent: ParentOptions) => {
    parses.own = parent.parseJson !== undefined
    parses.prefixUrl = parent.prefixUrl
    parses.prefix = parent.prefix
    parses.baseUrl = parent.baseUrl
    parses.searchParams = parent.searchParams
    return {
      fetch: translatingFetch(
        parent.fetch ?? ((i, n) => globalThis.fetch(i, n)),
        o,
        kyHost(policy, parent.throwHttpErrors),
      ),
      ...(hooks === undefined || callHooks !== undefined ? {} : { hooks }),
      retry: retryOptions(parent.retry),
    } as never
  })
  return wrap(extended, base, o, options, parses, callHooks)
}
