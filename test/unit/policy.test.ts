import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createError } from '../../src/errors/errors.js'
import { type ApiError, RetryBudget, type RetryEvent, type RetryHint, RetryPolicy } from '../../src/index.js'
import { observerOf } from '../../src/observe/telemetry.js'
import { MemoryGuardStore } from '../../src/retry/guard.js'
import { runEngine } from '../../src/retry/policy.js'
import { sleep } from '../../src/retry/sleep.js'

function failure(retry: RetryHint, category: ApiError['category'] = 'rate_limit') {
  return createError({ vendor: 'v', code: 1, source: 'vendor', category, description: 'd', retry })
}

const GET = { method: 'GET', replayable: true, guardKey: 'v:host:x' } as const
const POST = { method: 'POST', replayable: true, guardKey: 'v:host:x' } as const

/** A send that fails with the given errors in turn, then succeeds. */
function sends(...errors: ApiError[]) {
  let i = 0
  const fn = vi.fn(async () => {
    const e = errors[i++]
    if (e !== undefined) throw e
    return 'ok'
  })
  return fn
}

async function outcome(p: Promise<unknown>) {
  try {
    return { value: await p }
  } catch (error) {
    return { error: error as ApiError }
  }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.spyOn(Math, 'random').mockReturnValue(0.5)
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('RetryPolicy', () => {
  it('backs off exponentially with full jitter and a cap, and records attempts and waiting', async () => {
    const events: RetryEvent[] = []
    const policy = new RetryPolicy({ maxAttempts: 5, baseDelay: 100, maxBackoff: 300, budget: false })
    const observer = observerOf({ retry: (e) => events.push(e) }, undefined)
    const backoff = failure({ kind: 'backoff', replaySafe: false }, 'unavailable')
    const send = sends(backoff, backoff, backoff, backoff, backoff)
    const run = outcome(runEngine(policy, { ...GET, observer }, undefined, send))
    await vi.runAllTimersAsync()
    const { error } = await run
    // random() = 0.5 of min(cap, base * 2^(n-1)): 50, 100, 150, 150
    expect(events.map((e) => e.delayMs)).toEqual([50, 100, 150, 150])
    expect(events.map((e) => e.attempt)).toEqual([1, 2, 3, 4])
    expect(send).toHaveBeenCalledTimes(5)
    expect(error).toMatchObject({ attempts: 5, waitedMs: 450, category: 'unavailable' })
  })

  it('waits the fixed delay of an after hint, then succeeds', async () => {
    const policy = new RetryPolicy({ budget: false, maxDelay: 60_000 })
    const send = sends(failure({ kind: 'after', delayMs: 30_000, replaySafe: true }))
    const run = runEngine(policy, GET, undefined, send)
    await vi.advanceTimersByTimeAsync(29_999)
    expect(send).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(await run).toBe('ok')
    expect(send).toHaveBeenCalledTimes(2)
  })

  it('fails at once when a hint would wait longer than maxDelay, saying when', async () => {
    const at = new Date(Date.now() + 3_600_000)
    const policy = new RetryPolicy({ budget: false, maxDelay: 30_000 })
    const send = sends(failure({ kind: 'after', delayMs: 3_600_000, at, replaySafe: true }, 'quota'))
    const { error } = await outcome(runEngine(policy, GET, undefined, send))
    expect(send).toHaveBeenCalledTimes(1)
    expect(error).toMatchObject({ attempts: 1, waitedMs: 0, retry: { at } })
  })

  it('does not retry never, nor a refresh hint without a refresh function', async () => {
    const policy = new RetryPolicy({ budget: false })
    for (const hint of [
      { kind: 'never', replaySafe: false },
      { kind: 'refresh', replaySafe: true },
    ] as const) {
      const send = sends(failure(hint, 'authentication'))
      const { error } = await outcome(runEngine(policy, GET, undefined, send))
      expect(send).toHaveBeenCalledTimes(1)
      expect(error?.attempts).toBe(1)
    }
  })

  it('refreshes once and replays once, never looping', async () => {
    const refresh = vi.fn()
    const policy = new RetryPolicy({ budget: false, refresh })
    const expired = failure({ kind: 'refresh', replaySafe: true }, 'authentication')
    const send = sends(expired, expired, expired)
    const { error } = await outcome(runEngine(policy, POST, undefined, send))
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(send).toHaveBeenCalledTimes(2)
    expect(error?.attempts).toBe(2)
  })

  it('replays a POST only when the hint is replay-safe', async () => {
    const policy = new RetryPolicy({ budget: false, baseDelay: 1 })
    const serverError = sends(failure({ kind: 'backoff', replaySafe: false }, 'internal'))
    expect((await outcome(runEngine(policy, POST, undefined, serverError))).error?.attempts).toBe(1)
    const limited = sends(failure({ kind: 'backoff', replaySafe: true }))
    const run = runEngine(policy, POST, undefined, limited)
    await vi.runAllTimersAsync()
    expect(await run).toBe('ok')
    expect(limited).toHaveBeenCalledTimes(2)
  })

  it('never replays a body that is a stream', async () => {
    const policy = new RetryPolicy({ budget: false })
    const send = sends(failure({ kind: 'backoff', replaySafe: true }))
    const { error } = await outcome(runEngine(policy, { ...GET, replayable: false }, undefined, send))
    expect(send).toHaveBeenCalledTimes(1)
    expect(error?.attempts).toBe(1)
  })

  it('starts no wait that would pass the deadline', async () => {
    const policy = new RetryPolicy({ budget: false, deadline: 1_000, maxDelay: 10_000 })
    const send = sends(failure({ kind: 'after', delayMs: 5_000, replaySafe: true }))
    const { error } = await outcome(runEngine(policy, GET, undefined, send))
    expect(send).toHaveBeenCalledTimes(1)
    expect(error?.attempts).toBe(1)
  })

  it('handles Retry-After of 0 at once, and one of 99999 s by failing at once, within bounds', async () => {
    const policy = new RetryPolicy({ budget: false, maxDelay: 30_000 })
    const zero = sends(failure({ kind: 'after', delayMs: 0, replaySafe: true }))
    expect(await runEngine(policy, GET, undefined, zero)).toBe('ok')
    const huge = sends(failure({ kind: 'after', delayMs: 99_999_000, replaySafe: true }))
    const { error } = await outcome(runEngine(policy, GET, undefined, huge))
    expect(huge).toHaveBeenCalledTimes(1)
    expect(error?.retry.delayMs).toBe(99_999_000)
  })

  it('cancels a wait at once when the signal aborts', async () => {
    const controller = new AbortController()
    const policy = new RetryPolicy({ budget: false, maxDelay: 60_000 })
    const send = sends(failure({ kind: 'after', delayMs: 30_000, replaySafe: true }))
    const run = outcome(runEngine(policy, { ...GET, signal: controller.signal }, undefined, send))
    await vi.advanceTimersByTimeAsync(10)
    controller.abort()
    const { error } = await run
    expect((error as unknown as Error).name).toBe('AbortError')
    expect(send).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('RetryBudget', () => {
  it('lets retries add at most capacity / retryCost during a total outage, and never stops first attempts', async () => {
    const budget = new RetryBudget({ capacity: 100, retryCost: 10, successRefund: 1 })
    const policy = new RetryPolicy({ budget, baseDelay: 1, maxAttempts: 3 })
    const down = failure({ kind: 'backoff', replaySafe: true }, 'unavailable')
    let sent = 0
    const send = async () => {
      sent++
      throw down
    }
    for (let i = 0; i < 100; i++) {
      const run = outcome(runEngine(policy, GET, undefined, send))
      await vi.runAllTimersAsync()
      expect((await run).error).toBeDefined()
    }
    expect(sent - 100).toBe(10)
    expect(budget.tokens).toBe(0)
  })

  it('earns tokens back with successes', () => {
    const budget = new RetryBudget({ capacity: 20, retryCost: 10, successRefund: 1 })
    expect(budget.take()).toBe(true)
    expect(budget.take()).toBe(true)
    expect(budget.take()).toBe(false)
    for (let i = 0; i < 10; i++) budget.refund()
    expect(budget.take()).toBe(true)
  })
})

describe('single-flight refresh', () => {
  it('runs one refresh for 20 concurrent expired-token failures, and replays each once', async () => {
    vi.useRealTimers()
    let token = 'old'
    const refresh = vi.fn(async () => {
      await sleep(20)
      token = 'new'
    })
    const policy = new RetryPolicy({ budget: false, refresh })
    const expired = failure({ kind: 'refresh', replaySafe: true }, 'authentication')
    let sent = 0
    const send = async () => {
      sent++
      await sleep(1)
      if (token === 'old') throw expired
      return token
    }
    const results = await Promise.all(Array.from({ length: 20 }, () => runEngine(policy, POST, undefined, send)))
    expect(results).toEqual(Array(20).fill('new'))
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(sent).toBe(40)
  })
})

describe('quota guard', () => {
  it('fails fast after a window longer than maxDelay, and lets calls through after the reset', async () => {
    const guard = new MemoryGuardStore()
    const policy = new RetryPolicy({ budget: false, maxDelay: 30_000, guard })
    const until = Date.now() + 3_600_000
    const quota = createError({
      vendor: 'navinfo',
      code: 1007,
      source: 'vendor',
      category: 'quota',
      description: 'Visit exceeded daily visits',
      retry: { kind: 'after', at: new Date(until), delayMs: 3_600_000, replaySafe: true },
    })
    const first = sends(quota)
    expect((await outcome(runEngine(policy, GET, undefined, first))).error?.category).toBe('quota')
    const second = sends()
    const { error } = await outcome(runEngine(policy, GET, { method: 'GET', url: 'https://x/y' }, second))
    expect(second).not.toHaveBeenCalled()
    expect(error).toMatchObject({ shortCircuited: true, code: 1007, category: 'quota', attempts: 0 })
    expect(error?.retry.at?.getTime()).toBe(until)
    // Another credential is not blocked.
    expect(await runEngine(policy, { ...GET, guardKey: 'v:host:other' }, undefined, sends())).toBe('ok')
    vi.setSystemTime(until + 1)
    const third = sends()
    expect(await runEngine(policy, GET, undefined, third)).toBe('ok')
    expect(third).toHaveBeenCalledTimes(1)
  })

  it('reads a store that answers at once, with a promise, or with a thenable of another library', async () => {
    const until = Date.now() + 3_600_000
    const block = {
      until,
      vendor: 'navinfo',
      code: 1007,
      category: 'quota' as const,
      description: 'Visit exceeded daily visits',
    }
    // A thenable that is not a Promise (a promise library's, another realm's): awaited as `await` would.
    // biome-ignore lint/suspicious/noThenProperty: the very thing under test is a thenable that is not a Promise.
    const thenable = <T>(value: T) => ({ then: (ok: (v: T) => unknown) => setTimeout(() => ok(value), 0) })
    const answers = {
      'at once': (key: string) => (key === GET.guardKey ? block : undefined),
      'a promise': async (key: string) => (key === GET.guardKey ? block : undefined),
      'a thenable': (key: string) => thenable(key === GET.guardKey ? block : undefined),
    }
    vi.useRealTimers()
    for (const [how, get] of Object.entries(answers)) {
      const policy = new RetryPolicy({ budget: false, guard: { get: get as never, set: () => undefined } })
      const send = sends()
      const { error } = await outcome(runEngine(policy, GET, undefined, send))
      expect(send, how).not.toHaveBeenCalled()
      expect(error, how).toMatchObject({ shortCircuited: true, code: 1007, category: 'quota' })
      expect(await runEngine(policy, { ...GET, guardKey: 'v:host:other' }, undefined, sends()), how).toBe('ok')
    }
  })

  it('keys credentials by hash, never by their text', () => {
    const policy = new RetryPolicy()
    const key = policy.guardKey('navinfo', 'https://api.example/geo?ak=1', 'Basic c2VjcmV0')
    expect(key).toMatch(/^navinfo:api\.example:[0-9a-z]+$/)
    expect(key).not.toContain('c2VjcmV0')
    expect(policy.guardKey('navinfo', 'https://api.example/geo', 'Basic b3RoZXI=')).not.toBe(key)
  })
})
