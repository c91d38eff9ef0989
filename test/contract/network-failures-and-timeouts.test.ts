// Which failures are the network's, the application's or a deadline's, the same on every client: programming
// errors stay the application's, real transport failures are NetworkError, deadlines and undici's timeouts are
// TimeoutError (ky's own timeout among them), oversized, binary and undecodable bodies, and the runtimes' words.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios, { AxiosError } from 'axios'
import ky from 'ky'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { ApiError, isApiError, NetworkError, TimeoutError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rejection } from '../support/clients.js'
import { simulatorHandler } from '../support/msw-simulator.js'

let sim: Simulator
let closedPort: number
const MSW = 'http://sim.test'
const msw = setupServer(simulatorHandler(MSW))
beforeAll(async () => {
  sim = await startSimulator()
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  closedPort = (probe.address() as AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))
})
afterAll(() => sim.close())

describe('a programming error is the application’s own, never a NetworkError and never retried', () => {
  const bug = () => {
    const calls = { n: 0 }
    const fetchFn = (async () => {
      calls.n++
      return (undefined as unknown as { foo: () => Response }).foo()
    }) as typeof fetch
    return { calls, fetchFn }
  }

  it.each([false, true])(
    'fetch: a bug in the wrapped fetch runs once and surfaces as itself (retry %s)',
    async (retry) => {
      const { calls, fetchFn } = bug()
      const err = await rejection(withFetch(fetchFn, { adapter: jiguang, retry })(`${sim.url}/jiguang/x`))
      expect(err).toBeInstanceOf(TypeError)
      expect(isApiError(err)).toBe(false)
      expect(calls.n).toBe(1)
    },
  )

  it.each([false, true])(
    'ky: a bug in the fetch given to ky runs once and surfaces as itself (retry %s)',
    async (retry) => {
      const { calls, fetchFn } = bug()
      const api = withKy(ky.create({ fetch: fetchFn }), { adapter: jiguang, retry })
      const err = await rejection(api.get(`${sim.url}/jiguang/x`))
      expect(err).toBeInstanceOf(TypeError)
      expect(isApiError(err)).toBe(false)
      expect(calls.n).toBe(1)
    },
  )

  // A fetch that throws before it returns a promise (a polyfill checking its arguments): the same error,
  // untouched and marked as the application's own, so that ky's own retry does not send it again either.
  const throwsAtOnce = () => {
    const calls = { n: 0 }
    const fetchFn = (() => {
      calls.n++
      throw new TypeError('a bug before any promise')
    }) as unknown as typeof fetch
    return { calls, fetchFn }
  }

  it.each([false, true])(
    'fetch and ky: a fetch that throws at once runs once and surfaces as itself (retry %s)',
    async (retry) => {
      const f = throwsAtOnce()
      const err = await rejection(withFetch(f.fetchFn, { adapter: jiguang, retry })(`${sim.url}/jiguang/x`))
      expect(err).toBeInstanceOf(TypeError)
      expect(isApiError(err)).toBe(false)
      expect(f.calls.n).toBe(1)
      const k = throwsAtOnce()
      const kyErr = await rejection(
        withKy(ky.create({ fetch: k.fetchFn }), { adapter: jiguang, retry }).get(`${sim.url}/jiguang/x`),
      )
      expect(kyErr).toBeInstanceOf(TypeError)
      expect(isApiError(kyErr)).toBe(false)
      expect(k.calls.n).toBe(1)
    },
  )

  it.each([false, true])(
    'axios: a bug in a custom adapter runs once and surfaces as itself (retry %s)',
    async (retry) => {
      let calls = 0
      const adapter = async () => {
        calls++
        throw new TypeError('adapter bug')
      }
      const api = withAxios(axios.create({ adapter }), { adapter: jiguang, retry })
      const err = await rejection(api.get(`${sim.url}/jiguang/x`))
      expect(err).toBeInstanceOf(TypeError)
      expect(isApiError(err)).toBe(false)
      expect(calls).toBe(1)
    },
  )

  it('fetch and ky: a GET with a body is fetch’s own TypeError', async () => {
    const f = withFetch(fetch, { adapter: jiguang, retry: true })
    const k = withKy(ky.create(), { adapter: jiguang, retry: true })
    for (const err of [
      await rejection(f(`${sim.url}/jiguang/x`, { body: 'x' })),
      // ky refuses it before it sends anything, as it does without errcode.
      await rejection((async () => k.get(`${sim.url}/jiguang/x`, { body: 'x' }))()),
    ]) {
      expect(err).toBeInstanceOf(TypeError)
      expect(isApiError(err)).toBe(false)
    }
    expect(sim.requests.byPath.get('/jiguang/x') ?? 0).toBe(0)
  })

  it('an unsupported scheme or a blocked port is the client’s own error on every client', async () => {
    for (const url of ['ftp://127.0.0.1/x', 'http://127.0.0.1:1/x']) {
      const errors = [
        await rejection(withFetch(fetch, { adapter: jiguang, retry: true })(url)),
        await rejection(withKy(ky.create(), { adapter: jiguang, retry: true }).get(url)),
      ]
      if (url.startsWith('ftp')) {
        errors.push(await rejection(withAxios(axios.create(), { adapter: jiguang, retry: true }).get(url)))
      }
      for (const err of errors) expect(isApiError(err), `${url}: ${String(err)}`).toBe(false)
    }
  })
})

