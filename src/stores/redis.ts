// errcode/redis: the quota guard's blocks in Redis, so that a fleet stops calling a blocked credential together.
import { createHash } from 'node:crypto'
import { REDIS_DEFAULTS } from '../defaults.js'
import { type GuardBlock, type GuardStore, MemoryGuardStore } from '../retry/guard.js'

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
export function redisGuardStore(options: RedisGuardStoreOptions): GuardStore {
  const { client } = options
  const prefix = options.prefix ?? REDIS_DEFAULTS.prefix
  const timeoutMs = options.timeoutMs ?? REDIS_DEFAULTS.timeoutMs
  const local = new MemoryGuardStore()
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
    downUntil = Date.now() + (options.retryAfterMs ?? REDIS_DEFAULTS.retryAfterMs)
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

  return {
    async get(key) {
      const known = local.get(key)
      if (known !== undefined || !up()) return known
      try {
        const raw = await bounded(['GET', redisKey(key)])
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
      if (block.until <= Date.now() || !up()) return
      try {
        await bounded(['SET', redisKey(key), JSON.stringify(block), 'PXAT', String(Math.ceil(block.until)), 'NX'])
      } catch (error) {
        degrade(error)
      }
    },
  }
}
