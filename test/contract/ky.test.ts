// errcode/ky's own surface: ky's retries left to ky, throwHttpErrors, extend and create, the application's
// context and hooks, and each body read once.
import ky, { HTTPError } from 'ky'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { errcodeHooks, withErrcode } from '../../src/clients/ky/ky.js'
import { NetworkError, NotFoundError, RateLimitError, ServiceUnavailableError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { collectedAfter } from '../support/gc.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
beforeEach(() => sim.reset())
afterAll(() => sim.close())

const fastRetry = { limit: 3, delay: () => 1 }

describe('errcode-js/ky', () => {
  it('does not let ky retry a typed error by itself, vendor code or HTTP status', async () => {
    const api = withErrcode(ky.create({ retry: fastRetry }), { adapter: jiguang })
    await expect(api.get(`${sim.url}/jiguang/x?code=2000`)).rejects.toMatchObject({ code: 2000 })
    await expect(api.get(`${sim.url}/html?status=503`)).rejects.toBeInstanceOf(ServiceUnavailableError)
    expect(sim.requests.total).toBe(2)
  })

  it('keeps ky’s own retry of network errors, then translates the last one', async () => {
    const api = withErrcode(ky.create({ retry: fastRetry }), { adapter: jiguang })
    await expect(api.get(`${sim.url}/drop`)).rejects.toBeInstanceOf(NetworkError)
    expect(sim.requests.total).toBe(4)
  })

  it('keeps the application’s own shouldRetry for other errors', async () => {
    const seen: unknown[] = []
    const base = ky.create({
      retry: {
        ...fastRetry,
        shouldRetry: ({ error }) => {
          seen.push(error)
          return false
        },
      },
    })
    const api = withErrcode(base, { adapter: jiguang })
    await expect(api.get(`${sim.url}/drop`)).rejects.toBeInstanceOf(NetworkError)
    expect(sim.requests.total).toBe(1)
    expect(seen).toHaveLength(1)
  })

  it('translates the body shortcuts: .json() rejects with the typed error', async () => {
    const api = withErrcode(ky, { adapter: jiguang })
    await expect(api.get(`${sim.url}/jiguang/x?code=1804`).json()).rejects.toBeInstanceOf(RateLimitError)
    expect(await api.get(`${sim.url}/jiguang/x?code=9000`).json()).toEqual({ code: 9000, content: 'verify consistent' })
  })

  it('keeps errcode on instances made by extend and create', async () => {
    const api = withErrcode(ky, { adapter: jiguang })
    await expect(api.extend({ timeout: 5000 }).get(`${sim.url}/jiguang/x?code=1804`)).rejects.toBeInstanceOf(
      RateLimitError,
    )
    await expect(api.create({}).get(`${sim.url}/drop`, { retry: 0 })).rejects.toBeInstanceOf(NetworkError)
  })

  it('respects throwHttpErrors: false for statuses, not for vendor codes', async () => {
    const api = withErrcode(ky.create({ throwHttpErrors: false }), { adapter: jiguang })
    expect((await api.get(`${sim.url}/html?status=503`)).status).toBe(503)
    await expect(api.get(`${sim.url}/jiguang/x?code=1804&status=429`)).rejects.toBeInstanceOf(RateLimitError)
  })

  it('leaves the application’s context as it gave it, in its hooks on a routed URL with retries', async () => {
    const contexts: unknown[] = []
    const see = (options: { context: unknown }) => void contexts.push({ ...(options.context as object) })
    const api = withErrcode(ky.create({ hooks: { beforeRetry: [({ options }) => see(options)] } }), {
      adapter: jiguang,
      retry: { baseDelay: 1 },
    })
    await expect(
      api.get(`${sim.url}/jiguang/x?code=1804`, {
        context: { tenant: 'a' },
        hooks: { beforeRequest: [(_request, options) => see(options)] },
      }),
    ).rejects.toBeInstanceOf(RateLimitError)
    expect(sim.requests.total).toBe(3)
    expect(contexts).toEqual(Array.from({ length: 5 }, () => ({ tenant: 'a' })))
  })

  it('gives one instance’s routed URLs errcode’s retries and its other URLs ky’s own', async () => {
    const api = withErrcode(ky.create({ retry: { limit: 2, delay: () => 1 } }), {
      adapters: [{ match: `${sim.url}/jiguang/`, adapter: jiguang }],
      retry: { baseDelay: 1, maxAttempts: 2 },
    })
    // Routed: the engine decides (two attempts in all), and a 1804 is a typed error.
    await expect(api.get(`${sim.url}/jiguang/x?code=1804`)).rejects.toBeInstanceOf(RateLimitError)
    expect(sim.requests.total).toBe(2)
    // Not routed: ky's own rules, three attempts at a 503, and ky's HTTPError.
    const error = await api.get(`${sim.url}/html?status=503`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HTTPError)
    expect(sim.requests.total).toBe(5)
  })

  it('errcodeHooks alone translate responses, and ky 1 still does not replay the typed error', async () => {
    const api = ky.create({ hooks: errcodeHooks({ adapter: jiguang }), retry: fastRetry })
    await expect(api.get(`${sim.url}/jiguang/x?code=2000`)).rejects.toMatchObject({ code: 2000 })
    expect(sim.requests.total).toBe(1)
    await expect(api.get(`${sim.url}/html?status=404`, { retry: 0 })).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe('errcode/ky reads each body once', () => {
  afterEach(() => vi.restoreAllMocks())

  it('clones no Response with retries: the engine counts a success inside errcode’s fetch, not in a hook', async () => {
    // ky hands each afterResponse hook a clone: a second Response and body per request (issue 34).
    let made = 0
    vi.stubGlobal(
      'Response',
      class extends Response {
        constructor(...args: ConstructorParameters<typeof Response>) {
          super(...args)
          made++
        }
      },
    )
    try {
      const api = withErrcode(ky.create(), { adapter: jiguang, retry: { budget: false, breaker: { consecutive: 1 } } })
      expect(await api.get(`${sim.url}/jiguang/x?code=0`).json()).toMatchObject({ code: 0 })
      expect(made).toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('hands .json() the value errcode parsed: one JSON.parse per request', async () => {
    const api = withErrcode(ky.create({ retry: 0 }), { adapter: jiguang })
    await api.get(`${sim.url}/jiguang/x?code=9000`).json()
    const parse = vi.spyOn(JSON, 'parse')
    const out = await api.get(`${sim.url}/jiguang/x?code=9001`).json()
    expect(out).toEqual({ code: 9001, content: 'verify not consistent' })
    expect(parse).toHaveBeenCalledTimes(1)
  })

  it('gives every concurrent call its own body and its own value', async () => {
    const api = withErrcode(ky.create({ retry: 0 }), { adapter: jiguang })
    const codes = Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 9001 : 9000))
    const out = await Promise.all(codes.map((code) => api.get(`${sim.url}/jiguang/x?code=${code}`).json()))
    expect(out.map((o) => (o as { code: number }).code)).toEqual(codes)
    expect(new Set(out).size).toBe(codes.length)
  })

  it('hands no call another call’s value when their bodies are read in the same tick', async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const fake = (async (input: Request) => {
      await gate
      const code = Number(new URL(input.url).searchParams.get('code'))
      return new Response(JSON.stringify({ code, content: `body ${code}` }), {
        headers: { 'content-type': 'application/json' },
      })
    }) as typeof fetch
    const api = withErrcode(ky.create({ retry: 0, fetch: fake }), { adapter: jiguang })
    const codes = [9000, 9001, 9000, 9001, 9001]
    const calls = codes.map((code) => api.get(`https://api.verification.jpush.cn/v1/web/verify?code=${code}`).json())
    const parse = vi.spyOn(JSON, 'parse')
    release()
    const out = (await Promise.all(calls)) as { code: number; content: string }[]
    expect(out).toEqual(codes.map((code) => ({ code, content: `body ${code}` })))
    expect(new Set(out).size).toBe(codes.length)
    // Each body parsed once, by errcode, even with every body read before any is parsed.
    expect(parse).toHaveBeenCalledTimes(codes.length)
  })

  it('does not keep a body once .json() took it: the value goes when the caller drops it', async () => {
    const api = withErrcode(ky.create({ retry: 0 }), { adapter: jiguang })
    const res = await api.get(`${sim.url}/jiguang/x?code=9000`)
    expect(await collectedAfter(() => res.json())).toBe(true)
    expect(res.bodyUsed).toBe(true)
  })

  it('keeps the application’s own parseJson, from the instance or the call', async () => {
    const api = withErrcode(ky.create({ retry: 0, parseJson: (text) => ({ mine: JSON.parse(text) }) }), {
      adapter: jiguang,
    })
    expect(await api.get(`${sim.url}/jiguang/x?code=9000`).json()).toEqual({
      mine: expect.objectContaining({ code: 9000 }),
    })
    const plain = withErrcode(ky.create({ retry: 0 }), { adapter: jiguang })
    const perCall = await plain.get(`${sim.url}/jiguang/x?code=9000`, { parseJson: (text) => text.length }).json()
    expect(typeof perCall).toBe('number')
  })
})