describe('real transport failures are still NetworkError on every client', () => {
  it.each(clients)(
    '$name: reset, refused and DNS failures',
    async (client) => {
      const call = client.wrap({ adapter: jiguang })
      const reset = await rejection(call(`${sim.url}/drop`))
      expect(reset).toBeInstanceOf(NetworkError)
      const refused = await rejection(call(`http://127.0.0.1:${closedPort}/jiguang/x`))
      expect(refused).toBeInstanceOf(NetworkError)
      expect(refused).toMatchObject({ code: 'ECONNREFUSED', retry: { replaySafe: true } })
      const dns = await rejection(call('http://errcode-test.invalid/jiguang/x'))
      expect(dns).toBeInstanceOf(NetworkError)
      expect((dns as NetworkError).code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/)
    },
    20_000,
  )
})

/** The same call through each client, with a deadline given the way each client takes one. */
const withDeadline = {
  axios: (url: string, ms: number) =>
    withAxios(axios.create(), { adapter: jiguang }).get(url, { signal: AbortSignal.timeout(ms) }),
  ky: (url: string, ms: number) => withKy(ky.create({ retry: 0 }), { adapter: jiguang }).get(url, { timeout: ms }),
  fetch: (url: string, ms: number) => withFetch(fetch, { adapter: jiguang })(url, { signal: AbortSignal.timeout(ms) }),
}

const transports: readonly (readonly [string, () => string])[] = [
  ['a real server', () => sim.url],
  ['msw', () => MSW],
]
describe.each(transports)(
  'failures while the body is read, against %s: one failure, one class, on every client',
  (_, base) => {
    beforeAll(() => {
      if (base() === MSW) msw.listen({ onUnhandledRequest: 'bypass' })
    })
    afterAll(() => {
      if (base() === MSW) msw.close()
    })

    it.each(Object.entries(withDeadline))(
      '%s: a body trickled past the deadline is a TimeoutError',
      async (_, call) => {
        const err = await rejection(call(`${base()}/trickle?ms=100`, 400))
        expect(err, String(err)).toBeInstanceOf(TimeoutError)
        expect((err as ApiError).category).toBe('timeout')
      },
    )

    it.each(Object.entries(withDeadline))('%s: a body cut short is a NetworkError', async (_, call) => {
      const err = await rejection(call(`${base()}/truncated`, 5_000))
      expect(err, String(err)).toBeInstanceOf(NetworkError)
    })
  },
)

