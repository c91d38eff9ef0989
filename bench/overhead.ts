// What errcode adds to each request in microseconds, without a network: each client talks to an in-memory
// transport (an axios adapter, a fetch function) that answers at once. Bare and wrapped alternate in one
// process; the figure is the median difference per request. Run by bench/run.ts (section 2b).
import type { AxiosAdapter } from 'axios'
import { clientPair } from './clients.js'
import { alternate, batch, median } from './support.js'

export interface Overhead {
  bareUs: number
  wrappedUs: number
  addedUs: number
}

const url = 'https://api.verification.jpush.cn/v1/web/verify'
const [client = 'fetch', flag] = process.argv.slice(2)
const rounds = flag === '--quick' ? 6 : 30
const out: Record<string, Overhead> = {}
for (const [body, text] of [
  ['success', '{"id":117270465679982592,"code":9000,"content":"verify consistent","exID":"1234566"}'],
  ['error', '{"code":1804,"content":"qps limit"}'],
] as const) {
  const headers = { 'content-type': 'application/json; charset=utf-8', date: new Date().toUTCString() }
  const axiosAdapter: AxiosAdapter = async (config) => ({ data: text, status: 200, statusText: 'OK', headers, config })
  const fake = (async () => new Response(text, { status: 200, headers })) as typeof fetch
  const pair = clientPair(client, { fetch: fake, axiosAdapter })
  const cpu = async (call: () => Promise<unknown>) => (await batch(call, 2_000)).cpuUs
  await cpu(() => pair.bare(url))
  await cpu(() => pair.wrapped(url))
  const { bare, wrapped } = await alternate(
    rounds,
    () => cpu(() => pair.bare(url)),
    () => cpu(() => pair.wrapped(url)),
  )
  out[body] = {
    bareUs: median(bare),
    wrappedUs: median(wrapped),
    addedUs: median(wrapped.map((w, i) => w - (bare[i] ?? 0))),
  }
}
process.stdout.write(JSON.stringify(out))
