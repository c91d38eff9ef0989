// errcode/otel: errcode's telemetry on OpenTelemetry (an optional peer, `@opentelemetry/api`). A failed
// attempt marks the client span of the application's HTTP instrumentation (undici for fetch and ky, http
// for axios) with status ERROR and errcode's attributes; `errcodeSpanProcessor()` holds that span's end
// until errcode has judged the body, since the instrumentation ends it as the body arrives. Metrics count
// errors, retries, refusals, pacing waits and changes of the breaker.
import {
  type Attributes,
  type Context,
  context,
  createContextKey,
  type MeterProvider,
  metrics,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TimeInput,
  type TracerProvider,
  trace,
} from '@opentelemetry/api'
import type { ApiError } from '../errors/errors.js'
import type { AttemptEvent, AttemptTelemetry, CircuitChange, Telemetry } from '../observe/telemetry.js'

/** Settings of {@link otel}. */
export interface OtelOptions {
  /** @default the global tracer provider */
  readonly tracerProvider?: TracerProvider
  /** @default the global meter provider */
  readonly meterProvider?: MeterProvider
  /**
   * errcode's own client span around each attempt, for applications without an HTTP instrumentation (a
   * browser, a worker). With an instrumentation as well, its span is a child of errcode's, and both are marked.
   * @default false
   */
  readonly span?: boolean
  /**
   * The longest errcode holds the end of an instrumentation's span while it judges the body, in ms.
   * @default 30_000
   */
  readonly holdMs?: number
}

/**
 * The context key under which an attempt waits for the spans started inside it. `createContextKey` is a
 * `Symbol.for`: two copies of errcode (or of this module) find the same key.
 */
const ATTEMPT = createContextKey('errcode.attempt')

/** What a span processor sees of an attempt in the parent context of a span. */
interface Adopting {
  adopt(span: Span): void
}

/** The slice of the SDK's `SpanProcessor` that {@link errcodeSpanProcessor} implements. */
export interface ErrcodeSpanProcessor {
  onStart(span: Span, parentContext: Context): void
  onEnd(span: unknown): void
  forceFlush(): Promise<void>
  shutdown(): Promise<void>
}

/**
 * The span processor that lets errcode mark the HTTP instrumentation's own client span: every client span
 * started inside an attempt errcode watches is held open until errcode has judged the response, then ends
 * with the time the instrumentation gave. Add it to the tracer provider's `spanProcessors`, before the
 * exporting one or after it (the order does not matter).
 *
 * @example
 * ```ts
 * const provider = new NodeTracerProvider({
 *   spanProcessors: [errcodeSpanProcessor(), new BatchSpanProcessor(exporter)],
 * })
 * ```
 */
export function errcodeSpanProcessor(): ErrcodeSpanProcessor {
  return {
    onStart(span, parentContext) {
      const attempt = parentContext.getValue(ATTEMPT) as Partial<Adopting> | undefined
      if (typeof attempt?.adopt !== 'function') return
      if ((span as { kind?: SpanKind }).kind !== SpanKind.CLIENT) return
      attempt.adopt(span)
    },
    onEnd() {},
    forceFlush: () => Promise.resolve(),
    shutdown: () => Promise.resolve(),
  }
}

/** Metrics carry codes from catalogs only: any other code counts as this (the semantic conventions' word). */
const OTHER = '_OTHER'
/** A network code as runtimes name them (`ECONNREFUSED`, `UND_ERR_SOCKET`): a bounded set. */
const ERRNO = /^[A-Z][A-Z0-9_]{1,40}$/

/** The error's code as a metric attribute: bounded (see docs/observability.md). */
function boundedCode(error: ApiError): string {
  const code = String(error.code)
  if (error.entry !== undefined || error.source === 'http') return code
  return error.source === 'network' && ERRNO.test(code) ? code : OTHER
}

/**
 * What a failed span gets. `error.type` is the category: low-cardinality and stable across versions, where a
 * class name may be minified by a bundler and a code is unbounded.
 */
