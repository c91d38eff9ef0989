// errcode/redis: the quota guard's blocks and pacing's buckets in Redis, so that a fleet stops calling a
// blocked credential together and keeps to a vendor's rate limit together.
import { createHash } from 'node:crypto'
import { GUARD_MAX_KEYS, PACING_DEFAULTS, REDIS_DEFAULTS } from '../defaults.js'
import { type GuardBlock, type GuardStore, MemoryGuardStore } from '../retry/guard.js'
import { Pacer, type PacingOptions, type PacingStore, type ThrottleInfo } from '../retry/pacing.js'

/**
 * The part of a Redis client the stores use: raw commands, which ioredis (`call`, on `Redis` and `Cluster`)
 * and node-redis (`sendCommand`, on `createClient` and, with the key first, `createCluster`) all offer, so
 * none is a dependency.
 */
export type RedisLike =
  | { call(command: string, ...args: string[]): Promise<unknown> }
  | { sendCommand(args: string[]): Promise<unknown> }
  | {
      /** node-redis' cluster: the key that picks the node, whether the command only reads, the command. */
      sendCommand(firstKey: string | undefined, isReadonly: boolean | undefined, args: string[]): Promise<unknown>
      readonly masters: readonly unknown[]
    }

/** Options of {@link redisGuardStore}. */
export interface RedisGuardStoreOptions {
  /** An ioredis or node-redis client, connected. */
  readonly client: RedisLike
  /**
   * Namespace of the keys.
   * @default 'errcode:guard'
   */
  readonly prefix?: string
  /**
   * How long a Redis command may take before the process falls back to its own memory for that call.
   * @default 50
   */
  readonly timeoutMs?: number
  /**
   * Called when Redis fails or is slow, once for each outage: the process goes on from its own memory, where
   * blocks are kept too, always. A block made meanwhile is written to Redis when Redis answers again.
   */
  readonly onDegrade?: (error: unknown) => void
  /**
   * After Redis fails by taking `timeoutMs`, how long the process keeps to its memory before it asks Redis
   * again. A command refused at once (a client not connected yet, or with its offline queue off) costs no
   * wait, and Redis is asked again on the next call.
   * @default 5_000
   */
  readonly retryAfterMs?: number
}

/** Runs `f` after the event loop has read its sockets (`setImmediate` runs after the poll phase). */
const afterReads = (f: () => void): void => {
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate
  if (immediate === undefined) setTimeout(f, 0)
  else immediate(f)
}

class RedisTimeout extends Error {
  override readonly name = 'RedisTimeout'
}

/**
 * A quota-guard store shared by every process that uses the same Redis: when one instance is told that
 * the vendor blocks a credential until a window resets (navinfo 1007, jiguang 9007), every instance stops
 * calling. Keys are `<prefix>:<vendor>:<host>:<sha256 of the guard key>` and expire by themselves when the
 * window resets (`SET … PXAT … NX`, atomic: the first block written stands). Known blocks are cached in
 * memory, so a blocked call costs no round trip; an unblocked call costs one `GET`.
 *
 * When Redis is slow or down, calls go on: the store falls back to the process's memory and says so once
 * through `onDegrade`. It never fails or holds up a request.
 *
 * @example
 * ```ts
 * import Redis from 'ioredis'
 * import { redisGuardStore } from 'errcode-js/redis'
 * const api = withErrcode(axios.create(), {
 *   adapter: navinfo,
 *   retry: { guard: redisGuardStore({ client: new Redis(process.env.REDIS_URL), onDegrade: (e) => log.warn(e) }) },
 * })
 * ```
 */
