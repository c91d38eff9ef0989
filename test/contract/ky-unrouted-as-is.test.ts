// A URL that no route matches sees ky exactly as it is. ky's own behaviours (as ky's documentation and its
// test suite describe them: retries of 408/413/429/500 with Retry-After, network errors, retry options,
// shouldRetry, hooks, context, throwHttpErrors, timeouts, forced retries, options handed to fetch), written
// here as our own checks, run on bare ky and on ky wrapped with a route that matches nothing (without
// retries, with `retry: true`, and with the breaker, pacing, idempotency keys and onError). Each variant
// must pass every check; the counts are printed at the end.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import ky, { HTTPError, type KyInstance, type Options, TimeoutError } from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { withErrcode } from '../../src/clients/ky/ky.js'

// Hits per path and query: each check asks for a URL of its own.
const hits = new Map<string, number>()
let base = ''
let unique = 0
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://x')
  const key = url.pathname + url.search
  const n = (hits.get(key) ?? 0) + 1
  hits.set(key, n)
  const failures = Number(url.searchParams.get('fail') ?? 0)
  const status = Number(url.searchParams.get('status') ?? 500)
  const after = url.searchParams.get('after')
  if (url.pathname === '/drop' && n <= failures) {
    req.socket.destroy()
    return
  }
  if (url.pathname === '/slow' && n <= failures) {
    setTimeout(() => res.end('late'), Number(url.searchParams.get('ms') ?? 200)).unref()
    return
  }
  if (url.pathname === '/status' && n <= failures) {
    res.writeHead(status, after === null ? {} : { 'retry-after': after })
    res.end('failed')
    return
  }
  if (url.pathname === '/echo') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ method: req.method, headers: req.headers, hit: n }))
    return
  }
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ ok: true, hit: n }))
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

/** A URL of its own for one check, and how many times it was requested. */
function place(path: string, query: Record<string, string | number> = {}) {
  const search = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) })
  search.set('t', String(++unique))
  const url = `${base}${path}?${search}`
  return { url, hits: () => hits.get(`${path}?${search}`) ?? 0 }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

const fast = { delay: () => 1 }

type Make = (defaults?: Options) => KyInstance

// The route matches a host that none of these URLs has: errcode must leave every call to ky.
const elsewhere = { adapters: [{ match: 'api.jpush.cn.invalid', adapter: jiguang }] }
const variants: [string, Make][] = [
  ['bare ky', (defaults) => (defaults === undefined ? ky : ky.create(defaults))],
  ['wrapped', (defaults) => withErrcode(defaults === undefined ? ky : ky.create(defaults), elsewhere)],
  [
    'wrapped with retry',
    (defaults) => withErrcode(defaults === undefined ? ky : ky.create(defaults), { ...elsewhere, retry: true }),
  ],
  [
    'wrapped with retry, breaker, pacing, idempotency key, onError',
    (defaults) =>
      withErrcode(defaults === undefined ? ky : ky.create(defaults), {
        ...elsewhere,
        retry: { breaker: true, pacing: true, idempotencyKey: true },
        onError: () => undefined,
      }),
  ],
]

type Check = [string, (make: Make) => Promise<void>]

