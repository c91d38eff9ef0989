// A circuit breaker per vendor, host and credential that counts outages only (unavailable, internal,
// network, timeout): open, calls fail at once until a cool-down ends; then one probe decides. An open
// circuit is also written to the guard's store, so processes sharing a store (Redis) stop together.
import { BREAKER_DEFAULTS, GUARD_MAX_KEYS } from '../defaults.js'
import type { ApiError } from '../errors/errors.js'
import type { BreakerState, Observer } from '../observe/telemetry.js'
import type { GuardBlock, GuardStore } from './guard.js'
import { isOutage } from './interop.js'

/** Settings of `retry.breaker`; `true` takes these defaults (`BREAKER_DEFAULTS`). */
export interface BreakerOptions {
  /** Outages in a row that open the circuit. @default 5 */
  readonly consecutive?: number
  /** The share of outages among the outcomes of the window that opens it. @default 0.5 */
  readonly ratio?: number
  /** The sliding window of outcomes the ratio is taken over, in ms. @default 10_000 */
  readonly windowMs?: number
  /** Outcomes the window must hold before the ratio counts. @default 10 */
  readonly minVolume?: number
  /** How long an opened circuit stays open, in ms; doubled each time a probe fails. @default 5_000 */
  readonly cooldownMs?: number
  /** The longest cool-down. @default 60_000 */
  readonly maxCooldownMs?: number
}

/**
 * Who hears of a change of state: the observers of the client whose request made it (their `circuit` event),
 * each guarded. One breaker may serve several clients (a shared `RetryPolicy`), each with observers of its
 * own: each change is told once, to one.
 */
export type CircuitWatcher = Pick<Observer, 'tell'>

/** The window is kept in this many buckets: outcomes older than the window drop out a bucket at a time. */
const BUCKETS = 10

interface Circuit {
  state: BreakerState
  inRow: number
  /** Outcomes and outages per bucket of the window; `at` is the bucket's start. */
  readonly buckets: { at: number; total: number; outages: number }[]
  cooldownMs: number
  until: number
  /** When the probe of a half-open circuit left (0: none in flight). */
  probeAt: number
  vendor: string
  /** The outage that opened it last: what a refused call is told. */
  last: { code: ApiError['code']; category: ApiError['category']; source: ApiError['source'] } | undefined
}

/** A `GuardStore` key of its own for a circuit, beside the guard's block of the same credential. */
const storeKey = (key: string) => `${key}:breaker`

export class CircuitBreaker {
  readonly consecutive: number
  readonly ratio: number
  readonly windowMs: number
  readonly minVolume: number
  readonly cooldownMs: number
  readonly maxCooldownMs: number
  readonly #store: GuardStore | undefined
  readonly #now: () => number
  /** Circuits by key, the oldest first: bounded, closed ones dropped first. */
  readonly #circuits = new Map<string, Circuit>()

  constructor(options: BreakerOptions = {}, store?: GuardStore, now: () => number = Date.now) {
    this.consecutive = options.consecutive ?? BREAKER_DEFAULTS.consecutive
    this.ratio = options.ratio ?? BREAKER_DEFAULTS.ratio
    this.windowMs = options.windowMs ?? BREAKER_DEFAULTS.windowMs
    this.minVolume = options.minVolume ?? BREAKER_DEFAULTS.minVolume
    this.cooldownMs = options.cooldownMs ?? BREAKER_DEFAULTS.cooldownMs
    this.maxCooldownMs = options.maxCooldownMs ?? BREAKER_DEFAULTS.maxCooldownMs
    this.#store = store
    this.#now = now
  }

  /** The state of a circuit, as this process knows it. */
  state(key: string): BreakerState {
    return this.#circuits.get(key)?.state ?? 'closed'
  }

  /**
   * Whether a request may leave: `undefined` to send it, else the block that refuses it (an open circuit,
   * here or in another process of the same store, or a half-open one whose probe is under way). `watcher`:
   * the telemetry of the request's client, told of the change its request makes (see {@link CircuitWatcher}).
   */
  async admit(key: string, watcher?: CircuitWatcher): Promise<GuardBlock | undefined> {
    const now = this.#now()
    const circuit = this.#circuits.get(key)
    if (circuit !== undefined && circuit.state !== 'closed') {
      if (circuit.state === 'open' && now < circuit.until) return this.#block(circuit, circuit.until)
      // The cool-down is over: one probe goes, the others wait for its outcome (a probe that never came
      // back, an abort say, is given up after a cool-down of its own).
      if (circuit.probeAt !== 0 && now - circuit.probeAt < circuit.cooldownMs)
        return this.#block(circuit, circuit.probeAt + circuit.cooldownMs)
      if (circuit.state === 'open') this.#change(key, circuit, 'half-open', 'the cool-down ended: one probe', watcher)
      circuit.probeAt = now
      return undefined
    }
    // Closed here: another process may have opened it.
    const shared = await this.#store?.get(storeKey(key))
    return shared !== undefined && shared.until > now ? shared : undefined
  }

