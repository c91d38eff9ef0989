// One process of a fleet (bench/fleet.ts): offers requests at a steady rate to a jiguang URL with a QPS limit,
// all under one credential, paced from Redis or from its own memory, and prints what happened as JSON.
// Arguments: simulator URL, Redis port or `memory`, start time (epoch ms), seconds, requests a second.
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'
import { redisPacingStore } from 'errcode-js/redis'
import { Redis } from 'ioredis'
import type { PacingRun } from './pacing.js'

const [simUrl = '', where = 'memory', startAt = '0', secondsArg = '10', rateArg = '25', prefix = 'fleet'] =
  process.argv.slice(2)
const seconds = Number(secondsArg)
const rate = Number(rateArg)
const client = where === 'memory' ? undefined : new Redis({ port: Number(where), host: '127.0.0.1' })
client?.on('error', () => undefined)
let degraded = 0
// An outage the store reports (a command past its `timeoutMs`, Redis gone): pacing falls back to memory.
const onDegrade = () => {
  degraded++
}
const pacing = client === undefined ? true : { store: redisPacingStore({ client, prefix, onDegrade }) }
const f = withErrcode(fetch, { adapter: jiguang, retry: { maxAttempts: 1, deadline: 2_000, budget: false, pacing } })
const url = `${simUrl}/jiguang/v1/web/verify?qps=20`
const headers = { authorization: `ak-fleet-${prefix}` }

const out: PacingRun = { offered: 0, sent: 0, refusedByVendor: 0, refusedHere: 0, passed: 0, seconds }
const started = Number(startAt)
const wait = started - Date.now()
if (wait > 0) await new Promise((r) => setTimeout(r, wait))
const pending: Promise<void>[] = []
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
          if (err.code === 1804) out.refusedByVendor++
        }
      },
    ),
  )
}
await Promise.all(pending)
client?.disconnect()
if (client !== undefined) out.degraded = degraded
process.stdout.write(JSON.stringify(out))
