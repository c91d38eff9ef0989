// errcode/redis on a Redis Cluster (three masters with a replica each, started here on loopback), through
// ioredis' Cluster and node-redis' createCluster: the guard's blocks, the breaker's circuits and pacing's
// scripts, whose keys share a hash tag so that no command crosses slots; and a master failing over mid-run.
import { Cluster, Redis } from 'ioredis'
import { createCluster } from 'redis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { withErrcode } from '../../src/clients/fetch/fetch.js'
import { type RedisLike, redisGuardStore, redisPacingStore } from '../../src/stores/redis.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { dailyBlock, type RedisCluster, redisBinary, startCluster } from '../support/redis.js'

const block = dailyBlock

describe.runIf(redisBinary !== undefined)('errcode/redis on a Redis Cluster', () => {
  let cluster: RedisCluster
  let sim: Simulator
  beforeAll(async () => {
    cluster = await startCluster()
    sim = await startSimulator()
  }, 60_000)
  afterAll(async () => {
    cluster?.stop()
    await sim?.close()
  })

  const clients: Record<string, () => Promise<{ client: RedisLike; close(): void }>> = {
    'ioredis Cluster': async () => {
      const c = new Cluster([{ host: '127.0.0.1', port: cluster.ports[0] as number }])
      c.on('error', () => undefined)
      return { client: c, close: () => c.disconnect() }
    },
    'node-redis createCluster': async () => {
      const c = createCluster({ rootNodes: [{ socket: { host: '127.0.0.1', port: cluster.ports[0] as number } }] })
      c.on('error', () => undefined)
      await c.connect()
      return { client: c as unknown as RedisLike, close: () => c.destroy() }
    },
  }

  it.each(Object.keys(clients))(
    'shares blocks across stores through %s, on whichever master owns them',
    async (name) => {
      const { client, close } = await (clients[name] as () => Promise<{ client: RedisLike; close(): void }>)()
      const onDegrade = vi.fn()
      const prefix = `c-${name.replace(/\W/g, '')}`
      // Many credentials: their keys spread over the three masters' slots.
      const until = Date.now() + 10_000
      const keys = Array.from({ length: 30 }, (_, i) => `navinfo:lbs.example.cn:credential-${i}`)
      const store = redisGuardStore({ client, prefix, timeoutMs: 1_000, onDegrade })
      for (const key of keys) await store.set(key, block(until))
      const other = redisGuardStore({ client, prefix, timeoutMs: 1_000, onDegrade })
      for (const key of keys) expect(await other.get(key)).toEqual(block(until))
      expect(await other.get('navinfo:lbs.example.cn:never-blocked')).toBeUndefined()
      expect(onDegrade).not.toHaveBeenCalled()
      const owners = new Set<number>()
      for (const node of cluster.ports) {
        const raw = new Redis({ port: node, host: '127.0.0.1' })
        if ((await raw.keys(`${prefix}:*`)).length > 0) owners.add(node)
        raw.disconnect()
      }
      expect(owners.size).toBe(3)
      close()
    },
  )

  it.each(Object.keys(clients))('runs pacing’s scripts through %s without crossing slots', async (name) => {
    const { client, close } = await (clients[name] as () => Promise<{ client: RedisLike; close(): void }>)()
    const onDegrade = vi.fn()
    const prefix = `cp-${name.replace(/\W/g, '')}-${Math.random()}`
    const paced = {
      maxAttempts: 1,
      budget: false as const,
      pacing: { store: redisPacingStore({ client, prefix, timeoutMs: 1_000, onDegrade }) },
    }
    const f = withErrcode(fetch, { adapter: jiguang, retry: paced })
    const url = `${sim.url}/jiguang/v1/web/verify?qps=5&cluster=${Math.random()}`
    // The simulator counts a second's requests per credential: one of this test's own.
    const headers = { authorization: `ak-${name}` }
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        f(url, { headers }).then(
          () => 'ok',
          (e: { code?: unknown }) => e.code,
        ),
      ),
    )
    expect(outcomes.filter((o) => o === 1804)).toHaveLength(1)
    await new Promise((r) => setTimeout(r, 50))
    // A second process's store, on the same cluster: it waits for the turns the first one's throttle set.
    const second = withErrcode(fetch, {
      adapter: jiguang,
      retry: { ...paced, pacing: { store: redisPacingStore({ client, prefix, timeoutMs: 1_000, onDegrade }) } },
    })
    const started = Date.now()
    await second(url, { headers })
    expect(Date.now() - started).toBeGreaterThan(700)
    expect(onDegrade).not.toHaveBeenCalled()
    close()
  })

  it('goes on while every master fails over in turn: no failed request, blocks still shared', async () => {
    const client = new Cluster([{ host: '127.0.0.1', port: cluster.ports[0] as number }], {
      clusterRetryStrategy: () => 100,
    })
    client.on('error', () => undefined)
    const onDegrade = vi.fn()
    const prefix = `fo-${Math.random()}`
    const guard = redisGuardStore({ client, prefix, timeoutMs: 200, retryAfterMs: 300, onDegrade })
    const f = withErrcode(fetch, { adapter: navinfo, retry: { budget: false, guard } })
    const until = Date.now() + 60_000
    const blocked = Array.from({ length: 12 }, (_, i) => `navinfo:lbs.example.cn:blocked-before-${i}`)
    // Written before the failovers by a store with time to spare: a new client's first commands wait for its
    // connection and slot map, and a write that timed out would stay in that process's memory only.
    const writer = redisGuardStore({ client, prefix, timeoutMs: 5_000, onDegrade })
    for (const key of blocked) await writer.set(key, block(until))
    expect(onDegrade).not.toHaveBeenCalled()
    // One key per master: each master in turn hands its slots to its replica while requests go on.
    const keys = ['{a}', '{b}', '{c}', '{d}', '{e}', '{f}', '{g}', '{h}', '{i}', '{j}']
    const byMaster = new Map<number, string>()
    for (const key of keys) byMaster.set(await cluster.masterOf(key), key)
    expect(byMaster.size).toBe(3)
    let ok = 0
    let slowest = 0
    let done = false
    const requests = (async () => {
      for (let i = 0; !done || i < 20; i++) {
        const t = Date.now()
        const res = await f(`${sim.url}/navinfo/geocode?code=200&i=${i}`, { headers: { authorization: `ak-${i % 7}` } })
        slowest = Math.max(slowest, Date.now() - t)
        if (res.ok) ok++
        else throw new Error(`request ${i} failed with ${res.status}`)
        await new Promise((r) => setTimeout(r, 20))
      }
      return ok
    })()
    for (const [master, key] of byMaster) {
      await cluster.failover(key)
      expect(await cluster.masterOf(key)).not.toBe(master)
    }
    done = true
    const sent = await requests
    expect(sent).toBe(ok)
    expect(ok).toBeGreaterThanOrEqual(20)
    // No request waited on Redis much past the store's timeout (the simulator's own answer is quick).
    expect(slowest).toBeLessThan(1_000)
    // The replicas had the blocks: another store reads every one from the new masters. Right after the last
    // failover a node may still answer TRYAGAIN or MOVED while the client relearns the slots; the store fails
    // open on such an answer (onDegrade, `undefined`), so a degraded read is asked again by a fresh store, and
    // only an answer that came from Redis counts.
    for (const key of blocked) {
      let answer: unknown
      let errors = 0
      for (let attempt = 0; attempt < 50; attempt++) {
        let failed = false
        const other = redisGuardStore({ client, prefix, timeoutMs: 1_000, onDegrade: () => (failed = true) })
        answer = await other.get(key)
        if (!failed) break
        errors++
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(errors).toBeLessThan(50)
      expect(answer).toEqual(block(until))
    }
    client.disconnect()
  }, 90_000)
})
