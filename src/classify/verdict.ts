// The verdict every response gets: does it pass, or which kind of error does it call for? Cheap, and
// without the error classes: the error is made (make-error.ts) only when there is one.
import type { Adapter } from '../adapter/define-adapter.js'
import { isOk } from '../catalog/http-status.js'
import type { Later } from '../errors/errors.js'
import type { Decision, RequestSummary } from '../types.js'
import { answerKind, declaresJson } from './content-type.js'

/** How a response body was read by an interceptor. */
export type BodyRead =
  /** Parsed JSON; `text` is the raw text where the client gave it. */
  | { readonly kind: 'json'; readonly value: unknown; readonly text?: string | undefined }
  /** Text that is not JSON: an HTML page, an empty body, truncated JSON. */
  | { readonly kind: 'text'; readonly text: string }
  /** Not read: binary, too large, or a stream. */
  | { readonly kind: 'none' }

/** What an interceptor knows of one response. */
export interface ResponseFacts {
  readonly status: number
  readonly header: (name: string) => string | null | undefined
  readonly body: BodyRead
  /**
   * The request, or a function that makes it: masking a URL is only worth it when there is an error.
   * (The interceptors give a `Later`, masked only when the error's `request` is read.)
   */
  readonly request?: RequestSummary | (() => RequestSummary) | Later<RequestSummary> | undefined
  readonly cause?: unknown
  /**
   * Whether a non-2xx status without a vendor code is an error. False where the application told its
   * client that such statuses are fine (axios `validateStatus`, ky `throwHttpErrors: false`).
   * @default true
   */
  readonly httpFallback?: boolean
}

/** What a response calls for, when it does not pass. */
export type Verdict =
  /** The body carries a vendor error code. */
  | { readonly kind: 'vendor'; readonly adapter: Adapter; readonly decision: Extract<Decision, { kind: 'error' }> }
  /** A 2xx body that should hold the vendor's envelope but does not. */
  | { readonly kind: 'unreadable'; readonly adapter: Adapter; readonly reason: string }
  /** A non-2xx status without a vendor code. */
  | { readonly kind: 'http' }

const HTTP: Verdict = /* @__PURE__ */ Object.freeze({ kind: 'http' })
/** A 2xx status. */

/**
 * Judges one response: `undefined` when it passes (success, result, or a body that is not the vendor's to
 * judge), else what kind of error it calls for. Without an adapter only the HTTP status is judged.
 */
export function verdictOf(adapter: Adapter | undefined, facts: ResponseFacts): Verdict | undefined {
  const ok = isOk(facts.status)
  const byStatus = facts.httpFallback === false ? undefined : HTTP
  if (adapter === undefined) return ok ? undefined : byStatus
  let body = facts.body
  if (body.kind === 'text' && adapter.parseText !== undefined && body.text !== '') {
    const value = adapter.parseText(body.text)
    if (value !== undefined) body = { kind: 'json', value }
  }
  if (body.kind === 'json') {
    const decision = adapter.decode(body.value, facts.status, body.text)
    if (decision.kind === 'error') return { kind: 'vendor', adapter, decision }
    if (ok) return decision.kind === 'unreadable' ? { kind: 'unreadable', adapter, reason: decision.reason } : undefined
  }
  if (!ok) return byStatus
  if (body.kind === 'text' && declaresJson(facts.header('content-type')) && facts.status !== 204) {
    return { kind: 'unreadable', adapter, reason: body.text === '' ? 'empty JSON body' : 'malformed JSON' }
  }
  return adapter.answers === undefined || facts.status === 204 ? undefined : foreign(adapter, facts, body)
}

/** A 2xx body of a kind the adapter's API does not answer with (an HTML page in place of JSON). */
function foreign(adapter: Adapter, facts: ResponseFacts, body: BodyRead): Verdict | undefined {
  // JSON was judged above; an empty body is no page; a body left unread for its size cannot be told.
  if (body.kind === 'json' || (body.kind === 'text' && body.text === '')) return undefined
  const contentType = facts.header('content-type')
  const kind = answerKind(contentType, body.kind === 'text' ? body.text : undefined)
  if (kind === undefined || (kind !== 'media' && body.kind === 'none')) return undefined
  if ((adapter.answers as readonly string[]).includes(kind)) return undefined
  const type = contentType?.split(';', 1)[0]?.trim() || 'an HTML page without a content type'
  return { kind: 'unreadable', adapter, reason: `not the vendor's answer: ${type}` }
}

/**
 * Deno gives a refused connection no code, only words: `tcp connect error: Connection refused (os error
 * 111)`, or Windows' `No connection could be made because the target machine actively refused it.`
 */
const REFUSED_WORDS =
  /\btcp connect error: (?:Connection refused|No connection could be made because the target machine actively refused it)/i

/**
 * The first system code along an error's cause chain (`ECONNRESET` sits two levels down in undici), or
 * else undici's own (`UND_ERR_BODY_TIMEOUT`). Deno's words for a refused connection are `ECONNREFUSED`.
 */
export function errorCode(error: unknown): string | undefined {
  let current = error
  let undici: string | undefined
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code
    if (typeof message === 'string' && REFUSED_WORDS.test(message)) return 'ECONNREFUSED'
    if (typeof code === 'string' && undici === undefined && code.startsWith('UND_ERR_')) undici = code
    current = (current as { cause?: unknown }).cause
  }
  return undici
}

/** Parses a body text: JSON when it is JSON, else the text itself. Never throws. */
export function readText(text: string): BodyRead {
  if (text === '') return { kind: 'text', text }
  try {
    return { kind: 'json', value: JSON.parse(text), text }
  } catch {
    return { kind: 'text', text }
  }
}
