import { describe, expect, it } from 'vitest'
import { guanaitong } from '../../adapters/guanaitong.js'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import {
  type Adapter,
  ApiError,
  AuthenticationError,
  NetworkError,
  RateLimitError,
  ServiceUnavailableError,
  TimeoutError,
  UnknownApiError,
} from '../../src/index.js'
import { simulatedVendors } from '../../src/testing/answers.js'
import { clients, rejection } from './clients.js'

/** Every vendor the simulator answers for: all that errcode ships. */
const vendors: Readonly<Record<string, Adapter>> = simulatedVendors

/** One error code per category that each vendor has, so every class is reached through every client. */
function errorSample(adapter: Adapter) {
  const seen = new Set<string>()
  return adapter.catalog.entries.filter((e) => {
    if (e.kind !== 'error' || seen.has(e.category)) return false
    seen.add(e.category)
    return true
  })
}

/**
 * The behaviour every client shares, run against a base URL that answers like the simulator: msw in one
 * test file, the real node:http simulator in another.
 */
export function contract(transport: string, base: () => string, extra: { all?: boolean } = {}) {
  describe.each(clients)(`$name against ${transport}`, (client) => {
    const single = (adapter: Adapter) => client.wrap({ adapter })

    it('passes a success through untouched', async () => {
      const out = await single(jiguang)(`${base()}/jiguang/v1/web/verify?code=9000`)
      expect(out.status).toBe(200)
      expect(out.data).toEqual({ code: 9000, content: 'verify consistent' })
    })

    it.each(Object.keys(vendors))('turns %s error codes in a 200 body into their classes', async (vendor) => {
      const adapter = vendors[vendor] as Adapter
      const call = single(adapter)
      const entries = extra.all ? adapter.catalog.entries.filter((e) => e.kind === 'error') : errorSample(adapter)
      for (const entry of entries) {
        // A code listed under several parents (WeChat Pay's APIv2 `FAIL`) is asked for under its own.
        const parent = entry.parent === undefined ? '' : `&parent=${encodeURIComponent(String(entry.parent))}`
        const err = await rejection(
          call(`${base()}/${vendor}/api?code=${encodeURIComponent(String(entry.code))}${parent}`),
        )
        expect(err, `${vendor} ${entry.code}`).toBeInstanceOf(ApiError)
        expect(err).toMatchObject({ vendor, code: entry.code, category: entry.category, status: 200, source: 'vendor' })
        expect((err as ApiError).entry).toBe(entry)
      }
    })

    it('turns a vendor code in a 4xx/5xx body into the vendor’s error, not the status’s', async () => {
      const err = await rejection(single(jiguang)(`${base()}/jiguang/v1?code=1804&status=429&retryAfter=3`))
      expect(err).toBeInstanceOf(RateLimitError)
      expect(err).toMatchObject({ code: 1804, status: 429, source: 'vendor', retry: { kind: 'after', delayMs: 3000 } })
      const auth = await rejection(single(guanaitong)(`${base()}/guanaitong/x?code=1000210004&status=401`))
      expect(auth).toBeInstanceOf(AuthenticationError)
      expect(auth).toMatchObject({ code: 1000210004, retry: { kind: 'refresh' } })
    })

    it('makes a code the catalog lacks an UnknownApiError with the raw code, message and status', async () => {
      const err = await rejection(
        single(ucpaas)(
          `${base()}/ucpaas/ol/sms/sendsms?code=105147&variant=1&message=${encodeURIComponent('频率超限')}`,
        ),
      )
      expect(err).toBeInstanceOf(UnknownApiError)
      expect(err).toMatchObject({ code: '105147', vendorMessage: '频率超限', status: 200, vendor: 'ucpaas' })
    })

    it('gives an error the frames of the application’s call, and none of errcode’s', async () => {
      const call = single(jiguang)
      async function applicationCall() {
        return await call(`${base()}/jiguang/v1/web/verify?code=1804`)
      }
      const { stack } = (await rejection(applicationCall())) as Error
      expect(stack).toMatch(/^RateLimitError: jiguang 1804: /)
      expect(stack).toMatch(/\n {4}at (async )?applicationCall /)
      expect(stack).not.toMatch(/createError|vendorError|errorOf|responseError|unplacedError|judge|inspect/)
    })

    it('returns a result code as a response, not an error', async () => {
      const out = await single(jiguang)(`${base()}/jiguang/v1/web/verify?code=9001`)
      expect(out.data).toMatchObject({ code: 9001 })
    })

    it('reads ucpaas v1 XML bodies', async () => {
      const err = await rejection(single(ucpaas)(`${base()}/ucpaas/v1?code=105110&format=xml`))
      expect(err).toMatchObject({ code: '105110', category: 'not_found' })
      const ok = await single(ucpaas)(`${base()}/ucpaas/v1?code=000000&format=xml`)
      expect(ok.data).toContain('<respCode>000000</respCode>')
    })

    it('classifies an HTML 502 page by its status', async () => {
      const err = await rejection(single(jiguang)(`${base()}/html?status=502`))
      expect(err).toBeInstanceOf(ServiceUnavailableError)
      expect(err).toMatchObject({
        vendor: 'jiguang',
        code: 502,
        status: 502,
        source: 'http',
        retry: { kind: 'backoff' },
      })
      expect((err as ApiError).body).toContain('502 Bad Gateway')
    })

    it('makes an empty or malformed JSON body an UnknownApiError, never a crash', async () => {
      for (const path of ['/empty', '/malformed', '/raw?body=%22ok%22', '/raw?body=%5B1%2C2%5D', '/raw?body=null']) {
        const err = await rejection(single(jiguang)(`${base()}${path}`))
        expect(err, path).toBeInstanceOf(UnknownApiError)
        expect(err, path).toMatchObject({ status: 200, vendor: 'jiguang' })
      }
    })

    it('passes an empty body that does not claim to be JSON', async () => {
      const out = await single(jiguang)(`${base()}/empty?type=text/plain`)
      expect(out.status).toBe(200)
    })

    it('keeps a request id above 2^53 exact', async () => {
      const err = await rejection(single(jiguang)(`${base()}/jiguang/v1?code=1804&requestId=117270465679982592`))
      expect((err as ApiError).requestId).toBe('117270465679982592')
    })

    it('records the request, masked, and keeps the client’s own object as cause', async () => {
      const err = await rejection(
        single(jiguang)(`${base()}/jiguang/v1/web/verify?code=1804&sig=CANARY-1&ak=CANARY-2`, {
          method: 'POST',
          body: '{}',
        }),
      )
      const e = err as ApiError
      expect(e.request?.method).toBe('POST')
      expect(e.request?.url).toMatch(/\/jiguang\/v1\/web\/verify\?code=1804&sig=\*\*\*&ak=\*\*\*$/)
      expect(JSON.stringify(e)).not.toContain('CANARY')
      expect(e.message).not.toContain('CANARY')
      expect(e.cause).toBeDefined()
    })

    it('turns a dropped connection into a NetworkError', async () => {
      const err = await rejection(single(jiguang)(`${base()}/drop`))
      expect(err).toBeInstanceOf(NetworkError)
      expect(err).toMatchObject({ vendor: 'jiguang', source: 'network', retry: { kind: 'backoff' } })
      expect((err as ApiError).cause).toBeDefined()
    })

    it('turns a timeout into a TimeoutError', async () => {
      const err = await rejection(single(jiguang)(`${base()}/slow?ms=3000`, { timeoutMs: 100 }))
      expect(err).toBeInstanceOf(TimeoutError)
      expect(err).toMatchObject({ vendor: 'jiguang', source: 'network' })
    })

    it('routes several vendors on one client and passes unmatched responses through', async () => {
      const call = client.wrap({
        adapters: [
          { match: /\/jiguang\//, adapter: jiguang },
          { match: (url) => url.pathname.startsWith('/ucpaas/'), adapter: ucpaas },
          { match: `${base()}/navinfo/`, adapter: navinfo },
        ],
      })
      expect(await rejection(call(`${base()}/jiguang/x?code=1804`))).toMatchObject({ vendor: 'jiguang', code: 1804 })
      expect(await rejection(call(`${base()}/ucpaas/x?code=105110`))).toMatchObject({ vendor: 'ucpaas' })
      expect(await rejection(call(`${base()}/navinfo/x?code=1007`))).toMatchObject({
        vendor: 'navinfo',
        category: 'quota',
      })
      const untouched = await call(`${base()}/guanaitong/x?code=1000210004`)
      expect(untouched.data).toMatchObject({ code: 1000210004 })
      // Untranslated: axios and ky reject with their own errors, fetch resolves with the 502 response.
      const html = await call(`${base()}/html?status=502`).catch((error: unknown) => error)
      expect(html).not.toBeInstanceOf(ApiError)
      expect(html instanceof Error || (html as { status: number }).status === 502).toBe(true)
    })

    it('judges only the HTTP status on a route without an adapter', async () => {
      const call = client.wrap({ adapters: [{ match: () => true }] })
      expect(await rejection(call(`${base()}/html?status=503`))).toMatchObject({
        vendor: 'http',
        code: 503,
        category: 'unavailable',
      })
      expect((await call(`${base()}/jiguang/x?code=1804`)).status).toBe(200)
    })
  })
}
