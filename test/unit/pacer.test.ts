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

  it('lowers a rate once: refusals of requests that left before it was set (or unpaced) leave it as it is', () => {
    let now = 10_000
    const pacer = new Pacer({ beta: 0.5 }, () => now)
    for (let i = 0; i < 20; i++) pacer.passed('k')
    pacer.throttled('k', last, null)
    expect(pacer.rate('k')).toBe(10)
    const turn = pacer.reserve('k')
    expect(turn?.epoch).toBe(1)
    // The requests already on their way when the first refusal came: seconds apart, each would have cut
    // the rate again.
    for (let i = 0; i < 5; i++) {
      now += 300
      pacer.throttled('k', last, null)
      pacer.throttled('k', last, 0)
    }
    expect(pacer.rate('k')).toBe(10)
    now += 300
    pacer.throttled('k', last, turn?.epoch)
    expect(pacer.rate('k')).toBeLessThan(10)
    expect(pacer.reserve('k')?.epoch).toBe(2)
    // A second refusal under the old epoch says nothing new.
    const lowered = pacer.rate('k')
    now += 300
    pacer.throttled('k', last, turn?.epoch)
    expect(pacer.rate('k')).toBe(lowered)
  })

  it('without an epoch, takes refusals closer together than one turn as one', () => {
    let now = 10_000
    const pacer = new Pacer({ beta: 0.5 }, () => now)
    for (let i = 0; i < 20; i++) pacer.passed('k')
    pacer.throttled('k', last)
    now += 10
    pacer.throttled('k', last)
    expect(pacer.rate('k')).toBe(10)
    now += 300
    pacer.throttled('k', last)
    expect(pacer.rate('k')).toBeLessThan(10)
  })

  it('raises a rate set too low to beta times what the vendor let through in the last second', () => {
    let now = 10_000
    const pacer = new Pacer({ beta: 0.5, growth: 0 }, () => now)
    for (let i = 0; i < 8; i++) pacer.passed('k')
    // The first refusal comes while 12 more passes are still on their way: the rate starts at half of 8.
    pacer.throttled('k', last, null)
    expect(pacer.rate('k')).toBe(4)
    now += 50
    for (let i = 0; i < 12; i++) pacer.passed('k')
    expect(pacer.rate('k')).toBe(10)
    // A second later those passes have aged out of the window, and a rate at or above it stays.
    now += 1_100
    pacer.passed('k')
    expect(pacer.rate('k')).toBe(10)
  })

  it('answers undefined for a key no throttle paces', () => {
    expect(new Pacer().reserve('free', 0)).toBeUndefined()
  })
})
