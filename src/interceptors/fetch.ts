import type { Adapter } from '../adapter.js'
import { type BodyRead, classifyResponse, errorCode, readText, transportError } from '../classify.js'
import type { RequestSummary } from '../types.js'
import { decodeText, readCapped } from './body.js'
import { type ErrcodeOptions, isAbort, isTimeout, type Resolved, resolveOptions } from './options.js'

export type { ErrcodeOptions, Match, Route } from './options.js'

/** Copies what `new Response()` cannot take from the original: `url`, `redirected`, `type`. */
function rebuild(original: Response, body: BodyInit | null, parsed: BodyRead | undefined): Response {
  const out = new Response(body, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  })
  for (const key of ['url', 'redirected', 'type'] as const) {
    Object.defineProperty(out, key, { value: original[key], enumerable: true })
  }
  if (parsed?.kind === 'json') {
    // The body was parsed once already: hand the caller that value, still consuming the body as json() does.
    const value = parsed.value
    Object.defineProperty(out, 'json', {
      value: () => {
        if (out.bodyUsed) return out.arrayBuffer()
        // Disturbing the stream marks the body used, as reading it would, without copying its bytes again.
        void out.body?.cancel()
        return Promise.resolve(value)
      },
    })
  }
  return out
}

async function inspect(
  response: Response,
  adapter: Adapter | null,
  request: () => RequestSummary,
  o: Resolved,
): Promise<Response> {
  const capped = await readCapped(response, o.maxBodyBytes)
  const body: BodyRead = capped.kind === 'read' ? readText(decodeText(capped.bytes)) : { kind: 'none' }
  const error = classifyResponse(
    adapter ?? undefined,
    { status: response.status, header: (n) => response.headers.get(n), body, request, cause: response },
    o.ctx,
  )
  if (error !== undefined) {
    if (capped.kind === 'skipped') void capped.stream?.cancel().catch(() => undefined)
    throw error
  }
  if (capped.kind === 'skipped')
    return capped.stream === response.body ? response : rebuild(response, capped.stream, undefined)
  return rebuild(response, capped.bytes as Uint8Array<ArrayBuffer>, body)
}

function requestOf(input: globalThis.RequestInfo | URL, init: RequestInit | undefined) {
  if (typeof input === 'string') return { url: input, method: init?.method }
  if (input instanceof URL) return { url: input.href, method: init?.method }
  const req = input as Request
  return { url: req.url, method: init?.method ?? req.method }
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
  const once = async (
    input: globalThis.RequestInfo | URL,
    init: RequestInit | undefined,
    adapter: Adapter | null,
    request: () => RequestSummary,
  ): Promise<Response> => {
    let response: Response
    try {
      response = await fetchFn(input, init)
    } catch (error) {
      if (isAbort(error) || !(error instanceof Error)) throw error
      const timeout = isTimeout(error)
      // A TypeError is how fetch reports a failed connection; a malformed URL is the caller's own bug.
      if (!timeout && (!(error instanceof TypeError) || /invalid url|parse url/i.test(error.message))) throw error
      const vendor = adapter?.vendor ?? 'http'
      throw transportError(vendor, timeout ? 'timeout' : 'network', errorCode(error), request(), error, o.ctx)
    }
    return inspect(response, adapter, request, o)
  }
  const wrapped = async (input: globalThis.RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { url, method } = requestOf(input, init)
    const adapter = o.route(url)
    if (adapter === undefined) return fetchFn(input, init)
    const request = o.lazyRequest(method, url)
    if (o.policy === undefined) return once(input, init, adapter, request)
    const policy = await o.policy()
    const source = input instanceof Request ? input : undefined
    const attempted = {
      method: (method ?? 'GET').toUpperCase(),
      // A stream is read by the first attempt: it cannot be sent again.
      replayable: !(init?.body instanceof ReadableStream),
      signal: init?.signal ?? source?.signal,
      guardKey: policy.guardKey(adapter?.vendor ?? 'http', url, authorizationOf(source, init)),
    }
    // A Request's body can be read once: every attempt sends a fresh clone.
    return policy.run(attempted, request(), () => once(source?.clone() ?? input, init, adapter, request))
  }
  return wrapped as typeof fetch
}

function authorizationOf(source: Request | undefined, init: RequestInit | undefined): string | undefined {
  const headers = init?.headers === undefined ? source?.headers : new Headers(init.headers)
  return headers?.get('authorization') ?? undefined
}
