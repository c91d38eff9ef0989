import { describe, expect, it } from 'vitest'
import { guanaitong } from '../../adapters/guanaitong.js'
import { iyune } from '../../adapters/iyune.js'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import type { BodyRead } from '../../src/classify/verdict.js'
import {
  AuthenticationError,
  BillingError,
  ConflictError,
  classifyResponse,
  defineAdapter,
  defineCatalog,
  InternalError,
  InvalidRequestError,
  NotFoundError,
  never,
  PermissionError,
  RateLimitError,
  ServiceUnavailableError,
  TimeoutError,
  throttled,
  UnknownApiError,
} from '../../src/index.js'

const html: BodyRead = { kind: 'text', text: '<html><body>Bad Gateway</body></html>' }
const facts = (status: number, body: BodyRead = html, headers: Record<string, string> = {}) => ({
  status,
  header: (n: string) => headers[n] ?? null,
  body,
})

describe('the HTTP status fallback, when no vendor code can be read', () => {
  it.each([
    [400, InvalidRequestError],
    [401, AuthenticationError],
    [402, BillingError],
    [403, PermissionError],
    [404, NotFoundError],
    [408, TimeoutError],
    [409, ConflictError],
    [422, InvalidRequestError],
    [429, RateLimitError],
    [500, InternalError],
    [502, ServiceUnavailableError],
    [503, ServiceUnavailableError],
    [504, ServiceUnavailableError],
  ] as const)('HTTP %i is a %o', (status, Cls) => {
    const err = classifyResponse(jiguang, facts(status))
    expect(err).toBeInstanceOf(Cls)
    expect(err).toMatchObject({ vendor: 'jiguang', code: status, status, source: 'http' })
  })

  it('honours Retry-After on a 429 and a 503, and marks a 429 replay-safe', () => {
    expect(classifyResponse(jiguang, facts(429, html, { 'retry-after': '12' }))?.retry).toMatchObject({
      kind: 'after',
      delayMs: 12_000,
      replaySafe: true,
    })
    expect(classifyResponse(jiguang, facts(503, html, { 'retry-after': '5' }))?.retry).toMatchObject({
      kind: 'after',
      delayMs: 5000,
    })
    expect(classifyResponse(jiguang, facts(429))?.retry).toEqual({ kind: 'backoff', replaySafe: true })
  })

  it('names the vendor http when no adapter judged the response', () => {
    expect(classifyResponse(undefined, facts(503))).toMatchObject({ vendor: 'http', code: 503 })
    expect(classifyResponse(undefined, facts(200))).toBeUndefined()
  })

  it('judges a non-2xx JSON body without a code by its status too', () => {
    expect(classifyResponse(jiguang, facts(500, { kind: 'json', value: { error: 'oops' } }))).toBeInstanceOf(
      InternalError,
    )
  })

  it('leaves a status alone when the application accepts it (httpFallback: false)', () => {
    expect(classifyResponse(jiguang, { ...facts(503), httpFallback: false })).toBeUndefined()
    expect(
      classifyResponse(jiguang, { ...facts(429, { kind: 'json', value: { code: 1804 } }), httpFallback: false }),
    ).toBeInstanceOf(RateLimitError)
  })
})