/** A bounded, degradable connection: what both stores need of Redis. */
function connection(options: RedisGuardStoreOptions, defaultPrefix: string, onRecover: () => void) {
  const { client } = options
  const prefix = options.prefix ?? defaultPrefix
  const timeoutMs = options.timeoutMs ?? REDIS_DEFAULTS.timeoutMs
  // Between a failure and the next answer, Redis is degraded: told once, and what was kept in memory
  // meanwhile is written back when it answers again.
  let degraded = false
  // After a slow failure, Redis is left alone for a while: calls must not each wait out a timeout.
  let downUntil = 0

  /** `key` is the first key of the command: node-redis' cluster picks the node by it. */
  const command = (args: string[], key: string | undefined): Promise<unknown> => {
    if ('call' in client) return client.call(args[0] as string, ...args.slice(1))
    if ('masters' in client) return client.sendCommand(key, false, args)
    return client.sendCommand(args)
  }

  /**
   * A command bounded in time; its late failure is swallowed, never left unhandled. When the time is up, the
   * answer may be waiting already: a process busy for longer than `timeoutMs` (its CPU shared, a long task)
   * runs its timers before it reads its sockets. The timeout waits for that read, one turn of the event
   * loop, so that an answer in hand is not taken for an outage.
   */
  const bounded = async (args: string[], key: string | undefined): Promise<unknown> => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const pending = command(args, key)
    pending.catch(() => undefined)
    const answer = await Promise.race([
      pending,
      new Promise((_, reject) => {
        const late = () => reject(new RedisTimeout(`Redis did not answer in ${timeoutMs} ms`))
        timer = setTimeout(() => afterReads(late), timeoutMs)
      }),
    ]).finally(() => clearTimeout(timer))
    if (degraded) {
      degraded = false
      onRecover()
    }
    return answer
  }

  const degrade = (error: unknown) => {
    if (error instanceof RedisTimeout) downUntil = Date.now() + (options.retryAfterMs ?? REDIS_DEFAULTS.retryAfterMs)
    if (degraded) return
    degraded = true
    options.onDegrade?.(error)
  }
  const up = () => Date.now() >= downUntil

  // The vendor and host stay readable for operators; the rest (the credential's hash) is hashed again. The
  // hash is the key's hash tag: every key of one guard key lives in one slot of a Redis Cluster.
  const redisKey = (key: string) => {
    const [vendor = '', host = ''] = key.split(':')
    return `${prefix}:${vendor}:${host}:{${createHash('sha256').update(key).digest('hex').slice(0, 32)}}`
  }
  return { bounded, degrade, up, redisKey }
}

export function redisGuardStore(options: RedisGuardStoreOptions): GuardStore {
  const local = new MemoryGuardStore()
  // Blocks made while Redis was away, written when it answers again: the rest of the fleet must learn them.
  const unsent = new Map<string, GuardBlock>()
  /** Bounded as the memory store is: a long outage with many credentials keeps the newest blocks. */
  const keep = (key: string, block: GuardBlock) => {
    unsent.delete(key)
    unsent.set(key, block)
    if (unsent.size > GUARD_MAX_KEYS) unsent.delete(unsent.keys().next().value as string)
  }
  const write = async (key: string, block: GuardBlock) => {
    if (block.until <= Date.now()) return
    const id = redisKey(key)
    await bounded(['SET', id, JSON.stringify(block), 'PXAT', String(Math.ceil(block.until)), 'NX'], id)
  }
  /** Writes what the outage kept, now that Redis answers; a block that fails again waits for the next answer. */
  const flush = () => {
    if (unsent.size === 0) return
    const pending = [...unsent]
    unsent.clear()
    for (const [key, block] of pending) {
      write(key, block).catch((error: unknown) => {
        keep(key, block)
        degrade(error)
      })
    }
  }
  const { bounded, degrade, up, redisKey } = connection(options, REDIS_DEFAULTS.prefix, flush)
  // Redis back (ioredis' Redis and Cluster and node-redis say `ready`): shared at once, not at the next call.
  ;(options.client as { on?: (event: string, listener: () => void) => unknown }).on?.('ready', flush)

  return {
    async get(key) {
      const known = local.get(key)
      if (known !== undefined || !up()) return known
      try {
        const id = redisKey(key)
        const raw = await bounded(['GET', id], id)
        if (typeof raw !== 'string') return undefined
        const block = JSON.parse(raw) as GuardBlock
        if (typeof block.until !== 'number' || block.until <= Date.now()) return undefined
        local.set(key, block)
        return block
      } catch (error) {
        degrade(error)
        return undefined
      }
    },
    async set(key, block) {
      local.set(key, block)
      if (block.until <= Date.now()) return
      if (!up()) {
        keep(key, block)
        return
      }
      try {
        await write(key, block)
      } catch (error) {
        keep(key, block)
        degrade(error)
      }
    },
  }
}

