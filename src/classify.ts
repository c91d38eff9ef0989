import type { Adapter } from './adapter.js'
import { type ApiError, createError } from './errors.js'
import { categoryText, classifyStatus, declaresJson } from './http.js'
import { maskBody, maskText, type SecretMatcher, secretMatcher } from './mask.js'
import { never, resolveRetry } from './retry.js'
import { parseHttpDate } from './time.js'
import type { Code, Decision, Locale, LocalizedText, RequestSummary } from './types.js'

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
  /** The request, or a function that makes it: masking a URL is only worth it when there is an error. */
  readonly request?: RequestSummary | (() => RequestSummary) | undefined
  readonly cause?: unknown
  /**
   * Whether a non-2xx status without a vendor code is an error. False where the application told its
   * client that such statuses are fine (axios `validateStatus`, ky `throwHttpErrors: false`).
   * @default true
   */
  readonly httpFallback?: boolean
}

/** Settings of classification, shared by the interceptors. */
export interface ClassifyContext {
  readonly locale: Locale
  readonly isSecret: SecretMatcher
}

export const defaultContext: ClassifyContext = Object.freeze({ locale: 'en', isSecret: secretMatcher() })

function pick(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined
  return locale === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)
}

const UNKNOWN_CODE: LocalizedText = { en: 'Code not in the catalog', zh: '错误码不在目录中' }

/** What every response error carries: status, request, cause and the body, secrets masked. */
function common(facts: ResponseFacts, ctx: ClassifyContext) {
  const body = facts.body
  return {
    status: facts.status,
    request: typeof facts.request === 'function' ? facts.request() : facts.request,
    cause: facts.cause,
    body:
      body.kind === 'json'
        ? maskBody(body.value, ctx.isSecret)
        : body.kind === 'text'
          ? maskText(body.text.slice(0, 2048), ctx.isSecret)
          : undefined,
  }
}

/** Server clock minus local clock, from a `Date` header; whole seconds, so under a second reads as none. */
function skewOf(date: string | null | undefined): number | undefined {
  const server = parseHttpDate(date)
  if (server === undefined) return undefined
  const skew = server - Date.now()
  return Math.abs(skew) < 1_000 ? 0 : skew
}

/** The error of a vendor code (`decision.kind === 'error'`). */
export function vendorError(
  adapter: Adapter,
  decision: Extract<Decision, { kind: 'error' }>,
  facts: ResponseFacts,
  ctx: ClassifyContext = defaultContext,
): ApiError {
  const entry = decision.entry ?? adapter.catalog.get(decision.code)
  const c = common(facts, ctx)
  const date = facts.header('date')
  return createError({
    vendor: adapter.vendor,
    code: decision.code,
    source: 'vendor',
    category: entry === undefined ? 'unknown' : entry.category,
    description: pick(entry?.description, ctx.locale) ?? (pick(UNKNOWN_CODE, ctx.locale) as string),
    retry: resolveRetry(entry === undefined ? never : entry.retry, adapter.catalog.timeZone, {
      date,
      retryAfter: facts.header('retry-after'),
    }),
    entry,
    vendorMessage: decision.message === undefined ? undefined : maskText(decision.message, ctx.isSecret),
    status: c.status,
    requestId: decision.requestId,
    request: c.request,
    body: c.body,
    cause: c.cause,
    clockSkewMs: entry?.clockSkew === true ? skewOf(date) : undefined,
  })
}

/** The error of an HTTP status when no vendor code could be read. */
export function httpError(
  vendor: string,
  timeZone: string,
  facts: ResponseFacts,
  ctx: ClassifyContext = defaultContext,
): ApiError {
  const { category, retry } = classifyStatus(facts.status)
  const c = common(facts, ctx)
  return createError({
    vendor,
    code: facts.status,
    source: 'http',
    category,
    description: `${pick(categoryText[category], ctx.locale)} (HTTP ${facts.status})`,
    retry: resolveRetry(retry, timeZone, { date: facts.header('date'), retryAfter: facts.header('retry-after') }),
    status: c.status,
    request: c.request,
    body: c.body,
    cause: c.cause,
  })
}

/** A 2xx body that should hold the vendor's envelope but does not. */
function unreadableError(adapter: Adapter, reason: string, facts: ResponseFacts, ctx: ClassifyContext): ApiError {
  const c = common(facts, ctx)
  return createError({
    vendor: adapter.vendor,
    code: facts.status,
    source: 'http',
    category: 'unknown',
    description: `${pick(categoryText.unknown, ctx.locale)}: ${reason}`,
    retry: { kind: 'never', replaySafe: false },
    status: c.status,
    request: c.request,
    body: c.body,
    cause: c.cause,
  })
}

const isOk = (status: number) => status >= 200 && status < 300

/**
 * Classifies one response: `undefined` when it passes (success, result, or a body that is not the vendor's
 * to judge), else the error to throw. Without an adapter only the HTTP status is judged (vendor `'http'`).
 */
export function classifyResponse(
  adapter: Adapter | undefined,
  facts: ResponseFacts,
  ctx: ClassifyContext = defaultContext,
): ApiError | undefined {
  const ok = isOk(facts.status)
  const byStatus = (vendor: string, timeZone: string) =>
    facts.httpFallback === false ? undefined : httpError(vendor, timeZone, facts, ctx)
  if (adapter === undefined) return ok ? undefined : byStatus('http', 'UTC')
  let body = facts.body
  if (body.kind === 'text' && adapter.parseText !== undefined && body.text !== '') {
    const value = adapter.parseText(body.text)
    if (value !== undefined) body = { kind: 'json', value }
  }
  if (body.kind === 'json') {
    const decision = adapter.decode(body.value, facts.status, body.text)
    if (decision.kind === 'error') return vendorError(adapter, decision, facts, ctx)
    if (ok) return decision.kind === 'unreadable' ? unreadableError(adapter, decision.reason, facts, ctx) : undefined
  }
  if (!ok) return byStatus(adapter.vendor, adapter.catalog.timeZone)
  if (body.kind === 'text' && declaresJson(facts.header('content-type')) && facts.status !== 204) {
    return unreadableError(adapter, body.text === '' ? 'empty JSON body' : 'malformed JSON', facts, ctx)
  }
  return undefined
}

/** The error of a request that got no response. */
export function transportError(
  vendor: string,
  kind: 'network' | 'timeout',
  code: Code | undefined,
  request: RequestSummary | undefined,
  cause: unknown,
  ctx: ClassifyContext = defaultContext,
): ApiError {
  const refused = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN'
  return createError({
    vendor,
    code: code ?? (kind === 'timeout' ? 'ETIMEDOUT' : 'ENETWORK'),
    source: 'network',
    category: kind,
    description: pick(categoryText[kind], ctx.locale) as string,
    request,
    cause,
    // A refused connection never reached the vendor, so the request cannot have run.
    retry: { kind: 'backoff', replaySafe: refused },
  })
}

/** The first string `code` along an error's cause chain (`ECONNRESET` sits two levels down in undici). */
export function errorCode(error: unknown): string | undefined {
  let current = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
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
