// errcode/axios: interceptors that make an axios instance reject with typed errors; with `retry`, failures
// are replayed through the same instance by the retry engine.
import type {
  AxiosError,
  AxiosInstance,
  AxiosRequestConfig,
  AxiosResponse,
  AxiosResponseTransformer,
  InternalAxiosRequestConfig,
} from 'axios'
import type { Adapter } from '../../adapter/define-adapter.js'
import { isOk } from '../../catalog/http-status.js'
import { mayHoldEnvelope } from '../../classify/content-type.js'
import { type BodyRead, errorCode, readText, verdictOf } from '../../classify/verdict.js'
import { type ApiError, annotate, clientCause as heldClientCause, isApiError } from '../../errors/errors.js'
import type { Observer, Watch } from '../../observe/telemetry.js'
import { replay } from '../../retry/driver.js'
import type { RetryPolicy, RetryState } from '../../retry/policy.js'
import { requestInfo, responseError, type SentRequest, sendError } from '../shared/client-errors.js'
import { type ErrcodeOptions, isAbort, isTimeout, type Resolved, resolveOptions, vendorOf } from '../shared/options.js'
import { isTransportFailure } from '../shared/transport.js'

export type { ErrcodeBaseOptions, ErrcodeOptions, Match, Route } from '../shared/options.js'

/** What a single request may change, under the `errcode` key of its axios config. */
export interface ErrcodeRequestOptions {
  /** Another adapter for this request only; `null` judges the HTTP status only. */
  readonly adapter?: Adapter | null
  /** `false`: no retries for this request (the attempts of a retry loop carry it, too). */
  readonly retry?: false
}

declare module 'axios' {
  // biome-ignore lint/suspicious/noExplicitAny: the type parameters must match axios' own declaration.
  interface AxiosRequestConfig<D = any, P = any> {
    /** errcode for this request: `false` switches it off, an object overrides the installed options. */
    errcode?: false | ErrcodeRequestOptions
  }
}

/**
 * The `AxiosError` (HTTP errors, network errors, timeouts) or `AxiosResponse` (a vendor code in a 2xx body)
 * behind an errcode error from this wrapper. It holds the request's config, headers and body: log
 * `err` or `err.cause` (a masked summary), not this.
 */
export function clientCause(error: unknown): AxiosError | AxiosResponse | undefined {
  return heldClientCause(error) as AxiosError | AxiosResponse | undefined
}

interface Installed {
  readonly request: number
  readonly response: number
  readonly transformResponse: AxiosRequestConfig['transformResponse']
}

const installed = new WeakMap<AxiosInstance, Installed>()
/**
 * Where a config that this instance sent keeps who sent it and when. An own enumerable symbol: it stays
 * on the copies axios and errcode's replays make with spreads, and no other instance's config has it.
 */
const SENT: unique symbol = Symbol('errcode.sent') as never
/** On a config the retry engine admitted: the state of its request, which its replays carry too. */
const STATE: unique symbol = Symbol('errcode.state') as never
type Stamped = InternalAxiosRequestConfig & {
  [SENT]?: { readonly by: object; readonly at: number }
  [STATE]?: RetryState
}
/** On the config of a replay the retry engine sends: its outcome is the engine's to count. */
const REPLAY: unique symbol = Symbol('errcode.replay') as never
/** On the config of a replay: which attempt of its request it is, from 2 (for telemetry). */
const ATTEMPT: unique symbol = Symbol('errcode.attempt') as never
type Replayed = InternalAxiosRequestConfig & { [REPLAY]?: true; [ATTEMPT]?: number }
/** On a config whose response body the transformer found passing: that body, which needs no second decode. */
const PASSED: unique symbol = Symbol('errcode.passed') as never
type Judged = InternalAxiosRequestConfig & { [PASSED]?: unknown }
/** Per request config: the text of a failing body that holds a number too long for a double. */
const rawTexts = new WeakMap<object, string>()
/** Per request config: its body was larger than `maxBodyBytes`, so it is not judged (as fetch and ky leave it). */
const tooLarge = new WeakSet<object>()
const encoder = new TextEncoder()

