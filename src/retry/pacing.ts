// Pacing after throttling: the first rate limit a vendor answers for a key (a credential, or one recipient
// by the code's scope) starts a token bucket for that key, so that later requests wait for their turn here
// instead of reaching a vendor that would refuse them. The rate starts at what the vendor accepted in the
// last second, drops on each further throttle, and creeps up while requests pass.
import { GUARD_MAX_KEYS, PACING_DEFAULTS } from '../defaults.js'

/** Settings of `retry.pacing`; `true` takes these defaults (`PACING_DEFAULTS`). */
export interface PacingOptions {
  /** The share of the accepted rate a throttle sets the bucket to. @default 0.9 */
  readonly beta?: number
  /** How fast the rate grows while requests pass, per second: `0.02` is 2 % a second. @default 0.02 */
  readonly growth?: number
  /** The lowest rate, in requests a second. @default 0.5 */
  readonly minRate?: number
  /** A bucket that has not throttled for this long is dropped, in ms. @default 60_000 */
  readonly idleMs?: number
  /**
   * Where the buckets live: this process's memory by default; `redisPacingStore` (errcode/redis) shares
   * them with every process of the same Redis, so that a fleet keeps to the vendor's limit together.
   */
  readonly store?: PacingStore
}

/** Where pacing keeps its buckets (the {@link Pacer} itself, or a shared store). */
export interface PacingStore {
  /**
   * Takes the next turn of a key: how long to wait for it, or `undefined` when the key is not paced. A turn
   * further than `maxWaitMs` away is not taken (`taken: false`): the schedule stays as it was, so a fleet
   * never takes a turn and gives it back while other processes take theirs.
   */
  reserve(key: string, maxWaitMs?: number): Turn | Promise<Turn>
  /** Gives back a turn that was not used. */
  release(key: string): void
  /** A request of the key passed. */
  passed(key: string): void
  /**
   * The vendor refused a request of the key for its rate. `sentUnder` is the {@link Turn}'s `epoch` the
   * request left under, or `null` when it left without a turn (the key was not paced then): a refusal of a
   * request that left before the rate last changed says nothing about the new rate, and is not counted
   * against it. Without `sentUnder`, refusals closer together than one turn are taken as one.
   */
  throttled(key: string, last: ThrottleInfo, sentUnder?: number | null): void
}

interface Bucket {
  /** Requests a second. */
  rate: number
  /** When the next request may leave (epoch ms): a schedule of one slot per `1000 / rate` ms. */
  next: number
  /** When the rate last changed. */
  changed: number
  lastThrottle: number
  /** Counts the rate's changes by a throttle: a turn carries it, so that a refusal can say which rate it left under. */
  epoch: number
  /** The vendor's own words for the last throttle: what a request that cannot wait is told. */
  last: ThrottleInfo
}

/** The throttle a key is paced after: the vendor's code and words. */
export interface ThrottleInfo {
  readonly vendor: string
  readonly code: string | number
  readonly description: string
}

/** Counts in ten slots of 100 ms each: `at` is a slot's tenth of a second since the epoch. */
interface Tenths {
  readonly at: number[]
  readonly n: number[]
}

function count(t: Tenths, now: number): void {
  const tenth = Math.floor(now / 100)
  const i = tenth % 10
  if (t.at[i] !== tenth) {
    t.at[i] = tenth
    t.n[i] = 0
  }
  t.n[i] = (t.n[i] as number) + 1
}

/** When the oldest request counted in the last second drops out of it (the vendor's window reopens). */
function reopens(t: Tenths, now: number): number {
  const tenth = Math.floor(now / 100)
  let oldest = tenth
  for (let i = 0; i < 10; i++) {
    const at = t.at[i] as number
    if (at > tenth - 10 && (t.n[i] as number) > 0 && at < oldest) oldest = at
  }
  // The slot's end, a second later: its requests may have passed at any time within it.
  return (oldest + 1) * 100 + 1_000
}

function lastSecond(t: Tenths, now: number): number {
  const tenth = Math.floor(now / 100)
  let sum = 0
  for (let i = 0; i < 10; i++) if ((t.at[i] as number) > tenth - 10) sum += t.n[i] as number
  return sum
}

/** What {@link Pacer.reserve} answers: go now or after `waitMs`, or `undefined` when no bucket paces the key. */
export type Turn =
  | {
      readonly waitMs: number
      readonly rate: number
      readonly last: ThrottleInfo
      readonly taken: boolean
      /** The rate's generation this turn belongs to: what {@link PacingStore.throttled} is told as `sentUnder`. */
      readonly epoch: number
    }
  | undefined

