// The fleet of section 9 without processes, Redis or a network: four clients on a virtual clock share one
// pacing store (errcode's memory Pacer, as if on one Redis that always answers at once), offer 25 requests a
// second each with a 2 s deadline, and a vendor lets 20 a second pass (a rolling second). It calls the store
// as the retry engine does (reserve a turn, give back a taken turn it will not use, tell a pass, tell a
// refusal with the epoch the request left under), so what it prints is the pacing algorithm's own share of
// the fleet's figures: whatever section 9 loses beyond it comes from the store and the machine.
import { Pacer } from '../src/retry/pacing.js'
import { passesWithinSecond } from '../src/testing/answers.js'
import type { PacingRun } from './pacing.js'

/** One run: `latencyMs` is the round trip of each request, half on the way there. */
export function fleetModel(latencyMs: number, seconds = 12, clients = 4, perSecond = 25, limit = 20): PacingRun {
  let now = 0
  let order = 0
  const queue: { at: number; order: number; run: () => void }[] = []
  const at = (time: number, run: () => void) => queue.push({ at: time, order: order++, run })
  const pacer = new Pacer({}, () => now)
  const key = 'fleet'
  const last = { vendor: 'jiguang', code: 1804, description: 'qps limit' }
  const admitted: number[] = []
  const out: PacingRun = { offered: 0, sent: 0, refusedByVendor: 0, refusedHere: 0, passed: 0, seconds }

  const send = (epoch: number | null) => {
    out.sent++
    at(now + latencyMs / 2, () => {
      // The simulator's own rule: `limit` requests in any rolling second.
      const passes = passesWithinSecond(admitted, now, limit)
      at(now + latencyMs / 2, () => {
        if (passes) {
          pacer.passed(key)
          if (now <= seconds * 1000) out.passed++
        } else {
          out.refusedByVendor++
          pacer.throttled(key, last, epoch)
        }
      })
    })
  }
  const offer = () => {
    out.offered++
    const deadline = now + 2_000
    const turn = pacer.reserve(key, deadline - now)
    if (turn === undefined || turn.waitMs <= 0) return send(turn === undefined ? null : turn.epoch)
    if (now + turn.waitMs > deadline) {
      if (turn.taken) pacer.release(key)
      out.refusedHere++
      return
    }
    at(now + turn.waitMs, () => send(turn.epoch))
  }
  // Each client on its own phase, evenly spread (no randomness: a run is the same every time).
  for (let c = 0; c < clients; c++) {
    const phase = (c * 1000) / perSecond / clients
    for (let i = 0; i < seconds * perSecond; i++) at(phase + (i * 1000) / perSecond, offer)
  }
  while (queue.length > 0) {
    queue.sort((a, b) => a.at - b.at || a.order - b.order)
    const next = queue.shift() as (typeof queue)[number]
    now = next.at
    next.run()
  }
  return out
}
