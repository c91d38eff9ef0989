import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Redis } from 'ioredis'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { withErrcode } from '../../src/clients/fetch/fetch.js'
import type { GuardBlock } from '../../src/index.js'
import { redisGuardStore, redisPacingStore } from '../../src/stores/redis.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { dailyBlock, freePort, redisBinary, startRedis } from '../support/redis.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const binary = redisBinary

const block = dailyBlock

describe.runIf(binary !== undefined)('the Redis guard store', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let sim: Simulator
  beforeAll(async () => {
    redis = await startRedis()
    sim = await startSimulator()
  })
  afterAll(async () => {
    redis.stop()
    await sim.close()
  })

  const clients = {
    ioredis: () => {
      const c = new Redis({ port: redis.port, host: '127.0.0.1' })
      return { client: c, close: () => c.disconnect() }
    },
    'node-redis': async () => {
      const c = createClient({ socket: { port: redis.port, host: '127.0.0.1' } })
      c.on('error', () => undefined)
      await c.connect()
      return { client: c, close: () => c.destroy() }
    },
  }

  it.each(Object.keys(clients))(
    'keeps blocks in Redis with %s, keyed without the credential, expiring at the reset',
    async (name) => {
      const { client, close } = await clients[name as keyof typeof clients]()
      const store = redisGuardStore({ client, prefix: `t-${name}` })
      const key = 'navinfo:lbs.example.cn:credential-hash-abc'
      const until = Date.now() + 5_000
      await store.set(key, block(until))
      // A second store (another process) sees the block through Redis alone.
      const other = redisGuardStore({ client, prefix: `t-${name}` })
      expect(await other.get(key)).toEqual(block(until))
      const raw = new Redis({ port: redis.port, host: '127.0.0.1' })
      const keys = await raw.keys(`t-${name}:*`)
      expect(keys).toHaveLength(1)
      expect(keys[0]).toMatch(new RegExp(`^t-${name}:navinfo:lbs\\.example\\.cn:\\{[0-9a-f]{32}\\}$`))
      expect(keys[0]).not.toContain('credential-hash-abc')
      const ttl = await raw.pttl(keys[0] as string)
      expect(ttl).toBeGreaterThan(3_000)
      expect(ttl).toBeLessThanOrEqual(5_000)
      // The first block written stands (SET NX): a later, longer one does not replace it.
      await redisGuardStore({ client, prefix: `t-${name}` }).set(key, block(until + 60_000))
      expect(JSON.parse((await raw.get(keys[0] as string)) as string).until).toBe(until)
      raw.disconnect()
      close()
    },
  )

  it('blocks a second process: it fails fast without reaching the vendor, until the window passes', async () => {
    // The simulator's clock reads 23:59:55 in UTC+8: navinfo 1007's window resets in 5 s, long enough for a
    // second process to start on a loaded machine.
    const local = new Date()
    const shanghaiMidnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1, -8)
    const date = new Date(shanghaiMidnight - 5_000).toUTCString()
    // Asynchronous, so that the simulator in this process can answer while the child waits.
    const runProcess = (credential = 'ak-shared-by-the-fleet') =>
      new Promise<{ error?: Record<string, unknown> }>((resolve, reject) =>
        execFile(
          process.execPath,
          ['test/fixtures/guard-proc.mjs', String(redis.port), sim.url, date],
          { cwd: root, timeout: 20_000, env: { ...process.env, ERRCODE_CREDENTIAL: credential } },
          (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))),
        ),
      )
    sim.reset()
    const first = await runProcess()
    // An account-scope daily limit: the whole fleet's credential is blocked, not one recipient.
    expect(first.error).toMatchObject({
      name: 'QuotaExceededError',
      code: 1007,
      shortCircuited: false,
      scope: 'account',
    })
    expect(sim.requests.total).toBe(1)
    const second = await runProcess()
    expect(second.error).toMatchObject({
      name: 'QuotaExceededError',
      code: 1007,
      shortCircuited: true,
      scope: 'account',
    })
    expect(sim.requests.total).toBe(1)
    // Another tenant's credential is not blocked: its call reaches the vendor.
    const otherTenant = await runProcess('ak-another-tenant')
    expect(otherTenant.error).toMatchObject({ code: 1007, shortCircuited: false })
    expect(sim.requests.total).toBe(2)
    // Until the block's own end, as the first process was told it.
    await new Promise((r) => setTimeout(r, new Date(first.error?.at as string).getTime() - Date.now() + 100))
    const later = await runProcess()
    // The window passed: the call reaches the vendor again (which, asked for 1007 again, blocks again).
    expect(later.error).toMatchObject({ code: 1007, shortCircuited: false })
    expect(sim.requests.total).toBe(3)
  }, 30_000)

  it('writes a block made while Redis was down once it is back: another process then sees it', async () => {
    const port = await freePort()
    // This process: its Redis is not up yet (an outage), and reconnects quickly.
    const mine = new Redis({ port, host: '127.0.0.1', retryStrategy: () => 50, maxRetriesPerRequest: 0 })
    mine.on('error', () => undefined)
    const store = redisGuardStore({ client: mine, timeoutMs: 200 })
    const until = Date.now() + 60_000
    await store.set('navinfo:api:outage', block(until))
    const own = await startRedis(port)
    try {
      await new Promise<void>((resolve) => (mine.status === 'ready' ? resolve() : mine.once('ready', () => resolve())))
      // Another process, with its own client and memory, reads the block from Redis.
      const other = new Redis({ port, host: '127.0.0.1' })
      const seen = redisGuardStore({ client: other })
      let found: GuardBlock | undefined
      for (let i = 0; i < 50 && found === undefined; i++) {
        found = await seen.get('navinfo:api:outage')
        if (found === undefined) await new Promise((r) => setTimeout(r, 20))
      }
      expect(found).toMatchObject({ until, code: 1007 })
      other.disconnect()
    } finally {
      mine.disconnect()
      own.stop()
    }
  })

  it('with enableOfflineQueue: false, a block made before the client connects is shared once it does', async () => {
    const client = new Redis({ port: redis.port, host: '127.0.0.1', enableOfflineQueue: false, lazyConnect: true })
    client.on('error', () => undefined)
    const store = redisGuardStore({ client })
    void client.connect().catch(() => undefined)
    const until = Date.now() + 60_000
    // Sent before the connection is ready: ioredis refuses the command at once.
    await store.set('navinfo:api:early', block(until))
    await new Promise<void>((resolve) =>
      client.status === 'ready' ? resolve() : client.once('ready', () => resolve()),
    )
    const other = new Redis({ port: redis.port, host: '127.0.0.1' })
    const seen = redisGuardStore({ client: other })
    let found: GuardBlock | undefined
    for (let i = 0; i < 50 && found === undefined; i++) {
      found = await seen.get('navinfo:api:early')
      if (found === undefined) await new Promise((r) => setTimeout(r, 20))
    }
    expect(found).toMatchObject({ until })
    // The early refusal kept this process on its own memory for no pause: it reads another's block at once.
    await seen.set('navinfo:api:theirs', block(until))
    expect(await store.get('navinfo:api:theirs')).toMatchObject({ until })
    client.disconnect()
    other.disconnect()
  })

  it('goes on when Redis dies mid-run: no failed or held request, no unhandled rejection, one warning', async () => {
    const own = await startRedis()
    const client = new Redis({ port: own.port, host: '127.0.0.1', maxRetriesPerRequest: 1 })
    client.on('error', () => undefined)
    const onDegrade = vi.fn()
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const f = withErrcode(fetch, {
      adapter: navinfo,
      retry: { budget: false, guard: redisGuardStore({ client, timeoutMs: 50, onDegrade }) },
    })
    let ok = 0
    for (let i = 0; i < 40; i++) {
      if (i === 15) own.stop()
      const res = await f(`${sim.url}/navinfo/geocode?code=200&i=${i}`)
      if (res.ok) ok++
    }
    await new Promise((r) => setTimeout(r, 200))
    process.off('unhandledRejection', onUnhandled)
    client.disconnect()
    expect(ok).toBe(40)
    expect(onDegrade).toHaveBeenCalledTimes(1)
    expect(unhandled).toEqual([])
  }, 30_000)

  it('opens a circuit for the fleet: another process fails fast without reaching the vendor', async () => {
    const client = new Redis({ port: redis.port, host: '127.0.0.1' })
    const f = withErrcode(fetch, {
      adapter: navinfo,
      retry: {
        maxAttempts: 1,
        budget: false,
        breaker: { consecutive: 3, cooldownMs: 60_000 },
        guard: redisGuardStore({ client, timeoutMs: 500 }),
      },
    })
    const down = `${sim.url}/html?status=503&fleet=${Math.random()}`
    const headers = { authorization: 'ak-shared-by-the-fleet' }
    sim.reset()
    for (let i = 0; i < 3; i++) await f(down, { headers }).catch(() => undefined)
    expect(sim.requests.total).toBe(3)
    // This process's own circuit is open...
    expect(await f(down, { headers }).catch((e: unknown) => e)).toMatchObject({ shortCircuitedBy: 'breaker' })
    await new Promise((r) => setTimeout(r, 100))
    // ...and so is the fleet's: a process that never saw a failure is refused before it sends.
    const other = await new Promise<{ error?: Record<string, unknown> }>((resolve, reject) =>
      execFile(
        process.execPath,
        ['test/fixtures/breaker-proc.mjs', String(redis.port), down],
        { cwd: root, timeout: 20_000 },
        (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))),
      ),
    )
    expect(other.error).toMatchObject({ name: 'ServiceUnavailableError', shortCircuitedBy: 'breaker' })
    expect(sim.requests.total).toBe(3)
    client.disconnect()
  }, 30_000)

  it('keeps the breaker per process when Redis dies mid-run: requests go on', async () => {
    const own = await startRedis()
    const client = new Redis({ port: own.port, host: '127.0.0.1', maxRetriesPerRequest: 1 })
    client.on('error', () => undefined)
    const f = withErrcode(fetch, {
      adapter: navinfo,
      retry: {
        maxAttempts: 1,
        budget: false,
        breaker: { consecutive: 3, cooldownMs: 60_000 },
        guard: redisGuardStore({ client, timeoutMs: 50 }),
      },
    })
    sim.reset()
    let ok = 0
    let refused = 0
    for (let i = 0; i < 30; i++) {
      if (i === 10) own.stop()
      // A healthy credential goes on; a failing one opens its own circuit in this process alone.
      const res = await f(`${sim.url}/navinfo/geocode?code=200&i=${i}`, { headers: { authorization: 'healthy' } })
      if (res.ok) ok++
      const err = await f(`${sim.url}/html?status=503&i=${i}`, { headers: { authorization: 'failing' } }).catch(
        (e: unknown) => e as { shortCircuitedBy?: string },
      )
      if ((err as { shortCircuitedBy?: string }).shortCircuitedBy === 'breaker') refused++
    }
    client.disconnect()
    expect(ok).toBe(30)
    expect(refused).toBe(27)
    expect(sim.requests.total).toBe(33)
  }, 30_000)

  it('paces a fleet from one store: a process that was never throttled waits for turns another set', async () => {
    const a = new Redis({ port: redis.port, host: '127.0.0.1' })
    const b = new Redis({ port: redis.port, host: '127.0.0.1' })
    const prefix = `t-pacing-${Math.random()}`
    const paced = (client: Redis) => ({
      maxAttempts: 1,
      budget: false as const,
      pacing: { store: redisPacingStore({ client, prefix, timeoutMs: 500 }) },
    })
    const headers = { authorization: 'ak-shared-by-the-fleet' }
    const url = `${sim.url}/jiguang/v1/web/verify?qps=5&fleet=${Math.random()}`
    const first = withErrcode(fetch, { adapter: jiguang, retry: paced(a) })
    // Process A meets the limit: 5 pass, the 6th is refused, and the key is paced in Redis.
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        first(url, { headers }).then(
          () => 'ok',
          (e: { code?: unknown }) => e.code,
        ),
      ),
    )
    expect(outcomes.filter((o) => o === 1804)).toHaveLength(1)
    await new Promise((r) => setTimeout(r, 50))
    // Process B (its own memory and client) never saw a refusal: its requests wait for the fleet's turns.
    const second = withErrcode(fetch, { adapter: jiguang, retry: paced(b) })
    const started = Date.now()
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      await second(url, { headers })
      times.push(Date.now() - started)
    }
    // The first turn comes after the vendor's second has passed; then one turn every 1000 / 4.5 ms.
    expect(times[0]).toBeGreaterThan(700)
    expect((times[2] as number) - (times[0] as number)).toBeGreaterThan(350)
    a.disconnect()
    b.disconnect()
  }, 30_000)

  it('takes a turn in Redis only when the caller can wait for it: a refused turn stays for the next process', async () => {
    const client = new Redis({ port: redis.port, host: '127.0.0.1' })
    const prefix = `t-turns-${Math.random()}`
    const a = redisPacingStore({ client, prefix, timeoutMs: 500, beta: 1 })
    const b = redisPacingStore({ client, prefix, timeoutMs: 500, beta: 1 })
    const last = { vendor: 'jiguang', code: 1804, description: 'QPS rate limit' }
    for (let i = 0; i < 5; i++) a.passed('jiguang:host:ak')
    a.throttled('jiguang:host:ak', last)
    await new Promise((r) => setTimeout(r, 50))
    const taken = await a.reserve('jiguang:host:ak')
    expect(taken).toMatchObject({ taken: true, last })
    const refused = await a.reserve('jiguang:host:ak', 0)
    expect(refused).toMatchObject({ taken: false })
    // The other process is offered the turn the first could not wait for, not the one after it.
    const next = await b.reserve('jiguang:host:ak')
    expect(next?.taken).toBe(true)
    expect(Math.abs((next?.waitMs as number) - (refused?.waitMs as number))).toBeLessThan(20)
    client.disconnect()
  })

  it("lowers the fleet's rate once per rate: refusals of requests that left before it changed do not lower it again", async () => {
    const client = new Redis({ port: redis.port, host: '127.0.0.1' })
    const prefix = `t-epochs-${Math.random()}`
    const a = redisPacingStore({ client, prefix, timeoutMs: 500, beta: 0.5 })
    const b = redisPacingStore({ client, prefix, timeoutMs: 500, beta: 0.5 })
    const last = { vendor: 'jiguang', code: 1804, description: 'QPS rate limit' }
    const key = 'jiguang:host:ak'
    for (let i = 0; i < 20; i++) a.passed(key)
    a.throttled(key, last, null)
    await new Promise((r) => setTimeout(r, 150))
    const first = await b.reserve(key)
    expect(first).toMatchObject({ rate: 10, epoch: 1 })
    // Requests that were on their way before the fleet was paced, then one sent under epoch 1 after the rate
    // changed: none of them lowers the rate, in either process.
    a.throttled(key, last, null)
    b.throttled(key, last, null)
    a.throttled(key, last, 0)
    await new Promise((r) => setTimeout(r, 150))
    expect(await a.reserve(key)).toMatchObject({ rate: 10, epoch: 1 })
    // A refusal of a request sent under today's rate lowers it, once.
    b.throttled(key, last, 1)
    b.throttled(key, last, 1)
    await new Promise((r) => setTimeout(r, 150))
    const lowered = await a.reserve(key)
    expect(lowered?.epoch).toBe(2)
    expect(lowered?.rate).toBeLessThan(10)
    client.disconnect()
  })

  it('raises a rate set too low to beta times what the fleet passed in the last second', async () => {
    const client = new Redis({ port: redis.port, host: '127.0.0.1' })
    const prefix = `t-raise-${Math.random()}`
    const a = redisPacingStore({ client, prefix, timeoutMs: 500, beta: 0.5, growth: 0 })
    const b = redisPacingStore({ client, prefix, timeoutMs: 500, beta: 0.5, growth: 0 })
    const last = { vendor: 'jiguang', code: 1804, description: 'QPS rate limit' }
    const key = 'jiguang:host:ak'
    for (let i = 0; i < 8; i++) a.passed(key)
    a.throttled(key, last, null)
    await new Promise((r) => setTimeout(r, 100))
    expect((await a.reserve(key))?.rate).toBe(4)
    // The passes that were on their way when the refusal came, reported by the other process.
    for (let i = 0; i < 12; i++) b.passed(key)
    await new Promise((r) => setTimeout(r, 100))
    expect((await a.reserve(key))?.rate).toBe(10)
    client.disconnect()
  })
})
