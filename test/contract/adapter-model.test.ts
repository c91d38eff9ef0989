// Sub-codes, request ids in headers, the vendor's own wait and the outcome of a payment, through the three
// clients against a real server on loopback. The vendor here is made up: these are the adapter's and the
// catalog's own features, which the payment, platform and global adapters build on.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ApiError,
  afterDelay,
  backoff,
  ConflictError,
  defineAdapter,
  defineCatalog,
  InternalError,
  never,
  RateLimitError,
} from '../../src/index.js'
import { clients, rejection } from '../support/clients.js'

const acmeCatalog = defineCatalog({
  vendor: 'acme-pay',
  title: 'Acme Pay error codes',
  source: 'https://acme.example/errors',
  timeZone: 'Asia/Shanghai',
  entries: [
    { code: '10000', kind: 'success', category: 'unknown', retry: never, description: { en: 'Success' } },
    { code: '10003', kind: 'result', category: 'unknown', retry: never, description: { en: 'Waiting for the buyer' } },
    { code: '40004', category: 'invalid_request', retry: never, description: { en: 'Business failed' } },
    { code: '20000', category: 'internal', retry: backoff, description: { en: 'Service unavailable' } },
    {
      code: 'TRADE_HAS_SUCCESS',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { en: 'The trade was paid already' },
    },
    {
      code: 'SYSTEM_ERROR',
      parent: '20000',
      category: 'internal',
      retry: { kind: 'never', outcome: 'unknown', query: true },
      description: { en: 'System error: query the order' },
    },
    // The same sub-code under another parent means something else.
    {
      code: 'SYSTEM_ERROR',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Refused by the business rules' },
    },
    {
      code: '429',
      category: 'rate_limit',
      retry: afterDelay(60_000),
      scope: 'account',
      description: { en: 'Slow down' },
    },
  ],
})

const acme = defineAdapter({
  catalog: acmeCatalog,
  code: '*_response.code',
  message: '*_response.msg',
  subCode: '*_response.sub_code',
  subMessage: '*_response.sub_msg',
  requestIdHeader: 'Trace-Id',
  wait: { header: 'x-acme-reset', path: '*_response.retry_after' },
})

