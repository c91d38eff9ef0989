// Feishu's own wait, the `x-ogw-ratelimit-reset` header of a 99991400 answer, through axios, ky and fetch: the
// retry engine, the quota guard and pacing treat it as they treat `Retry-After` (each case runs with both).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feishu } from '../../adapters/feishu.js'
import { type ApiError, RateLimitError } from '../../src/index.js'
import { clients, rejection } from '../support/clients.js'

// The frequency-control page's example (open.feishu.cn/document/server-docs/api-call-guide/frequency-control):
// HTTP/1.1 429 Too Many Requests, x-ogw-ratelimit-limit: 100, x-ogw-ratelimit-reset: 52, and this body.
const throttled = { code: 99991400, msg: 'request trigger frequency limit' }
const ok = { code: 0, msg: 'success', data: {} }

let server: Server
let base = ''
/** Requests seen per `key`: the first `fails` of a key are throttled, the rest pass. */
const seen = new Map<string, number>()
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const q = url.searchParams
    const key = q.get('key') ?? ''
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    if (n > Number(q.get('fails') ?? 0)) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(ok))
      return
    }
    res.writeHead(Number(q.get('status') ?? 429), {
      'content-type': 'application/json',
      'x-ogw-ratelimit-limit': '100',
      [q.get('header') ?? 'x-ogw-ratelimit-reset']: q.get('wait') ?? '1',
    })
    res.end(JSON.stringify(throttled))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

let serial = 0
/** A URL of its own key and credential (`access_token` in the query names the account to the guard). */
function route(header: string, wait: number, fails: number, status = 429) {
  const key = `k${++serial}`
  const q = new URLSearchParams({ key, header, wait: String(wait), fails: String(fails), status: String(status) })
  return { key, url: `${base}/open-apis/im/v1/messages?access_token=t-${key}&${q}` }
}

const fast = { baseDelay: 1, maxBackoff: 5, budget: false } as const

describe.each(clients)('Feishu’s wait through $name', (client) => {
  describe.each(['x-ogw-ratelimit-reset', 'retry-after'])('given as %s', (header) => {
    it('is the hint’s delay, on HTTP 429 and on the HTTP 400 of older APIs', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 1 } })
      for (const status of [429, 400]) {
        const err = (await rejection(call(route(header, 52, 1, status).url))) as ApiError
        expect(err).toBeInstanceOf(RateLimitError)
        expect(err).toMatchObject({
          code: 99991400,
          status,
          retry: { kind: 'after', delayMs: 52_000, scope: 'account' },
        })
      }
    })

    it('the retry engine waits it out, then replays', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 2, maxDelay: 5_000 } })
      const { key, url } = route(header, 1, 1)
      const started = Date.now()
      expect((await call(url)).data).toEqual(ok)
      expect(Date.now() - started).toBeGreaterThanOrEqual(950)
      expect(seen.get(key)).toBe(2)
    })

    it('past maxDelay it fails at once, and the guard refuses the next call without sending it', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 3, maxDelay: 5_000 } })
      const { key, url } = route(header, 3_600, 5)
      const started = Date.now()
      const first = (await rejection(call(url))) as ApiError
      expect(first).toMatchObject({ attempts: 1, retry: { kind: 'after', delayMs: 3_600_000 } })
      expect(Date.now() - started).toBeLessThan(2_000)
      const second = (await rejection(call(url))) as ApiError
      expect(second).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'quota', code: 99991400 })
      expect(seen.get(key)).toBe(1)
    })

    it('pacing holds the credential’s next request, failing at once when its turn is past the deadline', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 1, pacing: true, deadline: 150 } })
      const { key, url } = route(header, 1, 1)
      expect(await rejection(call(url))).toBeInstanceOf(RateLimitError)
      const held = (await rejection(call(url))) as ApiError
      expect(held).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'pacing', code: 99991400 })
      expect(seen.get(key)).toBe(1)
    })
  })

  it('reads no wait from a header it was not told of', async () => {
    const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 1 } })
    const err = (await rejection(call(route('x-ratelimit-reset', 52, 1).url))) as ApiError
    expect(err.retry).toMatchObject({ kind: 'backoff', replaySafe: true })
  })
})
