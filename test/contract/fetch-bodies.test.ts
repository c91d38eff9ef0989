// How errcode/fetch reads a body: up to maxBodyBytes inclusive, chunked or declared; the Response it hands
// back after reading it; and a route that judges the status only.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { withErrcode } from '../../src/clients/fetch/fetch.js'
import { NetworkError, RateLimitError } from '../../src/index.js'

const url = 'https://api.verification.jpush.cn/v1/web/verify'
const limited = JSON.stringify({ code: 1804, content: 'qps limit' })

/** A body sent in pieces, without a content-length: what a chunked response looks like to fetch. */
function chunked(parts: string[], onCancel?: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let i = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const part = parts[i++]
      if (part === undefined) controller.close()
      else controller.enqueue(encoder.encode(part))
    },
    cancel: () => onCancel?.(),
  })
}

/** A fetch that answers with the response `make` builds, given the URL it was asked for. */
const answering = (make: () => Response) => (async () => make()) as typeof fetch

afterEach(() => {
  vi.restoreAllMocks()
})

describe('errcode/fetch reads bodies up to maxBodyBytes, inclusive', () => {
  it('reads a body of exactly the limit, declared or chunked, and judges it', async () => {
    const max = new TextEncoder().encode(limited).byteLength
    const declared = withErrcode(
      answering(
        () => new Response(limited, { headers: { 'content-type': 'application/json', 'content-length': String(max) } }),
      ),
      { adapter: jiguang, maxBodyBytes: max },
    )
    await expect(declared(url)).rejects.toBeInstanceOf(RateLimitError)
    const streamed = withErrcode(
      answering(() => new Response(chunked([limited.slice(0, 10), limited.slice(10)]))),
      { adapter: jiguang, maxBodyBytes: max },
    )
    await expect(streamed(url)).rejects.toBeInstanceOf(RateLimitError)
  })

  it('replays a chunked body found too large half-way, whole and in order, on a Response like the original', async () => {
    const parts = ['{"code":1804,', '"content":"', 'x'.repeat(50), '"}']
    const f = withErrcode(
      answering(() => {
        const res = new Response(chunked(parts), { status: 201, statusText: 'Created', headers: { 'x-a': '1' } })
        Object.defineProperty(res, 'url', { value: url })
        return res
      }),
      { adapter: jiguang, maxBodyBytes: 20 },
    )
    const res = await f(url)
    expect(res.status).toBe(201)
    expect(res.statusText).toBe('Created')
    expect(res.headers.get('x-a')).toBe('1')
    expect(res.url).toBe(url)
    expect(res.redirected).toBe(false)
    expect(await res.text()).toBe(parts.join(''))
  })

  it('hands back the very Response for a body it does not read, and releases that body on an error', async () => {
    const binary = new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } })
    const same = await withErrcode(
      answering(() => binary),
      { adapter: jiguang },
    )(url)
    expect(same).toBe(binary)
    expect(new Uint8Array(await same.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
    let cancelled = 0
    const failing = withErrcode(
      answering(
        () =>
          new Response(
            chunked(['x'], () => cancelled++),
            { status: 503, headers: { 'content-type': 'application/octet-stream' } },
          ),
      ),
      { adapter: jiguang },
    )
    await expect(failing(url)).rejects.toMatchObject({ category: 'unavailable', status: 503 })
    expect(cancelled).toBe(1)
  })

  it('leaves the body of a 205 alone', async () => {
    const res = await withErrcode(
      answering(() => new Response(null, { status: 205 })),
      { adapter: jiguang },
    )(url)
    expect(res.status).toBe(205)
  })
})

describe('the Response errcode/fetch hands back after reading it', () => {
  const plain = (body: string, type: string) =>
    withErrcode(
      answering(() => {
        const res = new Response(body, { headers: { 'content-type': type } })
        Object.defineProperty(res, 'url', { value: url })
        return res
      }),
      { adapter: jiguang },
    )

  it('parses no JSON twice, and a text body only when asked, failing as fetch fails', async () => {
    const f = plain(JSON.stringify({ code: 9000, content: 'ok' }), 'application/json')
    const res = await f(url)
    const parse = vi.spyOn(JSON, 'parse')
    expect(await res.json()).toEqual({ code: 9000, content: 'ok' })
    expect(parse).not.toHaveBeenCalled()
    const page = await plain('<html>maintenance</html>', 'text/html')(url)
    await expect(page.json()).rejects.toBeInstanceOf(SyntaxError)
  })

  it('gives each reader its own copy of the bytes, and clones keep the url', async () => {
    const body = JSON.stringify({ code: 9000, content: 'ok' })
    const res = await plain(body, 'application/json')(url)
    const copy = res.clone()
    expect(copy.url).toBe(url)
    expect(copy.redirected).toBe(false)
    const bytes = new Uint8Array(await copy.arrayBuffer())
    bytes.fill(0)
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe(body)
  })

  it('has an empty stream once its body was read', async () => {
    const res = await plain(JSON.stringify({ code: 9000 }), 'application/json')(url)
    await res.text()
    const read = await (res.body as ReadableStream<Uint8Array>).getReader().read()
    expect(read.done).toBe(true)
    expect(res.bodyUsed).toBe(true)
  })
})

describe('errcode/fetch on a route that judges the status only', () => {
  it('names the vendor http for a connection that failed', async () => {
    const refused = (async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    }) as typeof fetch
    const f = withErrcode(refused, { adapters: [{ match: 'status.example' }] })
    const err = await f('https://status.example/health').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ vendor: 'http', code: 'ECONNREFUSED', request: { method: 'GET' } })
  })
})
