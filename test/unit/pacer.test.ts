// Pacing's token bucket on its own clock: a turn further than the caller can wait is not taken, so the
// schedule of the others stays as it was (a shared store never takes a turn to give it back later).
import { describe, expect, it } from 'vitest'
import { Pacer } from '../../src/retry/pacing.js'

const last = { vendor: 'jiguang', code: 1804, description: 'QPS rate limit' }

describe('Pacer.reserve', () => {
  it('takes turns one slot apart, and leaves the schedule alone for a turn past the longest wait', () => {
    let now = 10_000
    const pacer = new Pacer({ beta: 1 }, () => now)
    pacer.passed('k')
    pacer.throttled('k', last)
    const rate = pacer.rate('k') as number
    const slot = 1000 / rate
    const first = pacer.reserve('k') as NonNullable<ReturnType<Pacer['reserve']>>
    expect(first.taken).toBe(true)
    const second = pacer.reserve('k', first.waitMs + slot + 1)
    expect(second).toMatchObject({ taken: true })
    expect(second?.waitMs).toBeCloseTo(first.waitMs + slot)
    // Too far for this caller: not taken, and the next caller gets the very same turn.
    const refused = pacer.reserve('k', 0)
    expect(refused).toMatchObject({ taken: false })
    const next = pacer.reserve('k')
    expect(next?.waitMs).toBeCloseTo(refused?.waitMs as number)
    now += 1
    expect(pacer.reserve('k')?.waitMs).toBeCloseTo((next?.waitMs as number) + slot - 1)
  })

  it('answers undefined for a key no throttle paces', () => {
    expect(new Pacer().reserve('free', 0)).toBeUndefined()
  })
})
