// errcode/otel with the real OpenTelemetry SDK and the real HTTP instrumentations: undici's for fetch and
// ky, http's for axios. A 200 that carries jiguang 1804 must end the instrumentation's own client span with
// status ERROR and errcode's attributes; a success leaves it alone; retries, refusals and breaker changes
// reach the metrics; no secret reaches any exported span or metric.
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { SpanKind, SpanStatusCode } from '@opentelemetry/api'
import { registerInstrumentations } from '@opentelemetry/instrumentation'
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http'
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici'
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics'
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node'
import ky from 'ky'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { isApiError, RateLimitError, RetryPolicy } from '../../src/index.js'
import type { ErrorContext } from '../../src/observe/telemetry.js'
import { errcodeSpanProcessor, otel } from '../../src/otel/otel.js'
import { startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'

const spans = new InMemorySpanExporter()
const provider = new NodeTracerProvider({
  spanProcessors: [errcodeSpanProcessor(), new SimpleSpanProcessor(spans)],
})
provider.register()
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE)
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 })
const meterProvider = new MeterProvider({ readers: [reader] })
registerInstrumentations({
  tracerProvider: provider,
  // The test's own servers are not traced: only the clients' spans are under test.
  instrumentations: [new HttpInstrumentation({ ignoreIncomingRequestHook: () => true }), new UndiciInstrumentation()],
})
// The http instrumentation patches the module when it is next required; axios then calls the patched one.
createRequire(import.meta.url)('node:http')

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const CANARY = 'CANARYsecret7734'

/** A jiguang server on 127.0.0.1: each request takes the next code of `answers` (then 8000, success). */
let server: Server
let base = ''
let answers: number[] = []
let received = 0
beforeAll(async () => {
  server = createServer((req, res) => {
    received++
    const code = answers.shift() ?? 8000
    req.resume()
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ code, content: code === 8000 ? 'ok' : 'qps limit', id: `req-${received}` }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await provider.shutdown()
  await meterProvider.shutdown()
})
beforeEach(() => {
  spans.reset()
  answers = []
  received = 0
})

/** The instrumentation's client spans (not errcode's own), oldest first. */
function httpSpans(): ReadableSpan[] {
  return spans
    .getFinishedSpans()
    .filter(
      (s) => s.kind === SpanKind.CLIENT && s.instrumentationScope.name.startsWith('@opentelemetry/instrumentation-'),
    )
    .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1])
}

async function points(name: string) {
  await reader.forceFlush()
  const all = metricExporter.getMetrics()
  const last = all[all.length - 1]
  const metric = last?.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name)
  return (metric?.dataPoints ?? []) as { attributes: Record<string, unknown>; value: unknown }[]
}

/** The value of a counter's point whose attributes include `match` (0 where there is none yet). */
async function count(name: string, match: Record<string, unknown>): Promise<number> {
  const point = (await points(name)).find((p) => Object.entries(match).every(([k, v]) => p.attributes[k] === v))
  return Number(point?.value ?? 0)
}

const fetchClient = clients.find((c) => c.name === 'fetch') as (typeof clients)[number]
const instrumentationOf = { fetch: 'undici', ky: 'undici', axios: 'http' } as const

