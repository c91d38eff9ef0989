import { clientCause as heldClientCause } from '../brand.js'
import { place } from '../place.js'
import type { RetryPolicy } from '../policy.js'
import { requestOf, translatingFetch } from './fetch-core.js'
import { failure } from './load-failure.js'
import { type ErrcodeOptions, resolveOptions } from './options.js'

export type { ErrcodeBaseOptions, ErrcodeOptions, Match, Route } from './options.js'

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
 * import { withErrcode } from 'errcode/fetch'
 * import { ucpaas } from 'errcode/adapters/ucpaas'
 *
 * const fetchSms = withErrcode(fetch, { adapter: ucpaas })
 * const res = await fetchSms('https://open.ucpaas.com/ol/sms/sendsms', { method: 'POST', body })
 * ```
 */
export function withErrcode(fetchFn: typeof fetch, options: ErrcodeOptions): typeof fetch {
  const o = resolveOptions(options)
  const once = translatingFetch(fetchFn, o)
  // The application awaits this function: its errors get the application's frames here.
  const wrapped = async (input: globalThis.RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    try {
      return await (o.policy === undefined ? once(input, init) : retried(input, init, o.policy))
    } catch (error) {
      throw place(error, wrapped)
    }
  }
  const retried = async (
    input: globalThis.RequestInfo | URL,
    init: RequestInit | undefined,
    load: () => Promise<RetryPolicy>,
  ): Promise<Response> => {
    const { url, method } = requestOf(input, init)
    const adapter = o.route(url)
    if (adapter === undefined) return fetchFn(input, init)
    const policy = await load()
    const source = input instanceof Request ? input : undefined
    const verb = (method ?? 'GET').toUpperCase()
    const guardKey = policy.guardKey(adapter?.vendor ?? 'http', url, authorizationOf(source, init))
    const attempted = {
      method: verb,
      // A stream is read by the first attempt: it cannot be sent again.
      replayable: !(init?.body instanceof ReadableStream),
      signal: init?.signal ?? source?.signal,
      guardKey,
      recipientKey: policy.recipientKey(guardKey, { method: verb, url, body: init?.body }),
    }
    // A Request's body can be read once: every attempt sends a fresh clone.
    const request = (await failure()).requestInfo(o, method, url)
    return policy.run(attempted, request, () => once(source?.clone() ?? input, init))
  }
  return wrapped as typeof fetch
}

function authorizationOf(source: Request | undefined, init: RequestInit | undefined): string | undefined {
  const headers = init?.headers === undefined ? source?.headers : new Headers(init.headers)
  return headers?.get('authorization') ?? undefined
}
