// One attempt of a fetch-shaped call: route it, send it, read and judge the body, hand back the very
// Response (its body restored) or throw the typed error. The fetch wrapper and ky (as its `fetch`) use it.
import type { Adapter } from '../../adapter/define-adapter.js'
import { isOk } from '../../catalog/http-status.js'
import { type BodyRead, errorCode, readText, type Verdict, verdictOf } from '../../classify/verdict.js'
import { type ApiError, isApiError } from '../../errors/errors.js'
import { type Capped, decodeText, readCapped } from './body.js'
import { requestInfo, responseError, type SentRequest, sendError } from './client-errors.js'
import { isAbort, isTimeout, type Resolved, vendorOf } from './options.js'
import { type Held, renewed, restore } from './restored-response.js'
import { isDecodeFailure, isTransportFailure } from './transport.js'

/**
 * The typed error of a request whose response did not arrive whole (refused, reset, cut short, too late), or
 * `undefined` for any other failure, which is the caller's own (a bug, a GET with a body, a bad scheme).
 */
function noResponse(o: Resolved, adapter: Adapter | null, sent: SentRequest, error: unknown): ApiError | undefined {
  if (isAbort(error) || !(error instanceof Error)) return undefined
  const timeout = isTimeout(error)
  if (!timeout && !isTransportFailure(error)) return undefined
  return sendError(o, adapter, timeout ? 'timeout' : 'network', errorCode(error), sent, error)
}

/**
 * Errors of routed requests that errcode let through as they were: the application's own (a bug in its
 * fetch, a GET with a body, its abort). ky's retry tells them from an unrouted URL's errors by this.
 */
const passedThrough = new WeakSet<object>()

/** Passes an error of a routed request through untranslated, remembered as such. */
function untouched(error: unknown): unknown {
  if (typeof error === 'object' && error !== null) passedThrough.add(error)
  return error
}

/** Whether errcode let this error of a routed request through as it was (see {@link untouched}). */
export const untranslated = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && passedThrough.has(error)

/**
 * Reads a response's body (when it may hold a vendor envelope and fits the limit) and classifies it:
 * the one step every client shares. `error` is what to throw; a body that was not read is in `capped`.
 */
export async function judge(
  response: Response,
  adapter: Adapter | null,
  sent: SentRequest,
  o: Resolved,
  httpFallback: boolean,
  signal?: AbortSignal | null,
): Promise<{ capped: Capped; body: BodyRead; error: ApiError | undefined }> {
  let capped: Capped
  let undecodable = false
  try {
    capped = await readCapped(response, o.maxBodyBytes, signal)
  } catch (error) {
    // The body stopped half-way: the same failure as a connection that failed before the headers.
    const failed = noResponse(o, adapter, sent, error)
    if (failed !== undefined) throw failed
    // A body that arrived but cannot be decoded (corrupt gzip) is judged as a body that cannot be read.
    if (!isDecodeFailure(error)) throw untouched(error)
    undecodable = true
    capped = { kind: 'read', bytes: new Uint8Array(0) }
  }
  const body: BodyRead = capped.kind === 'read' ? readText(decodeText(capped.bytes)) : { kind: 'none' }
  const facts = {
    status: response.status,
    header: (n: string) => response.headers.get(n),
    body,
    httpFallback,
    cause: response,
  }
  const verdict: Verdict | undefined =
    undecodable && adapter !== null && isOk(response.status)
      ? { kind: 'unreadable', adapter, reason: 'the body could not be decoded' }
      : verdictOf(adapter ?? undefined, facts)
  if (verdict === undefined) return { capped, body, error: undefined }
  // A body left unread is not wanted when the response becomes an error: release it.
  if (capped.kind === 'skipped') void capped.stream?.cancel().catch(() => undefined)
  return { capped, body, error: responseError(o, adapter ?? undefined, verdict, facts, sent) }
}

/**
 * What an `init` holds beyond a Request (ky's own options, undici's `dispatcher`), sent beside a prepared
 * Request: whatever the runtime's Request has no field for.
 */
function beyondRequest(init: RequestInit | undefined): RequestInit | undefined {
  if (init === undefined) return undefined
  let rest: Record<string, unknown> | undefined
  for (const [key, value] of Object.entries(init)) {
    if (key in Request.prototype) continue
    rest ??= {}
    rest[key] = value
  }
  return rest as RequestInit | undefined
}

export function requestOf(input: globalThis.RequestInfo | URL, init: RequestInit | undefined) {
  if (typeof input === 'string') return { url: input, method: init?.method }
  if (input instanceof URL) return { url: input.href, method: init?.method }
  const req = input as Request
  return { url: req.url, method: init?.method ?? req.method }
}

/** Which attempt of its request a send is, and whether the retry engine decides about its failure. */
export interface Mark {
  readonly attempt: number
  readonly decides: boolean
}

type Once = (input: globalThis.RequestInfo | URL, init?: RequestInit, mark?: Mark) => Promise<Response>

/**
 * What a client that hands errcode's attempt to another library (ky, as its `fetch`) tells it of the call
 * a send serves, from the send's `init`. The fetch wrapper passes none: each attempt is its own call.
 */
