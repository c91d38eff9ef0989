// End to end on loopback for one client (bench section 2): the bare client and the same client wrapped by
// errcode, interleaved in one process, against the simulator at the given URL. Prints JSON for bench/run.ts.
import axios from 'axios'
import { jiguang } from 'errcode/adapters/jiguang'
import { withErrcode as withAxios } from 'errcode/axios'
import { withErrcode as withFetch } from 'errcode/fetch'
import { withErrcode as withKy } from 'errcode/ky'
import ky from 'ky'

/** One measured round: requests per second and client CPU µs per request. */
export interface Round {
  rps: number
  cpuUs: number
}
/** The rounds of one body kind, bare and wrapped in the same order. */
export interface Rounds {
  bare: Round[]
  wrapped: Round[]
}

type Call = (url: string) => Promise<unknown>
const swallow = (p: Promise<unknown>) => p.catch((e: unknown) => e)
// The bare baseline is what application code writes without errcode: check the code by hand, throw.
const byHand = (data: { code?: number; content?: string }) => {
  if (data.code !== 0 && data.code !== 8000 && data.code !== 9000)
    throw new Error(`jiguang ${data.code}: ${data.content}`)
  return data
}
const pairs: Record<string, () => { bare: Call; wrapped: Call }> = {
  axios: () => {
    // Two instances made alike, as for ky: the bare one differs from the wrapped one by errcode only.
    const bare = axios.create()
    const api = withAxios(axios.create(), { adapter: jiguang })
    return {
      bare: (url) => swallow(bare.get(url).then((r) => byHand(r.data))),
      wrapped: (url) => swallow(api.get(url).then((r) => r.data)),
    }
  },
  ky: () => {
    const bare = ky.create({ retry: 0 })
    const wrapped = withKy(ky.create({ retry: 0 }), { adapter: jiguang })
    return {
      bare: (url) => swallow(bare.get(url).json<{ code: number }>().then(byHand)),
      wrapped: (url) => swallow(wrapped.get(url).json()),
    }
  },
  fetch: () => {
    const f = withFetch(fetch, { adapter: jiguang })
    return {
      bare: (url) => swallow(fetch(url).then((r) => r.json().then(byHand))),
      wrapped: (url) => swallow(f(url).then((r) => r.json())),
    }
  },
}

/** Requests per second of one batch, and the client process's CPU time per request (µs). */
async function throughput(call: Call, url: string, total: number, concurrency: number) {
  let next = 0
  const started = performance.now()
  const cpu = process.cpuUsage()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++
        await call(url)
      }
    }),
  )
  const used = process.cpuUsage(cpu)
  return { rps: total / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / total }
}

const [client = 'fetch', simUrl = '', flag] = process.argv.slice(2)
const quick = flag === '--quick'
const rounds = quick ? 4 : 20
const perRound = quick ? 500 : 1_000
const make = pairs[client]
if (make === undefined) throw new Error(`no such client: ${client}`)
const pair = make()
const out: Record<string, Rounds> = {}
for (const [body, path] of [
  ['success', '/jiguang/v1/web/verify?code=9000'],
  ['error', '/jiguang/v1/web/verify?code=1804'],
] as const) {
  const url = `${simUrl}${path}`
  await throughput(pair.bare, url, 300, 16)
  await throughput(pair.wrapped, url, 300, 16)
  const bare: Round[] = []
  const wrapped: Round[] = []
  for (let r = 0; r < rounds; r++) {
    // A B, then B A: neither variant always runs second.
    if (r % 2 === 0) {
      bare.push(await throughput(pair.bare, url, perRound, 16))
      wrapped.push(await throughput(pair.wrapped, url, perRound, 16))
    } else {
      wrapped.push(await throughput(pair.wrapped, url, perRound, 16))
      bare.push(await throughput(pair.bare, url, perRound, 16))
    }
  }
  out[body] = { bare, wrapped }
}
process.stdout.write(JSON.stringify(out))
