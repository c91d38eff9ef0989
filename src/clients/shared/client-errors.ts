// The errors the wrappers throw: a response that did not pass, or a request that got no response. Each is
// made without frames (the application's call gives it its own, errors/stack.ts) and masks its request.
import type { Adapter } from '../../adapter/define-adapter.js'
import { type ClassifyContext, errorOf, transportError } from '../../classify/make-error.js'
import type { ResponseFacts, Verdict } from '../../classify/verdict.js'
import { IDEMPOTENT_METHODS } from '../../defaults.js'
import { type ApiError, Later } from '../../errors/errors.js'
import { maskUrl, secretMatcher, shortUrl } from '../../errors/mask.js'
import { unplacedError } from '../../errors/stack.js'
import type { RequestSummary } from '../../types.js'
import { type Resolved, vendorOf, verb } from './options.js'

/** A request as the client sent it; masked only when an error needs it. */
export interface SentRequest {
  readonly method: string | undefined
  readonly url: string
}

const contexts = new WeakMap<Resolved, ClassifyContext>()

/** The classification settings of one installed interceptor. */
function contextOf(o: Resolved): ClassifyContext {
  let ctx = contexts.get(o)
  if (ctx === undefined) {
    ctx = { locale: o.locale, isSecret: secretMatcher(o.secrets) }
    contexts.set(o, ctx)
  }
  return ctx
}

/** The method and URL of a request for an error: secrets masked. */
export function requestInfo(o: Resolved, method: string | undefined, url: string): RequestSummary {
  return { method: verb(method), url: maskUrl(url, contextOf(o).isSecret) }
}

/**
 * The request, masked when the error's `request` is read; the message needs only the method and
 * `host/path`. (A function of its own, so that the error keeps nothing else of the caller's alive.)
 */
function laterRequest(o: Resolved, sent: SentRequest): Later<RequestSummary> {
  const { method, url } = sent
  return new Later(() => requestInfo(o, method, url), `${verb(method)} ${shortUrl(url)}`)
}

/** The error of a response that did not pass. */
export function responseError(
  o: Resolved,
  adapter: Adapter | undefined,
  verdict: Verdict,
  facts: Omit<ResponseFacts, 'request'>,
  sent: SentRequest,
): ApiError {
  const ctx = contextOf(o)
  const { status, header, body, cause } = facts
  return unplacedError(() =>
    errorOf(adapter, verdict, { status, header, body, cause, request: laterRequest(o, sent) }, ctx),
  )
}

/**
 * The error of a request that got no response. A non-idempotent call of a payment API (`payments` adapter)
 * may have been carried out: its outcome is unknown.
 */
export function sendError(
  o: Resolved,
  adapter: Adapter | null,
  kind: 'network' | 'timeout',
  code: string | undefined,
  sent: SentRequest,
  cause: unknown,
): ApiError {
  const method = verb(sent.method)
  const request = requestInfo(o, method, sent.url)
  const movesMoney = adapter?.payments === true && !IDEMPOTENT_METHODS.includes(method)
  return unplacedError(() => transportError(vendorOf(adapter), kind, code, request, cause, contextOf(o), movesMoney))
}