export interface AttemptHost {
  /** Whether a non-2xx status without a vendor code is an error (ky's `throwHttpErrors`). */
  httpFallback(init: RequestInit | undefined, status: number): boolean
  /** Which attempt of its call a send is, when the client counts them. */
  markOf(init: RequestInit | undefined): Mark | undefined
  /** Who is told when a restored body is read as text, its parsed value still held (ky's `json()` takes it). */
  keeperOf(init: RequestInit | undefined): ((held: Held) => void) | undefined
  /** A send passed: the call's success, where the client counts it (the retry engine's). */
  passed(init: RequestInit | undefined): void
  /**
   * A watched send ended with an abort: `settle` tells how the attempt ended (ky's timeout aborts the send
   * and names its typed error later); at once with `undefined` for an abort of the application's own.
   */
  aborted(input: globalThis.RequestInfo | URL, settle: (error: ApiError | undefined) => void): void
}

/** The host of the fetch wrapper, which sends each attempt itself. */
const ownCalls: AttemptHost = {
  httpFallback: () => true,
  markOf: () => undefined,
  keeperOf: () => undefined,
  passed: () => undefined,
  aborted: (_input, settle) => settle(undefined),
}

/**
 * One attempt: routes the request, sends it, and translates the outcome; no retries. The ky integration
 * hands this to ky as its `fetch`, so ky reads each body once, and tells it of ky's calls by its `host`.
 * With `telemetry` or `onError`, the attempt is watched (see `Observer`).
 */
export function translatingFetch(fetchFn: typeof fetch, o: Resolved, host: AttemptHost = ownCalls): Once {
  const observer = o.observer
  // Not async: the send is the one async step of an unwatched attempt.
  const attempt: Once = (input, init, mark) => {
    try {
      const sent = requestOf(input, init)
      const adapter = o.route(sent.url)
      if (adapter === undefined) return fetchFn(input, init)
      return send(input, init, adapter, sent, o.prepare === undefined ? undefined : (mark ?? host.markOf(init)))
    } catch (error) {
      return Promise.reject(error)
    }
  }
  if (observer === undefined) return attempt
  return async (input, init, mark = host.markOf(init)) => {
    const sent = requestOf(input, init)
    const adapter = o.route(sent.url)
    if (adapter === undefined) return fetchFn(input, init)
    const watch = observer.attempt(vendorOf(adapter), requestInfo(o, sent.method, sent.url), mark?.attempt ?? 1)
    const decides = mark?.decides === true
    let response: Response
    try {
      response = await watch.run(() => send(input, init, adapter, sent, mark))
    } catch (error) {
      if (!isApiError(error) && isAbort(error)) host.aborted(input, (ended) => watch.settle(ended, decides))
      else watch.settle(isApiError(error) ? error : undefined, decides)
      throw error
    }
    watch.settle(undefined, decides)
    return response
  }

  /**
   * Sends one attempt and judges its response. Not async: while the send is under way, a request in flight
   * holds a reaction on fetch's promise rather than a suspended call (10,000 at once hold 10,000 of them).
   */
  function send(
    input: globalThis.RequestInfo | URL,
    init: RequestInit | undefined,
    adapter: Adapter | null,
    sent: SentRequest,
    mark?: Mark,
  ): Promise<Response> {
    const prepare = o.prepare
    if (prepare === undefined) return sendAs(input, init, input, init, adapter, sent)
    // The application's own step before each attempt (a signer): what it throws is its own error.
    return new Promise<Request | undefined>((resolve) =>
      resolve(prepare(new Request(input, init), { attempt: mark?.attempt ?? 1 })),
    ).then((prepared) =>
      prepared === undefined
        ? sendAs(input, init, input, init, adapter, sent)
        : sendAs(prepared, beyondRequest(init), input, init, adapter, sent),
    )
  }

  /** Sends `input` and `init` as they are, and judges the response as that of the request the caller gave. */
  function sendAs(
    input: globalThis.RequestInfo | URL,
    init: RequestInit | undefined,
    askedInput: globalThis.RequestInfo | URL,
    askedInit: RequestInit | undefined,
    adapter: Adapter | null,
    sent: SentRequest,
  ): Promise<Response> {
    let fetched: Promise<Response>
    try {
      fetched = Promise.resolve(fetchFn(input, init))
    } catch (error) {
      fetched = Promise.reject(error)
    }
    return fetched.then(
      (response) => received(response, askedInput, askedInit, adapter, sent),
      (error: unknown) => {
        throw noResponse(o, adapter, sent, error) ?? untouched(error)
      },
    )
  }

  /** The response of an attempt, read and judged: the very Response (its body restored), or the typed error. */
  async function received(
    response: Response,
    input: globalThis.RequestInfo | URL,
    init: RequestInit | undefined,
    adapter: Adapter | null,
    sent: SentRequest,
  ): Promise<Response> {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined)
    const { capped, body, error } = await judge(
      response,
      adapter,
      sent,
      o,
      host.httpFallback(init, response.status),
      signal,
    )
    if (error !== undefined) throw error
    host.passed(init)
    if (capped.kind === 'skipped') return capped.stream === response.body ? response : renewed(response, capped.stream)
    return restore(
      response,
      capped.bytes,
      body.kind === 'none' ? '' : (body.text ?? ''),
      body.kind === 'json' ? body : undefined,
      host.keeperOf(init),
    )
  }
}