describe.each(clients)('errcode/otel through $name', (client) => {
  const telemetry = otel({ meterProvider })

  it("marks the instrumentation's own span of a 200 carrying 1804: status ERROR, errcode's attributes", async () => {
    answers = [1804]
    const seen: { code: unknown; context: ErrorContext }[] = []
    const call = client.wrap({
      adapter: jiguang,
      telemetry,
      onError: (err, context) => seen.push({ code: err.code, context }),
    })
    const err = await rejection(call(`${base}/v1/web/verify?sign=${CANARY}`))
    expect(err).toBeInstanceOf(RateLimitError)
    const [span, ...more] = httpSpans()
    expect(more).toHaveLength(0)
    expect(span?.instrumentationScope.name).toBe(`@opentelemetry/instrumentation-${instrumentationOf[client.name]}`)
    expect(span?.attributes['http.response.status_code']).toBe(200)
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: expect.stringMatching(/^jiguang 1804: /) })
    expect(span?.attributes).toMatchObject({
      'error.type': 'rate_limit',
      'errcode.vendor': 'jiguang',
      'errcode.code': '1804',
      'errcode.category': 'rate_limit',
      'errcode.retry.kind': 'backoff',
    })
    expect(span?.attributes['http.request.resend_count']).toBeUndefined()
    // The span ended when the instrumentation ended it, not when errcode let it go.
    expect(span?.ended).toBe(true)
    expect(seen).toEqual([
      { code: 1804, context: { attempt: 1, request: { method: 'GET', url: expect.stringContaining('sign=') } } },
    ])
    expect(JSON.stringify(seen)).not.toContain(CANARY)
  })

  it('leaves the span of a success alone', async () => {
    const call = client.wrap({ adapter: jiguang, telemetry })
    const res = await call(`${base}/v1/web/verify`)
    expect(res.status).toBe(200)
    const [span] = httpSpans()
    expect(span?.status.code).toBe(SpanStatusCode.UNSET)
    expect(Object.keys(span?.attributes ?? {}).filter((k) => k.startsWith('errcode.'))).toEqual([])
  })

  it('marks each failed attempt of a retried request, with a retry event and the resend count', async () => {
    answers = [1804, 1804]
    const call = client.wrap({ adapter: jiguang, telemetry, retry: { baseDelay: 1, maxBackoff: 2 } })
    const res = await call(`${base}/v1/web/verify`)
    expect(res.status).toBe(200)
    expect(received).toBe(3)
    const [first, second, third] = httpSpans()
    expect([first, second, third].map((s) => s?.status.code)).toEqual([
      SpanStatusCode.ERROR,
      SpanStatusCode.ERROR,
      SpanStatusCode.UNSET,
    ])
    expect([first, second, third].map((s) => s?.attributes['http.request.resend_count'])).toEqual([undefined, 1, 2])
    for (const [i, span] of [first, second].entries()) {
      const event = span?.events.find((e) => e.name === 'errcode.retry')
      expect(event?.attributes?.['errcode.retry.attempt']).toBe(i + 1)
      expect(event?.attributes?.['errcode.retry.delay_ms']).toBeGreaterThanOrEqual(0)
    }
    expect(third?.events.some((e) => e.name === 'errcode.retry')).toBe(false)
  })

  it("gives a refused connection's span errcode's category", async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const call = client.wrap({ adapter: jiguang, telemetry })
    const err = await rejection(call(`http://127.0.0.1:${port}/v1/web/verify`))
    expect(isApiError(err) && err.category).toBe('network')
    const [span] = httpSpans()
    expect(span?.status.code).toBe(SpanStatusCode.ERROR)
    expect(span?.attributes).toMatchObject({ 'error.type': 'network', 'errcode.category': 'network' })
  })

  it.each([
    { label: 'without retries', retry: undefined },
    { label: 'retried, the engine deciding about each', retry: { maxAttempts: 2, baseDelay: 1, maxBackoff: 2 } },
  ])("marks each timed-out attempt's span as errcode's timeout, and onError sees it ($label)", async ({ retry }) => {
    // fetch's AbortSignal.timeout is the whole call's deadline: the call is not replayed after it.
    const attempts = retry !== undefined && client.name !== 'fetch' ? 2 : 1
    const sim = await startSimulator()
    try {
      const seen: [string, number][] = []
      const call = client.wrap({
        adapter: jiguang,
        telemetry: otel({ meterProvider, holdMs: 60_000 }),
        onError: (err, { attempt }) => seen.push([err.category, attempt]),
        ...(retry === undefined ? {} : { retry }),
      })
      const err = await rejection(call(`${sim.url}/slow?ms=2000`, { timeoutMs: 50 }))
      expect(isApiError(err) && err.category).toBe('timeout')
      if (retry !== undefined) expect(isApiError(err) && err.attempts).toBe(attempts)
      expect(seen).toEqual(Array.from({ length: attempts }, (_, i) => ['timeout', i + 1]))
      await new Promise((resolve) => setTimeout(resolve, 10))
      const all = httpSpans()
      expect(all.map((s) => s.status.code)).toEqual(Array(attempts).fill(SpanStatusCode.ERROR))
      for (const span of all) {
        expect(span.attributes).toMatchObject({ 'error.type': 'timeout', 'errcode.category': 'timeout' })
      }
      expect(all[0]?.events.some((e) => e.name === 'errcode.retry')).toBe(attempts > 1)
    } finally {
      await sim.close()
    }
  })

  it('counts pacing waits, and refusals by pacing past the deadline', async () => {
    const sim = await startSimulator()
    /** 25 requests, one every 20 ms, against a limit of 10 a second; the errors, one per refused request. */
    const offer = async (deadline: number) => {
      const who = `pacing-${client.name}-${Math.random()}`
      const call = client.wrap({
        adapter: jiguang,
        telemetry,
        retry: { maxAttempts: 1, budget: false, pacing: true, deadline, credential: () => who },
      })
      const outcomes: Promise<unknown>[] = []
      for (let i = 0; i < 25; i++) {
        outcomes.push(
          call(`${sim.url}/jiguang/v1/web/verify?qps=10`).then(
            () => undefined,
            (e: unknown) => e,
          ),
        )
        await new Promise((r) => setTimeout(r, 20))
      }
      return (await Promise.all(outcomes)).filter((e) => e !== undefined)
    }
    const jiguangOnly = { 'errcode.vendor': 'jiguang' }
    const pacingRefusals = { ...jiguangOnly, 'errcode.reason': 'pacing' }
    try {
      const waits0 = await count('errcode.pacing.waits', jiguangOnly)
      await offer(60_000)
      expect(await count('errcode.pacing.waits', jiguangOnly)).toBeGreaterThan(waits0)
      const refused0 = await count('errcode.short_circuits', pacingRefusals)
      const failures = await offer(150)
      const here = failures.filter((e) => isApiError(e) && e.shortCircuitedBy === 'pacing').length
      expect(here).toBeGreaterThan(0)
      expect(await count('errcode.short_circuits', pacingRefusals)).toBe(refused0 + here)
    } finally {
      await sim.close()
    }
  })

  it("keeps no failed attempt's error (nor the response in it) once the calls have settled", async () => {
    const alive: WeakRef<object>[] = []
    const call = client.wrap({ adapter: jiguang, telemetry, onError: (err) => alive.push(new WeakRef(err)) })
    for (let round = 0; round < 3; round++) {
      answers = Array.from({ length: 20 }, () => 1804)
      await Promise.allSettled(Array.from({ length: 20 }, () => call(`${base}/v1/web/verify`)))
    }
    expect(alive).toHaveLength(60)
    for (let i = 0; i < 5; i++) {
      gc()
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    // The contexts of the attempts live on in what their sends made (keep-alive sockets): not their errors.
    expect(alive.filter((ref) => ref.deref() !== undefined)).toHaveLength(0)
  })

  it('counts errors and retries in metrics, by vendor, code and category', async () => {
    const match = { 'errcode.vendor': 'jiguang', 'errcode.code': '1804', 'errcode.category': 'rate_limit' }
    const errors0 = await count('errcode.errors', match)
    const retries0 = await count('errcode.retries', match)
    const waitsRecorded = async () =>
      (
        (await points('errcode.retry.wait')).find((p) => p.attributes['errcode.vendor'] === 'jiguang')?.value as
          | { count: number }
          | undefined
      )?.count ?? 0
    const waits0 = await waitsRecorded()
    answers = [1804, 1804]
    const call = client.wrap({ adapter: jiguang, telemetry, retry: { baseDelay: 1, maxBackoff: 2 } })
    await call(`${base}/v1/web/verify`)
    expect(await count('errcode.errors', match)).toBe(errors0 + 2)
    expect(await count('errcode.retries', match)).toBe(retries0 + 2)
    expect(await waitsRecorded()).toBe(waits0 + 2)
  })
})

