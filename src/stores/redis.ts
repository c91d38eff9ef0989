// errcode/redis: the quota guard's blocks and pacing's buckets in Redis, so that a fleet stops calling a
// blocked credential together and keeps to a vendor's rate limit together.
import { createHash } from 'node:crypto'
import { GUARD_MAX_KEYS, PACING_DEFAULTS, REDIS_DEFAULTS } from '../defaults.js'
import { type GuardBlock, type GuardStore, MemoryGuardStore } from '../retry/guard.js'
import { Pacer, type PacingOptions, type PacingStore, type ThrottleInfo } from '../retry/pacing.js'

/**
 * The part of a Redis client the guard store uses: raw commands, which ioredis (`call`) and node-redis
 * (`sendCommand`) both offer, so neither is a dependency.
 */
export type RedisLike =
  | { call(command: string, ...args: string[]): Promise<unknown> }
  | { sendCommand(args: string[]): Promise<unknown> }

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
  /** Called once, the first time Redis fails or is slow. Blocks are kept in memory too, always. */
  readonly onDegrade?: (error: unknown) => void
  /**
   * After Redis fails, how long the process keeps to its memory before it asks Redis again.
   * @default 5_000
   */
  readonly retryAfterMs?: number
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
 * import { redisGuardStore } from 'errcode/redis'
 * const api = withErrcode(axios.create(), {
 *   adapter: navinfo,
 *   retry: { guard: redisGuardStore({ client: new Redis(process.env.REDIS_URL), onDegrade: (e) => log.warn(e) }) },
 * })
 * ```
 */
/** A bounded, degradable connection: what both stores need of Redis. */
function connection(options: RedisGuardStoreOptions, defaultPrefix: string) {
  const { client } = options
  const prefix = options.prefix ?? defaultPrefix
  const timeoutMs = options.timeoutMs ?? REDIS_DEFAULTS.timeoutMs
  let degraded = false
  // After a failure, Redis is left alone for a while: calls must not each wait out a timeout.
  let downUntil = 0

  const command = (args: string[]): Promise<unknown> =>
    'call' in client ? client.call(args[0] as string, ...args.slice(1)) : client.sendCommand(args)

  /** A command bounded in time; its late failure is swallowed, never left unhandled. */
  const bounded = (args: string[]): Promise<unknown> => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const pending = command(args)
    pending.catch(() => undefined)
    return Promise.race([
      pending,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new RedisTimeout(`Redis did not answer in ${timeoutMs} ms`)), timeoutMs)
      }),
    ]).finally(() => clearTimeout(timer))
  }

  const degrade = (error: unknown) => {
    // A client that has not connected yet (ioredis with `enableOfflineQueue: false` refuses commands at
    // once until then) is not an outage: Redis is asked again on the next call, not after a pause.
    const connecting = (client as { status?: unknown }).status
    const notYet = connecting === 'connecting' || connecting === 'connect' || connecting === 'wait'
    downUntil = notYet ? 0 : Date.now() + (options.retryAfterMs ?? REDIS_DEFAULTS.retryAfterMs)
    if (degraded) return
    degraded = true
    options.onDegrade?.(error)
  }
  const up = () => Date.now() >= downUntil

  // The vendor and host stay readable for operators; the rest (the credential's hash) is hashed again.
  const redisKey = (key: string) => {
    const [vendor = '', host = ''] = key.split(':')
    return `${prefix}:${vendor}:${host}:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`
  }
  return { bounded, degrade, up, redisKey }
}

export function redisGuardStore(options: RedisGuardStoreOptions): GuardStore {
  const local = new MemoryGuardStore()
  const { bounded, degrade, up, redisKey } = connection(options, REDIS_DEFAULTS.prefix)
  /** Blocks that could not be written (Redis down, slow, or not connected yet): written once it answers. */
  const unwritten = new Map<string, GuardBlock>()
  const keep = (key: string, block: GuardBlock) => {
    if (unwritten.size < GUARD_MAX_KEYS || unwritten.has(key)) unwritten.set(key, block)
  }
  const write = (key: string, block: GuardBlock) =>
    bounded(['SET', redisKey(key), JSON.stringify(block), 'PXAT', String(Math.ceil(block.until)), 'NX'])
  let flushing = false
  /** Writes the blocks of the outage that still hold, now that Redis answers; those that fail wait again. */
  const flush = () => {
    if (flushing || unwritten.size === 0) return
    flushing = true
    const now = Date.now()
    const pending = [...unwritten].filter(([, b]) => b.until > now)
    unwritten.clear()
    void Promise.all(
      pending.map(([key, b]) =>
        write(key, b).catch((error: unknown) => {
          if (b.until > Date.now()) keep(key, b)
          degrade(error)
        }),
      ),
    ).finally(() => {
      flushing = false
    })
  }
  // Redis back (ioredis and node-redis say `ready`): what the outage kept in this process is shared again.
  ;(options.client as { on?: (event: string, listener: () => void) => unknown }).on?.('ready', flush)

  return {
    async get(key) {
      const known = local.get(key)
      if (known !== undefined || !up()) return known
      try {
        const raw = await bounded(['GET', redisKey(key)])
        flush()
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
        flush()
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
// turns per key and one rate, and count the requests that passed in tenths of a second.
const NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) "

/** KEYS[1] the key's state. Takes the next turn: `{ wait ms, last throttle }`, or -1 when not paced. */
const RESERVE = `${NOW}
local rate = tonumber(redis.call('HGET', KEYS[1], 'rate'))
if not rate then return -1 end
local at = math.max(now, tonumber(redis.call('HGET', KEYS[1], 'next')) or now)
redis.call('HSET', KEYS[1], 'next', tostring(at + 1000 / rate))
return { tostring(at - now), tostring(rate), redis.call('HGET', KEYS[1], 'last') or '' }`

/** KEYS[1] the key's state. Gives a turn back. */
const RELEASE = `local rate = tonumber(redis.call('HGET', KEYS[1], 'rate'))
if rate then redis.call('HINCRBYFLOAT', KEYS[1], 'next', tostring(-1000 / rate)) end
return 0`

/** KEYS[1] the state, KEYS[2] the prefix of the counts; ARGV[1] growth. Counts a pass; a paced rate grows. */
const PASSED = `${NOW}
local count = KEYS[2] .. ':' .. math.floor(now / 100)
redis.call('INCR', count)
redis.call('PEXPIRE', count, 2000)
local rate = tonumber(redis.call('HGET', KEYS[1], 'rate'))
if not rate then return 0 end
local changed = tonumber(redis.call('HGET', KEYS[1], 'changed')) or now
redis.call('HSET', KEYS[1], 'rate', tostring(rate * (1 + tonumber(ARGV[1]) * (now - changed) / 1000)), 'changed', now)
return 0`

/**
 * KEYS[1] the state, KEYS[2] the prefix of the counts; ARGV beta, minRate, idleMs, the throttle as JSON.
 * Paces the key at beta times what the fleet passed in the last second, its next turn after that second.
 */
const THROTTLED = `${NOW}
local tenth = math.floor(now / 100)
local accepted, oldest = 0, tenth
for i = tenth - 9, tenth do
  local n = tonumber(redis.call('GET', KEYS[2] .. ':' .. i)) or 0
  accepted = accepted + n
  if n > 0 and i < oldest then oldest = i end
