// errcode/fetch's own surface: a response handed back byte for byte, Request and URL inputs, bodies it does
// not read, aborts and malformed URLs, routing by vendor hosts, and the whole Response it hands back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { withErrcode } from '../../src/clients/fetch/fetch.js'
import { UnknownApiError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { rejection } from '../support/clients.js'
import { collectedAfter } from '../support/gc.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const wrapped = () => withErrcode(fetch, { adapter: jiguang })

describe('errcode-js/fetch', () => {
  it('hands back a response whose body the caller reads byte for byte, with status, headers and url intact', async () => {
    const url = `${sim.url}/jiguang/v1/web/verify?code=9000&message=${encodeURIComponent('号码一致 ✓ \u{1F600}')}`
    const bare = await fetch(url)
    const expected = new Uint8Array(await bare.arrayBuffer())
    const res = await wrapped()(url)
    expect(res.status).toBe(200)
    expect(res.statusText).toBe(bare.statusText)
    expect(res.url).toBe(url)
    expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(expected)
  })

  it('lets the caller use json(), text() or the body stream, once, as with fetch', async () => {
    const url = `${sim.url}/jiguang/x?code=9000`
    const a = await wrapped()(url)
    expect(await a.json()).toEqual({ code: 9000, content: 'verify consistent' })
    expect(a.bodyUsed).toBe(true)
    await expect(a.json()).rejects.toThrow(TypeError)
    const b = await wrapped()(url)
    expect(await b.text()).toBe('{"code":9000,"content":"verify consistent"}')
    const c = await wrapped()(url)
    const chunks: Uint8Array[] = []
    for await (const chunk of c.body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk)
    expect(Buffer.concat(chunks).toString()).toBe('{"code":9000,"content":"verify consistent"}')
  })

  it('accepts a Request or a URL object as input, as fetch does', async () => {
    const f = wrapped()
    await expect(
      f(new Request(`${sim.url}/jiguang/x?code=1804`, { method: 'POST', body: '{}' })),
    ).rejects.toMatchObject({
      code: 1804,
      request: { method: 'POST' },
    })
    await expect(f(new URL(`${sim.url}/jiguang/x?code=1804`))).rejects.toMatchObject({ code: 1804 })
  })

  it('passes a 50 MB binary download through without reading it, byte count intact', async () => {
    const url = `${sim.url}/download?bytes=${50 * 1024 * 1024}`
    const res = await wrapped()(url)
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    let total = 0
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) total += chunk.byteLength
    expect(total).toBe(50 * 1024 * 1024)
  })

  it('does not buffer a text body larger than maxBodyBytes: it streams it on, every byte', async () => {
    const f = withErrcode(fetch, { adapter: jiguang, maxBodyBytes: 1024 })
    const res = await f(`${sim.url}/download?bytes=300000&type=text/plain`)
    expect((await res.arrayBuffer()).byteLength).toBe(300_000)
  })

  it.each(['text/plain', 'application/octet-stream'])(
    'returns before a never-ending %s stream ends: the stream is passed on, not awaited',
    async (type) => {
      let pulls = 0
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls++
          controller.enqueue(new Uint8Array(4096).fill(0x20))
        },
      })
      const fakeFetch = async () => new Response(endless, { headers: { 'content-type': type } })
      const f = withErrcode(fakeFetch as typeof fetch, { adapter: jiguang, maxBodyBytes: 64 * 1024 })
      const res = await f('https://api.verification.jpush.cn/stream')
      const reader = (res.body as ReadableStream<Uint8Array>).getReader()
      const first = await reader.read()
      expect(first.value?.byteLength).toBe(4096)
      expect(pulls).toBeLessThan(40)
      await reader.cancel()
    },
  )

  it('does not read a body when the route does not match, and passes errors of unmatched hosts through', async () => {
    const f = withErrcode(fetch, { adapters: [{ match: 'api.verification.jpush.cn', adapter: jiguang }] })
    const res = await f(`${sim.url}/jiguang/x?code=1804`)
    expect(await res.json()).toMatchObject({ code: 1804 })
    const err = await rejection(f(`${sim.url}/drop`))
    expect(err).toBeInstanceOf(TypeError)
  })

  it('leaves an abort by the caller as the caller’s AbortError', async () => {
    const controller = new AbortController()
    const pending = wrapped()(`${sim.url}/slow?ms=2000`, { signal: controller.signal })
    controller.abort()
    const err = await rejection(pending)
    expect((err as Error).name).toBe('AbortError')
  })

  it('rejects a malformed URL with fetch’s own TypeError', async () => {
    const err = await rejection(wrapped()('http://[::1'))
    expect(err).toBeInstanceOf(TypeError)
    expect(err).not.toBeInstanceOf(UnknownApiError)
  })
})