describe('errcode/otel: bounded metrics, refusals, breaker, secrets', () => {
  it('buckets a code the catalog lacks as _OTHER', async () => {
    answers = [777_001]
    const call = fetchClient.wrap({ adapter: jiguang, telemetry: otel({ meterProvider }) })
    const err = await rejection(call(`${base}/v1/web/verify`))
    expect(isApiError(err) && err.code).toBe(777_001)
    const [span] = httpSpans()
    expect(span?.attributes['errcode.code']).toBe('777001')
    const errors = await points('errcode.errors')
    expect(
      errors.some((p) => p.attributes['errcode.code'] === '_OTHER' && p.attributes['errcode.category'] === 'unknown'),
    ).toBe(true)
    expect(errors.some((p) => p.attributes['errcode.code'] === '777001')).toBe(false)
  })

  it('counts quota refusals, and onError sees them as attempt 0', async () => {
    const seen: [unknown, number][] = []
    const who = `quota-${Math.random()}`
    const refused0 = await count('errcode.short_circuits', { 'errcode.vendor': 'jiguang', 'errcode.reason': 'quota' })
    const call = fetchClient.wrap({
      adapter: jiguang,
      telemetry: otel({ meterProvider }),
      onError: (err, { attempt }) => seen.push([err.shortCircuitedBy ?? err.code, attempt]),
      retry: { credential: () => who },
    })
    answers = [9007]
    await rejection(call(`${base}/v1/web/verify`))
    const second = await rejection(call(`${base}/v1/web/verify`))
    expect(isApiError(second) && second.shortCircuitedBy).toBe('quota')
    expect(received).toBe(1)
    expect(seen).toEqual([
      [9007, 1],
      ['quota', 0],
    ])
    expect(await count('errcode.short_circuits', { 'errcode.vendor': 'jiguang', 'errcode.reason': 'quota' })).toBe(
      refused0 + 1,
    )
  })

  it('counts breaker refusals and changes of state', async () => {
    const telemetry = otel({ meterProvider })
    const down = createServer((_req, res) => {
      res.statusCode = 503
      res.end('busy')
    })
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}/v1/web/verify`
    try {
      const call = fetchClient.wrap({
        adapter: jiguang,
        telemetry,
        retry: { maxAttempts: 1, breaker: { consecutive: 2, cooldownMs: 60_000 } },
      })
      const outcomes: unknown[] = []
      for (let i = 0; i < 4; i++) outcomes.push(await rejection(call(url)))
      expect(outcomes.map((e) => isApiError(e) && e.shortCircuitedBy)).toEqual([
        undefined,
        undefined,
        'breaker',
        'breaker',
      ])
    } finally {
      await new Promise((resolve) => down.close(resolve))
    }
    const refused = (await points('errcode.short_circuits')).find(
      (p) => p.attributes['errcode.vendor'] === 'jiguang' && p.attributes['errcode.reason'] === 'breaker',
    )
    expect(refused?.value).toBe(2)
    const open = (await points('errcode.breaker.open')).find((p) => p.attributes['errcode.vendor'] === 'jiguang')
    expect(open?.value).toBe(1)
    const opened = (await points('errcode.breaker.transitions')).find(
      (p) => p.attributes['errcode.vendor'] === 'jiguang' && p.attributes['errcode.breaker.state'] === 'open',
    )
    expect(opened?.value).toBe(1)
  })

  it('ky: a call that brings its own retry (ky replays, the engine decides nothing) holds no span after it', async () => {
    let hits = 0
    const flaky = createServer((req, res) => {
      if (++hits <= 2) return req.socket.destroy()
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ code: 8000, content: 'ok' }))
    })
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve))
    try {
      const api = withKy(ky.create(), {
        adapter: jiguang,
        retry: true,
        telemetry: otel({ meterProvider, holdMs: 60_000 }),
      })
      const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/v1/web/verify`
      const res = await api(url, { retry: { limit: 2, delay: () => 1 } })
      expect(res.status).toBe(200)
    } finally {
      await new Promise((resolve) => flaky.close(resolve))
    }
    // Every attempt's span is exported as the call settles: none waits for a decision that never comes.
    expect(httpSpans().map((s) => s.status.code)).toEqual([
      SpanStatusCode.ERROR,
      SpanStatusCode.ERROR,
      SpanStatusCode.UNSET,
    ])
  })

  it('counts each change of a breaker once, when two clients with otel() of their own share its RetryPolicy', async () => {
    const own = new PeriodicExportingMetricReader({
      exporter: new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE),
      exportIntervalMillis: 3_600_000,
    })
    const shared = new MeterProvider({ readers: [own] })
    const policy = new RetryPolicy({ maxAttempts: 1, breaker: { consecutive: 2, cooldownMs: 60_000 } })
    const down = createServer((_req, res) => {
      res.statusCode = 503
      res.end('busy')
    })
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve))
    try {
      const sms = fetchClient.wrap({ adapter: jiguang, telemetry: otel({ meterProvider: shared }), retry: policy })
      fetchClient.wrap({ adapter: jiguang, telemetry: otel({ meterProvider: shared }), retry: policy })
      const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}/v1/web/verify`
      for (let i = 0; i < 2; i++) await rejection(sms(url))
      const { resourceMetrics } = await own.collect()
      const value = (name: string) =>
        resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name)?.dataPoints[0]
          ?.value
      expect(value('errcode.breaker.transitions')).toBe(1)
      expect(value('errcode.breaker.open')).toBe(1)
    } finally {
      await new Promise((resolve) => down.close(resolve))
      await shared.shutdown()
    }
  })

  it('ends a held span at the first end time it was given, as the SDK would (a second end is ignored)', async () => {
    const attempt = otel({ meterProvider }).attempt?.({
      vendor: 'jiguang',
      request: { method: 'GET', url: `${base}/v1/web/verify` },
      attempt: 1,
    })
    const first = Date.now() - 500
    await attempt?.run(async () => {
      const span = provider.getTracer('test').startSpan('GET', { kind: SpanKind.CLIENT, startTime: first - 500 })
      span.end(first)
      span.end(first + 400)
    })
    attempt?.end()
    const [span] = spans.getFinishedSpans()
    expect(span && span.endTime[0] * 1000 + span.endTime[1] / 1e6).toBeCloseTo(first, 0)
  })

  it('keeps every canary secret out of exported spans and metrics', async () => {
    const telemetry = otel({ meterProvider, span: true })
    for (const client of clients) {
      answers = [1804]
      const call = client.wrap({ adapter: jiguang, telemetry, secrets: ['mobile'] })
      await rejection(call(`${base}/v1/web/verify?sign=${CANARY}&access_token=${CANARY}&mobile=${CANARY}`))
    }
    const exported = spans.getFinishedSpans()
    expect(exported.length).toBeGreaterThanOrEqual(6)
    const text = JSON.stringify(
      exported.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
    )
    expect(text).toContain('errcode.code')
    expect(text).not.toContain(CANARY)
    await reader.forceFlush()
    expect(JSON.stringify(metricExporter.getMetrics())).not.toContain(CANARY)
  })

  it("with span: true, errcode's own client span is the instrumentation span's parent, both marked", async () => {
    answers = [1804]
    const call = fetchClient.wrap({ adapter: jiguang, telemetry: otel({ meterProvider, span: true }) })
    await rejection(call(`${base}/v1/web/verify`))
    const own = spans.getFinishedSpans().find((s) => s.instrumentationScope.name === 'errcode')
    const [http] = httpSpans()
    expect(own?.status.code).toBe(SpanStatusCode.ERROR)
    expect(http?.status.code).toBe(SpanStatusCode.ERROR)
    expect(http?.parentSpanContext?.spanId).toBe(own?.spanContext().spanId)
  })
})
