// errcode/fetch: `fetch` with typed errors, and with the retry engine's loop where `retry` is set.
import { clientCause as heldClientCause, isApiError } from '../../errors/errors.js'
import { place } from '../../errors/stack.js'
import { replay } from '../../retry/driver.js'
import type { RetryPolicy } from '../../retry/policy.js'
import { requestInfo } from '../shared/client-errors.js'
import { type ErrcodeOptions, resolveOptions, vendorOf } from '../shared/options.js'
import { requestOf, translatingFetch } from '../shared/translating-fetch.js'

export type { ErrcodeBaseOptions, ErrcodeOptions, Match, Prepare, PrepareContext, Route } from '../shared/options.js'

/**
 * The `Response` (a vendor code or an HTTP error) or the error fetch rejected with (no response) behind an
 * errcode error from this wrapper. A Response names the full URL, query included: log `err` or `err.cause`
 * (a masked summary), not this.
 */
export function clientCause(error: unknown): Response | Error | undefined {
  return heldClientCause(error) as Response | Error | undefined
}

/**
 * Wraps `fetch` so that vendor failures reject with typed errors. The returned function has fetch's own
 * signature, and the `Response` it resolves with is still fully readable: status, headers and body intact.
 * Bodies that cannot hold a vendor envelope (binary types, larger than `maxBodyBytes`) are not buffered.
 *
 * @example
 * ```ts
 * import { withErrcode } from 'errcode-js/fetch'
 * import { ucpaas } from 'errcode-js/adapters/ucpaas'
 *
 * const fetchSms = withErrcode(fetch, { adapter: ucpaas })
 * const res = await fetchSms('https://open.ucpaas.com/ol/sms/sendsms', { method: 'POST', body })
 * ```
 */
/**
 * The caller's headers with one more, in the shape the caller gave them (a plain object stays a plain
 * object, a list a list): a fetch of the application's that spreads `init.headers` keeps every header.
 */
function withHeader(given: HeadersInit | undefined, source: Request | undefined, name: string, value: string) {
  if (given === undefined && source === undefined) return { [name]: value }
  if (given === undefined || given instanceof Headers) {
    const keyed = new Headers(given ?? source?.headers)
    keyed.set(name, value)
    return keyed
  }
  if (Array.isArray(given)) return [...given, [name, value]] as [string, string][]
  return { ...(given as Record<string, string>), [name]: value }
}

export function withErrcode(fetchFn: typeof fetch, options: ErrcodeOptions): typeof fetch {
  const o = resolveOptions(options)
  const once = translatingFetch(fetchFn, o)
  // The application awaits this function: its errors get the application's frames here. A declared
  // function, not an arrow: Bun (JavaScriptCore) finds an async arrow among no caller's frames, and a stack
  // cut at it would hold the message alone.
  async function wrapped(input: globalThis.RequestInfo | URL, init?: RequestInit): Promise<Response> {
    try {
      return await once(input, init)
    } catch (error) {
      throw place(error, wrapped)
    }
  }
  // With a retry policy, the engine's steps are written here rather than in a function the wrapper awaits:
  // a request in flight keeps one suspended call fewer (10,000 at once hold 10,000 of them). A function of
  // its own, so that a call without a policy makes none of its closures' state.
  async function retrying(input: globalThis.RequestInfo | URL, init?: RequestInit): Promise<Response> {
    try {
      const policy = o.policy as RetryPolicy
      const { url, method } = requestOf(input, init)
      const adapter = o.route(url)
      if (adapter === undefined) return await fetchFn(input, init)
      const source = input instanceof Request ? input : undefined
      const headers = init?.headers === undefined ? source?.headers : new Headers(init.headers)
      const signal = init?.signal ?? source?.signal
      const state = await policy.admit({
        vendor: vendorOf(adapter),
        method: method ?? source?.method,
        url,
        authorization: headers?.get('authorization') ?? undefined,
        body: init?.body,
        signal,
        credential: adapter?.credential,
        has: (h) => headers?.has(h) === true,
        request: requestInfo(o, method, url),
        observer: o.observer,
      })
      // One idempotency key for every attempt of this call, where the option asks for one.
      const key = state.idempotencyKey
      const sent =
        key === undefined ? init : { ...init, headers: withHeader(init?.headers, source, key.header, key.value) }
      // A Request's body can be read once: every attempt sends a fresh clone (a `body` in `init` is sent as given).
      const attempt = () => once(source?.clone() ?? input, sent, { attempt: state.attempt, decides: true })
      // The first attempt is awaited here, the engine's loop entered only after a failure: a request in
      // flight keeps this one suspended call, not the loop's as well.
      try {
        const response = await attempt()
        policy.succeeded(state)
        return response
      } catch (error) {
        if (!isApiError(error)) throw error
        return await replay(policy, state, signal, attempt, error)
      }
    } catch (error) {
      throw place(error, retrying)
    }
  }
  return (o.policy === undefined ? wrapped : retrying) as typeof fetch
}
