import type { KyInstance } from 'ky'
import { type BodyRead, classifyResponse, errorCode, readText, transportError } from '../classify.js'
import { type ApiError, annotate, isApiError } from '../errors.js'
import type { RetryPolicy } from '../policy.js'
import type { RetrySettings } from '../retry-settings.js'
import { decodeText, readCapped } from './body.js'
import { type ErrcodeOptions, isAbort, isTimeout, type Resolved, resolveOptions } from './options.js'

export type { ErrcodeOptions, Match, Route } from './options.js'

// ky 1 passes hook arguments by position, ky 2 one state object: the hooks accept both.
// biome-ignore lint/suspicious/noExplicitAny: a hook must be assignable to the hook types of ky 1 and ky 2.
type AnyHook = (...args: any[]) => any

/** ky hooks that translate vendor codes, HTTP errors and (on ky 2) network errors and timeouts. */
export interface ErrcodeHooks {
  readonly beforeRequest: AnyHook[]
  readonly afterResponse: AnyHook[]
  readonly beforeError: AnyHook[]
  readonly beforeRetry: AnyHook[]
}

interface HookState {
  readonly request: Request
  readonly options: {
    readonly throwHttpErrors?: boolean | ((status: number) => boolean)
    readonly context?: Record<string, unknown>
  }
  readonly response: Response
  readonly error: unknown
  readonly retryCount: number
}

/** ky 2 calls a hook with one state object; ky 1 with `(request, options, [response,] state)`. */
function stateOf(args: unknown[]): Partial<HookState> {
  const first = args[0]
  if (!(first instanceof Request)) return (first ?? {}) as Partial<HookState>
  const last = args[args.length - 1] as { retryCount?: number } | undefined
  return {
    request: first,
    options: args[1] as HookState['options'],
    ...(args[2] instanceof Response ? { response: args[2] } : {}),
    retryCount: last?.retryCount ?? 0,
  }
}

function throwsHttpErrors(options: HookState['options'] | undefined, status: number): boolean {
  const t = options?.throwHttpErrors
  return typeof t === 'function' ? t(status) : t !== false
}

function translate(o: Resolved, error: unknown, request: { url: string; method: string } | undefined): unknown {
  if (isApiError(error) || isAbort(error) || request === undefined || !(error instanceof Error)) return error
  const adapter = o.route(request.url)
  if (adapter === undefined) return error
  const timeout = isTimeout(error)
  // fetch reports a failed connection as a TypeError; ky 2 wraps it in its own NetworkError.
  if (!timeout && !(error instanceof TypeError) && error.name !== 'NetworkError') return error
  const info = o.requestInfo(request.method, request.url)
  return transportError(
    adapter?.vendor ?? 'http',
    timeout ? 'timeout' : 'network',
    errorCode(error),
    info,
    error,
    o.ctx,
  )
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
  seen: { url: string; method: string } | undefined
}

const TRACK = 'errcode'

/** Makes ky's retry marker: `ky.retry()`, from the instance being wrapped. */
type RetryMarkerFactory = (options: { delay: number }) => unknown

function guardKeyOf(policy: RetryPolicy, vendor: string, request: Request): string {
  return policy.guardKey(vendor, request.url, request.headers.get('authorization') ?? undefined)
}