function spanAttributes(error: ApiError): Attributes {
  const attributes: Attributes = {
    'error.type': error.category,
    'errcode.vendor': error.vendor,
    'errcode.code': String(error.code).slice(0, 64),
    'errcode.category': error.category,
    'errcode.retry.kind': error.retry.kind,
  }
  if (error.retry.scope !== undefined) attributes['errcode.scope'] = error.retry.scope
  return attributes
}

/**
 * The instrumentation records the URL as it was sent, path and query: a vendor's `sign`, `access_token` or
 * `appsecret`, or a Telegram bot token in the path, would be exported. errcode knows the request, masked by the
 * wrapper's secret names; the span's URL attributes take that instead (the SDK's span keeps its attributes
 * readable until it ends).
 */
function maskUrlAttributes(span: Span, masked: string): void {
  const attributes = (span as { attributes?: Attributes }).attributes
  if (attributes === undefined) return
  let url: URL | undefined
  try {
    url = new URL(masked)
  } catch {
    url = undefined
  }
  for (const name of ['url.full', 'http.url']) {
    if (typeof attributes[name] === 'string') span.setAttribute(name, masked)
  }
  if (url === undefined) return
  const query = attributes['url.query']
  if (typeof query === 'string')
    span.setAttribute('url.query', query.startsWith('?') ? url.search : url.search.slice(1))
  if (typeof attributes['http.target'] === 'string') span.setAttribute('http.target', `${url.pathname}${url.search}`)
  // The path holds a secret too where the vendor takes its credential there (Telegram's /bot<token>/).
  if (typeof attributes['url.path'] === 'string') span.setAttribute('url.path', url.pathname)
}

/** Now, as a time the SDK takes (milliseconds since the epoch, with the monotonic clock's precision). */
const now = (): number => performance.timeOrigin + performance.now()

/**
 * errcode's telemetry for OpenTelemetry, for any wrapper's `telemetry` option. Spans are marked where
 * {@link errcodeSpanProcessor} is installed (or errcode makes its own, `span: true`); metrics need only a
 * meter provider.
 *
 * @example
 * ```ts
 * import { otel } from 'errcode-js/otel'
 * const sms = withErrcode(fetch, { adapter: jiguang, telemetry: otel() })
 * ```
 */