/** Options of {@link redisPacingStore}: the connection's, and pacing's own. */
export interface RedisPacingStoreOptions extends RedisGuardStoreOptions, Omit<PacingOptions, 'store'> {}

// Lua, run atomically by Redis on its own clock (TIME): the processes of a fleet share one schedule of
// turns per key and one rate, and count the requests that passed in tenths of a second. Every script
// touches only the two keys it names, which share a hash tag: on a Redis Cluster they live in one slot.
const NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) "

/**
 * KEYS[1] the key's state; ARGV[1] the longest wait the caller accepts. Takes the next turn when it is not
 * further away: `{ wait ms, rate, last throttle, '1' when taken, epoch }`, or -1 when not paced.
 */
const RESERVE = `${NOW}
local rate = tonumber(redis.call('HGET', KEYS[1], 'rate'))
if not rate then return -1 end
local at = math.max(now, tonumber(redis.call('HGET', KEYS[1], 'next')) or now)
local taken = '0'
if at - now <= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'next', tostring(at + 1000 / rate))
  taken = '1'
end
return { tostring(at - now), tostring(rate), redis.call('HGET', KEYS[1], 'last') or '', taken, redis.call('HGET', KEYS[1], 'epoch') or '1' }`

/** KEYS[1] the key's state. Gives a turn back. */
const RELEASE = `local rate = tonumber(redis.call('HGET', KEYS[1], 'rate'))
if rate then redis.call('HINCRBYFLOAT', KEYS[1], 'next', tostring(-1000 / rate)) end
return 0`

/**
 * KEYS[1] the state, KEYS[2] the counts (a hash: one field per tenth of a second, gone 2 s after the last
 * pass); ARGV[1] growth, ARGV[2] beta. Counts a pass, drops the tenths older than a second; a paced rate
 * grows, and is never below beta times what the fleet passed in the last second.
 */
const PASSED = `${NOW}
local tenth = math.floor(now / 100)
redis.call('HINCRBY', KEYS[2], tenth, 1)
for i = tenth - 30, tenth - 10 do redis.call('HDEL', KEYS[2], i) end
redis.call('PEXPIRE', KEYS[2], 2000)
local rate = tonumber(redis.call('HGET', KEYS[1], 'rate'))
if not rate then return 0 end
local changed = tonumber(redis.call('HGET', KEYS[1], 'changed')) or now
local passed = 0
for i = tenth - 9, tenth do passed = passed + (tonumber(redis.call('HGET', KEYS[2], i)) or 0) end
rate = math.max(rate * (1 + tonumber(ARGV[1]) * (now - changed) / 1000), passed * tonumber(ARGV[2]))
redis.call('HSET', KEYS[1], 'rate', tostring(rate), 'changed', now)
return 0`

/**
 * KEYS[1] the state, KEYS[2] the counts; ARGV beta, minRate, idleMs, the throttle as JSON, the epoch the
 * refused request left under ('' unknown, 'none' unpaced). Paces the key at beta times what the fleet
 * passed in the last second, its next turn after that second; a refusal of a request that left before the
 * rate's last change (another epoch, or no turn at all) does not lower it again.
 */
