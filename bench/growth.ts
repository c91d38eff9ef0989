// Cost as work grows: routing over more routes, a larger catalog, more guarded keys, more requests in
// flight, larger batch answers. Each figure with the one it grows from, so that a cost that grows faster
// than the work shows as a growth factor above the work's. Run by bench/run.ts (section 7), alone in its
// process, with --expose-gc; prints JSON.
import axios, { type AxiosAdapter } from 'axios'
import { type Adapter, backoff, classifyResponse, defineAdapter, defineCatalog, type ResponseFacts } from 'errcode-js'
import { aliyunSms } from 'errcode-js/adapters/aliyun-sms'
import { guanaitong } from 'errcode-js/adapters/guanaitong'
import { iyune } from 'errcode-js/adapters/iyune'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { navinfo } from 'errcode-js/adapters/navinfo'
import { tencentSms } from 'errcode-js/adapters/tencent-sms'
import { ucpaas } from 'errcode-js/adapters/ucpaas'
import { wechat } from 'errcode-js/adapters/wechat'
import { withErrcode as withAxios } from 'errcode-js/axios'
import { catalogs } from 'errcode-js/catalogs'
import { withErrcode as withFetch } from 'errcode-js/fetch'
import { withErrcode as withKy } from 'errcode-js/ky'
import ky from 'ky'
import { measure } from 'mitata'
// The default store of the quota guard is internal: measured from its source.
import { MemoryGuardStore } from '../src/retry/guard.js'

const quick = process.argv.includes('--quick')
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
/** What this process prints. */
export interface Growth {
  routing: Record<'1 routes' | '10 routes' | '100 routes' | 'every shipped adapter, by its hosts' | 'bare', number>
  catalog: Record<'50 codes' | '5000 codes', { lookupNs: number; errorNs: number }>
  guard: Record<string, number>
  concurrency: Record<
    string,
    { bare: Flood; wrapped: Flood; requests: number; held: { bare: number; wrapped: number } }
  >
  batch: Record<'10 numbers' | '100 numbers' | '1000 numbers', { decodeUs: number; errorUs: number }>
}
interface Flood {
  p99Ms: number
  peakHeapMb: number
}
const out: Record<string, unknown> = {}
/** Mean ns of one call, by mitata. */
const ns = async (fn: () => unknown): Promise<number> =>
  (await measure(fn, { min_cpu_time: (quick ? 100 : 400) * 1e6 })).avg

// Routing: µs per request through wrapped fetch (in memory), the matching route last of N.
const body = '{"code":9000,"content":"verify consistent"}'
const headers = { 'content-type': 'application/json' }
const fake = (async () => new Response(body, { headers })) as typeof fetch
const routing: Record<string, number> = {}
// A first pass warms the code of every path up; the second is measured.
for (const pass of [0, 1])
  for (const n of [1, 10, 100]) {
    const adapters = Array.from({ length: n }, (_, i) => ({
      match: i === n - 1 ? 'api.verification.jpush.cn' : `api${i}.example.com`,
      adapter: jiguang,
    }))
    const f = withFetch(fake, { adapters })
    const t = await ns(() => f('https://api.verification.jpush.cn/v1/web/verify'))
    if (pass === 1) routing[`${n} routes`] = t
  }
const shipped: Adapter[] = [navinfo, guanaitong, ucpaas, iyune, wechat, aliyunSms, tencentSms, jiguang]
const every = withFetch(fake, { adapters: shipped.map((adapter) => ({ match: () => false, adapter })) })
routing['every shipped adapter, by its hosts'] = await ns(() =>
  every('https://api.verification.jpush.cn/v1/web/verify'),
)
const bare = await ns(() => fake('https://api.verification.jpush.cn/v1/web/verify'))
out.routing = { ...routing, bare }

