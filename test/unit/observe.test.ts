import { afterEach, describe, expect, it, vi } from 'vitest'
import { createError } from '../../src/errors/errors.js'
import { type AttemptTelemetry, Observer, observerOf, type Telemetry } from '../../src/observe/telemetry.js'

const error = () =>
  createError({
    vendor: 'jiguang',
    code: 1804,
    source: 'vendor',
    category: 'rate_limit',
    description: 'QPS rate limit',
    retry: { kind: 'backoff', replaySafe: true },
  })
const request = { method: 'GET', url: 'https://api.example/v1?sign=***' }

/** A backend that records what it is told, as `['failed', attempt]`, `['retried', attempt, ms]`, `['end', attempt]`. */
function recording(): { telemetry: Telemetry; log: unknown[][] } {
  const log: unknown[][] = []
  const telemetry: Telemetry = {
    attempt: ({ attempt }): AttemptTelemetry => ({
      run: (send) => send(),
      failed: () => log.push(['failed', attempt]),
      retried: (ms) => log.push(['retried', attempt, ms]),
      end: () => log.push(['end', attempt]),
    }),
  }
  return { telemetry, log }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('Observer', () => {
  it('is made only when telemetry or onError is given', () => {
    expect(observerOf(undefined, undefined)).toBeUndefined()
    expect(observerOf(undefined, () => {})).toBeInstanceOf(Observer)
  })

  it('ends a success and an undecided failure at once; a decided failure when the engine says', () => {
    const { telemetry, log } = recording()
    const observer = new Observer([telemetry])
    observer.attempt('jiguang', request, 1).settle(undefined, true)
    observer.attempt('jiguang', request, 2).settle(error(), false)
    const decided = error()
    observer.attempt('jiguang', request, 3).settle(decided, true)
    expect(log).toEqual([
      ['end', 1],
      ['failed', 2],
      ['end', 2],
      ['failed', 3],
    ])
    observer.decided(decided, 40)
    observer.decided(decided, undefined)
    expect(log.slice(4)).toEqual([
      ['retried', 3, 40],
      ['end', 3],
    ])
  })

  it('keeps nothing of a failure once the engine has decided (no timer holds the error)', () => {
    vi.useFakeTimers()
    const observer = new Observer([recording().telemetry])
    for (let i = 0; i < 100; i++) {
      const failed = error()
      observer.attempt('jiguang', request, 1).settle(failed, true)
      observer.decided(failed, undefined)
    }
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps a decision that comes before its attempt settles (ky: the engine may hear of a timeout first)', () => {
    const { telemetry, log } = recording()
    const observer = new Observer([telemetry])
    const failed = error()
    const watch = observer.attempt('jiguang', request, 1)
    observer.decided(failed, 25)
    observer.decided(failed, undefined)
    watch.settle(failed, true)
    expect(log).toEqual([
      ['failed', 1],
      ['retried', 1, 25],
      ['end', 1],
    ])
  })

  it('ends a failure whose decision never comes, after a while', () => {
    vi.useFakeTimers()
    const { telemetry, log } = recording()
    new Observer([telemetry]).attempt('jiguang', request, 1).settle(error(), true)
    expect(log).toEqual([['failed', 1]])
    vi.advanceTimersByTime(10_000)
    expect(log).toEqual([
      ['failed', 1],
      ['end', 1],
    ])
  })

  it("sends once and hands back the send's own outcome, whatever a backend's run does", async () => {
    const runs: Record<string, AttemptTelemetry['run']> = {
      'throws before sending': () => {
        throw new Error('backend down')
      },
      'throws after sending': (send) => {
        void send().catch(() => undefined)
        throw new Error('backend down')
      },
      'rejects after sending': async (send) => {
        await send()
        throw new Error('backend down')
      },
      'resolves without sending': async () => 'not the response' as never,
    }
    for (const [how, run] of Object.entries(runs)) {
      const telemetry: Telemetry = { attempt: () => ({ run, failed() {}, retried() {}, end() {} }) }
      const observer = new Observer([telemetry])
      let sent = 0
      const ok = observer.attempt('jiguang', request, 1).run(async () => `response ${++sent}`)
      await expect(ok, how).resolves.toBe('response 1')
      expect(sent, how).toBe(1)
      const failure = new Error('connection reset')
      const failing = observer.attempt('jiguang', request, 1).run(() => Promise.reject(failure))
      await expect(failing, how).rejects.toBe(failure)
    }
  })

  it('drops what a failing observer or onError throws', async () => {
    const broken: Telemetry = {
      attempt: () => {
        throw new Error('backend down')
      },
      refused: () => {
        throw new Error('backend down')
      },
    }
    const onError = vi.fn(() => {
      throw new Error('hook bug')
    })
    const observer = observerOf(broken, onError) as Observer
    const watch = observer.attempt('jiguang', request, 1)
    await expect(watch.run(async () => 'sent')).resolves.toBe('sent')
    expect(() => watch.settle(error(), false)).not.toThrow()
    expect(() => observer.refused(error(), request)).not.toThrow()
    expect(onError).toHaveBeenCalledTimes(2)
    expect(onError.mock.calls.map((c) => (c as unknown[])[1])).toEqual([
      { attempt: 1, request },
      { attempt: 0, request },
    ])
  })

  it("runs the send once inside every observer's attempt, and tells each the outcome", async () => {
    const one = recording()
    const two = recording()
    const runs: string[] = []
    const nested = (name: string, telemetry: Telemetry): Telemetry => ({
      attempt: (event) => {
        const watched = telemetry.attempt?.(event) as AttemptTelemetry
        return {
          ...watched,
          run: (send) => {
            runs.push(name)
            return send()
          },
        }
      },
    })
    const observer = observerOf([nested('one', one.telemetry), nested('two', two.telemetry)], undefined) as Observer
    let sent = 0
    const watch = observer.attempt('jiguang', request, 1)
    await expect(watch.run(async () => ++sent)).resolves.toBe(1)
    const failed = error()
    watch.settle(failed, true)
    observer.decided(failed, 30)
    expect(sent).toBe(1)
    expect(runs).toEqual(['one', 'two'])
    for (const { log } of [one, two])
      expect(log).toEqual([
        ['failed', 1],
        ['retried', 1, 30],
        ['end', 1],
      ])
  })
})