describe('errcode/fetch routing by vendor hosts', () => {
  it('matches an adapter’s own hosts without a rule for them', async () => {
    const body = JSON.stringify({ code: 1804, content: 'qps limit' })
    const fake = (async () => new Response(body, { headers: { 'content-type': 'application/json' } })) as typeof fetch
    const f = withErrcode(fake, { adapters: [{ match: 'elsewhere.example', adapter: jiguang }] })
    await expect(f('https://api.verification.jpush.cn/v1/web/verify', { method: 'POST' })).rejects.toMatchObject({
      vendor: 'jiguang',
      code: 1804,
    })
    expect((await f('https://unrelated.example/x')).status).toBe(200)
  })
})

describe('errcode/fetch hands back a whole Response', () => {
  const body = JSON.stringify({ code: 9000, content: 'verify consistent', note: '号码一致' })
  const fake = (async () =>
    new Response(body, {
      status: 200,
      statusText: 'OK',
      headers: { 'content-type': 'application/json', 'x-trace': 't1' },
    })) as typeof fetch
  const f = withErrcode(fake, { adapter: jiguang })
  const url = 'https://api.verification.jpush.cn/v1/web/verify'

  it('is a Response, cloneable before it is read, and each clone reads the same bytes', async () => {
    const res = await f(url)
    expect(res).toBeInstanceOf(Response)
    expect(res.headers.get('x-trace')).toBe('t1')
    const copy = res.clone()
    expect(await copy.text()).toBe(body)
    expect(await res.json()).toEqual(JSON.parse(body))
    expect(() => res.clone()).toThrow(TypeError)
  })

  it('gives a clone and the original values of their own, as two readers of one Response get', async () => {
    const res = await f(url)
    const fromCopy = await res.clone().json()
    const fromOriginal = await res.json()
    expect(fromCopy).toEqual(fromOriginal)
    expect(fromCopy).not.toBe(fromOriginal)
  })

  it('does not keep the body once it is read: the value handed over goes when the caller drops it', async () => {
    const res = await f(url)
    expect(await collectedAfter(() => res.json())).toBe(true)
    expect(res.bodyUsed).toBe(true)
  })

  it('keeps Response as its constructor, and reads right when two wrappers restore it in turn', async () => {
    const res = await f(url)
    expect(res.constructor).toBe(Response)
    expect(Object.keys(res)).toEqual([])
    const twice = withErrcode(f, { adapter: jiguang })
    const again = await twice(url)
    expect(Object.getPrototypeOf(Object.getPrototypeOf(again))).toBe(Response.prototype)
    expect(again.bodyUsed).toBe(false)
    expect(await again.json()).toEqual(JSON.parse(body))
    expect(again.bodyUsed).toBe(true)
    await expect(again.text()).rejects.toThrow(TypeError)
  })

  it('reads as a Blob and as bytes, and counts as used once its stream is taken', async () => {
    const blob = await (await f(url)).blob()
    expect(blob.type).toBe('application/json')
    expect(await blob.text()).toBe(body)
    const bytes = new Uint8Array(await (await f(url)).arrayBuffer())
    expect(new TextDecoder().decode(bytes)).toBe(body)
    const res = await f(url)
    expect(res.bodyUsed).toBe(false)
    const reader = (res.body as ReadableStream<Uint8Array>).getReader()
    expect(res.bodyUsed).toBe(true)
    await expect(res.text()).rejects.toThrow(TypeError)
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(body)
  })

  it('reads as text after a look at its body stream, as ofetch looks before text()', async () => {
    const res = await f(url)
    expect(res.body).not.toBeNull()
    expect(res.bodyUsed).toBe(false)
    expect(await res.text()).toBe(body)
    expect(res.bodyUsed).toBe(true)
    expect((await (res.body as ReadableStream<Uint8Array>).getReader().read()).done).toBe(true)
    const looked = await f(url)
    void looked.body
    expect(await looked.clone().json()).toEqual(JSON.parse(body))
    expect(new TextDecoder().decode((await (looked.body as ReadableStream<Uint8Array>).getReader().read()).value)).toBe(
      body,
    )
  })
})