/** Whether a body text is over `max` bytes: by its length, and by its UTF-8 size only where that can differ. */
function overLimit(text: string, max: number): boolean {
  if (text.length > max) return true
  return text.length * 3 > max && encoder.encode(text).byteLength > max
}
/** 16 digits in a row: the shortest integer that a double may not hold exactly. */
const LONG_NUMBER = /\d{16}/
const noRetry = (config: InternalAxiosRequestConfig) => config.errcode === false || config.errcode?.retry === false

function authorization(config: InternalAxiosRequestConfig): string | undefined {
  const headers = config.headers as { get?: (n: string) => unknown } | undefined
  const value = typeof headers?.get === 'function' ? headers.get('authorization') : undefined
  return typeof value === 'string' ? value : undefined
}

const hasHeader = (config: InternalAxiosRequestConfig) => (name: string) =>
  (config.headers as { has?: (n: string) => boolean } | undefined)?.has?.(name) === true

function header(response: AxiosResponse, name: string): string | undefined {
  const headers = response.headers as { get?: (n: string) => unknown } & Record<string, unknown>
  const value = typeof headers?.get === 'function' ? headers.get(name) : headers?.[name]
  return typeof value === 'string' ? value : undefined
}

function isPlainData(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return true
  const proto = Object.getPrototypeOf(data)
  return proto === Object.prototype || proto === null || Array.isArray(data)
}

function bodyOf(response: AxiosResponse, max: number): BodyRead {
  const data: unknown = response.data
  // Binary types pass unread, as fetch and ky leave them (axios parses JSON whatever the type says).
  if (tooLarge.has(response.config) || !mayHoldEnvelope(header(response, 'content-type'))) return { kind: 'none' }
  if (typeof data === 'string') return overLimit(data, max) ? { kind: 'none' } : readText(data)
  if (data === undefined || data === null) return { kind: 'text', text: '' }
  if (!isPlainData(data)) return { kind: 'none' }
  return { kind: 'json', value: data, text: rawTexts.get(response.config) }
}

/** The request's URL as routing needs it: cheaper than `getUri`, which merges the defaults once more. */
function routingUrl(config: InternalAxiosRequestConfig): string {
  const url = config.url ?? ''
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || config.baseURL === undefined) return url
  return `${config.baseURL.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`
}

/** The URL with its `params`, for errors and guard keys: like `getUri`, without merging the defaults again. */
function fullUrl(config: InternalAxiosRequestConfig): string {
  const url = routingUrl(config)
  const params = config.params as unknown
  if (params === undefined || params === null || typeof params !== 'object') return url
  const query =
    params instanceof URLSearchParams
      ? params
      : new URLSearchParams(
          Object.entries(params as Record<string, unknown>)
            .filter(([, v]) => v !== undefined && v !== null)
            .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)]),
        )
  const text = query.toString()
  return text === '' ? url : `${url}${url.includes('?') ? '&' : '?'}${text}`
}

type Route = ReturnType<typeof routeWith>

/** The adapter that judges a request's responses (`null`: the status only), or `undefined` for none. */
function routedAdapter(o: Resolved, config: InternalAxiosRequestConfig): Adapter | null | undefined {
  const override = config.errcode
  if (override === false) return undefined
  return override !== undefined && 'adapter' in override
    ? override.adapter
    : o.route(o.needsUrl ? routingUrl(config) : '')
}

function routeOf(o: Resolved, config: InternalAxiosRequestConfig): Route | undefined {
  const adapter = routedAdapter(o, config)
  return adapter === undefined ? undefined : routeWith(config, adapter)
}

/** A request's route: its adapter, and its URL and summary as errors need them, computed once when asked. */
function routeWith(config: InternalAxiosRequestConfig, adapter: Adapter | null) {
  let uri: string | undefined
  const url = () => {
    uri ??= fullUrl(config)
    return uri
  }
  return { adapter, url, sent: (): SentRequest => ({ method: config.method, url: url() }) }
}

/**
 * How a request failed for want of a whole response: `timeout` (axios' own, or an `AbortSignal.timeout`
 * given as `signal`), `network` (refused, reset, not found), `cut` (the body stopped half-way), or
 * `undefined` when the failure is not the network's.
 */
