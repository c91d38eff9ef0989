// One process of a fleet (bench/fleet.ts): offers requests at a steady rate to a jiguang URL with a QPS limit,
// all under one credential, paced from Redis or from its own memory, and sends what happened to its parent.
// Arguments: simulator URL, Redis port or `memory`, seconds, requests a second, the keys' prefix. The start
// tick comes over IPC once every process of the fleet has warmed up.
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'
import { redisPacingStore } from 'errcode-js/redis'
import { Redis } from 'ioredis'
import type { PacingRun } from './pacing.js'

const [simUrl = '', where = 'memory', secondsArg = '10', rateArg = '25', prefix = 'fleet'] = process.argv.slice(2)
const seconds = Number(secondsArg)
const rate = Number(rateArg)
const client = where === 'memory' ? undefined : new Redis({ port: Number(where), host: '127.0.0.1' })
client?.on('error', () => undefined)
let degraded = 0
// An outage the store reports (a command past its `timeoutMs`, Redis gone): pacing falls back to memory.
const degradedAt: number[] = []
const onDegrade = () => {
  degraded++
  degradedAt.push(Date.now())
}
const pacing = client === undefined ? true : { store: redisPacingStore({ client, prefix, onDegrade }) }
const f = withErrcode(fetch, { adapter: jiguang, retry: { maxAttempts: 1, deadline: 2_000, budget: false, pacing } })
const url = `${simUrl}/jiguang/v1/web/verify?qps=20`
const headers = { authorization: `ak-fleet-${prefix}` }

const out: PacingRun = { offered: 0, sent: 0, refusedByVendor: 0, refusedHere: 0, passed: 0, seconds }
// Warm, as a process of a running fleet is: its connections to the vendor and to Redis open, the request
// paths compiled. Cold, the first answers took 250 ms and more (four processes loading on one CPU), and every
// request sent meanwhile reached the vendor before any refusal could pace it. Other credentials, no limit.
const warm = { authorization: `ak-warm-${prefix}-${process.pid}` }
await client?.ping()
for (let i = 0; i < 30; i++) await f(`${simUrl}/jiguang/v1/web/verify`, { method: 'POST', body: '{}', headers: warm })
// The refusal's path too (the typed error, pacing's throttle), each on a credential of its own.
for (let i = 0; i < 10; i++) {
  const refused = { authorization: `${warm.authorization}-${i}` }
  await f(`${simUrl}/jiguang/v1/web/verify?code=1804`, { method: 'POST', body: '{}', headers: refused }).catch(() => 0)
}
// Ready: bench/fleet.ts answers with the start tick, the same for every process of the fleet.
const started = await new Promise<number>((resolve) => {
  process.once('message', (m: { startAt: number }) => resolve(m.startAt))
  process.send?.('ready')
})
const wait = started - Date.now()
if (wait > 0) await new Promise((r) => setTimeout(r, wait))
/** How late the warm-up made this process's start: a figure to print, not to hide. */
const lateMs = Math.max(0, -wait)
const pending: Promise<void>[] = []
/** When each refusal came back, in ms since the start: where in the run the fleet loses requests. */
const refusedAt: number[] = []
for (let i = 0; i < seconds * rate; i++) {
  // On the clock, with each process's phase of its own: a late timer does not lower the offered rate.
  const due = started + (i * 1000) / rate
  const ahead = due - Date.now()
  if (ahead > 0) await new Promise((r) => setTimeout(r, ahead))
  out.offered++
  pending.push(
    f(url, { method: 'POST', body: '{}', headers }).then(
      () => {
        if (Date.now() - started <= seconds * 1000) out.passed++
        out.sent++
      },
      (err: { code?: unknown; shortCircuited?: boolean }) => {
        if (err.shortCircuited === true) out.refusedHere++
        else {
          out.sent++
          if (err.code === 1804) {
            out.refusedByVendor++
            refusedAt.push(Date.now() - started)
          }
        }
      },
    ),
  )
}
await Promise.all(pending)
client?.disconnect()
if (client !== undefined) out.degraded = degraded
process.send?.({ ...out, refusedAt, lateMs, degradedAt: degradedAt.map((t) => t - started) })