// Catalog: lookup and making an error, with 50 codes and with a generated 5,000.
function generated(n: number) {
  const catalog = defineCatalog({
    vendor: `gen${n}`,
    title: 'generated',
    source: 'bench',
    timeZone: 'Asia/Shanghai',
    entries: Array.from({ length: n }, (_, i) => ({
      code: 100_000 + i,
      category: 'unavailable' as const,
      retry: backoff,
      message: `message ${i}`,
      description: { en: `description ${i}` },
    })),
  })
  return { catalog, adapter: defineAdapter({ catalog, code: 'code', message: 'msg' }) }
}
const catalogRows: Record<string, { lookupNs: number; errorNs: number }> = {}
for (const n of [50, 5_000]) {
  const { catalog, adapter } = generated(n)
  const codes = Array.from({ length: 64 }, (_, i) => 100_000 + ((i * 7919) % n))
  let k = 0
  const lookupNs = await ns(() => catalog.get(codes[k++ & 63] as number))
  const facts = (code: number): ResponseFacts => ({
    status: 200,
    header: () => null,
    body: { kind: 'json', value: { code, msg: 'x' }, text: `{"code":${code},"msg":"x"}` },
  })
  const bodies = codes.map(facts)
  const errorNs = await ns(() => classifyResponse(adapter, bodies[k++ & 63] as ResponseFacts))
  catalogRows[`${n} codes`] = { lookupNs, errorNs }
}
out.catalog = catalogRows

// Quota guard: heap held by blocks of N distinct credentials and of N distinct recipients (bounded).
const heapOf = (fill: () => unknown): number => {
  gc()
  const before = process.memoryUsage().heapUsed
  const kept = fill()
  gc()
  const after = process.memoryUsage().heapUsed
  if (kept === undefined) throw new Error('nothing kept')
  return after - before
}
const guard: Record<string, number> = {}
for (const n of [1_000, 10_000, 100_000]) {
  guard[`${n} credentials`] = heapOf(() => {
    const store = new MemoryGuardStore()
    const until = Date.now() + 3_600_000
    for (let i = 0; i < n; i++)
      store.set(`jiguang:api.verification.jpush.cn:${i.toString(36)}`, {
        until,
        vendor: 'jiguang',
        code: 9007,
        category: 'quota',
        description: 'daily limit',
        scope: 'account',
      })
    return store
  })
  guard[`${n} recipients`] = heapOf(() => {
    const store = new MemoryGuardStore()
    const until = Date.now() + 3_600_000
    for (let i = 0; i < n; i++)
      store.set(`jiguang:api.verification.jpush.cn:key:recipient:${i.toString(36)}`, {
        until,
        vendor: 'jiguang',
        code: 9006,
        category: 'quota',
        description: 'daily limit of one number',
        scope: 'recipient',
      })
    return store
  })
}
out.guard = guard