let server: Server
let base = ''
beforeAll(async () => {
  // Answers with the `body` of the query, and a header per `h.<name>` parameter.
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    for (const [k, v] of url.searchParams) if (k.startsWith('h.')) res.setHeader(k.slice(2), v)
    res.writeHead(Number(url.searchParams.get('status') ?? 200), { 'content-type': 'application/json' })
    res.end(url.searchParams.get('body') ?? '{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const at = (body: unknown, headers: Record<string, string> = {}, status = 200) => {
  const q = new URLSearchParams({ status: String(status), body: JSON.stringify(body) })
  for (const [k, v] of Object.entries(headers)) q.set(`h.${k}`, v)
  return `${base}/gateway.do?${q}`
}

describe.each(clients)('the adapter model through $name', (client) => {
  const call = client.wrap({ adapter: acme })

  it('names the sub-code as the code and the top-level code as parentCode, with the sub-code’s entry', async () => {
    const body = {
      alipay_trade_pay_response: {
        code: '40004',
        msg: 'Business Failed',
        sub_code: 'TRADE_HAS_SUCCESS',
        sub_msg: 'paid',
      },
      sign: 'SIGNATURE',
    }
    const err = (await rejection(call(at(body, { 'trace-id': '0b6a2c8f17' })))) as ApiError
    expect(err).toBeInstanceOf(ConflictError)
    expect(err).toMatchObject({ code: 'TRADE_HAS_SUCCESS', parentCode: '40004', vendorMessage: 'paid' })
    expect(err.requestId).toBe('0b6a2c8f17')
    expect(err.toJSON()).toMatchObject({ code: 'TRADE_HAS_SUCCESS', parentCode: '40004' })
    expect(err.message).toContain('TRADE_HAS_SUCCESS')
  })

  it('looks a sub-code up within its parent first', async () => {
    const under20000 = { x_response: { code: '20000', msg: 'Service Currently Unavailable', sub_code: 'SYSTEM_ERROR' } }
    const under40004 = { x_response: { code: '40004', msg: 'Business Failed', sub_code: 'SYSTEM_ERROR' } }
    const a = (await rejection(call(at(under20000)))) as ApiError
    const b = (await rejection(call(at(under40004)))) as ApiError
    expect(a).toBeInstanceOf(InternalError)
    expect(a.retry).toEqual({ kind: 'never', replaySafe: false, outcome: 'unknown', query: true })
    expect(a.toJSON().retry).toEqual({ kind: 'never', replaySafe: false, outcome: 'unknown', query: true })
    expect(b.category).toBe('invalid_request')
    expect(b.retry.outcome).toBeUndefined()
  })

  it('lets the parent decide for a sub-code the catalog lacks, keeping the sub-code as the code', async () => {
    const body = { x_response: { code: '40004', msg: 'Business Failed', sub_code: 'NEW.CODE', sub_msg: 'new' } }
    const err = (await rejection(call(at(body)))) as ApiError
    expect(err).toMatchObject({ code: 'NEW.CODE', parentCode: '40004', category: 'invalid_request' })
    expect(err.entry?.code).toBe('40004')
  })

  it('takes the vendor’s own wait from a header or a body field, over Retry-After', async () => {
    const fromHeader = (await rejection(
      call(at({ x_response: { code: '429' } }, { 'x-acme-reset': '7', 'retry-after': '100' }, 429)),
    )) as ApiError
    expect(fromHeader).toBeInstanceOf(RateLimitError)
    expect(fromHeader.retry.delayMs).toBe(7_000)
    const fromBody = (await rejection(call(at({ x_response: { code: '429', retry_after: 3 } })))) as ApiError
    expect(fromBody.retry.delayMs).toBe(3_000)
    const neither = (await rejection(call(at({ x_response: { code: '429' } })))) as ApiError
    expect(neither.retry.delayMs).toBe(60_000)
  })

  it('passes a success without a sub-code and a result in progress', async () => {
    const ok = { x_response: { code: '10000', msg: 'Success', trade_no: '2013112011001004330000121536' } }
    expect((await call(at(ok))).data).toEqual(ok)
    const waiting = { x_response: { code: '10003', msg: 'order success pay inprocess' } }
    expect((await call(at(waiting))).data).toEqual(waiting)
  })
})

describe('catalog lookup of sub-codes', () => {
  it('finds a sub-code under its parent, alone, or under any parent', () => {
    expect(acmeCatalog.get('SYSTEM_ERROR', '40004')?.category).toBe('invalid_request')
    expect(acmeCatalog.get('SYSTEM_ERROR', '20000')?.category).toBe('internal')
    expect(acmeCatalog.get('SYSTEM_ERROR')?.parent).toBe('20000')
    expect(acmeCatalog.get('TRADE_HAS_SUCCESS', 99999)?.category).toBe('conflict')
    expect(acmeCatalog.get('__proto__', 'constructor')).toBeUndefined()
  })

  it('refuses the same sub-code twice under one parent', () => {
    const entry = { code: 'X', parent: 1, category: 'conflict', retry: never, description: {} } as const
    expect(() =>
      defineCatalog({ vendor: 'v', title: 't', source: 's', timeZone: 'UTC', entries: [entry, entry] }),
    ).toThrow(/X under 1 is listed twice/)
  })

  it('encodes a sub-code beside its parent', () => {
    const plain = defineAdapter({ catalog: acmeCatalog, code: 'r.code', subCode: 'r.sub_code' })
    expect(plain.encode('TRADE_HAS_SUCCESS')).toEqual({ r: { code: '40004', sub_code: 'TRADE_HAS_SUCCESS' } })
    expect(plain.decode(plain.encode('TRADE_HAS_SUCCESS'))).toMatchObject({
      code: 'TRADE_HAS_SUCCESS',
      parentCode: '40004',
    })
  })

  it('reads a wait written as a duration with the adapter’s parse, and ignores one it cannot read', () => {
    const parse = (v: string | number) =>
      typeof v === 'string' && /^\d+ms$/.test(v) ? Number.parseInt(v, 10) : undefined
    const a = defineAdapter({ catalog: acmeCatalog, code: 'code', wait: { header: 'x-reset', parse } })
    expect(a.waitFrom((n) => (n === 'x-reset' ? '250ms' : null))).toBe(250)
    expect(a.waitFrom((n) => (n === 'x-reset' ? 'soon' : null))).toBeUndefined()
    expect(a.waitFrom((n) => (n === 'x-reset' ? '-3' : null))).toBeUndefined()
    const ms = defineAdapter({ catalog: acmeCatalog, code: 'code', wait: { path: 'wait', unit: 'milliseconds' } })
    expect(ms.decode({ code: '429', wait: '1500' })).toMatchObject({ waitMs: 1500 })
  })
})
