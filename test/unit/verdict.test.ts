import { describe, expect, it, vi } from 'vitest'
import { ucpaas } from '../../adapters/ucpaas.js'
import { declaresJson, mayHoldEnvelope } from '../../src/classify/content-type.js'
import { type BodyRead, errorCode, readText, verdictOf } from '../../src/classify/verdict.js'
import { isApiError } from '../../src/errors/errors.js'
import { defineAdapter, defineCatalog, never, RateLimitError, throttled } from '../../src/index.js'

const catalog = defineCatalog({
  vendor: 'acme',
  title: 'Acme',
  source: 'https://acme.example/errors',
  timeZone: 'UTC',
  entries: [
    { code: 0, kind: 'success', category: 'unknown', retry: never, description: { en: 'fine' } },
    { code: 7, kind: 'result', category: 'unknown', retry: never, description: { en: 'no data' } },
    { code: 42, category: 'rate_limit', retry: throttled, description: { en: 'Too fast' }, message: 'slow down' },
  ],
})
const acme = defineAdapter({
  catalog,
  code: ['code', 'alt.code'],
  message: ['msg', 'detail'],
  requestId: ['rid', 'trace'],
})
const lenient = acme.extend({ missingCode: 'success' })
const json = (value: unknown): BodyRead => ({ kind: 'json', value })
const text = (t: string): BodyRead => ({ kind: 'text', text: t })
const facts = (status: number, body: BodyRead, contentType: string | null = null, httpFallback?: boolean) => ({
  status,
  header: (n: string) => (n === 'content-type' ? contentType : null),
  body,
  ...(httpFallback === undefined ? {} : { httpFallback }),
})

describe('verdictOf', () => {
  it('passes a success only inside 200–299, and judges 199 and 300 by their status', () => {
    const ok = json({ code: 0 })
    expect(verdictOf(acme, facts(200, ok))).toBeUndefined()
    expect(verdictOf(acme, facts(299, ok))).toBeUndefined()
    expect(verdictOf(acme, facts(300, json({})))).toEqual({ kind: 'http' })
    expect(verdictOf(acme, facts(199, json({})))).toEqual({ kind: 'http' })
    expect(verdictOf(undefined, facts(300, ok))).toEqual({ kind: 'http' })
    expect(verdictOf(undefined, facts(299, ok))).toBeUndefined()
  })

  it('leaves a non-2xx status alone where the application accepts it', () => {
    expect(verdictOf(acme, facts(503, json({}), null, false))).toBeUndefined()
    expect(verdictOf(undefined, facts(503, json({}), null, false))).toBeUndefined()
    expect(verdictOf(acme, facts(503, json({ code: 42 }), null, false))).toMatchObject({ kind: 'vendor' })
  })

  it('reads a text body through the adapter’s parseText, but never an empty one', () => {
    const xml = '<?xml version="1.0"?><response><respCode>105110</respCode></response>'
    expect(verdictOf(ucpaas, facts(200, text(xml)))).toMatchObject({ kind: 'vendor', decision: { code: '105110' } })
    const parseText = vi.fn(() => ({ code: 42 }))
    const reading = acme.extend({ parseText })
    expect(verdictOf(reading, facts(200, text('')))).toBeUndefined()
    expect(parseText).not.toHaveBeenCalled()
    expect(verdictOf(reading, facts(200, text('CODE=42')))).toMatchObject({ kind: 'vendor', decision: { code: 42 } })
    expect(verdictOf(acme, facts(200, text('CODE=42')))).toBeUndefined()
  })

  it('calls a 2xx body that claims JSON and is not JSON unreadable, saying which', () => {
    const claim = 'application/json; charset=utf-8'
    expect(verdictOf(acme, facts(200, text(''), claim))).toEqual({
      kind: 'unreadable',
      adapter: acme,
      reason: 'empty JSON body',
    })
    expect(verdictOf(acme, facts(200, text('{"code":'), claim))).toEqual({
      kind: 'unreadable',
      adapter: acme,
      reason: 'malformed JSON',
    })
    expect(verdictOf(acme, facts(204, text(''), claim))).toBeUndefined()
    expect(verdictOf(acme, facts(200, text('<html>'), 'text/html'))).toBeUndefined()
    expect(verdictOf(acme, facts(200, { kind: 'none' }, claim))).toBeUndefined()
  })

  it('calls a 2xx envelope without a code unreadable, with the adapter’s reason', () => {
    expect(verdictOf(acme, facts(200, json({ other: 1 })))).toEqual({
      kind: 'unreadable',
      adapter: acme,
      reason: 'the body has no code',
    })
    expect(verdictOf(lenient, facts(200, json({ other: 1 })))).toBeUndefined()
  })
})