const checks: Check[] = [
  [
    'retries a dropped connection by default (GET), then succeeds',
    async (make) => {
      const p = place('/drop', { fail: 2 })
      expect(
        await make()
          .get(p.url, { retry: { limit: 2, ...fast } })
          .json(),
      ).toMatchObject({ ok: true })
      expect(p.hits()).toBe(3)
    },
  ],
  [
    'a dropped connection past the limit rejects with fetch’s TypeError',
    async (make) => {
      const p = place('/drop', { fail: 9 })
      const error = await rejection(make().get(p.url, { retry: { limit: 1, ...fast } }))
      expect(error).toBeInstanceOf(TypeError)
      expect(p.hits()).toBe(2)
    },
  ],
  ...[408, 413, 429, 500, 502, 503, 504].map(
    (status): Check => [
      `retries a ${status}${status === 413 ? ' with Retry-After' : ''}`,
      async (make) => {
        const p = place('/status', { fail: 1, status, ...(status === 413 ? { after: 0 } : {}) })
        expect(
          await make()
            .get(p.url, { retry: { limit: 2, ...fast } })
            .json(),
        ).toMatchObject({ ok: true })
        expect(p.hits()).toBe(2)
      },
    ],
  ),
  [
    'does not retry a 413 without Retry-After',
    async (make) => {
      const p = place('/status', { fail: 1, status: 413 })
      const error = await rejection(make().get(p.url, { retry: { limit: 2, ...fast } }))
      expect((error as HTTPError).response.status).toBe(413)
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'does not retry a status outside its list (400)',
    async (make) => {
      const p = place('/status', { fail: 1, status: 400 })
      const error = await rejection(make().get(p.url, { retry: { limit: 2, ...fast } }))
      expect(error).toBeInstanceOf(HTTPError)
      expect((error as HTTPError).response.status).toBe(400)
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'does not retry a POST by default',
    async (make) => {
      const p = place('/status', { fail: 1, status: 500 })
      const error = await rejection(make().post(p.url, { retry: { limit: 2, ...fast } }))
      expect((error as HTTPError).response.status).toBe(500)
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'retries a POST where retry.methods names it',
    async (make) => {
      const p = place('/status', { fail: 1, status: 500 })
      await make().post(p.url, { retry: { limit: 2, methods: ['post'], ...fast } })
      expect(p.hits()).toBe(2)
    },
  ],
  [
    'respects the retry limit: limit + 1 requests in all',
    async (make) => {
      const p = place('/status', { fail: 9, status: 500 })
      await rejection(make().get(p.url, { retry: { limit: 3, ...fast } }))
      expect(p.hits()).toBe(4)
    },
  ],
  [
    'takes the retry option as a number (the limit)',
    async (make) => {
      const p = place('/status', { fail: 9, status: 500 })
      const started = Date.now()
      await rejection(make().get(p.url, { retry: 1 }))
      expect(p.hits()).toBe(2)
      // ky's default delay: 0.3 s before the first retry.
      expect(Date.now() - started).toBeGreaterThanOrEqual(250)
    },
  ],
  [
    'retries only the statusCodes given',
    async (make) => {
      const a = place('/status', { fail: 1, status: 500 })
      await rejection(make().get(a.url, { retry: { limit: 2, statusCodes: [503], ...fast } }))
      expect(a.hits()).toBe(1)
      const b = place('/status', { fail: 1, status: 503 })
      await make().get(b.url, { retry: { limit: 2, statusCodes: [503], ...fast } })
      expect(b.hits()).toBe(2)
    },
  ],
  [
    'waits as Retry-After says on a 429',
    async (make) => {
      const p = place('/status', { fail: 1, status: 429, after: 1 })
      const started = Date.now()
      await make().get(p.url, { retry: { limit: 2, ...fast } })
      expect(Date.now() - started).toBeGreaterThanOrEqual(900)
      expect(p.hits()).toBe(2)
    },
  ],
  [
    'gives up where Retry-After passes maxRetryAfter… by waiting maxRetryAfter',
    async (make) => {
      const p = place('/status', { fail: 1, status: 429, after: 60 })
      const started = Date.now()
      await make().get(p.url, { retry: { limit: 2, maxRetryAfter: 50, ...fast } })
      expect(Date.now() - started).toBeLessThan(5000)
      expect(p.hits()).toBe(2)
    },
  ],
  [
    'does not retry a timeout by default, and rejects with ky’s TimeoutError',
    async (make) => {
      const p = place('/slow', { fail: 9, ms: 1000 })
      const error = await rejection(make().get(p.url, { timeout: 50, retry: { limit: 2, ...fast } }))
      expect(error).toBeInstanceOf(TimeoutError)
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'retries a timeout with retryOnTimeout',
    async (make) => {
      // Wide margins: a loaded machine answers the second attempt well within its timeout.
      const p = place('/slow', { fail: 1, ms: 3000 })
      await make().get(p.url, { timeout: 600, retry: { limit: 2, retryOnTimeout: true, ...fast } })
      expect(p.hits()).toBe(2)
    },
  ],
  [
    'shouldRetry: true retries what ky would not (a 400), false stops what it would (a 500)',
    async (make) => {
      const a = place('/status', { fail: 1, status: 400 })
      await make().get(a.url, { retry: { limit: 2, shouldRetry: () => true, ...fast } })
      expect(a.hits()).toBe(2)
      const b = place('/status', { fail: 1, status: 500 })
      await rejection(make().get(b.url, { retry: { limit: 2, shouldRetry: () => false, ...fast } }))
      expect(b.hits()).toBe(1)
    },
  ],
  [
    'shouldRetry: undefined leaves ky’s rules; it is told the HTTPError and a count from 1',
    async (make) => {
      const seen: [unknown, number][] = []
      const p = place('/status', { fail: 2, status: 500 })
      await make().get(p.url, {
        retry: {
          limit: 3,
          ...fast,
          shouldRetry: ({ error, retryCount }) => {
            seen.push([error instanceof HTTPError ? error.response.status : error, retryCount])
            return undefined
          },
        },
      })
      expect(seen).toEqual([
        [500, 1],
        [500, 2],
      ])
      expect(p.hits()).toBe(3)
    },
  ],
  [
    'shouldRetry set on the instance applies to every call',
    async (make) => {
      const p = place('/status', { fail: 1, status: 500 })
      await rejection(make({ retry: { limit: 2, shouldRetry: () => false, ...fast } }).get(p.url))
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'runs beforeRetry hooks on each retry (never the first request), with the error and the count',
    async (make) => {
      const seen: [number, number][] = []
      const p = place('/status', { fail: 2, status: 500 })
      await make().get(p.url, {
        retry: { limit: 3, ...fast },
        hooks: {
          beforeRetry: [
            ({ error, retryCount }) => {
              seen.push([(error as HTTPError).response.status, retryCount])
            },
          ],
        },
      })
      expect(seen).toEqual([
        [500, 1],
        [500, 2],
      ])
    },
  ],
  [
    'runs beforeRetry hooks for a dropped connection too',
    async (make) => {
      let count = 0
      const p = place('/drop', { fail: 1 })
      await make().get(p.url, {
        retry: { limit: 2, ...fast },
        hooks: { beforeRetry: [() => void count++] },
      })
      expect(count).toBe(1)
    },
  ],
  [
    'stops retrying where a beforeRetry hook returns ky.stop',
    async (make) => {
      const p = place('/status', { fail: 9, status: 500 })
      const response = await make().get(p.url, {
        retry: { limit: 3, ...fast },
        hooks: { beforeRetry: [() => ky.stop] },
      })
      expect(response).toBeUndefined()
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'context: every hook sees exactly the call’s context, on every retry',
    async (make) => {
      const contexts: unknown[] = []
      const see = ({ options }: { options: { context: unknown } }) =>
        void contexts.push({ ...(options.context as object) })
      const p = place('/status', { fail: 1, status: 500 })
      await make().get(p.url, {
        context: { tenant: 'a' },
        retry: { limit: 2, ...fast },
        hooks: {
          beforeRequest: [(_request, options) => see({ options })],
          afterResponse: [(_request, options) => see({ options })],
          beforeRetry: [see],
        },
      })
      // beforeRequest and afterResponse on each of the two attempts (ky 1), beforeRetry once.
      expect(contexts).toEqual(Array.from({ length: 5 }, () => ({ tenant: 'a' })))
    },
  ],
  [
    'context: an empty object where none is given',
    async (make) => {
      let context: unknown
      await make().get(place('/echo').url, {
        hooks: {
          beforeRequest: [
            (_request, options) => {
              context = options.context
            },
          ],
        },
      })
      expect(context).toEqual({})
    },
  ],
  [
    'hooks see the options the call gave (the same keys as bare ky gives them)',
    async (make) => {
      let keys: string[] = []
      await make().get(place('/echo').url, {
        hooks: {
          beforeRequest: [
            (_request, options) => {
              keys = Object.keys(options).sort()
            },
          ],
        },
      })
      expect(keys).toEqual(bareOptionKeys)
    },
  ],
  [
    'throwHttpErrors: false resolves a 500 with its response, not retried',
    async (make) => {
      const p = place('/status', { fail: 9, status: 500 })
      const response = await make().get(p.url, { throwHttpErrors: false, retry: { limit: 2, ...fast } })
      expect(response.status).toBe(500)
      expect(await response.text()).toBe('failed')
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'throwHttpErrors as a function of the status',
    async (make) => {
      const a = place('/status', { fail: 9, status: 404 })
      const response = await make().get(a.url, { throwHttpErrors: (s) => s !== 404 })
      expect(response.status).toBe(404)
      const b = place('/status', { fail: 9, status: 400 })
      expect(await rejection(make().get(b.url, { throwHttpErrors: (s) => s !== 404 }))).toBeInstanceOf(HTTPError)
    },
  ],
  [
    'beforeError hooks run before an HTTPError rejects, and may change it',
    async (make) => {
      const p = place('/status', { fail: 9, status: 400 })
      const error = await rejection(
        make().get(p.url, {
          hooks: {
            beforeError: [
              (e) => {
                e.message = 'changed'
                return e
              },
            ],
          },
        }),
      )
      expect(error).toBeInstanceOf(HTTPError)
      expect((error as Error).message).toBe('changed')
    },
  ],
  [
    'an afterResponse hook may force a retry with ky.retry()',
    async (make) => {
      const p = place('/echo')
      let forced = 0
      const response = await make().get(p.url, {
        retry: { limit: 2, ...fast },
        hooks: {
          afterResponse: [
            async (_request, _options, response) => {
              if (((await response.json()) as { hit: number }).hit === 1) {
                forced++
                return ky.retry()
              }
              return undefined
            },
          ],
        },
      })
      expect(forced).toBe(1)
      expect(await response.json()).toMatchObject({ hit: 2 })
    },
  ],
  [
    'an afterResponse hook may replace the response',
    async (make) => {
      const response = await make().get(place('/echo').url, {
        hooks: { afterResponse: [() => new Response('replaced', { status: 200 })] },
      })
      expect(await response.text()).toBe('replaced')
    },
  ],
  [
    'a beforeRequest hook may answer without a request',
    async (make) => {
      const p = place('/echo')
      const text = await make()
        .get(p.url, { hooks: { beforeRequest: [() => new Response('local')] } })
        .text()
      expect(text).toBe('local')
      expect(p.hits()).toBe(0)
    },
  ],
  [
    'a beforeRequest hook may change the headers; the request carries no header of errcode’s',
    async (make) => {
      const body = await make()
        .post(place('/echo').url, {
          json: { a: 1 },
          hooks: { beforeRequest: [(request) => request.headers.set('x-extra', '1')] },
        })
        .json<{ headers: Record<string, string> }>()
      expect(body.headers['x-extra']).toBe('1')
      expect(Object.keys(body.headers).filter((h) => /idempotency|errcode/i.test(h))).toEqual([])
    },
  ],
  [
    'prefixUrl builds the URL',
    async (make) => {
      const body = await make({ prefixUrl: base }).get(`echo?t=${++unique}`).json<{ method: string }>()
      expect(body.method).toBe('GET')
    },
  ],
  [
    'searchParams replace the query',
    async (make) => {
      const p = place('/echo')
      await make().get(p.url, { searchParams: { t: String(unique), extra: 'x' } })
      expect(hits.get(`/echo?t=${unique}&extra=x`)).toBe(1)
    },
  ],
  [
    'a custom fetch is called with the request, and unknown options reach it',
    async (make) => {
      const inits: string[][] = []
      const fetchFn = ((input: Request, init?: RequestInit) => {
        inits.push(Object.keys(init ?? {}).sort())
        return globalThis.fetch(input, init)
      }) as typeof fetch
      await make({ fetch: fetchFn }).get(place('/echo').url, { extraOption: 1 } as Options)
      expect(inits).toHaveLength(1)
      expect(inits[0]).toEqual(bareFetchInitKeys)
      expect(inits[0]).toContain('extraOption')
    },
  ],
  [
    'parseJson is used by .json()',
    async (make) => {
      const value = await make()
        .get(place('/echo').url, { parseJson: (text) => ({ parsed: text.length > 0 }) })
        .json()
      expect(value).toEqual({ parsed: true })
    },
  ],
  [
    'an abort by the application rejects with an AbortError and is not retried',
    async (make) => {
      const p = place('/slow', { fail: 9, ms: 400 })
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 30)
      const error = await rejection(make().get(p.url, { signal: controller.signal, retry: { limit: 2, ...fast } }))
      expect((error as Error).name).toBe('AbortError')
      expect(p.hits()).toBe(1)
    },
  ],
  [
    'a fetch of the application’s that throws is retried by ky (GET)',
    async (make) => {
      let calls = 0
      const fetchFn = (async () => {
        calls++
        throw new Error('the application’s own')
      }) as typeof fetch
      const error = await rejection(make({ fetch: fetchFn }).get(place('/echo').url, { retry: { limit: 2, ...fast } }))
      expect((error as Error).message).toBe('the application’s own')
      expect(calls).toBe(3)
    },
  ],
]

// What bare ky shows a hook and a fetch of the application's, read once (ky's own normalisation decides).
let bareOptionKeys: string[] = []
let bareFetchInitKeys: string[] = []
beforeAll(async () => {
  await ky.get(place('/echo').url, {
    hooks: {
      beforeRequest: [
        (_request, options) => {
          bareOptionKeys = Object.keys(options).sort()
        },
      ],
    },
  })
  await ky.get(place('/echo').url, {
    extraOption: 1,
    fetch: ((input: Request, init?: RequestInit) => {
      bareFetchInitKeys = Object.keys(init ?? {}).sort()
      return globalThis.fetch(input, init)
    }) as typeof fetch,
  } as Options)
})

const passed = new Map<string, number>()
afterAll(() => {
  server.close()
  const lines = variants.map(([name]) => `  ${name}: ${passed.get(name) ?? 0}/${checks.length} passed`)
  console.log(`ky's behaviours on a URL no route matches:\n${lines.join('\n')}`)
})

describe.each(variants)('ky on a URL that no route matches: %s', (name, make) => {
  it.each(checks)('%s', async (_title, check) => {
    await check(make)
    passed.set(name, (passed.get(name) ?? 0) + 1)
  })
})