export function otel(options: OtelOptions = {}): Telemetry {
  const tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer('errcode')
  const meter = (options.meterProvider ?? metrics.getMeterProvider()).getMeter('errcode')
  const holdMs = options.holdMs ?? 30_000
  const own = options.span === true
  const errors = meter.createCounter('errcode.errors', {
    description: 'Failed attempts, by vendor, code and category',
    unit: '{error}',
  })
  const retries = meter.createCounter('errcode.retries', { description: 'Retries errcode scheduled', unit: '{retry}' })
  const retryWait = meter.createHistogram('errcode.retry.wait', {
    description: 'The wait before each retry',
    unit: 's',
    advice: { explicitBucketBoundaries: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] },
  })
  const refusals = meter.createCounter('errcode.short_circuits', {
    description: 'Requests refused before sending, by reason (quota, breaker, pacing)',
    unit: '{request}',
  })
  const pacingWaits = meter.createCounter('errcode.pacing.waits', {
    description: 'Requests that waited for their turn under pacing',
    unit: '{request}',
  })
  const pacingWait = meter.createHistogram('errcode.pacing.wait', {
    description: 'How long a paced request waited',
    unit: 's',
    advice: { explicitBucketBoundaries: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] },
  })
  const openCircuits = meter.createUpDownCounter('errcode.breaker.open', {
    description: 'Circuits of the breaker open or half-open in this process',
    unit: '{circuit}',
  })
  const transitions = meter.createCounter('errcode.breaker.transitions', {
    description: 'Changes of state of the breaker, by the state entered',
    unit: '{transition}',
  })

  class Attempt implements AttemptTelemetry, Adopting {
    readonly #info: AttemptEvent
    readonly #spans: Span[] = []
    readonly #releases: (() => void)[] = []
    /**
     * The failure as the retry metrics name it. Not the error: the attempt lives on in the contexts its
     * send made (a keep-alive socket's), and the error would keep its response with it.
     */
    #failure: Attributes | undefined
    #own: Span | undefined
    #ended = false
    #timer: ReturnType<typeof setTimeout> | undefined

    constructor(info: AttemptEvent) {
      this.#info = info
    }

    run<T>(send: () => Promise<T>): Promise<T> {
      let ctx = context.active()
      if (own) {
        const { request, attempt } = this.#info
        const span = tracer.startSpan(
          request.method,
          {
            kind: SpanKind.CLIENT,
            attributes: {
              'http.request.method': request.method,
              'url.full': request.url,
              'errcode.vendor': this.#info.vendor,
              ...(attempt > 1 ? { 'http.request.resend_count': attempt - 1 } : {}),
            },
          },
          ctx,
        )
        this.#own = span
        this.#spans.push(span)
        ctx = trace.setSpan(ctx, span)
      }
      return context.with(ctx.setValue(ATTEMPT, this), send)
    }

    /** A client span started inside the attempt (the processor's call): its end waits for errcode's. */
    adopt(span: Span): void {
      if (this.#ended) return
      this.#spans.push(span)
      if (this.#info.attempt > 1) span.setAttribute('http.request.resend_count', this.#info.attempt - 1)
      maskUrlAttributes(span, this.#info.request.url)
      const hadOwn = Object.hasOwn(span, 'end')
      const end = span.end
      let asked = false
      let at: TimeInput | undefined
      span.end = (endTime?: TimeInput) => {
        if (this.#ended) return end.call(span, endTime)
        // The first end counts, as on the SDK's span.
        if (asked) return
        asked = true
        at = endTime ?? now()
        this.#timer ??= setTimeout(() => this.end(), holdMs)
        ;(this.#timer as { unref?: () => void }).unref?.()
      }
      this.#releases.push(() => {
        if (hadOwn) span.end = end
        else Reflect.deleteProperty(span, 'end')
        if (asked) end.call(span, at)
      })
    }

    failed(error: ApiError): void {
      this.#failure = {
        'errcode.vendor': error.vendor,
        'errcode.code': boundedCode(error),
        'errcode.category': error.category,
      }
      const attributes = spanAttributes(error)
      const message = `${error.vendor} ${String(error.code)}: ${error.description}`
      for (const span of this.#spans) {
        span.setAttributes(attributes)
        span.setStatus({ code: SpanStatusCode.ERROR, message })
      }
      errors.add(1, { ...this.#failure, 'error.type': error.category })
    }

    retried(delayMs: number): void {
      const failure = this.#failure
      for (const span of this.#spans) {
        span.addEvent('errcode.retry', {
          'errcode.retry.delay_ms': delayMs,
          'errcode.retry.attempt': this.#info.attempt,
        })
      }
      if (failure === undefined) return
      retries.add(1, failure)
      retryWait.record(delayMs / 1000, { 'errcode.vendor': failure['errcode.vendor'] })
    }

    end(): void {
      if (this.#ended) return
      this.#ended = true
      if (this.#timer !== undefined) clearTimeout(this.#timer)
      this.#own?.end()
      for (const release of this.#releases) release()
      // Ended spans take nothing more; the contexts that outlive the attempt need not keep them.
      this.#own = undefined
      this.#spans.length = 0
      this.#releases.length = 0
    }
  }

  return {
    attempt: (info) => new Attempt(info),
    refused({ error }) {
      refusals.add(1, { 'errcode.vendor': error.vendor, 'errcode.reason': error.shortCircuitedBy ?? 'quota' })
    },
    paced({ vendor, waitMs }) {
      pacingWaits.add(1, { 'errcode.vendor': vendor })
      pacingWait.record(waitMs / 1000, { 'errcode.vendor': vendor })
    },
    circuit(change: CircuitChange) {
      transitions.add(1, { 'errcode.vendor': change.vendor, 'errcode.breaker.state': change.to })
      const wasOpen = change.from !== 'closed'
      const isOpen = change.to !== 'closed'
      if (wasOpen !== isOpen) openCircuits.add(isOpen ? 1 : -1, { 'errcode.vendor': change.vendor })
    },
  }
}
