// Each client's own edge cases once errcode is installed: the options it refuses or reads (timeouts and aborts
// among them), axios' baseURL, params, transformers and removal, fetch's chunks and Request objects, ky's
// throwHttpErrors, extended instances and refresh, and the settings an installed interceptor classifies with.
import axios, { type AxiosResponseTransformer, type InternalAxiosRequestConfig } from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import { removeErrcode, withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { isAbort, isTimeout, resolveOptions } from '../../src/clients/shared/options.js'
import {
  type ApiError,
  InternalError,
  isApiError,
  NetworkError,
  RateLimitError,
  ServiceUnavailableError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
beforeEach(() => sim.reset())
afterAll(() => sim.close())

describe('options', () => {
  it('refuses a client with neither adapter nor adapters', () => {
    // @ts-expect-error the types refuse it too
    expect(() => resolveOptions({})).toThrow(/give `adapter` or `adapters`/)
  })
  it('routes a URL it cannot parse to the single adapter, or to none', () => {
    expect(
      resolveOptions({ adapter: jiguang, adapters: [{ match: 'x.example', adapter: ucpaas }] }).route('not a url'),
    ).toBe(jiguang)
    expect(resolveOptions({ adapters: [{ match: 'x.example', adapter: ucpaas }] }).route('not a url')).toBeUndefined()
    expect(resolveOptions({ adapter: jiguang }).needsUrl).toBe(false)
  })
  it('knows the clients’ timeouts and aborts when it sees them', () => {
    for (const e of [
      { name: 'TimeoutError' },
      { code: 'ETIMEDOUT' },
      { code: 'ECONNABORTED' },
      { code: 'UND_ERR_HEADERS_TIMEOUT' },
    ]) {
      expect(isTimeout(e), JSON.stringify(e)).toBe(true)
    }
    for (const e of [{ name: 'AbortError' }, { name: 'CanceledError' }, { code: 'ERR_CANCELED' }])
      expect(isAbort(e)).toBe(true)
    for (const e of [null, 'TimeoutError', { code: 'ECONNRESET' }]) {
      expect(isTimeout(e)).toBe(false)
      expect(isAbort(e)).toBe(false)
    }
  })
})

describe('axios details', () => {
  it('routes a relative URL against baseURL, slashes or not', async () => {
    const api = withAxios(axios.create({ baseURL: `${sim.url}/` }), {
      adapters: [{ match: `${sim.url}/ucpaas/`, adapter: ucpaas }],
    })
    expect(await rejection(api.get('/ucpaas/x?code=105110'))).toMatchObject({ vendor: 'ucpaas', code: '105110' })
    expect(await rejection(api.get('ucpaas/x?code=105110'))).toMatchObject({ vendor: 'ucpaas' })
    expect((await api.get(`${sim.url}/jiguang/x?code=1804`)).data).toMatchObject({ code: 1804 })
  })

  it('judges the body an earlier response interceptor put in place of a passing one', async () => {
    // errcode's transformer marks a passing body so that its interceptor does not decode it again; the mark
    // names that very body, and an application's interceptor that runs first may replace it.
    const instance = axios.create({ baseURL: sim.url })
    instance.interceptors.response.use((res) => ({ ...res, data: { code: 1804, content: 'qps limit' } }))
    const api = withAxios(instance, { adapter: jiguang })
    expect(await rejection(api.get('/jiguang/x?code=9000'))).toMatchObject({ vendor: 'jiguang', code: 1804 })
    expect(
      (await withAxios(axios.create({ baseURL: sim.url }), { adapter: jiguang }).get('/jiguang/x?code=9000')).data,
    ).toMatchObject({ code: 9000 })
  })

  it('puts params in the masked request URL of an error, as axios sends them', async () => {
    const api = withAxios(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    const at = new Date('2026-01-02T03:04:05Z')
    const err = (await rejection(
      api.get('/jiguang/x', { params: { code: 1804, sig: 'S3CRET', skip: undefined, none: null, at } }),
    )) as ApiError
    expect(err.request?.url).toBe(`${sim.url}/jiguang/x?code=1804&sig=***&at=2026-01-02T03%3A04%3A05.000Z`)
    const viaSearch = (await rejection(
      api.get('/jiguang/x?a=1', { params: new URLSearchParams({ code: '1804' }) }),
    )) as ApiError
    expect(viaSearch.request?.url).toBe(`${sim.url}/jiguang/x?a=1&code=1804`)
  })

  it('reads text responses, passes ones larger than maxBodyBytes, and an empty 204', async () => {
    const api = withAxios(axios.create({ baseURL: sim.url }), { adapter: jiguang, maxBodyBytes: 60 })
    expect(await rejection(api.get('/jiguang/x?code=1804', { responseType: 'text' }))).toBeInstanceOf(RateLimitError)
    const long = encodeURIComponent('a message long enough to pass the limit')
    expect((await api.get(`/jiguang/x?code=1804&message=${long}`, { responseType: 'text' })).status).toBe(200)
    expect((await api.get('/empty?status=204&type=text/plain')).status).toBe(204)
  })

  it("runs the instance's own transformResponse inside one transformer of its own (axios normalizes headers per transformer)", async () => {
    const api = axios.create({ baseURL: sim.url })
    const own = [...(axios.defaults.transformResponse as AxiosResponseTransformer[])]
    api.defaults.transformResponse = [
      ...own,
      function (this: unknown, data: unknown, _headers: unknown, status?: number) {
        return { ...(data as object), seenBy: 'own', status, withConfig: this !== undefined }
      },
    ]
    withAxios(api, { adapter: jiguang })
    expect(api.defaults.transformResponse).toHaveLength(1)
    const { data } = await api.get('/jiguang/x?code=9000')
    expect(data).toMatchObject({ code: 9000, seenBy: 'own', status: 200, withConfig: true })
    const err = await rejection(api.get('/jiguang/x?code=1804'))
    expect(isApiError(err) && err.code).toBe(1804)
  })

  it('removes its interceptors and its transformResponse, even when there was none before', async () => {
    const api = axios.create({ baseURL: sim.url })
    delete api.defaults.transformResponse
    withAxios(api, { adapter: jiguang })
    expect(api.defaults.transformResponse).toHaveLength(1)
    removeErrcode(api)
    expect(api.defaults.transformResponse).toBeUndefined()
    removeErrcode(api)
    expect((await api.get('/jiguang/x?code=1804', { responseType: 'text' })).data).toContain('1804')
  })

  it('leaves axios sending at once without a retry policy; a policy looks at each request first', async () => {
    let sent = 0
    const adapter = async (config: InternalAxiosRequestConfig) => {
      sent++
      return { data: { code: 9000 }, status: 200, statusText: 'OK', headers: {}, config }
    }
    const plain = withAxios(axios.create({ adapter }), { adapter: jiguang })
    const first = plain.get('https://api.verification.jpush.cn/x')
    // axios' synchronous request path: no asynchronous request interceptor stands before the adapter.
    expect(sent).toBe(1)
    await first
    const retrying = withAxios(axios.create({ adapter }), { adapter: jiguang, retry: true })
    const second = retrying.get('https://api.verification.jpush.cn/x')
    expect(sent).toBe(1)
    await second
    expect(sent).toBe(2)
    removeErrcode(retrying)
    void retrying.get('https://api.verification.jpush.cn/x')
    expect(sent).toBe(3)
  })

  it('retries per request unless told not to, and lets a request interceptor error through untouched', async () => {
    const api = withAxios(axios.create({ baseURL: sim.url }), {
      adapter: jiguang,
      retry: { baseDelay: 1, budget: false },
    })
    await rejection(api.get('/jiguang/x?code=2000', { errcode: { retry: false } }))
    expect(sim.requests.total).toBe(1)
    sim.reset()
    expect(await rejection(api.get('/jiguang/x?code=2000'))).toMatchObject({ attempts: 3 })
    expect(sim.requests.total).toBe(3)
    const broken = withAxios(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    broken.interceptors.request.use(() => {
      throw new Error('my own bug')
    })
    expect(((await rejection(broken.get('/jiguang/x'))) as Error).message).toBe('my own bug')
  })

  it('translates a 500 without a vendor code through axios, keeping the vendor of the route', async () => {
    const api = withAxios(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    expect(await rejection(api.get('/raw?status=500&body=oops&type=text/plain'))).toMatchObject({
      vendor: 'jiguang',
      code: 500,
    })
    expect(await rejection(api.get('/raw?status=500&body=oops&type=text/plain'))).toBeInstanceOf(InternalError)
  })
})

describe('fetch details', () => {
  it('reads a JSON body that arrives in several chunks', async () => {
    const parts = ['{"code":', '1804,', '"content":"qps limit"}']
    const fake = (async () =>
      new Response(
        new ReadableStream({
          start(c) {
            for (const p of parts) c.enqueue(new TextEncoder().encode(p))
            c.close()
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      )) as typeof fetch
    const err = await rejection(withFetch(fake, { adapter: jiguang })('https://api.verification.jpush.cn/x'))
    expect(err).toMatchObject({ code: 1804, vendorMessage: 'qps limit' })
  })

  it('passes 204 and 304 without reading, and a declared length over the limit unread', async () => {
    const f = withFetch(fetch, { adapter: jiguang, maxBodyBytes: 10 })
    expect((await f(`${sim.url}/empty?status=204`)).status).toBe(204)
    const res = await f(`${sim.url}/jiguang/x?code=1804`)
    expect(await res.json()).toMatchObject({ code: 1804 })
  })

  it('keys the guard by the Authorization of a Request object, and takes its method', async () => {
    const f = withFetch(fetch, { adapter: jiguang, retry: { maxDelay: 10, budget: false } })
    const date = encodeURIComponent(new Date().toUTCString())
    const req = () =>
      new Request(`${sim.url}/jiguang/x?code=9007&date=${date}`, {
        method: 'PUT',
        headers: { authorization: 'Basic a' },
      })
    expect(await rejection(f(req()))).toMatchObject({ code: 9007, request: { method: 'PUT' } })
    expect(await rejection(f(req()))).toMatchObject({ shortCircuited: true })
    const other = new Request(`${sim.url}/jiguang/x?code=9000`, { headers: { authorization: 'Basic b' } })
    expect((await f(other)).status).toBe(200)
    expect(sim.requests.total).toBe(2)
  })
})

describe('ky details', () => {
  it('reads throwHttpErrors as a function of the status', async () => {
    const api = withKy(ky.create({ retry: 0, throwHttpErrors: (status) => status !== 503 }), { adapter: jiguang })
    expect((await api.get(`${sim.url}/html?status=503`)).status).toBe(503)
    expect(await rejection(api.get(`${sim.url}/html?status=502`))).toBeInstanceOf(ServiceUnavailableError)
    const perCall = withKy(ky.create({ retry: 0 }), { adapter: jiguang })
    expect((await perCall.get(`${sim.url}/html?status=502`, { throwHttpErrors: false })).status).toBe(502)
    expect((await perCall(`${sim.url}/html?status=503`, { throwHttpErrors: (s) => s !== 503 })).status).toBe(503)
    expect(await rejection(perCall.get(`${sim.url}/html?status=502`))).toBeInstanceOf(ServiceUnavailableError)
  })

  it('keeps a call’s throwHttpErrors when one of its hooks replaces the request', async () => {
    const api = withKy(ky.create({ retry: 0 }), { adapter: jiguang })
    const res = await api.get(`${sim.url}/html?status=502`, {
      throwHttpErrors: false,
      hooks: { beforeRequest: [(request) => new Request(request, { headers: { 'x-trace': '1' } })] },
    })
    expect(res.status).toBe(502)
    expect(sim.requests.total).toBe(1)
  })

  it('builds extended instances on their own defaults: throwHttpErrors, and a fetch of their own', async () => {
    const api = withKy(ky.create({ retry: 0 }), { adapter: jiguang })
    expect((await api.extend({ throwHttpErrors: false }).get(`${sim.url}/html?status=503`)).status).toBe(503)
    const fetched: string[] = []
    const own = api.extend({
      fetch: (input, init) => {
        fetched.push(input instanceof Request ? input.url : String(input))
        return fetch(input, init)
      },
    })
    expect(await rejection(own.get(`${sim.url}/jiguang/x?code=1804`))).toBeInstanceOf(RateLimitError)
    expect(fetched).toEqual([`${sim.url}/jiguang/x?code=1804`])
    const twice = api.extend({ timeout: 5000 }).extend({ throwHttpErrors: false })
    expect((await twice.get(`${sim.url}/html?status=502`)).status).toBe(502)
    expect(await rejection(twice.get(`${sim.url}/jiguang/x?code=1804`))).toBeInstanceOf(RateLimitError)
  })

  it('keeps a retry limit given as a number, and asks the application’s shouldRetry about dropped connections', async () => {
    const asked: unknown[] = []
    const api = withKy(
      ky.create({
        retry: {
          limit: 2,
          delay: () => 1,
          shouldRetry: ({ error }) => {
            asked.push(error)
            return asked.length < 2
          },
        },
      }),
      { adapter: jiguang },
    )
    expect(await rejection(api.get(`${sim.url}/drop`))).toBeInstanceOf(NetworkError)
    expect(asked).toHaveLength(2)
    expect(asked[0]).toBeInstanceOf(NetworkError)
    expect(sim.requests.total).toBe(2)
    sim.reset()
    const numbered = withKy(ky.create({ retry: 1 }), { adapter: jiguang })
    expect(await rejection(numbered.get(`${sim.url}/drop`))).toBeInstanceOf(NetworkError)
    expect(sim.requests.total).toBe(2)
  })

  it('leaves unrouted requests, and the application’s own errors, to ky', async () => {
    const api = withKy(ky.create({ retry: 0 }), {
      adapters: [{ match: 'api.verification.jpush.cn', adapter: jiguang }],
    })
    const err = await rejection(api.get(`${sim.url}/html?status=502`))
    expect((err as Error).name).toBe('HTTPError')
    const hooked = withKy(
      ky.create({
        retry: 0,
        hooks: {
          beforeRequest: [
            () => {
              throw new Error('my own bug')
            },
          ],
        },
      }),
      { adapter: jiguang },
    )
    expect(((await rejection(hooked.get(`${sim.url}/jiguang/x`))) as Error).message).toBe('my own bug')
  })

  it('refreshes once through ky, then replays', async () => {
    let token = 'old'
    let refreshed = 0
    const base = ky.create({
      hooks: {
        beforeRequest: [
          (request) => {
            request.headers.set('authorization', `Bearer ${token}`)
          },
        ],
      },
    })
    const api = withKy(base, {
      adapter: jiguang,
      retry: {
        budget: false,
        refresh: () => {
          refreshed++
          token = 'new'
        },
      },
    })
    const out = await api.post(`${sim.url}/jiguang/x?code=9003&acceptToken=new`).json()
    expect(out).toMatchObject({ code: 0 })
    expect(refreshed).toBe(1)
    expect(sim.requests.total).toBe(2)
  })
})

describe('the settings an installed interceptor classifies with', () => {
  const settings = { adapter: jiguang, locale: 'zh', secrets: ['x-trace'] } as const
  const calls: Record<string, (url: string) => Promise<unknown>> = {
    axios: (url) => withAxios(axios.create(), settings).get(url),
    ky: (url) => withKy(ky.create({ retry: 0 }), settings).get(url),
    fetch: (url) => withFetch(fetch, settings)(url),
  }
  it.each(Object.keys(calls))(
    '%s: its own secret names and locale, and the method and host/path in the message',
    async (name) => {
      const call = calls[name] as (url: string) => Promise<unknown>
      const err = (await rejection(call(`${sim.url}/jiguang/v1/web/verify?code=1804&x-trace=t0ps3cret`))) as ApiError
      expect(err.description).toMatch(/[\u4e00-\u9fff]/)
      expect(err.request?.method).toBe('GET')
      expect(err.request?.url).toBe(`${sim.url}/jiguang/v1/web/verify?code=1804&x-trace=***`)
      expect(err.message).toMatch(/ — GET 127\.0\.0\.1:\d+\/jiguang\/v1\/web\/verify$/)
    },
  )
})
