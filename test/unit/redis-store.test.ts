// The Redis guard store's own rules, against a scripted client: what it asks Redis, what it trusts, and
// how it keeps to memory when Redis is slow or down. test/integration/redis.test.ts runs it against a real server.
import { setTimeout as wait } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import type { GuardBlock } from '../../src/index.js'
import { redisGuardStore } from '../../src/stores/redis.js'

type Answer = (args: string[]) => Promise<unknown>

/** A client whose every command goes to `answer`, and which records the commands it was sent. */
function scripted(answer: Answer) {
  const sent: string[][] = []
  return {
    sent,
    client: {
      call(command: string, ...args: string[]) {
        sent.push([command, ...args])
        return answer([command, ...args])
      },
    },
  }
}

const key = 'navinfo:api.navinfo.example:abc123'
const blockUntil = (until: number): GuardBlock => ({
  until,
  vendor: 'navinfo',
  code: 1007,
  category: 'quota',
  description: 'Daily quota used up',
})

describe('redisGuardStore', () => {
  it('writes a block once, under the default prefix with vendor and host readable, and then answers from memory', async () => {
    const { client, sent } = scripted(async () => 'OK')
    const store = redisGuardStore({ client })
    const block = blockUntil(Date.now() + 60_000)
    await store.set(key, block)
    expect(sent).toHaveLength(1)
    const [command, redisKey, value, px, at, nx] = sent[0] as string[]
    expect([command, px, nx]).toEqual(['SET', 'PXAT', 'NX'])
    expect(redisKey).toMatch(/^errcode:guard:navinfo:api\.navinfo\.example:\{[0-9a-f]{32}\}$/)
    expect(JSON.parse(value as string)).toEqual(block)
    expect(at).toBe(String(Math.ceil(block.until)))
    expect(await store.get(key)).toEqual(block)
    expect(sent).toHaveLength(1)
  })

  it('sends no block that has already ended', async () => {
    const { client, sent } = scripted(async () => 'OK')
    const store = redisGuardStore({ client, prefix: 'p' })
    await store.set(key, blockUntil(Date.now() - 1))
    expect(sent).toHaveLength(0)
  })

  it('trusts from Redis only a block still running, and keeps it in memory', async () => {
    const future = blockUntil(Date.now() + 60_000)
    // Nothing, a number (not a string), a block that has ended, one without a time, then one that runs.
    const answers: unknown[] = [null, 42, JSON.stringify(blockUntil(Date.now() - 1))]
    answers.push(JSON.stringify({ ...future, until: 'tomorrow' }), JSON.stringify(future))
    const { client, sent } = scripted(async () => answers.shift())
    const store = redisGuardStore({ client })
    for (let i = 0; i < 4; i++) expect(await store.get(key)).toBeUndefined()
    expect(await store.get(key)).toEqual(future)
    expect(await store.get(key)).toEqual(future)
    expect(sent.map((c) => c[0])).toEqual(['GET', 'GET', 'GET', 'GET', 'GET'])
  })

  it('gives up on a slow Redis after timeoutMs, says so once, and leaves Redis alone for retryAfterMs', async () => {
    const degraded: unknown[] = []
    const { client, sent } = scripted(() => new Promise(() => undefined))
    const store = redisGuardStore({ client, timeoutMs: 20, retryAfterMs: 150, onDegrade: (e) => degraded.push(e) })
    expect(await store.get(key)).toBeUndefined()
    expect(degraded).toHaveLength(1)
    expect(degraded[0]).toMatchObject({ name: 'RedisTimeout', message: 'Redis did not answer in 20 ms' })
    expect(await store.get(key)).toBeUndefined()
    await store.set(key, blockUntil(Date.now() + 60_000))
    expect(sent).toHaveLength(1)
    // Memory still holds what was set while Redis was down.
    expect(await store.get(key)).toMatchObject({ code: 1007 })
    await wait(200)
    expect(await store.get('navinfo:api.navinfo.example:other')).toBeUndefined()
    expect(sent).toHaveLength(2)
    expect(degraded).toHaveLength(1)
  })

  it('swallows a command that fails after its timeout, and works without onDegrade', async () => {
    const { client } = scripted(async () => {
      await wait(60)
      throw new Error('connection lost')
    })
    const store = redisGuardStore({ client, timeoutMs: 10 })
    expect(await store.get(key)).toBeUndefined()
    // An unhandled rejection from the late failure would fail this test file.
    await wait(100)
  })
})