const THROTTLED = `${NOW}
local tenth = math.floor(now / 100)
local accepted, oldest = 0, tenth
for i = tenth - 9, tenth do
  local n = tonumber(redis.call('HGET', KEYS[2], i)) or 0
  accepted = accepted + n
  if n > 0 and i < oldest then oldest = i end
end
local old = tonumber(redis.call('HGET', KEYS[1], 'rate'))
redis.call('HSET', KEYS[1], 'last', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
local epoch = tonumber(redis.call('HGET', KEYS[1], 'epoch')) or 1
if old then
  if ARGV[5] == 'none' then return 0 end
  if ARGV[5] == '' then
    if now - (tonumber(redis.call('HGET', KEYS[1], 'throttled')) or 0) < 1000 / old then return 0 end
  elseif tonumber(ARGV[5]) ~= epoch then return 0 end
  epoch = epoch + 1
end
local base = math.max(accepted, 1)
if old and old < base then base = old end
local rate = math.max(tonumber(ARGV[2]), base * tonumber(ARGV[1]))
local nxt = math.max(tonumber(redis.call('HGET', KEYS[1], 'next')) or 0, now + 1000 / rate, (oldest + 1) * 100 + 1000)
redis.call('HSET', KEYS[1], 'rate', tostring(rate), 'next', tostring(nxt), 'changed', now, 'throttled', now, 'epoch', epoch)
return 0`

/**
 * A pacing store shared by every process of the same Redis (`retry: { pacing: { store } }`): one rate and
 * one schedule of turns per key for the whole fleet, so that together it keeps to a vendor's QPS limit.
 * Each pass and each throttle of a paced key costs one `EVAL`, each turn another. Raw commands on an
 * ioredis or node-redis client or cluster, as the guard store: a script's two keys share a hash tag. When
 * Redis is slow or down, the process paces on its own memory and says so once an outage.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import { redisPacingStore } from 'errcode-js/redis'
 * const api = withErrcode(axios.create(), {
 *   adapter: jiguang,
 *   retry: { pacing: { store: redisPacingStore({ client: new Redis(process.env.REDIS_URL) }) } },
 * })
 * ```
 */
export function redisPacingStore(options: RedisPacingStoreOptions): PacingStore {
  const local = new Pacer(options)
  // Pacing keeps no state to write back: the fleet's schedule goes on in Redis, this process's in memory.
  const { bounded, degrade, up, redisKey } = connection(options, REDIS_DEFAULTS.pacingPrefix, () => undefined)
  const keys = (key: string) => {
    const state = redisKey(key)
    return [state, `${state}:passed`]
  }
  const run = (script: string, key: string, args: string[] = []) => {
    const [state, counts] = keys(key) as [string, string]
    return bounded(['EVAL', script, '2', state, counts, ...args], state)
  }
  /** Fire and forget: a failure degrades to the process's own memory, which keeps counting. */
  const send = (script: string, key: string, args: string[] = []) => {
    if (up()) run(script, key, args).catch(degrade)
  }
  const growth = String(options.growth ?? PACING_DEFAULTS.growth)
  const beta = String(options.beta ?? PACING_DEFAULTS.beta)
  return {
    async reserve(key, maxWaitMs = Number.POSITIVE_INFINITY) {
      if (!up()) return local.reserve(key, maxWaitMs)
      try {
        // Redis's Lua reads numbers, not `Infinity`: a day is further than any deadline.
        const answer = await run(RESERVE, key, [String(Math.min(Math.max(maxWaitMs, 0), 86_400_000))])
        if (!Array.isArray(answer)) return undefined
        const [wait, rate, last, taken, epoch] = answer as [string, string, string, string, string]
        const info = last === '' ? { vendor: key.split(':')[0] ?? '', code: '', description: '' } : JSON.parse(last)
        return {
          waitMs: Number(wait),
          rate: Number(rate),
          last: info as ThrottleInfo,
          taken: taken === '1',
          epoch: Number(epoch),
        }
      } catch (error) {
        degrade(error)
        return local.reserve(key, maxWaitMs)
      }
    },
    release(key) {
      local.release(key)
      send(RELEASE, key)
    },
    passed(key) {
      local.passed(key)
      send(PASSED, key, [growth, beta])
    },
    throttled(key, last, sentUnder) {
      // The epochs are the fleet's: this process's own buckets (used while Redis is down) count their own.
      local.throttled(key, last)
      send(THROTTLED, key, [
        beta,
        String(options.minRate ?? PACING_DEFAULTS.minRate),
        String(options.idleMs ?? PACING_DEFAULTS.idleMs),
        JSON.stringify(last),
        sentUnder === undefined ? '' : sentUnder === null ? 'none' : String(sentUnder),
      ])
    },
  }
}
