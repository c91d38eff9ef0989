// The retry budget: one token bucket per client, so that an outage does not multiply its traffic.
import { BUDGET_DEFAULTS } from '../defaults.js'

/** Settings of the retry budget. */
export interface BudgetOptions {
  /** @default 100 */
  readonly capacity?: number
  /** Tokens one retry takes. @default 10 */
  readonly retryCost?: number
  /** Tokens one success gives back. @default 1 */
  readonly successRefund?: number
}

/**
 * A token bucket for retries, as the AWS SDKs keep one: each retry takes `retryCost` tokens, each success
 * gives back `successRefund`. During an outage (no successes) at most `capacity / retryCost` retries
 * happen, then only first attempts; in healthy traffic retries stay under `successRefund / retryCost` of
 * the successes. A drained bucket stops retries, never first attempts.
 */
export class RetryBudget {
  readonly capacity: number
  readonly retryCost: number
  readonly successRefund: number
  #tokens: number

  constructor(options: BudgetOptions = {}) {
    this.capacity = options.capacity ?? BUDGET_DEFAULTS.capacity
    this.retryCost = options.retryCost ?? BUDGET_DEFAULTS.retryCost
    this.successRefund = options.successRefund ?? BUDGET_DEFAULTS.successRefund
    this.#tokens = this.capacity
  }

  get tokens(): number {
    return this.#tokens
  }

  /** Takes the tokens of one retry; false when there are not enough. */
  take(): boolean {
    if (this.#tokens < this.retryCost) return false
    this.#tokens -= this.retryCost
    return true
  }

  refund(): void {
    this.#tokens = Math.min(this.capacity, this.#tokens + this.successRefund)
  }
}
