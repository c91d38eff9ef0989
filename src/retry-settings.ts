import type { RetryOptions } from './policy.js'

/** The numbers of a retry policy, its defaults filled in. Small on purpose: clients read it without loading the policy. */
export interface RetrySettings {
  readonly maxAttempts: number
  readonly baseDelay: number
  readonly maxBackoff: number
  readonly maxDelay: number
  readonly deadline: number
}

export function retrySettings(options: RetryOptions): RetrySettings {
  return {
    maxAttempts: Math.max(1, options.maxAttempts ?? 3),
    baseDelay: options.baseDelay ?? 200,
    maxBackoff: options.maxBackoff ?? 5_000,
    maxDelay: options.maxDelay ?? 30_000,
    deadline: options.deadline ?? 60_000,
  }
}
