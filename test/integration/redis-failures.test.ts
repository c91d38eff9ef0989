// errcode/redis when Redis fails mid-run, against real redis-server processes started here: a restart
// (state written again when it is back, seen by a second process), a slow or silent network (a proxy on
// loopback), and a client that refuses commands before it connects (ioredis' enableOfflineQueue: false).
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { navinfo } from '../../adapters/navinfo.js'
import { withErrcode } from '../../src/clients/fetch/fetch.js'
import { redisGuardStore } from '../../src/stores/redis.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { dailyBlock, redisBinary, startProxy, startRedis } from '../support/redis.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const block = dailyBlock
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.runIf(redisBinary !== undefined)('errcode/redis through Redis failures', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator()
  })
  afterAll(() => sim.close())

  it('writes a block made during an outage when Redis is back, so another process stops too', async () => {
    let redis = await startRedis()
    const client = new Redis({ port: redis.port, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => 100 })
    client.on('error', () => undefined)
    const onDegrade = vi.fn()
    const guard = redisGuardStore({ client, timeoutMs: 100, retryAfterMs: 200, onDegrade })
    const f = withErrcode(fetch, { adapter: navinfo, retry: { budget: false, guard } })
    redis.stop()
    // A daily limit arrives while Redis is down: the call itself goes on, answered from the vendor.
    const date = new Date(Date.now() + 60_000).toUTCString()
    const headers = { authorization: 'ak-tenant-a' }
    const first = await f(`${sim.url}/navinfo/geocode?code=1007`, { headers }).catch((e: unknown) => e)
    expect(first).toMatchObject({ code: 1007 })
    expect((first as { shortCircuited?: boolean }).shortCircuited).not.toBe(true)
    expect(onDegrade).toHaveBeenCalledTimes(1)
    redis = await redis.restart()
    // Redis is back: the next call of this process talks to it, and writes the block it kept.
    for (let i = 0; i < 50 && client.status !== 'ready'; i++) await sleep(50)
    await sleep(250)
    await f(`${sim.url}/navinfo/geocode?code=200`, { headers: { authorization: 'ak-tenant-b' } })
    await sleep(100)
    const raw = new Redis({ port: redis.port, host: '127.0.0.1' })
    expect(await raw.keys('errcode:guard:*')).toHaveLength(1)
    raw.disconnect()
    // Another process, which never saw the limit, is refused before it sends, for that credential only.
    sim.reset()
    const other = await new Promise<{ error?: Record<string, unknown>; ok?: number }>((resolve, reject) =>
      execFile(
        process.execPath,
        ['test/fixtures/guard-proc.mjs', String(redis.port), sim.url, date],
        { cwd: root, timeout: 20_000, env: { ...process.env, ERRCODE_CREDENTIAL: 'ak-tenant-a' } },
        (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))),
      ),
    )
    expect(other.error).toMatchObject({ code: 1007, shortCircuited: true })
    expect(sim.requests.total).toBe(0)
    // A second outage is told again.
    redis.stop()
    await f(`${sim.url}/navinfo/geocode?code=200`, { headers }).catch(() => undefined)
    await f(`${sim.url}/navinfo/geocode?code=200&again`, { headers: { authorization: 'ak-tenant-c' } })
    expect(onDegrade).toHaveBeenCalledTimes(2)
    client.disconnect()
  }, 60_000)

  it('never holds a request longer than timeoutMs when the network to Redis is slow or silent', async () => {
    const redis = await startRedis()
    const proxy = await startProxy(redis.port)
    const client = new Redis({ port: proxy.port, host: '127.0.0.1', maxRetriesPerRequest: 1 })
    client.on('error', () => undefined)
    const onDegrade = vi.fn()
    const guard = redisGuardStore({ client, timeoutMs: 80, retryAfterMs: 300, onDegrade })
    const f = withErrcode(fetch, { adapter: navinfo, retry: { budget: false, guard } })
    const timed = async (i: number) => {
      const t = performance.now()
      const res = await f(`${sim.url}/navinfo/geocode?code=200&i=${i}`, { headers: { authorization: `ak-${i}` } })
      expect(res.ok).toBe(true)
      return performance.now() - t
    }
    const quick = await timed(0)
    proxy.delayMs = 400
    const slow = [await timed(1), await timed(2), await timed(3)]
    proxy.delayMs = 0
    proxy.blackhole = true
    await sleep(350)
    const silent = [await timed(4), await timed(5)]
    // The bound is Redis's timeout; the rest is the simulator's answer on loopback.
    for (const ms of [...slow, ...silent]) expect(ms).toBeLessThan(80 + 150 + quick)
    // One outage, told once, though it was slow first and silent after.
    expect(onDegrade).toHaveBeenCalledTimes(1)
    client.disconnect()
    await proxy.close()
    redis.stop()
  }, 30_000)

  it('takes an answer already waiting in its socket for an answer, not an outage, when the process was busy', async () => {
    // A process whose CPU is shared (four clients on one core) or busy with a long task wakes up past the
    // store's timeoutMs with Redis's answer already read into its socket: its timers run before it reads.
    const redis = await startRedis()
    const client = new Redis({ port: redis.port, host: '127.0.0.1' })
    client.on('error', () => undefined)
    for (let i = 0; i < 50 && client.status !== 'ready'; i++) await sleep(20)
    const onDegrade = vi.fn()
    const guard = redisGuardStore({ client, timeoutMs: 30, onDegrade })
    // Set by another process: this one has to ask Redis for it.
    await redisGuardStore({ client, timeoutMs: 1_000 }).set('busy:key', block(Date.now() + 60_000))
    const answer = guard.get('busy:key')
    // Microtasks only (no turn of the event loop): the store sends its command and starts its timer.
    for (let i = 0; i < 20; i++) await Promise.resolve()
    const until = Date.now() + 120
    while (Date.now() < until) {
      // Busy: Redis answers meanwhile, and the answer waits to be read.
    }
    expect(await answer).toMatchObject({ code: 1007 })
    expect(onDegrade).not.toHaveBeenCalled()
    client.disconnect()
    redis.stop()
  }, 30_000)

  it('with enableOfflineQueue off, uses Redis as soon as it connects and shares a block made before', async () => {
    const redis = await startRedis()
    // It starts connecting now, and refuses every command until it is ready.
    const client = new Redis({ port: redis.port, host: '127.0.0.1', enableOfflineQueue: false })
    client.on('error', () => undefined)
    const onDegrade = vi.fn()
    const guard = redisGuardStore({ client, timeoutMs: 200, onDegrade })
    const until = Date.now() + 30_000
    // Before it connects, every command is refused at once: the block is kept, the call goes on.
    await guard.set('navinfo:lbs.example.cn:ak-early', block(until))
    expect(onDegrade).toHaveBeenCalledTimes(1)
    await new Promise((r) => client.once('ready', r))
    // The first command after it connects reaches Redis (no 5 s on memory) and writes the early block.
    expect(await guard.get('navinfo:lbs.example.cn:ak-other')).toBeUndefined()
    await sleep(50)
    const second = new Redis({ port: redis.port, host: '127.0.0.1' })
    second.on('error', () => undefined)
    const other = redisGuardStore({ client: second, timeoutMs: 500 })
    expect(await other.get('navinfo:lbs.example.cn:ak-early')).toEqual(block(until))
    second.disconnect()
    client.disconnect()
    redis.stop()
  }, 30_000)
})