describe('bad input through every adapter', () => {
  const adapters = { jiguang, navinfo, guanaitong, ucpaas, iyune }
  const hostile: unknown[] = [
    null,
    'a string',
    42,
    [],
    [1804],
    true,
    { code: {} },
    { code: Number.NaN },
    { code: '__proto__' },
  ]

  it.each(Object.entries(adapters))(
    '%s: a 2xx body gives success or an UnknownApiError, never a crash',
    (_, adapter) => {
      for (const value of hostile) {
        const err = classifyResponse(adapter, facts(200, { kind: 'json', value }))
        if (err !== undefined) expect(err, JSON.stringify(value)).toBeInstanceOf(UnknownApiError)
      }
      expect(
        classifyResponse(adapter, facts(200, { kind: 'json', value: JSON.parse('{"__proto__":{"code":1}}') }))?.name ??
          'none',
      ).toMatch(/UnknownApiError|none/)
      expect(({} as { code?: unknown }).code).toBeUndefined()
    },
  )

  it.each(Object.entries(adapters))('%s: an HTML error page is classified by its status', (_, adapter) => {
    expect(classifyResponse(adapter, facts(502))).toBeInstanceOf(ServiceUnavailableError)
    // A 200 page passes, unless the adapter says its API answers with something else (ucpaas: JSON or XML).
    const page = classifyResponse(adapter, facts(200, html, { 'content-type': 'text/html' }))
    expect(page?.description).toBe(
      adapter.answers === undefined ? undefined : "Unknown error: not the vendor's answer: text/html",
    )
    expect(classifyResponse(adapter, facts(200, html, { 'content-type': 'application/json' }))).toBeInstanceOf(
      UnknownApiError,
    )
  })

  it('keeps the code of a wrong-typed code field out of the error', () => {
    const err = classifyResponse(jiguang, facts(200, { kind: 'json', value: { code: { evil: true } } }))
    expect(err).toBeInstanceOf(UnknownApiError)
    expect(err?.code).toBe(200)
    expect(err?.description).toMatch(/neither a string nor a finite number/)
  })
})

describe('a sixth vendor, defined by the user', () => {
  const acmeCatalog = defineCatalog({
    vendor: 'acme',
    title: 'Acme',
    source: 'https://acme.example/errors',
    timeZone: 'Europe/Berlin',
    entries: [
      { code: 'OK', kind: 'success', category: 'unknown', retry: never, description: { en: 'fine' } },
      { code: 'SLOW_DOWN', category: 'rate_limit', retry: throttled, description: { en: 'Too fast', zh: '太快了' } },
    ],
  })
  const acme = defineAdapter({
    catalog: acmeCatalog,
    code: 'error.code',
    message: 'error.text',
    hosts: ['api.acme.example'],
  })

  it('decodes, encodes and classifies like a shipped one', () => {
    expect(acme.encode('SLOW_DOWN')).toEqual({ error: { code: 'SLOW_DOWN', text: 'Too fast' } })
    const err = classifyResponse(
      acme,
      facts(200, { kind: 'json', value: { error: { code: 'SLOW_DOWN', text: 'later' } } }),
      {
        locale: 'zh',
        isSecret: () => false,
      },
    )
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err?.message).toBe('acme SLOW_DOWN: 太快了 (later)')
    expect(classifyResponse(acme, facts(200, { kind: 'json', value: { error: { code: 'OK' } } }))).toBeUndefined()
  })

  it('rejects a catalog that lists a code twice, names an unknown category or time zone', () => {
    const base = { vendor: 'x', title: 't', source: 's', timeZone: 'UTC' }
    const e = { category: 'internal', retry: never, description: { en: 'x' } } as const
    expect(() =>
      defineCatalog({
        ...base,
        entries: [
          { ...e, code: 1 },
          { ...e, code: '1' },
        ],
      }),
    ).toThrow(/listed twice/)
    expect(() => defineCatalog({ ...base, entries: [{ ...e, code: 1, category: 'nope' as never }] })).toThrow(
      /category/,
    )
    expect(() => defineCatalog({ ...base, timeZone: 'Mars/Olympus', entries: [] })).toThrow(RangeError)
  })

  it('corrects a shipped adapter’s paths without forking', () => {
    const mine = iyune.extend({ code: 'ret', message: 'info' })
    expect(mine.decode({ ret: 40015, info: 'expired' }, 200)).toMatchObject({
      kind: 'error',
      code: 40015,
      message: 'expired',
    })
    expect(iyune.decode({ ret: 40015 }, 200).kind).toBe('success')
  })
})