end
local old = tonumber(redis.call('HGET', KEYS[1], 'rate'))
redis.call('HSET', KEYS[1], 'last', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
if old and now - (tonumber(redis.call('HGET', KEYS[1], 'throttled')) or 0) < 1000 / old then return 0 end
local base = math.max(accepted, 1)
if old and old < base then base = old end
local rate = math.max(tonumber(ARGV[2]), base * tonumber(ARGV[1]))
local nxt = math.max(tonumber(redis.call('HGET', KEYS[1], 'next')) or 0, now + 1000 / rate, (oldest + 1) * 100 + 1000)
redis.call('HSET', KEYS[1], 'rate', tostring(rate), 'next', tostring(nxt), 'changed', now, 'throttled', now)
return 0`

/**
 * A pacing store shared by every process of the same Redis (`retry: { pacing: { store } }`): one rate and
 * one schedule of turns per key for the whole fleet, so that together it keeps to a vendor's QPS limit.
 * Each pass and each throttle of a paced key costs one `EVAL`, each turn another. Raw commands on an
 * ioredis or node-redis client, as the guard store; on one Redis, not a cluster (the counts are keys of
 * their own). When Redis is slow or down, the process paces on its own memory and says so once.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis'
 * import { redisPacingStore } from 'errcode/redis'
 * const api = withErrcode(axios.create(), {
 *   adapter: jiguang,
 *   retry: { pacing: { store: redisPacingStore({ client: new Redis(process.env.REDIS_URL) }) } },
 * })
 * ```
 */
export function redisPacingStore(options: RedisPacingStoreOptions): PacingStore {
  const local = new Pacer(options)
  const { bounded, degrade, up, redisKey } = connection(options, REDIS_DEFAULTS.pacingPrefix)
  const keys = (key: string) => {
    const state = redisKey(key)
    return [state, `${state}:passed`]
  }
  const run = (script: string, key: string, args: string[] = []) => {
    const [state, counts] = keys(key) as [string, string]
    return bounded(['EVAL', script, '2', state, counts, ...args])
  }
  /** Fire and forget: a failure degrades to the process's own memory, which keeps counting. */
  const send = (script: string, key: string, args: string[] = []) => {
    if (up()) run(script, key, args).catch(degrade)
  }
  const growth = String(options.growth ?? PACING_DEFAULTS.growth)
  return {
    async reserve(key) {
      if (!up()) return local.reserve(key)
      try {
        const answer = await run(RESERVE, key)
        if (!Array.isArray(answer)) return undefined
        const [wait, rate, last] = answer as [string, string, string]
        const info = last === '' ? { vendor: key.split(':')[0] ?? '', code: '', description: '' } : JSON.parse(last)
        return { waitMs: Number(wait), rate: Number(rate), last: info as ThrottleInfo }
      } catch (error) {
        degrade(error)
        return local.reserve(key)
      }
    },
    release(key) {
      local.release(key)
      send(RELEASE, key)
    },
    passed(key) {
      local.passed(key)
      send(PASSED, key, [growth])
    },
    throttled(key, last) {
      local.throttled(key, last)
      send(THROTTLED, key, [
        String(options.beta ?? PACING_DEFAULTS.beta),
        String(options.minRate ?? PACING_DEFAULTS.minRate),
        String(options.idleMs ?? PACING_DEFAULTS.idleMs),
        JSON.stringify(last),
      ])
    },
  }
}
