// A catalog's retry rule as a sentence, for people: the CLI's `explain` and the code page say it alike.
import type { RetryRule } from '../types.js'

/** What to do about an error of this rule, in words. */
export function retryInWords(rule: RetryRule): string {
  switch (rule.kind) {
    case 'never':
      return 'do not retry: fix the request or the account first'
    case 'backoff':
      return `transient: retry with exponential backoff and jitter${rule.replaySafe ? ' (safe to replay: the vendor refused it before running it)' : ''}`
    case 'refresh':
      return 'renew the token, signature or timestamp, then retry once'
    case 'after':
      if ('window' in rule) {
        const next = {
          second: 'next second',
          minute: 'next minute',
          hour: 'next hour',
          day: 'next day at 00:00',
          month: 'first day of the next month at 00:00',
        }[rule.window]
        return `wait until the window resets: the ${next} on the vendor's clock`
      }
      return `wait ${Math.round(rule.delayMs / 1000)} s, then retry`
  }
}
