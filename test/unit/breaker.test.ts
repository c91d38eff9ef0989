import { describe, expect, it } from 'vitest'
import { createError } from '../../src/errors/errors.js'
import type { ApiError, CircuitChange } from '../../src/index.js'
import { observerOf } from '../../src/observe/telemetry.js'
import { CircuitBreaker } from '../../src/retry/breaker.js'
import { MemoryGuardStore } from '../../src/retry/guard.js'

const failure = (category: ApiError['category'], code: string | number = 503): ApiError =>
  createError({
    vendor: 'v',
    code,
    source: 'http',
    category,
    description: 'd',
    retry: { kind: 'backoff', replaySafe: false },
  })

function clocked(options: ConstructorParameters<typeof CircuitBreaker>[0] = {}) {
  let now = 1_000_000
  const changes: CircuitChange[] = []
  const store = new MemoryGuardStore({ now: () => now })
  const breaker = new CircuitBreaker(options, store, () => now)
  // Every change reaches the observers of the client whose request made it.
  const watcher = observerOf({ circuit: (c) => changes.push(c) }, undefined)
  return {
    breaker: {
      state: (key: string) => breaker.state(key),
      admit: (key: string) => breaker.admit(key, watcher),
      record: (key: string, vendor: string, outcome: ApiError | undefined) =>
        breaker.record(key, vendor, outcome, watcher),
    },
    store,
    changes,
    tick: (ms: number) => (now += ms),
    now: () => now,
  }
}

describe('CircuitBreaker', () => {
  it('opens after `consecutive` outages in a row; a success in between starts the count again', async () => {
    const { breaker, changes } = clocked({ consecutive: 3, minVolume: 1_000 })
    breaker.record('k', 'v', failure('unavailable'))
    breaker.record('k', 'v', failure('timeout'))
    breaker.record('k', 'v', undefined)
    breaker.record('k', 'v', failure('network'))
    breaker.record('k', 'v', failure('internal'))
    expect(breaker.state('k')).toBe('closed')
    expect(await breaker.admit('k')).toBeUndefined()
    breaker.record('k', 'v', failure('unavailable'))
    expect(breaker.state('k')).toBe('open')
    expect(changes).toMatchObject([{ key: 'k', vendor: 'v', from: 'closed', to: 'open' }])
    expect(changes[0]?.reason).toMatch(/3 outages in a row/)
  })

  it('never opens for invalid requests, credentials, limits or quotas', () => {
    const { breaker } = clocked({ consecutive: 2, minVolume: 2, ratio: 0.1 })
    for (const category of [
      'invalid_request',
      'authentication',
      'permission',
      'rate_limit',
      'quota',
      'unknown',
    ] as const)
      for (let i = 0; i < 5; i++) breaker.record('k', 'v', failure(category))
    expect(breaker.state('k')).toBe('closed')
  })

  it('opens by the ratio of outages over the window once it holds minVolume outcomes', () => {
    const { breaker } = clocked({ consecutive: 100, ratio: 0.5, minVolume: 6, windowMs: 10_000 })
    // The window starts with the circuit's first outage: 4 outages among 7 outcomes.
    for (let i = 0; i < 3; i++) {
      breaker.record('k', 'v', failure('unavailable'))
      breaker.record('k', 'v', undefined)
    }
    expect(breaker.state('k')).toBe('closed')
    breaker.record('k', 'v', failure('unavailable'))
    expect(breaker.state('k')).toBe('open')
  })

  it('forgets outcomes older than the window', () => {
    const { breaker, tick } = clocked({ consecutive: 100, ratio: 0.5, minVolume: 4, windowMs: 10_000 })
    breaker.record('j', 'v', failure('unavailable'))
    breaker.record('j', 'v', failure('unavailable'))
    tick(11_000)
    breaker.record('j', 'v', undefined)
    breaker.record('j', 'v', undefined)
    breaker.record('j', 'v', undefined)
    breaker.record('j', 'v', failure('unavailable'))
    expect(breaker.state('j')).toBe('closed')
  })

  it('refuses while open, then lets one probe through; a failed probe reopens it for twice as long', async () => {
    const { breaker, tick, changes, now } = clocked({ consecutive: 1, cooldownMs: 1_000, maxCooldownMs: 3_000 })
    breaker.record('k', 'v', failure('unavailable', 502))
    const refused = await breaker.admit('k')
    expect(refused).toMatchObject({ reason: 'breaker', code: 502, category: 'unavailable', until: now() + 1_000 })
    tick(1_000)
    expect(await breaker.admit('k')).toBeUndefined()
    expect(breaker.state('k')).toBe('half-open')
    // The probe is under way: the others wait.
    expect(await breaker.admit('k')).toMatchObject({ reason: 'breaker' })
    breaker.record('k', 'v', failure('timeout'))
    expect(breaker.state('k')).toBe('open')
    expect((await breaker.admit('k'))?.until).toBe(now() + 2_000)
    tick(2_000)
    expect(await breaker.admit('k')).toBeUndefined()
    breaker.record('k', 'v', failure('timeout'))
    expect((await breaker.admit('k'))?.until).toBe(now() + 3_000)
    expect(changes.map((c) => c.to)).toEqual(['open', 'half-open', 'open', 'half-open', 'open'])
  })

  it('closes on the first successful probe, and counts afresh', async () => {
    const { breaker, tick, changes } = clocked({ consecutive: 2, cooldownMs: 500 })
    breaker.record('k', 'v', failure('network'))
    breaker.record('k', 'v', failure('network'))
    tick(500)
    expect(await breaker.admit('k')).toBeUndefined()
    breaker.record('k', 'v', undefined)
    expect(breaker.state('k')).toBe('closed')
    expect(changes.at(-1)).toMatchObject({ from: 'half-open', to: 'closed', reason: 'the probe succeeded' })
    breaker.record('k', 'v', failure('network'))
    expect(breaker.state('k')).toBe('closed')
  })

  it('writes an open circuit to the store, where another process reads it', async () => {
    const { breaker, store, now } = clocked({ consecutive: 1 })
    breaker.record('v:host:abc', 'v', failure('unavailable'))
    await Promise.resolve()
    expect(store.get('v:host:abc:breaker')).toMatchObject({ reason: 'breaker', scope: 'account' })
    const fleetmate = new CircuitBreaker({}, store, now)
    expect(fleetmate.state('v:host:abc')).toBe('closed')
    expect(await fleetmate.admit('v:host:abc')).toMatchObject({ reason: 'breaker' })
  })

  it('keeps each credential apart, and forgets a probe that never came back', async () => {
    const { breaker, tick } = clocked({ consecutive: 1, cooldownMs: 1_000 })
    breaker.record('a', 'v', failure('unavailable'))
    expect(await breaker.admit('b')).toBeUndefined()
    tick(1_000)
    expect(await breaker.admit('a')).toBeUndefined()
    expect(await breaker.admit('a')).toBeDefined()
    tick(1_000)
    expect(await breaker.admit('a')).toBeUndefined()
  })
})