// Concurrency: 10,000 requests in flight at once through each client, retries on, against a transport
// that answers each after 20 ms; latency of each request, bare and wrapped, and the peak heap.
const inFlight = quick ? 2_000 : 10_000
/** A fetch and an axios adapter that answer once `answer` lets them. */
interface Transport {
  readonly fetch: typeof fetch
  readonly axios: AxiosAdapter
}
const transport = (answer: <T>(value: () => T) => Promise<T>): Transport => ({
  fetch: (() => answer(() => new Response(body, { headers }))) as typeof fetch,
  axios: (config) => answer(() => ({ data: body, status: 200, statusText: 'OK', headers, config })),
})
const url = 'https://api.verification.jpush.cn/v1/web/verify'
/** Each client's bare and wrapped call over a transport (the clients as an application makes them, once). */
const sidesOver = (
  t: Transport,
): Record<string, { bare: () => Promise<unknown>; wrapped: () => Promise<unknown> }> => ({
  axios: {
    bare: (() => {
      const api = axios.create({ adapter: t.axios })
      return () => api.get(url)
    })(),
    wrapped: (() => {
      const api = withAxios(axios.create({ adapter: t.axios }), { adapter: jiguang, retry: true })
      return () => api.get(url)
    })(),
  },
  ky: {
    bare: (() => {
      const api = ky.create({ fetch: t.fetch, retry: 0 })
      return () => api.get(url).json()
    })(),
    wrapped: (() => {
      // ky's own retry off on both sides, as on bare's (errcode's `retry` gives each call its own options).
      const api = withKy(ky.create({ fetch: t.fetch, retry: 0 }), { adapter: jiguang, retry: true })
      return () => api.get(url).json()
    })(),
  },
  fetch: {
    bare: () => t.fetch(url).then((r) => r.json()),
    wrapped: (() => {
      const f = withFetch(t.fetch, { adapter: jiguang, retry: true })
      return () => f(url).then((r) => r.json())
    })(),
  },
})
const sides = sidesOver(transport((value) => new Promise((resolve) => setTimeout(() => resolve(value()), 20))))
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)] as number
async function flood(call: () => Promise<unknown>) {
  gc()
  const base = process.memoryUsage().heapUsed
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base)
  }, 2)
  const latencies = await Promise.all(
    Array.from({ length: inFlight }, async () => {
      const started = performance.now()
      await call()
      return performance.now() - started
    }),
  )
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().heapUsed - base)
  return { p99Ms: p99(latencies), peakHeapMb: peak / 2 ** 20 }
}
// What each request holds while it waits, garbage left out: the same calls over a transport that answers
// only when told, measured after a full collection with every request sent and none answered. (The peak
// above counts garbage too, so it moves with when the collector happened to run.)
const waiting: (() => void)[] = []
const held = sidesOver(transport((value) => new Promise((resolve) => waiting.push(() => resolve(value())))))
async function heldBytes(call: () => Promise<unknown>): Promise<number> {
  gc()
  const base = process.memoryUsage().heapUsed
  const calls = Array.from({ length: inFlight }, call)
  // Every request reaches the transport (admission and hooks take a few turns of the microtask queue).
  for (let turn = 0; waiting.length < inFlight && turn < 1_000; turn++) await new Promise((r) => setImmediate(r))
  gc()
  const bytes = (process.memoryUsage().heapUsed - base) / inFlight
  for (const answer of waiting.splice(0)) answer()
  await Promise.all(calls)
  return bytes
}
const concurrency: Record<string, unknown> = {}
for (const [client, side] of Object.entries(sides)) {
  await flood(side.bare)
  await flood(side.wrapped)
  const b = await flood(side.bare)
  const w = await flood(side.wrapped)
  const h = held[client] as (typeof held)[string]
  await heldBytes(h.bare)
  await heldBytes(h.wrapped)
  const heldBare = await heldBytes(h.bare)
  const heldWrapped = await heldBytes(h.wrapped)
  concurrency[client] = { bare: b, wrapped: w, requests: inFlight, held: { bare: heldBare, wrapped: heldWrapped } }
}
out.concurrency = concurrency

// A Tencent SendSms answer with N per-number statuses, half of them failed: decoding, and the error.
const batch: Record<string, { decodeUs: number; errorUs: number }> = {}
const answer = (n: number, failed: (i: number) => boolean) => ({
  Response: {
    RequestId: 'r',
    SendStatusSet: Array.from({ length: n }, (_, i) => ({
      PhoneNumber: `+86138${String(i).padStart(8, '0')}`,
      Code: failed(i) ? 'LimitExceeded.PhoneNumberDailyLimit' : 'Ok',
      Message: failed(i) ? 'daily limit' : 'send success',
      SerialNo: `s${i}`,
      Fee: 1,
    })),
  },
})
const factsOf = (value: unknown): ResponseFacts => {
  const text = JSON.stringify(value)
  return { status: 200, header: () => null, body: { kind: 'json', value, text } }
}
for (const n of [10, 100, 1_000]) {
  // Half the numbers failed: the call passes and the failures are listed (decode reads every item).
  const half = answer(n, (i) => i % 2 === 0)
  const halfText = JSON.stringify(half)
  const decodeUs = (await ns(() => tencentSms.decode(half, 200, halfText))) / 1000
  // Every number failed: the call is an error holding every number's own error.
  const all = factsOf(answer(n, () => true))
  const errorUs = (await ns(() => classifyResponse(tencentSms, all)?.items?.length)) / 1000
  batch[`${n} numbers`] = { decodeUs, errorUs }
}
out.batch = batch
out.catalogCodes = Object.fromEntries(Object.entries(catalogs).map(([v, c]) => [v, c.entries.length]))
process.stdout.write(JSON.stringify(out))
