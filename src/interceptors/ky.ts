import type { KyInstance } from 'ky'
import { type BodyRead, classifyResponse, errorCode, readText, transportError } from '../classify.js'
import { isApiError } from '../errors.js'
import { decodeText, readCapped } from './body.js'
import { type ErrcodeOptions, isAbort, isTimeout, type Resolved, resolveOptions } from './options.js'

export type { ErrcodeOptions, Match, Route } from './options.js'

// ky 1 passes hook arguments by position, ky 2 one state object: the hooks accept both.
// biome-ignore lint/suspicious/noExplicitAny: a hook must be assignable to the hook types of ky 1 and ky 2.
type AnyHook = (...args: any[]) => any

/** ky hooks that translate vendor codes, HTTP errors and (on ky 2) network errors and timeouts. */
export interface ErrcodeHooks {
  readonly afterResponse: AnyHook[]
  readonly beforeError: AnyHook[]
  readonly beforeRetry: AnyHook[]
}

interface HookState {
  readonly request: Request
  readonly options: { readonly throwHttpErrors?: boolean | ((status: number) => boolean) }
  readonly response: Response
  readonly error: unknown
}

/** ky 2 calls a hook with one state object; ky 1 with `(request, options, response, state)`. */
function stateOf(args: unknown[]): Partial<HookState> {
  const first = args[0] as Partial<HookState> | undefined
  if (args.length === 1 && typeof first === 'object' && first !== null && !(first instanceof Request)) return first
  return { request: args[0] as Request, options: args[1] as HookState['options'], response: args[2] as Response }
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

function hooksFor(o: Resolved): ErrcodeHooks {
  return {
    afterResponse: [
      async (...args: unknown[]) => {
        const { request, response, options } = stateOf(args)
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
            request: o.requestInfo(request.method, request.url),
            cause: response,
            httpFallback: throwsHttpErrors(options, response.status),
          },
          o.ctx,
        )
        if (error !== undefined) throw error
        return undefined
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
      // ky 1 sends errors thrown by afterResponse through its retry loop: a typed error is final.
      (state: { error?: unknown }) => {
        if (isApiError(state.error)) throw state.error
      },
    ],
  }
}

/**
 * Hooks for `ky.create({ hooks: errcodeHooks(options) })`. They translate every response; on ky 1, network
 * errors and timeouts are only translated by {@link withErrcode}, which also stops ky 1 from retrying typed
 * errors before it has waited.
 */
export function errcodeHooks(options: ErrcodeOptions): ErrcodeHooks {
  return hooksFor(resolveOptions(options))
}

type Retry =
  | number
  | { readonly limit?: number; readonly shouldRetry?: (state: { error: Error; retryCount: number }) => unknown }

/** Keeps the application's retry options, and adds: a typed error is never retried by ky itself. */
function retryOptions(parent: Retry | undefined) {
  const base = typeof parent === 'number' ? { limit: parent } : (parent ?? {})
  return {
    ...base,
    shouldRetry: (state: { error: Error; retryCount: number }) =>
      isApiError(state.error) ? false : base.shouldRetry?.(state),
  }
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const
const BODY_TYPES = ['json', 'text', 'formData', 'arrayBuffer', 'blob', 'bytes'] as const

type Callable = (input: unknown, options?: Record<string, unknown>) => Promise<Response> & Record<string, unknown>

function wrap(instance: KyInstance, o: Resolved, options: ErrcodeOptions): KyInstance {
  const call =
    (fn: Callable) =>
    (input: unknown, callOptions: Record<string, unknown> = {}) => {
      let seen: { url: string; method: string } | undefined
      const hooks = (callOptions.hooks ?? {}) as Record<string, unknown[]>
      const promise = fn(input, {
        ...callOptions,
        hooks: {
          ...hooks,
          beforeRequest: [
            ...(hooks.beforeRequest ?? []),
            (...args: unknown[]) => {
              const req = (args[0] instanceof Request ? args[0] : (args[0] as { request: Request }).request) as Request
              seen = { url: req.url, method: req.method }
            },
          ],
        },
      })
      const fail = (error: unknown): never => {
        throw translate(o, error, seen)
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
 * typed error by itself.
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
  const hooks = hooksFor(o)
  const extended = instance.extend(
    (parent: { retry?: Retry }) =>
      ({
        hooks,
        retry: retryOptions(parent.retry),
      }) as never,
  )
  return wrap(extended, o, options) as K
}
