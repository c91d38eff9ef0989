// Pacing against a vendor's QPS limit: the simulator lets each credential pass 20 requests in any second
// and answers the rest jiguang 1804; a client offers 100 requests a second for 10 s, each with a 2 s
// deadline, without pacing and with it. Run by bench/run.ts (section 8); prints JSON.
import axios from 'axios'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode as withAxios } from 'errcode-js/axios'
import { withErrcode as withFetch } from 'errcode-js/fetch'
import { withErrcode as withKy } from 'errcode-js/ky'
import ky from 'ky'

export interface PacingRun {
  offered: number
  sent: number
  refusedByVendor: number
  refusedHere: number
  passed: number
  seconds: number
  /** Times the Redis store fell back to the process's own memory (its `onDegrade`): a fleet run only. */
  degraded?: number
}

const [simUrl = '', flag] = process.argv.slice(2)
const seconds = flag === '--quick' ? 4 : 10
const offeredPerSecond = 100
const limit = 20

type Call = (url: string, who: string) => Promise<unknown>
function client(name: string, pacing: boolean): Call {
  const retry = { maxAttempts: 1, deadline: 2_000, budget: false as const, pacing }
  if (name === 'axios') {
    const api = withAxios(axios.create(), { adapter: jiguang, retry })
    return (url, who) => api.post(url, '{}', { headers: { authorization: who } })
  }
  if (name === 'ky') {
    const api = withKy(ky.create({ retry: 0 }), { adapter: jiguang, retry })
    return (url, who) => api.post(url, { body: '{}', headers: { authorization: who } })
  }
  const f = withFetch(fetch, { adapter: jiguang, retry })
  return (url, who) => f(url, { method: 'POST', body: '{}', headers: { authorization: who } })
}

async function run(name: string, pacing: boolean): Promise<PacingRun> {
  const call = client(name, pacing)
  const who = `${name}-${pacing}-${Math.random()}`
  const url = `${simUrl}/jiguang/v1/web/verify?qps=${limit}`
  const out: PacingRun = { offered: 0, sent: 0, refusedByVendor: 0, refusedHere: 0, passed: 0, seconds }
  const pending: Promise<void>[] = []
  const started = performance.now()
  for (let i = 0; i < seconds * offeredPerSecond; i++) {
    // One request every 10 ms, on the clock: a late timer does not lower the offered rate.
    const due = started + (i * 1000) / offeredPerSecond
    const wait = due - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    out.offered++
    pending.push(
      call(url, who).then(
        () => {
          // Passed within the offering period: what the vendor let through while it was asked.
          if (performance.now() - started <= seconds * 1000) out.passed++
          out.sent++
        },
        (err: { code?: unknown; shortCircuited?: boolean }) => {
          if (err.shortCircuited === true) out.refusedHere++
          else {
            out.sent++
            if (err.code === 1804) out.refusedByVendor++
          }
        },
      ),
    )
  }
  await Promise.all(pending)
  return out
}

const result: Record<string, PacingRun> = {}
for (const name of ['fetch', 'axios', 'ky']) {
  for (const pacing of [false, true]) result[`${name} ${pacing ? 'paced' : 'unpaced'}`] = await run(name, pacing)
}
process.stdout.write(JSON.stringify(result))