function failedTransport(error: AxiosError, sentAt: number): 'timeout' | 'network' | 'cut' | undefined {
  if (isAbort(error)) {
    const reason = (error.config?.signal as AbortSignal | undefined)?.reason as { name?: unknown } | undefined
    return reason?.name === 'TimeoutError' ? 'timeout' : undefined
  }
  // A response whose body never arrived whole: axios keeps the headers, without data.
  if (error.response !== undefined) {
    if (error.response.data !== undefined) return undefined
    if (error.message !== 'stream has been aborted' && !isTransportFailure(error)) return undefined
    // axios' own timeout ends a body that went quiet for that long by aborting its stream.
    const timeout = error.config?.timeout ?? 0
    return timeout > 0 && Date.now() - sentAt >= timeout ? 'timeout' : 'cut'
  }
  if (isTimeout(error)) return 'timeout'
  return isTransportFailure(error) ? 'network' : undefined
}

type Send = ((config: InternalAxiosRequestConfig) => Promise<AxiosResponse>) & { [UNWRAPPED]?: Send }
/** On errcode's guarding adapter: the adapter it wraps (a replay's config carries the wrapper). */
const UNWRAPPED: unique symbol = Symbol('errcode.unwrapped') as never

/**
 * The function that will send a request: its own adapter, or the one axios picks by name (axios'
 * `getAdapter`, from the application's copy of axios). `undefined` when it cannot be known.
 */
async function adapterOf(config: InternalAxiosRequestConfig): Promise<Send | undefined> {
  const given = config.adapter
  if (typeof given === 'function') return (given as Send)[UNWRAPPED] ?? (given as Send)
  try {
    const axios = (await import('axios')).default as { getAdapter?: (a: unknown, c?: unknown) => Send }
    return axios.getAdapter?.(given ?? ['xhr', 'http', 'fetch'], config)
  } catch {
    return undefined
  }
}

/** Whether a parsed body is a success or a result to its adapter. */
function passing(adapter: Adapter | null | undefined, data: unknown, status: number | undefined): boolean {
  if (adapter === undefined || adapter === null || !isOk(status ?? 200)) return false
  if (typeof data !== 'object' || data === null) return false
  const kind = adapter.decode(data, status ?? 200).kind
  return kind === 'success' || kind === 'result'
}

/** A 2xx JSON body that the adapter reads as success or a result: nothing more to judge or to build. */
function passes(adapter: Adapter | null, response: AxiosResponse): boolean {
  const data: unknown = response.data
  if (adapter === null || !isOk(response.status)) return false
  if (tooLarge.has(response.config)) return true
  if (typeof data !== 'object' || data === null || !isPlainData(data)) return false
  // Without the raw text: a success or a result never needs a request id exact above 2^53.
  const kind = adapter.decode(data, response.status).kind
  // The content type is read only for what would fail: a binary type passes unjudged.
  return kind === 'success' || kind === 'result' || !mayHoldEnvelope(header(response, 'content-type'))
}

/** The error a response calls for, if any. */
function check(
  o: Resolved,
  route: Route,
  response: AxiosResponse,
  fromError: AxiosError | undefined,
): ApiError | undefined {
  const facts = {
    status: response.status,
    header: (n: string) => header(response, n),
    body: bodyOf(response, o.maxBodyBytes),
    // A status that the application's validateStatus accepted is not an error by itself.
    httpFallback: fromError !== undefined,
    // Named here, not spread in below: a spread copy costs more than the rest of the check.
    cause: fromError ?? response,
  }
  const adapter = route.adapter ?? undefined
  const verdict = verdictOf(adapter, facts)
  if (verdict === undefined) return undefined
  return responseError(o, adapter, verdict, facts, route.sent())
}

/**
 * Installs errcode's interceptors on an axios instance and returns it. From then on, vendor codes in 2xx
 * and non-2xx bodies, HTTP errors, network errors and timeouts reject with typed errors, each keeping the
 * `AxiosError` or response as `cause`. Set `errcode: false` on one request's config to switch it off there.
 *
 * @example
 * ```ts
 * import axios from 'axios'
 * import { withErrcode } from 'errcode-js/axios'
 * import { jiguang } from 'errcode-js/adapters/jiguang'
 *
 * const api = withErrcode(axios.create({ baseURL: 'https://api.verification.jpush.cn' }), { adapter: jiguang })
 * ```
 */