describe('an adapter’s decode', () => {
  it('says what kind of body it could not read', () => {
    expect(acme.decode(null, 200)).toEqual({ kind: 'unreadable', reason: 'the body is null' })
    expect(acme.decode('x', 200)).toEqual({ kind: 'unreadable', reason: 'the body is a string' })
    expect(lenient.decode('x', 200)).toEqual({ kind: 'success' })
    expect(lenient.decode('x', 500)).toEqual({ kind: 'unreadable', reason: 'the body is a string' })
    expect(lenient.decode(null, 200)).toEqual({ kind: 'unreadable', reason: 'the body is null' })
    expect(lenient.decode({}, 300)).toEqual({ kind: 'unreadable', reason: 'the body has no code' })
    expect(lenient.decode({}, 299)).toEqual({ kind: 'success' })
    expect(acme.decode({ code: 0 }, 500)).toEqual({ kind: 'unreadable', reason: 'a success code with HTTP status 500' })
    expect(acme.decode({ code: 0 })).toEqual({ kind: 'success', code: 0 })
  })

  it('skips empty and non-string messages and ids for the next path, and omits what it did not find', () => {
    expect(acme.decode({ code: 42, msg: '', detail: 'second', rid: '', trace: 'T-1' }, 200)).toEqual({
      kind: 'error',
      code: 42,
      message: 'second',
      requestId: 'T-1',
      entry: catalog.get(42),
    })
    expect(acme.decode({ code: 42, msg: 5, rid: Number.NaN, trace: 17 }, 200)).toEqual({
      kind: 'error',
      code: 42,
      requestId: '17',
      entry: catalog.get(42),
    })
    const unknown = acme.decode({ code: 99 }, 200)
    expect(unknown).toEqual({ kind: 'error', code: 99 })
    expect(Object.keys(unknown)).toEqual(['kind', 'code'])
    expect(acme.decode({ code: 7 }, 200)).toEqual({ kind: 'result', code: 7 })
    expect(acme.decode({ code: null, alt: { code: 42 } }, 200)).toMatchObject({ kind: 'error', code: 42 })
  })

  it('encodes at the variant’s code path with the catalog’s words, and nothing it was not given', () => {
    expect(acme.encode(42)).toEqual({ code: 42, msg: 'slow down' })
    expect(acme.encode(42, { variant: 1, message: 'm', requestId: 'r' })).toEqual({
      alt: { code: 42 },
      detail: 'm',
      rid: 'r',
    })
    expect(acme.encode(0)).toEqual({ code: 0, msg: 'fine' })
    expect(acme.encode(99)).toEqual({ code: 99 })
    const bare = defineAdapter({ catalog, code: 'code' })
    expect(bare.encode(42, { message: 'm', requestId: 'r' })).toEqual({ code: 42 })
    expect(bare.hosts).toEqual([])
    expect(Object.isFrozen(bare.hosts)).toBe(true)
    expect('parseText' in bare).toBe(false)
    expect(bare.vendor).toBe('acme')
    expect(() => defineAdapter({ catalog, code: [] })).toThrow(/`code` needs at least one path/)
  })
})

describe('errorCode, readText, content types and the brand', () => {
  it('finds an E-code up to five causes down, and only a whole one', () => {
    const chain = (depth: number, code: unknown) => {
      let e: { code?: unknown; cause?: unknown } = { code }
      for (let i = 0; i < depth; i++) e = { cause: e }
      return e
    }
    expect(errorCode(chain(4, 'ECONNRESET'))).toBe('ECONNRESET')
    expect(errorCode(chain(5, 'ECONNRESET'))).toBeUndefined()
    expect(errorCode({ code: 'ECONNRESET2' })).toBeUndefined()
    expect(errorCode({ code: 'UND_ERR_SOCKET', cause: { code: 'EPIPE' } })).toBe('EPIPE')
    expect(errorCode({ code: 5 })).toBeUndefined()
  })

  it('reads an empty text as text, JSON as JSON with its text, anything else as text', () => {
    expect(readText('')).toEqual({ kind: 'text', text: '' })
    expect(readText('{"a":1}')).toEqual({ kind: 'json', value: { a: 1 }, text: '{"a":1}' })
    expect(readText('<html>')).toEqual({ kind: 'text', text: '<html>' })
  })

  it('tells JSON, text and XML types from binary ones', () => {
    expect(declaresJson(null)).toBe(false)
    expect(declaresJson('application/problem+json')).toBe(true)
    expect(declaresJson('application/jsonp')).toBe(false)
    expect(mayHoldEnvelope(' text/html')).toBe(true)
    expect(mayHoldEnvelope('xtext/plain')).toBe(false)
    expect(mayHoldEnvelope('application/octet-stream; text/plain')).toBe(false)
    expect(mayHoldEnvelope('application/soap+xml')).toBe(true)
    expect(mayHoldEnvelope(undefined)).toBe(true)
  })

  it('recognises errcode errors by their brand, and nothing else that carries it', () => {
    const err = new RateLimitError({
      vendor: 'acme',
      code: 42,
      source: 'vendor',
      category: 'rate_limit',
      description: 'Too fast',
      retry: { kind: 'backoff', replaySafe: true },
    })
    expect(isApiError(err)).toBe(true)
    const branded = Object.assign(() => undefined, { [Symbol.for('errcode.ApiError')]: true })
    expect(isApiError(branded)).toBe(false)
    expect(isApiError(null)).toBe(false)
  })
})