describe('bodies over maxBodyBytes: the same outcome on the three clients', () => {
  it.each(clients)('$name: a 3 MB body with a vendor code is passed through unjudged', async (client) => {
    const out = await client.wrap({ adapter: jiguang })(`${sim.url}/gzip?bytes=3000000`)
    expect(out.status).toBe(200)
  })

  it.each(clients)('$name: a body under the limit is judged', async (client) => {
    const err = await rejection(client.wrap({ adapter: jiguang })(`${sim.url}/gzip?bytes=500000`))
    expect((err as ApiError).code).toBe(1804)
  })

  it('axios: the application’s own maxContentLength surfaces as axios’ error, not as a NetworkError', async () => {
    const api = withAxios(axios.create({ maxContentLength: 1_000_000 }), { adapter: jiguang, retry: true })
    const err = await rejection(api.get(`${sim.url}/gzip?bytes=3000000`))
    expect(err).toBeInstanceOf(AxiosError)
    expect(isApiError(err)).toBe(false)
    expect((err as AxiosError).message).toMatch(/maxContentLength/)
    expect(sim.requests.byPath.get('/gzip')).toBeGreaterThan(0)
  })
})

describe('deadlines and undecodable bodies, the same on every client', () => {
  it.each(Object.entries(withDeadline))(
    '%s with retries: a deadline that passes is a TimeoutError, not the signal’s DOMException',
    async (name) => {
      const retry = { baseDelay: 1, maxBackoff: 2, budget: false as const }
      const calls: Record<string, () => Promise<unknown>> = {
        axios: () =>
          withAxios(axios.create(), { adapter: jiguang, retry }).get(`${sim.url}/slow?ms=5000`, {
            signal: AbortSignal.timeout(200),
          }),
        ky: () =>
          withKy(ky.create(), { adapter: jiguang, retry }).get(`${sim.url}/slow?ms=5000`, {
            signal: AbortSignal.timeout(200),
          }),
        fetch: () =>
          withFetch(fetch, { adapter: jiguang, retry })(`${sim.url}/slow?ms=5000`, {
            signal: AbortSignal.timeout(200),
          }),
      }
      const err = await rejection((calls[name] as () => Promise<unknown>)())
      expect(err, String(err)).toBeInstanceOf(TimeoutError)
    },
  )

  it.each(['fetch', 'ky'])('%s: undici’s own timeouts, along the cause chain, are a TimeoutError', async (name) => {
    for (const code of ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']) {
      const timedOut = (async () => {
        const cause = Object.assign(new Error('timeout'), { code })
        throw new TypeError('fetch failed', { cause: new TypeError('terminated', { cause }) })
      }) as typeof fetch
      const call =
        name === 'fetch'
          ? () => withFetch(timedOut, { adapter: jiguang })(`${sim.url}/jiguang/x`)
          : () => withKy(ky.create({ fetch: timedOut, retry: 0 }), { adapter: jiguang }).get(`${sim.url}/jiguang/x`)
      const err = await rejection(call())
      expect(err, code).toBeInstanceOf(TimeoutError)
      expect((err as ApiError).code).toBe(code)
    }
  })

  it.each(clients)(
    '$name: a 200 whose gzip body cannot be decoded is an UnknownApiError, not a NetworkError',
    async (client) => {
      const err = await rejection(client.wrap({ adapter: jiguang })(`${sim.url}/gzip?corrupt`))
      expect(err, String(err)).toBeInstanceOf(ApiError)
      expect((err as ApiError).category).toBe('unknown')
      expect((err as ApiError).status).toBe(200)
    },
  )
})

