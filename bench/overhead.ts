// What errcode adds to each request in microseconds, without a network: each client talks to an in-memory
// transport (an axios adapter, a fetch function) that answers at once. Bare, wrapped and the inline check
// interleave in one process; each figure is the median difference per request. Run by bench/run.ts (section 2b).
import type { AxiosAdapter } from 'axios'
import { type Call, clientPair } from './clients.js'
import { batch, measureSides, median } from './support.js'

export interface Overhead {
  bareUs: number
  wrappedUs: number
  addedUs: number
  /** The check written inline where errcode sits (bench/clients.ts): what it adds to bare. */
  inlineAddedUs: number
}

const url = 'https://api.verification.jpush.cn/v1/web/verify'
const [client = 'fetch', flag] = process.argv.slice(2)
const rounds = flag === '--quick' ? 6 : 30 // whole cycles of the six orders of three sides
const out: Record<string, Overhead> = {}
// A success body of some 2 KB besides the short ones: what a client does with the body shows with its size.
const items = Array.from({ length: 50 }, (_, i) => ({ i, name: `item ${i}`, tags: ['a', 'b'] }))
const larger = JSON.stringify({ code: 9000, content: 'verify consistent', exID: '1234566', items })
for (const [body, text] of [
  ['success', '{"id":117270465679982592,"code":9000,"content":"verify consistent","exID":"1234566"}'],
  ['error', '{"code":1804,"content":"qps limit"}'],
  [`success ${(larger.length / 1024).toFixed(1)} KB`, larger],
] as const) {
  const headers = { 'content-type': 'application/json; charset=utf-8', date: new Date().toUTCString() }
  const axiosAdapter: AxiosAdapter = async (config) => ({ data: text, status: 200, statusText: 'OK', headers, config })
  const fake = (async () => new Response(text, { status: 200, headers })) as typeof fetch
  const pair = clientPair(client, { fetch: fake, axiosAdapter })
  const cpu = async (call: () => Promise<unknown>) => (await batch(call, 2_000)).cpuUs
  const perCall = (call: Call) => cpu(() => call(url))
  const { bare, wrapped, inline } = await measureSides(rounds, pair, perCall, perCall)
  const added = (side: number[]) => median(side.map((w, i) => w - (bare[i] ?? 0)))
  out[body] = {
    bareUs: median(bare),
    wrappedUs: median(wrapped),
    addedUs: added(wrapped),
    inlineAddedUs: added(inline),
  }
}
process.stdout.write(JSON.stringify(out))
