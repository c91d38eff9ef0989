// What the interceptors need only when a response or a request fails: building the typed error, with its
// masked request and body, and without a stack trace until the application's call places it (stack.ts).
// They load this module on first use (load-failure.ts; loading starts when one is installed), so an
// application's bundle carries the error path apart from the wrapper itself.
import type { Adapter } from '../adapter.js'
import { type ClassifyContext, errorOf, transportError } from '../classify.js'
import { type ApiError, Later } from '../errors.js'
import { maskUrl, secretMatcher, shortUrl } from '../mask.js'
import type { RetryPolicy } from '../policy.js'
import { unplacedError } from '../stack.js'
import type { RequestSummary } from '../types.js'
import type { ResponseFacts, Verdict } from '../verdict.js'
import type { Resolved } from './options.js'

export { annotate } from '../errors.js'

/** A request as the client sent it; masked only when an error needs it. */
export interface SentRequest {
  readonly method: string | undefined
  readonly url: string
}

const contexts = new WeakMap<Resolved, ClassifyContext>()

/** The classification settings of one installed interceptor. */
export function contextOf(o: Resolved): ClassifyContext {
  let ctx = contexts.get(o)
  if (ctx === undefined) {
    ctx = { locale: o.locale, isSecret: secretMatcher(o.secrets) }
    contexts.set(o, ctx)
  }
  return ctx
}

const verb = (method: string | undefined): string => (method ?? 'GET').toUpperCase()

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
 * The quota guard, before a request leaves: rejects with the short-circuit error while the vendor is known
 * to refuse this credential (see `RetryPolicy.shortCircuit`).
 */
export async function guardRequest(
  o: Resolved,
  policy: RetryPolicy,
  vendor: string,
  sent: SentRequest,
  authorization: string | undefined,
  body: unknown,
): Promise<void> {
  const key = policy.guardKey(vendor, sent.url, authorization)
  const recipient = policy.recipientKey(key, { method: verb(sent.method), url: sent.url, body })
  const blocked = await policy.shortCircuit(key, requestInfo(o, sent.method, sent.url), recipient)
  if (blocked !== undefined) throw blocked
}

/** The error of a request that got no response. */
export function sendError(
  o: Resolved,
  vendor: string,
  kind: 'network' | 'timeout',
  code: string | undefined,
  sent: SentRequest,
  cause: unknown,
): ApiError {
  const request = requestInfo(o, sent.method, sent.url)
  return unplacedError(() => transportError(vendor, kind, code, request, cause, contextOf(o)))
}