function hooksFor(o: Resolved, forceRetry?: RetryMarkerFactory): ErrcodeHooks {
  const loadPolicy = async () => (o.policy === undefined ? undefined : o.policy())
  return {
    beforeRequest: [
      async (...args: unknown[]) => {
        const { request, options } = stateOf(args)
        if (request === undefined) return undefined
        const track = options?.context?.[TRACK] as Track | undefined
        const policy = await loadPolicy()
        if (track !== undefined) {
          track.seen = { url: request.url, method: request.method }
          if (policy !== undefined) track.generation = policy.generation
        }
        if (policy === undefined) return undefined
        const adapter = o.route(request.url)
        if (adapter === undefined) return undefined
        const blocked = await policy.shortCircuit(
          guardKeyOf(policy, adapter?.vendor ?? 'http', request),
          o.requestInfo(request.method, request.url),
        )
        if (blocked !== undefined) throw blocked
        return undefined
      },
    ],
    afterResponse: [
      async (...args: unknown[]) => {
        const { request, response, options, retryCount = 0 } = stateOf(args)
        if (request === undefined || response === undefined) return undefined
        const adapter = o.route(response.url || request.url)
        if (adapter === undefined) return undefined
        // ky hands hooks a clone: reading it leaves the response the caller gets untouched.
        const capped = await readCapped(response, o.maxBodyBytes)
        const body: BodyRead = capped.kind === 'read' ? readText(decodeText(capped.bytes)) : { kind: 'none' }
        if (capped.kind === 'skipped') void capped.stream?.cancel().catch(() => undefined)
        const error = classifyResponse(
          adapter ?? undefined,
          {
            status: response.status,
            header: (n) => response.headers.get(n),
            body,
            request: o.lazyRequest(request.method, request.url),
            cause: response,
            httpFallback: throwsHttpErrors(options, response.status),
          },
          o.ctx,
        )
        const policy = await loadPolicy()
        if (error === undefined) {
          policy?.succeeded()
          return undefined
        }
        const track = options?.context?.[TRACK] as Track | undefined
        if (policy === undefined || forceRetry === undefined || track === undefined) throw error
        // ky's own retry carries the replay (`ky.retry()`), with the delay the vendor's hint asks for.
        const attempt = retryCount + 1
        track.lastFailure = Date.now()
        const plan = await policy.plan(error, attempt, Date.now() - track.started, track.refreshed, {
          method: request.method,
          replayable: true,
          signal: request.signal,
          guardKey: guardKeyOf(policy, adapter?.vendor ?? 'http', request),
        })
        if (!plan.retry) throw annotate(error, { attempts: attempt, waitedMs: track.waited })
        policy.options.onRetry?.({ error, attempt, delayMs: plan.delayMs })
        if (plan.refresh) {
          track.refreshed = true
          await policy.refresh(error, track.generation)
        }
        return forceRetry({ delay: plan.delayMs })
      },
    ],
    beforeError: [
      (...args: unknown[]) => {
        // ky 1: (httpError, state); ky 2: ({ request, error, ... }) for every kind of error.
        const state = args.length === 1 && !(args[0] instanceof Error) ? (args[0] as Partial<HookState>) : undefined
        if (state === undefined) return args[0]
        const request = state.request
        return translate(o, state.error, request && { url: request.url, method: request.method })
      },
    ],
    beforeRetry: [
      (state: { error?: unknown; options?: HookState['options'] }) => {
        const track = state.options?.context?.[TRACK] as Track | undefined
        // ky 2 runs beforeRequest once per call, beforeRetry once per replay: count attempts here.
        if (track !== undefined) {
          track.attempts++
          track.waited += Date.now() - track.lastFailure
        }
        // ky 1 sends errors thrown by afterResponse through its retry loop: a typed error is final.
        if (isApiError(state.error)) throw state.error
      },
    ],
  }
}

/**
 * Hooks for `ky.create({ hooks: errcodeHooks(options) })`. They translate every response; on ky 1, network
 * errors and timeouts are only translated by {@link withErrcode}, which also stops ky 1 from retrying typed
 * errors before it has waited, and is needed for the `retry` option.
 */
export function errcodeHooks(options: ErrcodeOptions): ErrcodeHooks {
  return hooksFor(resolveOptions(options))
}

interface RetryState {
  error: Error
  retryCount: number
}
type Retry = number | { readonly limit?: number; readonly shouldRetry?: (state: RetryState) => unknown }

/** Keeps the application's retry options, and adds: a typed error is never retried by ky itself. */
function retryOptions(parent: Retry | undefined) {
  const base = typeof parent === 'number' ? { limit: parent } : (parent ?? {})
  return {
    ...base,
    shouldRetry: (state: RetryState) => (isApiError(state.error) ? false : base.shouldRetry?.(state)),
  }
}

