import fc from 'fast-check'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { readText } from '../../src/classify/verdict.js'
import { type Adapter, ApiError, classifyResponse } from '../../src/index.js'
import { simulatedVendors } from '../../src/testing/answers.js'
import { clients } from '../support/clients.js'

/** Every adapter errcode ships: the simulator answers for each. */
const adapters: Adapter[] = Object.values(simulatedVendors)
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2_000)

/** A code the way a hostile or broken vendor might send it. */
const weirdCode = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53 + 1, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', '000000', '1804', ' 1804', ''),
  fc.object(),
  fc.array(fc.integer()),
)

/** A body in roughly a vendor's shape, with anything at the code and message paths. */
const envelope = fc.record(
  {
    code: weirdCode,
    status: weirdCode,
    errcode: weirdCode,
    resp: fc.oneof(fc.record({ respCode: weirdCode }), weirdCode),
    msg: fc.oneof(fc.string(), weirdCode),
    content: fc.oneof(fc.string(), weirdCode),
    id: fc.oneof(
      fc.bigInt().map((b) => Number(b)),
      weirdCode,
    ),
  },
  { requiredKeys: [] },
)

const anyBody = fc.oneof(fc.jsonValue(), envelope, fc.anything())

function outcomeIsTyped(adapter: Adapter, value: unknown, status: number): void {
  const decision = adapter.decode(value, status)
  expect(['success', 'result', 'error', 'unreadable']).toContain(decision.kind)
  const err = classifyResponse(adapter, { status, header: () => null, body: { kind: 'json', value } })
  if (err !== undefined) expect(err).toBeInstanceOf(ApiError)
}

describe('properties of every adapter', () => {
  it.each(adapters.map((a) => [a.vendor, a] as const))(
    '%s: any value decodes to a decision, any response to success or an ApiError',
    (_, adapter) => {
      fc.assert(
        fc.property(anyBody, fc.integer({ min: 100, max: 599 }), (value, status) => {
          outcomeIsTyped(adapter, value, status)
        }),
        { numRuns: RUNS },
      )
    },
  )

  it.each(adapters.map((a) => [a.vendor, a] as const))(
    '%s: any text, bytes or truncated JSON is read without throwing',
    (_, adapter) => {
      const text = fc.oneof(
        fc.string(),
        fc.uint8Array().map((b) => new TextDecoder().decode(b)),
        fc.jsonValue().map((v) => {
          const t = JSON.stringify(v) ?? ''
          return t.slice(0, Math.floor(t.length / 2))
        }),
        envelope.map((v) => JSON.stringify(v)),
      )
      fc.assert(
        fc.property(
          text,
          fc.integer({ min: 100, max: 599 }),
          fc.constantFrom('application/json', 'text/html', undefined),
          (t, status, type) => {
            const err = classifyResponse(adapter, {
              status,
              header: (n) => (n === 'content-type' ? (type ?? null) : null),
              body: readText(t),
            })
            if (err !== undefined) expect(err).toBeInstanceOf(ApiError)
          },
        ),
        { numRuns: RUNS },
      )
    },
  )

  it('keeps __proto__ and constructor keys as data, and never pollutes a prototype', () => {
    for (const adapter of adapters) {
      for (const text of [
        '{"__proto__":{"polluted":1},"code":1804}',
        '{"constructor":{"prototype":{"polluted":1}},"status":1008}',
        '{"resp":{"__proto__":{"respCode":"105110"}}}',
        '{"code":1804,"code":9000}',
      ]) {
        outcomeIsTyped(adapter, JSON.parse(text), 200)
        const err = classifyResponse(adapter, { status: 200, header: () => null, body: readText(text) })
        if (err !== undefined) JSON.stringify(err)
      }
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    expect((Object.prototype as { respCode?: unknown }).respCode).toBeUndefined()
  })

  it('reads 10,000 levels of nesting and huge numbers without a stack overflow', () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`
    const withId = `{"id":${'9'.repeat(400)},"code":1804,"nest":${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    for (const adapter of adapters) {
      for (const text of [deep, withId]) {
        const err = classifyResponse(adapter, { status: 200, header: () => null, body: readText(text) })
        if (err !== undefined) {
          expect(err).toBeInstanceOf(ApiError)
          expect(() => JSON.stringify(err)).not.toThrow()
        }
      }
    }
  })
})

describe('properties through every client', () => {
  let served: { status: number; type: string | undefined; body: Uint8Array } = {
    status: 200,
    type: undefined,
    body: new Uint8Array(),
  }
  const server = setupServer(
    http.all('http://fuzz.test/*', () => {
      const headers: Record<string, string> = {}
      if (served.type !== undefined) headers['content-type'] = served.type
      return new Response(served.body.byteLength === 0 ? null : (served.body as Uint8Array<ArrayBuffer>), {
        status: served.status,
        headers,
      })
    }),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it.each(clients)('$name: any response ends in a response or an ApiError, nothing else', async (client) => {
    const call = client.wrap({ adapter: jiguang })
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 256 }),
      anyBody.map((v) => new TextEncoder().encode(JSON.stringify(v) ?? '')),
    )
    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.constantFrom(200, 201, 204, 400, 404, 429, 500, 502),
        fc.constantFrom('application/json', 'text/html', 'application/octet-stream', undefined),
        async (body, status, type) => {
          served = { status, type, body: status === 204 ? new Uint8Array() : body }
          try {
            await call('http://fuzz.test/v1/web/verify')
          } catch (error) {
            expect(error).toBeInstanceOf(ApiError)
          }
        },
      ),
      { numRuns: Math.max(100, RUNS / 10) },
    )
  })
})
