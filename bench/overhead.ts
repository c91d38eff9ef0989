// What errcode adds to each request in microseconds, without a network: each client talks to an in-memory
// transport (an axios adapter, a fetch function) that answers at once. Bare and wrapped alternate in one
// process; the figure is the median difference per request. Run by bench/run.ts (section 2b).
import axios, { type AxiosAdapter } from 'axios'
import { jiguang } from 'errcode/adapters/jiguang'
import { withErrcode as withAxios } from 'errcode/axios'
import { withErrcode as withFetch } from 'errcode/fetch'
import { withErrcode as withKy } from 'errcode/ky'
import ky from 'ky'

type Call = () => Promise<unknown>
const swallow = (p: Promise<unknown>) => p.catch((e: unknown) => e)
const byHand = (data: { code?: number; content?: string }) => {
  if (data.code !== 0 && data.code !== 8000 && data.code !== 9000)
    throw new Error(`jiguang ${data.code}: ${data.content}`)
  return data
}
const url = 'https://api.verification.jpush.cn/v1/web/verify'

function pairs(text: string): Record<string, { bare: Call; wrapped: Call }> {
  const headers = { 'content-type': 'application/json; charset=utf-8', date: new Date().toUTCString() }
  const adapter: AxiosAdapter = async (config) => ({ data: text, status: 200, statusText: 'OK', headers, config })
  const fake = (async () => new Response(text, { status: 200, headers })) as typeof fetch
  const axiosBare = axios.create({ adapter })
  const axiosWrapped = withAxios(axios.create({ adapter }), { adapter: jiguang })
  const kyBare = ky.create({ retry: 0, fetch: fake })
  const kyWrapped = withKy(ky.create({ retry: 0, fetch: fake }), { adapter: jiguang })
  const fetchWrapped = withFetch(fake, { adapter: jiguang })
  return {
    axios: {
      bare: () => swallow(axiosBare.get(url).then((r) => byHand(r.data))),
      wrapped: () => swallow(axiosWrapped.get(url).then((r) => r.data)),
    },
    ky: {
      bare: () => swallow(kyBare.get(url).json<{ code: number }>().then(byHand)),
      wrapped: () => swallow(kyWrapped.get(url).json()),
    },
    fetch: {
      bare: () => swallow(fake(url).then((r) => r.json().then(byHand))),
      wrapped: () => swallow(fetchWrapped(url).then((r) => r.json())),
    },
  }
}

/** CPU µs per request over one batch, 16 at a time. */
async function cpuPerRequest(call: Call, total: number): Promise<number> {
  let next = 0
  const cpu = process.cpuUsage()
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < total) {
        next++
        await call()
      }
    }),
  )
  const used = process.cpuUsage(cpu)
  return (used.user + used.system) / total
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

export interface Overhead {
  bareUs: number
  wrappedUs: number
  addedUs: number
}

const [client = 'fetch', flag] = process.argv.slice(2)
const rounds = flag === '--quick' ? 6 : 30
const out: Record<string, Overhead> = {}
for (const [body, text] of [
  ['success', '{"id":117270465679982592,"code":9000,"content":"verify consistent","exID":"1234566"}'],
  ['error', '{"code":1804,"content":"qps limit"}'],
] as const) {
  const pair = pairs(text)[client]
  if (pair === undefined) throw new Error(`no such client: ${client}`)
  await cpuPerRequest(pair.bare, 2_000)
  await cpuPerRequest(pair.wrapped, 2_000)
  const bare: number[] = []
  const wrapped: number[] = []
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [pair.bare, pair.wrapped] : [pair.wrapped, pair.bare]
    for (const call of order) (call === pair.bare ? bare : wrapped).push(await cpuPerRequest(call, 2_000))
  }
  out[body] = {
    bareUs: median(bare),
    wrappedUs: median(wrapped),
    addedUs: median(wrapped.map((w, i) => w - (bare[i] ?? 0))),
  }
}
process.stdout.write(JSON.stringify(out))