export function withErrcode<T extends AxiosInstance>(instance: T, options: ErrcodeOptions): T {
  // A signer belongs in a request interceptor, which every replay runs again: a `prepare` would be ignored.
  if (options.prepare !== undefined)
    throw new TypeError('errcode/axios: no `prepare`; sign in a request interceptor, which runs for every replay')
  removeErrcode(instance)
  const o = resolveOptions(options)
  const { policy, observer } = o
  /** The attempts under watch, by the config that left. */
  const watches = new WeakMap<object, Watch>()
  const previous = instance.defaults.transformResponse
  // Keep the raw text where it holds a number too long for a double, so that ids above 2^53 stay exact:
  // axios parses JSON and drops the text.
  // One transformer in place of the instance's own, which it runs in turn: axios normalizes the response's
  // headers again for every transformer in the list (1.1 µs a response, section 2b of the bench).
  const transforms = previous === undefined ? [] : Array.isArray(previous) ? previous : [previous]
  const capture: AxiosResponseTransformer = function (this: InternalAxiosRequestConfig, data, headers, status) {
    let out: unknown = data
    for (const transform of transforms) out = transform.call(this, out, headers, status)
    if (typeof data !== 'string') return out
    if (overLimit(data, o.maxBodyBytes)) tooLarge.add(this)
    // A body that passes is marked, so that the response interceptor does not decode it again.
    else if (passing(routedAdapter(o, this), out, status)) (this as Judged)[PASSED] = out
    // Kept for an error only: a success or a result never names its request id (a WeakMap entry per
    // response cost 0.6 µs, section 2b of the bench).
    else if (LONG_NUMBER.test(data)) rawTexts.set(this, data)
    return out
  }
  instance.defaults.transformResponse = [capture]
  // A success is the engine's to count once (the budget, the breaker, pacing): a replay's by its loop.
  const succeeded = (res: AxiosResponse) => {
    const state = (res.config as Stamped)[STATE]
    if (policy !== undefined && state !== undefined && (res.config as Replayed)[REPLAY] !== true)
      policy.succeeded(state)
    return res
  }
  // With retries, failures go through the engine: replayed through the same instance, or thrown annotated.
  // A failure that stands is thrown, not returned as a rejected promise: Node tracks a rejection that has
  // no handler yet until the chain adopts it.
  const fail = (config: InternalAxiosRequestConfig | undefined, error: ApiError): Promise<never> => {
    settle(config, error)
    if (policy === undefined || config === undefined || noRetry(config)) throw error
    const state = (config as Stamped)[STATE]
    // Never admitted (it did not leave through errcode's adapter): its failure stands.
    if (state === undefined) throw annotate(error, { attempts: 1, waitedMs: 0 })
    return replay(
      policy,
      state,
      config.signal as AbortSignal | undefined,
      () =>
        instance.request({
          ...config,
          errcode: { ...config.errcode, retry: false },
          [REPLAY]: true,
          [ATTEMPT]: state.attempt,
        } as never),
      error,
    ) as Promise<never>
  }
  // Every request this instance sends is stamped, so that an error from another instance's request (a
  // token fetched inside a request interceptor) is never translated or replayed here. Without a retry
  // policy the stamp is synchronous: axios keeps its synchronous request path.
  const token = {}
  const stamp = (config: InternalAxiosRequestConfig) => {
    ;(config as Stamped)[SENT] = { by: token, at: Date.now() }
    return config
  }
  const request =
    policy === undefined && observer === undefined
      ? instance.interceptors.request.use(stamp, undefined, { synchronous: true })
      : instance.interceptors.request.use(async (config) => {
          stamp(config)
          if (config.errcode === false) return config
          const route = routeOf(o, config)
          if (route === undefined) return config
          // The guard is asked when the request leaves, after every request interceptor (a signer added
          // before errcode runs after errcode's interceptor): the credential is the one that is sent.
          const send = await adapterOf(config)
          if (send === undefined) {
            if (policy !== undefined) await guarded(policy, route, config)
            return config
          }
          const sending = observer === undefined ? send : watched(observer, route, send)
          const wrapped: Send =
            policy === undefined
              ? sending
              : async (sent) => {
                  await guarded(policy, route, sent)
                  return sending(sent)
                }
          wrapped[UNWRAPPED] = send
          config.adapter = wrapped
          return config
        })
  // The attempt leaves under watch (telemetry, onError): its outcome is told by `settle`.
  const watched =
    (observer: Observer, route: Route, send: Send): Send =>
    (sent) => {
      const attempt = (sent as Replayed)[ATTEMPT] ?? 1
      const watch = observer.attempt(vendorOf(route.adapter), requestInfo(o, sent.method, route.url()), attempt)
      watches.set(sent, watch)
      return watch.run(() => send(sent))
    }
  // An attempt's outcome: a failure the retry engine decides about (a replay's always) waits for it.
  const settle = (config: InternalAxiosRequestConfig | undefined, error: ApiError | undefined) => {
    const watch = config === undefined ? undefined : watches.get(config)
    if (watch === undefined || config === undefined) return
    watches.delete(config)
    watch.settle(error, policy !== undefined && (!noRetry(config) || (config as Replayed)[REPLAY] === true))
  }
  // The engine admits the request as it leaves (the quota guard, the circuit, pacing): a replay was
  // admitted by its loop. One idempotency key per logical request: a replay's config carries the first one.
  const guarded = async (policy: RetryPolicy, route: Route, config: InternalAxiosRequestConfig) => {
    if ((config as Replayed)[REPLAY] === true) return
    const sent = route.sent()
    const state = await policy.admit({
      vendor: vendorOf(route.adapter),
      ...sent,
      authorization: authorization(config),
      body: config.data,
      signal: config.signal as AbortSignal | undefined,
      credential: route.adapter?.credential,
      has: hasHeader(config),
      request: requestInfo(o, sent.method, sent.url),
      observer,
    })
    ;(config as Stamped)[STATE] = state
    const key = state.idempotencyKey
    if (key !== undefined) config.headers.set(key.header, key.value)
  }
  const response = instance.interceptors.response.use(
    // Not async: a success without a retry policy is handed on in the same tick.
    (res) => {
      const adapter = routedAdapter(o, res.config)
      // The very body the transformer found passing (another interceptor may have put another in its place).
      const judged = (res.config as Judged)[PASSED] === res.data && isPlainData(res.data)
      const passed = adapter === undefined || judged || passes(adapter, res)
      // A pass without a retry policy needs no route: its URL and summary are made for an error or the engine.
      const route =
        adapter === undefined || (passed && policy === undefined) ? undefined : routeWith(res.config, adapter)
      const error = passed || route === undefined ? undefined : check(o, route, res, undefined)
      if (error !== undefined) return fail(res.config, error)
      if (observer !== undefined) settle(res.config, undefined)
      return succeeded(res)
    },
    async (error: unknown) => {
      if (isApiError(error)) throw error
      const axiosError = error as AxiosError
      if (typeof error !== 'object' || error === null || !('config' in error)) throw error
      const config = axiosError.config as Stamped | undefined
      const sent = config?.[SENT]
      // Not a request of this instance (another instance's, thrown inside one of its interceptors).
      if (config === undefined || sent?.by !== token) throw error
      const route = routeOf(o, config)
      if (route === undefined) throw error
      const kind = failedTransport(axiosError, sent.at)
      const translated =
        kind === undefined && axiosError.response !== undefined
          ? check(o, route, axiosError.response, axiosError)
          : undefined
      if (translated !== undefined) return fail(config, translated)
      // Anything else (a cancellation, an unsupported protocol, the application's maxContentLength, a
      // status the adapter does not judge) is the application's own: it surfaces as axios made it.
      if (kind === undefined) {
        settle(config, undefined)
        throw error
      }
      const code = kind === 'cut' || isAbort(error) ? undefined : errorCode(error)
      const category = kind === 'timeout' ? 'timeout' : 'network'
      return fail(config, sendError(o, route.adapter, category, code, route.sent(), error))
    },
  )
  installed.set(instance, { request, response, transformResponse: previous })
  return instance
}

/** Removes what {@link withErrcode} installed; the instance behaves as before. */
export function removeErrcode(instance: AxiosInstance): void {
  const state = installed.get(instance)
  if (state === undefined) return
  instance.interceptors.request.eject(state.request)
  instance.interceptors.response.eject(state.response)
  if (state.transformResponse === undefined) delete instance.defaults.transformResponse
  else instance.defaults.transformResponse = state.transformResponse
  installed.delete(instance)
}
