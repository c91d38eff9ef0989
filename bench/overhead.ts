// What errcode adds to each request in microseconds, without a network: each client talks to an in-memory
// transport (an axios adapter, a fetch function) that answers at once. Measured as an application makes
// its requests: one awaited after the other, GET and POST (`.get(url).json()`, `.post(url).json()` on ky),
// in batches of the same size for bare, wrapped and the inline check, interleaved round by round; each side's
// figure is its fastest round (the one least disturbed by the rest of the machine), and what a side adds is
// the median of its rounds less bare's, round by round. Run by bench/run.ts (section 2b).
import type { AxiosAdapter } from 'axios'
import { type Call, clientPair, type Method } from './clients.js'
import { measureSides, median } from './support.js'

/** Per request, in µs: CPU time of this process (all its threads), and elapsed time. */
interface Cost {
  cpuUs: number
  wallUs: number
}
export interface Overhead {
  bareUs: number
  wrappedUs: number
  addedUs: number
  /** The check written inline where errcode sits (bench/clients.ts): what it adds to bare. */
  inlineAddedUs: number
  /** The same three figures in elapsed time. */
  wall: { bareUs: number; addedUs: number; inlineAddedUs: number }
}

const url = 'https://api.verification.jpush.cn/v1/web/verify'
const [client = 'fetch', flag] = process.argv.slice(2)
const quick = flag === '--quick'
const rounds = quick ? 3 : 7
const perRound = quick ? 1_000 : 4_000
const out: Record<string, Overhead> = {}

/** `total` calls, each awaited before the next. */
async function sequential(call: () => Promise<unknown>, total: number): Promise<Cost> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  for (let i = 0; i < total; i++) await call()
  const used = process.cpuUsage(cpu)
  return { cpuUs: (used.user + used.system) / total, wallUs: ((performance.now() - started) * 1000) / total }
}

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
  for (const method of ['get', 'post'] as const satisfies Method[]) {
    const perCall = (call: Call) => sequential(() => call(url, method), perRound)
    const { bare, wrapped, inline } = await measureSides(rounds, pair, perCall, perCall)
    const fastest = (side: Cost[], of: keyof Cost) => Math.min(...side.map((c) => c[of]))
    // What a side adds: the median, over the rounds, of its round less bare's round beside it. Rounds run
    // side by side, so each pair shares the machine's state of the moment; a difference of the fastest
    // rounds (taken at different moments) moved by tens of µs between runs of ky.
    const over = (side: Cost[], of: keyof Cost) => median(side.map((c, i) => c[of] - (bare[i] as Cost)[of]))
    out[`${method.toUpperCase()} ${body}`] = {
      bareUs: fastest(bare, 'cpuUs'),
      wrappedUs: fastest(wrapped, 'cpuUs'),
      addedUs: over(wrapped, 'cpuUs'),
      inlineAddedUs: over(inline, 'cpuUs'),
      wall: {
        bareUs: fastest(bare, 'wallUs'),
        addedUs: over(wrapped, 'wallUs'),
        inlineAddedUs: over(inline, 'wallUs'),
      },
    }
  }
}
process.stdout.write(JSON.stringify(out))
