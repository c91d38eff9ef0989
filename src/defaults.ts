// Every default of errcode's options, named, in one place: the code reads them from here and the guides'
// option tables are checked against them (test/unit/defaults.test.ts).

/** `locale`: the language of `err.description`. */
export const DEFAULT_LOCALE = 'en'

/** `maxBodyBytes`: a body larger than this passes through unread and unbuffered (1 MiB). */
export const MAX_BODY_BYTES = 1_048_576

/** The numbers of `retry`, when `retry: true` or an object leaves them out. */
export const RETRY_DEFAULTS = /* @__PURE__ */ Object.freeze({
  /** Attempts in all, the first included. */
  maxAttempts: 3,
  /** The first backoff delay in ms; each further attempt doubles it, with full jitter. */
  baseDelay: 200,
  /** The cap of one backoff delay, in ms. */
  maxBackoff: 5_000,
  /** The longest wait accepted from a vendor hint or `Retry-After`, in ms; longer ones arm the quota guard. */
  maxDelay: 30_000,
  /** The time all attempts and waits of one request may take, in ms. */
  deadline: 60_000,
})

/** `retry.methods`: the methods replayed whatever the error (the idempotent ones of RFC 9110). */
export const IDEMPOTENT_METHODS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'GET',
  'HEAD',
  'OPTIONS',
  'PUT',
  'DELETE',
  'TRACE',
])

/** `retry.idempotencyKey`: the header that carries the key. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key'

/** `retry.budget`: the token bucket of retries shared by one client's requests. */
export const BUDGET_DEFAULTS = /* @__PURE__ */ Object.freeze({
  capacity: 100,
  /** Tokens one retry takes. */
  retryCost: 10,
  /** Tokens one success gives back. */
  successRefund: 1,
})

/** `retry.breaker`: when a circuit opens, and for how long. */
export const BREAKER_DEFAULTS = /* @__PURE__ */ Object.freeze({
  /** Outages in a row that open a circuit. */
  consecutive: 5,
  /** The share of outages in the window that opens it, once the window holds `minVolume` outcomes. */
  ratio: 0.5,
  /** The sliding window of outcomes, in ms. */
  windowMs: 10_000,
  minVolume: 10,
  /** How long an opened circuit stays open, in ms, doubled while probes fail, up to `maxCooldownMs`. */
  cooldownMs: 5_000,
  maxCooldownMs: 60_000,
})

/** `retry.pacing`: how a key's rate follows the vendor's throttles. */
export const PACING_DEFAULTS = /* @__PURE__ */ Object.freeze({
  /** The share of the rate the vendor accepted in the last second that a throttle sets the bucket to. */
  beta: 0.9,
  /** How fast the rate grows while requests pass: 2 % a second. */
  growth: 0.02,
  /** The lowest rate, in requests a second. */
  minRate: 0.5,
  /** A bucket that has not throttled for this long is dropped, in ms. */
  idleMs: 60_000,
})

/** `MemoryGuardStore`'s `maxKeys`: blocks kept, for credentials and for recipients each. */
export const GUARD_MAX_KEYS = 10_000

/** `redisGuardStore`'s defaults. */
export const REDIS_DEFAULTS = /* @__PURE__ */ Object.freeze({
  /** Namespace of the guard's keys. */
  prefix: 'errcode:guard',
  /** Namespace of pacing's keys. */
  pacingPrefix: 'errcode:pacing',
  /** How long one Redis command may take before the call falls back to the process's memory, in ms. */
  timeoutMs: 50,
  /** After Redis fails, how long the process keeps to its memory before it asks Redis again, in ms. */
  retryAfterMs: 5_000,
})
