// Making the typed error a verdict calls for: the catalog's words in the chosen locale, the retry hint,
// the masked request and body, kept lazy until read.
import type { Adapter } from '../adapter/define-adapter.js'
import { categoryText, classifyStatus } from '../catalog/http-status.js'
import { never, resolveRetry } from '../catalog/retry-rules.js'
import { clockSkew, parseHttpDate } from '../catalog/time.js'
import { type ApiError, createError, Later } from '../errors/errors.js'
import { maskBody, maskText, maskUrl, type SecretMatcher, secretMatcher } from '../errors/mask.js'
import { withoutFrames } from '../errors/stack.js'
import type {
  CatalogEntry,
  Code,
  Decision,
  Locale,
  LocalizedText,
  MessageVariant,
  RequestSummary,
  RetryHint,
  Scope,
} from '../types.js'
import type { BodyRead, ResponseFacts, Verdict } from './verdict.js'

export type { ResponseFacts } from './verdict.js'

/** Settings of classification, shared by the interceptors. */
export interface ClassifyContext {
  readonly locale: Locale
  readonly isSecret: SecretMatcher
}

export const defaultContext: ClassifyContext = /* @__PURE__ */ Object.freeze({
  locale: 'en',
  isSecret: secretMatcher(),
})

function pick(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined
  return locale === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)
}

const UNKNOWN_CODE: LocalizedText = { en: 'Code not in the catalog', zh: '错误码不在目录中' }

/**
 * What every response error carries: status, request, cause and the body, secrets masked. The body is
 * masked when the error's `body` is first read, and so is a request given as a `Later`.
 */
function common(facts: ResponseFacts, ctx: ClassifyContext) {
  const request = facts.request
  return {
    status: facts.status,
    // `Later` is internal: ApiErrorInit's public type names the value it stands for.
    request: (typeof request === 'function' ? request() : request) as RequestSummary | undefined,
    cause: facts.cause,
    isSecret: ctx.isSecret,
    body: laterBody(facts.body, ctx.isSecret),
  }
}

/** The body, masked when the error's `body` is read (a function of its own: the error keeps the body only). */
function laterBody(body: BodyRead, isSecret: SecretMatcher): Later<unknown> | undefined {
  if (body.kind === 'json') {
    const { value } = body
    return new Later(() => maskBody(value, isSecret))
  }
  if (body.kind !== 'text') return undefined
  const text = body.text.slice(0, 2048)
  return new Later(() => maskText(text, isSecret))
}

/**
 * The hint with the entry's scope: whom the limit covers. `Object.assign`, not a spread: V8 made the spread
 * copy slowly (a third of classifyResponse's time), and the error's constructor reads it in turn.
 */
const scoped = (hint: RetryHint, scope: Scope | undefined): RetryHint =>
  scope === undefined ? hint : Object.assign({}, hint, { scope })

/** The entry's reading chosen by the vendor's message (see `CatalogEntry.byMessage`), where one matches. */
function readingOf(entry: CatalogEntry | undefined, message: string | undefined): MessageVariant | undefined {
  if (entry?.byMessage === undefined || message === undefined) return undefined
  const said = message.slice(0, 2048)
  return entry.byMessage.find((v) => v.message.test(said))
}

/** The request id a response header carries, for adapters that name one. */
function headerRequestId(adapter: Adapter, facts: ResponseFacts): string | undefined {
  for (const name of adapter.requestIdHeaders) {
    const v = facts.header(name)
    if (typeof v === 'string' && v !== '') return v
  }
  return undefined
}