/** With a retry policy, ky's retry options for one call: the policy decides, ky waits and replays. */
function policyRetry(o: Resolved, settings: RetrySettings, load: () => Promise<RetryPolicy>, track: Track) {
  return {
    limit: settings.maxAttempts - 1,
    methods: ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'],
    statusCodes: [],
    retryOnTimeout: true,
    delay: (n: number) => Math.min(settings.maxBackoff, settings.baseDelay * 2 ** (n - 1)),
    jitter: true,
    backoffLimit: settings.maxBackoff,
    shouldRetry: async ({ error, retryCount }: RetryState) => {
      if (isApiError(error)) return false
      const translated = translate(o, error, track.seen)
      if (!isApiError(translated)) return undefined
      const policy = await load()
      track.lastFailure = Date.now()
      const plan = await policy.plan(translated, retryCount, Date.now() - track.started, track.refreshed, {
        method: track.seen?.method ?? 'GET',
        replayable: true,
        guardKey: undefined,
      })
      if (plan.retry) policy.options.onRetry?.({ error: translated, attempt: retryCount, delayMs: plan.delayMs })
      return plan.retry
    },
  }
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const
const BODY_TYPES = ['json', 'text', 'formData', 'arrayBuffer', 'blob', 'bytes'] as const

type Callable = (input: unknown, options?: Record<string, unknown>) => Promise<Response> & Record<string, unknown>

function wrap(instance: KyInstance, o: Resolved, options: ErrcodeOptions): KyInstance {
  const { policy, retry } = o
  const call =
    (fn: Callable) =>
    (input: unknown, callOptions: Record<string, unknown> = {}) => {
      const track: Track = {
        started: Date.now(),
        waited: 0,
        attempts: 1,
        refreshed: false,
        generation: 0,
        lastFailure: 0,
        seen: undefined,
      }
      const promise = fn(input, {
        ...callOptions,
        context: { ...(callOptions.context as object | undefined), [TRACK]: track },
        ...(policy === undefined || retry === undefined || callOptions.retry !== undefined
          ? {}
          : { retry: policyRetry(o, retry, policy, track) }),
      })
      const fail = (error: unknown): never => {
        const translated = translate(o, error, track.seen)
        if (isApiError(translated) && policy !== undefined && translated.attempts === undefined) {
          throw annotate(translated as ApiError, { attempts: track.attempts, waitedMs: track.waited })
        }
        throw translated
      }
      const out = promise.catch(fail) as Promise<Response> & Record<string, unknown>
      // `out` may never be awaited when the caller only uses `.json()`: that must not be an unhandled rejection.
      out.catch(() => undefined)
      for (const type of BODY_TYPES) {
        const method = promise[type]
        if (typeof method === 'function') out[type] = (...a: unknown[]) => method.apply(promise, a).catch(fail)
      }
      return out
    }
  const wrapped = call(instance as unknown as Callable) as unknown as Record<string, unknown>
  for (const m of METHODS) wrapped[m] = call(instance[m] as unknown as Callable)
  wrapped.create = (opts: never) => withErrcode(instance.create(opts), options)
  wrapped.extend = (opts: never) => wrap(instance.extend(opts), o, options)
  wrapped.stop = instance.stop
  wrapped.retry = (instance as unknown as { retry?: unknown }).retry
  return wrapped as unknown as KyInstance
}

/**
 * Returns a ky instance, extended from the given one, whose requests reject with typed errors for vendor
 * codes, HTTP errors, network errors and timeouts. ky's own retry options are kept, but ky does not retry a
 * typed error by itself. With `retry`, the retry policy decides and ky's own retry machinery
 * (`ky.retry()` from `afterResponse`, `shouldRetry`) waits and replays.
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
  const o = resolveOptions(options)
  const marker = (instance as unknown as { retry?: RetryMarkerFactory }).retry
  const hooks = hooksFor(o, typeof marker === 'function' ? marker : undefined)
  const extended = instance.extend(
    (parent: { retry?: Retry }) =>
      ({
        hooks,
        retry: retryOptions(parent.retry),
      }) as never,
  )
  return wrap(extended, o, options) as K
}