export class Pacer implements PacingStore {
  readonly beta: number
  readonly growth: number
  readonly minRate: number
  readonly idleMs: number
  readonly #now: () => number
  readonly #buckets = new Map<string, Bucket>()
  /** Passed requests by key, in tenths of a second, to know the rate the vendor accepted when it throttles. */
  readonly #accepted = new Map<string, Tenths>()

  constructor(options: PacingOptions = {}, now: () => number = Date.now) {
    this.beta = options.beta ?? PACING_DEFAULTS.beta
    this.growth = options.growth ?? PACING_DEFAULTS.growth
    this.minRate = options.minRate ?? PACING_DEFAULTS.minRate
    this.idleMs = options.idleMs ?? PACING_DEFAULTS.idleMs
    this.#now = now
  }

  /** The rate a key is paced at, or `undefined`. */
  rate(key: string): number | undefined {
    return this.#buckets.get(key)?.rate
  }

  /**
   * Reserves the next turn of a paced key: how long the request should wait before it leaves. The turn is
   * taken whether or not the caller waits for it; one that does not (its deadline would pass) gives it back.
   */
  reserve(key: string, maxWaitMs = Number.POSITIVE_INFINITY): Turn {
    const bucket = this.#buckets.get(key)
    if (bucket === undefined) return undefined
    const now = this.#now()
    if (now - bucket.lastThrottle > this.idleMs) {
      this.#buckets.delete(key)
      return undefined
    }
    const at = Math.max(now, bucket.next)
    const taken = at - now <= maxWaitMs
    if (taken) bucket.next = at + 1000 / bucket.rate
    return { waitMs: at - now, rate: bucket.rate, last: bucket.last, taken, epoch: bucket.epoch }
  }

  /** Gives back a turn that was not used. */
  release(key: string): void {
    const bucket = this.#buckets.get(key)
    if (bucket !== undefined) bucket.next -= 1000 / bucket.rate
  }

  /** A request passed: counted, and a paced key's rate grows a little. */
  passed(key: string): void {
    const now = this.#now()
    let recent = this.#accepted.get(key)
    if (recent === undefined) {
      if (this.#accepted.size >= GUARD_MAX_KEYS) this.#accepted.delete(this.#accepted.keys().next().value as string)
      recent = { at: new Array<number>(10).fill(-1), n: new Array<number>(10).fill(0) }
      this.#accepted.set(key, recent)
    }
    count(recent, now)
    const bucket = this.#buckets.get(key)
    if (bucket === undefined) return
    // What the vendor let through in the last second is a rate it allows: a rate set below it (the passes
    // still on their way when the first refusal came were not counted yet) is raised to beta times it.
    bucket.rate = Math.max(
      bucket.rate * (1 + (this.growth * (now - bucket.changed)) / 1_000),
      lastSecond(recent, now) * this.beta,
    )
    bucket.changed = now
  }

  /** The vendor refused a request of this key for its rate: pace it, or pace it slower. */
  throttled(key: string, last: ThrottleInfo, sentUnder?: number | null): void {
    const now = this.#now()
    const recent = this.#accepted.get(key)
    const bucket = this.#buckets.get(key)
    // What the vendor let through in the last second is the rate it allows (a second of data at most).
    const accepted = Math.max(recent === undefined ? 0 : lastSecond(recent, now), 1)
    const rate = Math.max(this.minRate, Math.min(bucket?.rate ?? Number.POSITIVE_INFINITY, accepted) * this.beta)
    // A vendor that counts a rolling second refuses until the requests it counted age out of it.
    const next = Math.max(now + 1000 / rate, recent === undefined ? 0 : reopens(recent, now))
    if (bucket === undefined) {
      if (this.#buckets.size >= GUARD_MAX_KEYS) this.#buckets.delete(this.#buckets.keys().next().value as string)
      this.#buckets.set(key, { rate, next, changed: now, lastThrottle: now, epoch: 1, last })
      return
    }
    bucket.last = last
    // Throttles of requests that left before the last change say nothing new: in a fleet, the requests
    // already on their way when the first refusal came would otherwise each cut the rate again.
    if (sentUnder === undefined ? now - bucket.lastThrottle < 1000 / bucket.rate : sentUnder !== bucket.epoch) return
    bucket.epoch++
    bucket.rate = rate
    bucket.changed = now
    bucket.lastThrottle = now
    bucket.next = Math.max(bucket.next, next)
  }
}