/** The error of a vendor code (`decision.kind === 'error'`). */
export function vendorError(
  adapter: Adapter,
  decision: Extract<Decision, { kind: 'error' }>,
  facts: ResponseFacts,
  ctx: ClassifyContext = defaultContext,
): ApiError {
  const { items, parentCode } = decision
  const entry =
    decision.entry ??
    (parentCode === undefined
      ? adapter.catalog.get(decision.code)
      : (adapter.catalog.get(decision.code, parentCode) ?? adapter.catalog.get(parentCode)))
  const reading = readingOf(entry, decision.message)
  const c = common(facts, ctx)
  const date = facts.header('date')
  return createError({
    vendor: adapter.vendor,
    code: decision.code,
    parentCode,
    source: 'vendor',
    category: entry === undefined ? 'unknown' : (reading?.category ?? entry.category),
    description:
      pick(reading?.description ?? entry?.description, ctx.locale) ?? (pick(UNKNOWN_CODE, ctx.locale) as string),
    retry: scoped(
      resolveRetry(
        decision.retry ?? (entry === undefined ? never : (reading?.retry ?? entry.retry)),
        adapter.catalog.timeZone,
        {
          date,
          retryAfter: facts.header('retry-after'),
          waitMs: decision.waitMs ?? adapter.waitFrom(facts.header),
        },
      ),
      reading?.scope ?? entry?.scope,
    ),
    entry,
    // As long as a text body is kept: what the vendor said, not a megabyte of it.
    vendorMessage: decision.message === undefined ? undefined : maskText(decision.message.slice(0, 2048), ctx.isSecret),
    status: c.status,
    requestId: decision.requestId ?? headerRequestId(adapter, facts),
    request: c.request,
    body: c.body,
    cause: c.cause,
    isSecret: c.isSecret,
    clockSkewMs: entry?.clockSkew === true ? clockSkew(parseHttpDate(date), Date.now()) : undefined,
    diagnosis: decision.diagnosis === undefined ? undefined : maskUrl(decision.diagnosis, ctx.isSecret),
    // One error per failed item of a batch, without a stack of its own: the batch error has the stack,
    // and a thousand captures would cost more than the answer's whole decoding.
    items:
      items === undefined
        ? undefined
        : withoutFrames(() =>
            items.map((item) => ({
              index: item.index,
              key: item.key,
              error: vendorError(
                adapter,
                decision.requestId === undefined
                  ? { ...item, kind: 'error' }
                  : { ...item, kind: 'error', requestId: decision.requestId },
                facts,
                ctx,
              ),
            })),
          ),
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
    isSecret: c.isSecret,
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
    isSecret: c.isSecret,
  })
}

/** The error a verdict calls for (see {@link verdictOf}). */
export function errorOf(
  adapter: Adapter | undefined,
  verdict: Verdict,
  facts: ResponseFacts,
  ctx: ClassifyContext = defaultContext,
): ApiError {
  if (verdict.kind === 'vendor') return vendorError(verdict.adapter, verdict.decision, facts, ctx)
  if (verdict.kind === 'unreadable') return unreadableError(verdict.adapter, verdict.reason, facts, ctx)
  return adapter === undefined
    ? httpError('http', 'UTC', facts, ctx)
    : httpError(adapter.vendor, adapter.catalog.timeZone, facts, ctx)
}

const UNKNOWN_OUTCOME: RetryHint = /* @__PURE__ */ Object.freeze({
  kind: 'backoff',
  replaySafe: false,
  outcome: 'unknown',
})

/**
 * The error of a request that got no response. `movesMoney`: a call of a payment API (`payments` adapter)
 * that is not idempotent, whose outcome is then unknown unless the connection was refused.
 */
export function transportError(
  vendor: string,
  kind: 'network' | 'timeout',
  code: Code | undefined,
  request: RequestSummary | undefined,
  cause: unknown,
  ctx: ClassifyContext = defaultContext,
  movesMoney = false,
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
    isSecret: ctx.isSecret,
    // A refused connection never reached the vendor, so the request cannot have run. A payment call that got
    // no answer may have been carried out: its outcome is unknown, and it is never replayed.
    retry: refused || !movesMoney ? { kind: 'backoff', replaySafe: refused } : UNKNOWN_OUTCOME,
  })
}
