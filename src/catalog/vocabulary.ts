// Validators of the shared vocabulary: whether a value is one of errcode's categories or a valid retry rule.
// Categories come from the one list in types.ts; catalogs, `errcode check` and `errcode import` use these.
import { type Category, categories, type RetryRule, type Window } from '../types.js'

const categorySet: ReadonlySet<unknown> = new Set<Category>(categories)

/** The windows a rule can wait for; a `Record` so that a new {@link Window} must be added here too. */
const windowSet: Readonly<Record<Window, true>> = { second: true, minute: true, hour: true, day: true, month: true }

/** Whether a value is one of errcode's categories. */
export function isCategory(value: unknown): value is Category {
  return categorySet.has(value)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * Whether a value is a valid retry rule: `never`, `backoff`, `refresh`, or `after` a delay (ms, finite, not
 * negative) or a window; `replaySafe` a boolean, `outcome` only `'unknown'`, `query` only `true`, where given.
 */
export function isRetryRule(value: unknown): value is RetryRule {
  if (!isRecord(value)) return false
  const v = value
  if (v.outcome !== undefined && v.outcome !== 'unknown') return false
  if (v.query !== undefined && v.query !== true) return false
  const safe = v.replaySafe === undefined || typeof v.replaySafe === 'boolean'
  switch (v.kind) {
    case 'never':
      return true
    case 'backoff':
    case 'refresh':
      return safe
    case 'after':
      if ('window' in v) return safe && typeof v.window === 'string' && Object.hasOwn(windowSet, v.window)
      return safe && typeof v.delayMs === 'number' && Number.isFinite(v.delayMs) && v.delayMs >= 0
    default:
      return false
  }
}