  /**
   * Counts one outcome of a request that was sent: a success, or an error (outages only count against).
   * `watcher`: the telemetry of the request's client (see {@link CircuitWatcher}).
   */
  record(key: string, vendor: string, outcome: ApiError | undefined, watcher?: CircuitWatcher): void {
    const outage = outcome !== undefined && isOutage(outcome)
    const now = this.#now()
    let circuit = this.#circuits.get(key)
    if (circuit === undefined) {
      // Nothing to learn from a success on a circuit never seen: no entry made for it.
      if (!outage) return
      circuit = this.#add(key, vendor)
    }
    if (circuit.state === 'half-open') {
      circuit.probeAt = 0
      if (outage) {
        circuit.cooldownMs = Math.min(this.maxCooldownMs, circuit.cooldownMs * 2)
        this.#open(
          key,
          circuit,
          now,
          `the probe failed: ${outcome.category} (${String(outcome.code)})`,
          outcome,
          watcher,
        )
      } else {
        circuit.cooldownMs = this.cooldownMs
        circuit.inRow = 0
        for (const b of circuit.buckets) b.total = b.outages = 0
        this.#change(key, circuit, 'closed', 'the probe succeeded', watcher)
      }
      return
    }
    if (circuit.state === 'open') return
    circuit.inRow = outage ? circuit.inRow + 1 : 0
    const bucketMs = this.windowMs / BUCKETS
    const at = Math.floor(now / bucketMs) * bucketMs
    let bucket = circuit.buckets.find((b) => b.at === at)
    if (bucket === undefined) {
      bucket = circuit.buckets.reduce((oldest, b) => (b.at < oldest.at ? b : oldest))
      bucket.at = at
      bucket.total = bucket.outages = 0
    }
    bucket.total++
    if (outage) bucket.outages++
    if (!outage) return
    let total = 0
    let outages = 0
    for (const b of circuit.buckets) {
      if (b.at > now - this.windowMs) {
        total += b.total
        outages += b.outages
      }
    }
    if (circuit.inRow >= this.consecutive)
      this.#open(key, circuit, now, `${circuit.inRow} outages in a row, the last ${outcome.category}`, outcome, watcher)
    else if (total >= this.minVolume && outages / total >= this.ratio)
      this.#open(key, circuit, now, `${outages} outages of ${total} outcomes in ${this.windowMs} ms`, outcome, watcher)
  }

  #add(key: string, vendor: string): Circuit {
    if (this.#circuits.size >= GUARD_MAX_KEYS) {
      let drop: string | undefined
      for (const [k, c] of this.#circuits) {
        if (c.state === 'closed') {
          drop = k
          break
        }
      }
      this.#circuits.delete(drop ?? (this.#circuits.keys().next().value as string))
    }
    const circuit: Circuit = {
      state: 'closed',
      inRow: 0,
      buckets: Array.from({ length: BUCKETS }, () => ({ at: -1, total: 0, outages: 0 })),
      cooldownMs: this.cooldownMs,
      until: 0,
      probeAt: 0,
      vendor,
      last: undefined,
    }
    this.#circuits.set(key, circuit)
    return circuit
  }

  #open(
    key: string,
    circuit: Circuit,
    now: number,
    reason: string,
    error: ApiError,
    watcher: CircuitWatcher | undefined,
  ): void {
    circuit.until = now + circuit.cooldownMs
    circuit.last = { code: error.code, category: error.category, source: error.source }
    this.#change(key, circuit, 'open', reason, watcher)
    // Other processes of the same store stop too; a store that fails keeps this process's own circuit.
    const block: GuardBlock = {
      until: circuit.until,
      vendor: circuit.vendor,
      code: error.code,
      category: error.category,
      description: `circuit open: ${reason}`,
      scope: 'account',
      reason: 'breaker',
      source: error.source,
    }
    void Promise.resolve(this.#store?.set(storeKey(key), block)).catch(() => undefined)
  }

  #change(key: string, circuit: Circuit, to: BreakerState, reason: string, watcher: CircuitWatcher | undefined): void {
    const from = circuit.state
    circuit.state = to
    watcher?.tell('circuit', {
      key,
      vendor: circuit.vendor,
      from,
      to,
      reason,
      ...(to === 'open' ? { until: new Date(circuit.until) } : {}),
    })
  }

  #block(circuit: Circuit, until: number): GuardBlock {
    return {
      until,
      vendor: circuit.vendor,
      code: circuit.last?.code ?? 'circuit_open',
      category: circuit.last?.category ?? 'unavailable',
      description:
        circuit.state === 'open'
          ? 'circuit open: the vendor failed too often'
          : 'circuit half-open: a probe is under way',
      scope: 'account',
      reason: 'breaker',
      ...(circuit.last === undefined ? {} : { source: circuit.last.source }),
    }
  }
}