describe('axios: only this instance’s requests are translated, guarded and replayed', () => {
  it('an error of another instance’s request, thrown in a request interceptor, passes untouched and is never replayed', async () => {
    const auth = createServer((req) => req.socket.destroy())
    await new Promise<void>((resolve) => auth.listen(0, '127.0.0.1', resolve))
    const authUrl = `http://127.0.0.1:${(auth.address() as AddressInfo).port}/token`
    let tokenCalls = 0
    const api = withAxios(axios.create(), { adapter: jiguang, retry: { baseDelay: 1, budget: false } })
    api.interceptors.request.use(async (config) => {
      tokenCalls++
      await axios.get(authUrl) // another instance: its reset is its own error
      return config
    })
    try {
      const err = await rejection(api.post(`${sim.url}/jiguang/x?code=0`, { phone: '1' }))
      expect(err).toBeInstanceOf(AxiosError)
      expect(isApiError(err)).toBe(false)
      expect(tokenCalls).toBe(1)
      expect(sim.requests.byPath.get('/jiguang/x') ?? 0).toBe(0)
    } finally {
      auth.closeAllConnections()
      await new Promise((resolve) => auth.close(resolve))
    }
  })

  it('axios’ own timeout ending a body that went quiet is a TimeoutError, not a NetworkError', async () => {
    const api = withAxios(axios.create(), { adapter: jiguang })
    const err = await rejection(api.get(`${sim.url}/trickle?ms=1000`, { timeout: 300 }))
    expect(err, String(err)).toBeInstanceOf(TimeoutError)
  })

  it('the guard sees the credential a signer added before errcode was installed', async () => {
    sim.reset()
    const instance = axios.create()
    instance.interceptors.request.use((config) => {
      config.headers.set('authorization', 'Basic c2lnbmVk')
      return config
    })
    const api = withAxios(instance, { adapter: jiguang, retry: { baseDelay: 1, budget: false } })
    const errors = []
    for (let i = 0; i < 3; i++) errors.push(await rejection(api.get(`${sim.url}/jiguang/x?code=9007`)))
    expect(errors.map((e) => (e as ApiError).shortCircuited === true)).toEqual([false, true, true])
    expect(sim.requests.total).toBe(1)
  })
})

describe('binary bodies pass unread on every client', () => {
  it.each(clients)('$name: a vendor code labelled application/octet-stream passes', async (client) => {
    const body = encodeURIComponent(JSON.stringify({ code: 1801, content: 'invalid parameters' }))
    const out = await client.wrap({ adapter: jiguang })(`${sim.url}/raw?type=application/octet-stream&body=${body}`)
    expect(out.status).toBe(200)
  })
})

describe('the runtimes’ own words reach the same classes through fetch and ky (Deno, workerd, Bun)', () => {
  const failing = (error: Error) => (async () => Promise.reject(error)) as typeof fetch
  /** A 200 whose body stream fails with `error` once read, as a runtime's decoder or socket fails it. */
  const bodyFailing = (error: Error) =>
    (async () =>
      new Response(new ReadableStream({ pull: (controller) => controller.error(error) }), {
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch
  const through = (name: string, fetchFn: typeof fetch) =>
    name === 'fetch'
      ? rejection(withFetch(fetchFn, { adapter: jiguang })(`${sim.url}/jiguang/x`))
      : rejection(withKy(ky.create({ fetch: fetchFn, retry: 0 }), { adapter: jiguang }).get(`${sim.url}/jiguang/x`))

  it.each(['fetch', 'ky'])('%s: Deno’s refused connection is a replay-safe NetworkError ECONNREFUSED', async (name) => {
    const cause = new Error(
      'error sending request for url (x): client error (Connect): tcp connect error: Connection refused (os error 111)',
    )
    const err = await through(name, failing(new TypeError('fetch failed', { cause })))
    expect(err, String(err)).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'ECONNREFUSED', retry: { replaySafe: true } })
  })

  it.each(['fetch', 'ky'])('%s: a body cut short in Deno’s and workerd’s words is a NetworkError', async (name) => {
    for (const message of ['error reading a body from connection', 'Network connection lost.']) {
      const err = await through(name, bodyFailing(new TypeError(message)))
      expect(err, message).toBeInstanceOf(NetworkError)
    }
  })

  it.each(['fetch', 'ky'])(
    '%s: an undecodable body in Bun’s, Deno’s and workerd’s words is an UnknownApiError',
    async (name) => {
      for (const error of [
        Object.assign(new TypeError('ZlibError fetching "x"'), { code: 'ZlibError' }),
        new TypeError('deflate decompression error: invalid block type'),
        new TypeError('Gzip decompression failed.'),
      ]) {
        const err = await through(name, bodyFailing(error))
        expect(err, error.message).toBeInstanceOf(ApiError)
        expect(err).toMatchObject({ category: 'unknown', status: 200 })
      }
    },
  )
})
