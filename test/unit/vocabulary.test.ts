import { describe, expect, it } from 'vitest'
import { catalogs } from '../../catalogs/index.js'
import { isCategory, isRetryRule } from '../../src/catalog/vocabulary.js'
import {
  afterDelay,
  afterWindow,
  backoff,
  categories,
  defineCatalog,
  never,
  refresh,
  throttled,
} from '../../src/index.js'

const base = { vendor: 'acme', title: 'Acme error codes', source: 'https://acme.example/errors', timeZone: 'UTC' }
const entry = { code: 1, category: 'internal', retry: backoff, description: { en: 'x' } } as const

describe('the vocabulary validators', () => {
  it('take every category of the one list, and nothing else', () => {
    for (const c of categories) expect(isCategory(c)).toBe(true)
    for (const v of ['rate-limit', 'RATE_LIMIT', '', 'toString', 'constructor', 1, null, undefined, {}])
      expect(isCategory(v)).toBe(false)
  })

  it('take every rule a catalog can write', () => {
    const rules = [
      never,
      backoff,
      refresh,
      throttled,
      afterDelay(30_000),
      afterDelay(0, true),
      afterWindow('day'),
      afterWindow('month', false),
      { kind: 'backoff', replaySafe: true, outcome: 'unknown' },
      { kind: 'never', outcome: 'unknown', query: true },
    ]
    for (const rule of rules) expect(isRetryRule(rule), JSON.stringify(rule)).toBe(true)
    for (const catalog of Object.values(catalogs))
      for (const e of catalog.entries) {
        expect(isRetryRule(e.retry), `${catalog.vendor} ${e.code}`).toBe(true)
        for (const v of e.byMessage ?? []) if (v.retry !== undefined) expect(isRetryRule(v.retry)).toBe(true)
      }
  })

  it('refuse what is no retry rule', () => {
    const bad = [
      undefined,
      null,
      'never',
      [],
      {},
      { kind: 'later' },
      { kind: 'after' },
      { kind: 'after', window: 'week' },
      { kind: 'after', window: 'toString' },
      { kind: 'after', delayMs: -1 },
      { kind: 'after', delayMs: Number.POSITIVE_INFINITY },
      { kind: 'after', delayMs: '30000' },
      { kind: 'backoff', replaySafe: 'yes' },
      { kind: 'backoff', outcome: 'maybe' },
      { kind: 'never', query: false },
    ]
    for (const rule of bad) expect(isRetryRule(rule), JSON.stringify(rule)).toBe(false)
  })
})

describe('defineCatalog checks categories and retry rules', () => {
  it('refuses an entry with a retry rule that is not one, naming the vendor and the code', () => {
    const wrong = [{ kind: 'later' }, { kind: 'after', window: 'week' }, { kind: 'after', delayMs: -5 }, undefined]
    for (const retry of wrong) {
      const define = () => defineCatalog({ ...base, entries: [{ ...entry, retry: retry as never }] })
      expect(define).toThrow(TypeError)
      expect(define).toThrow(/^acme 1: invalid retry rule/)
    }
  })

  it('refuses a bad retry rule or category in a byMessage reading', () => {
    const reading = (v: object) => () =>
      defineCatalog({ ...base, entries: [{ ...entry, byMessage: [{ message: /x/, ...v }] as never }] })
    expect(reading({ retry: { kind: 'soon' } })).toThrow(/acme 1: invalid retry rule .* in byMessage/)
    expect(reading({ category: 'rate-limit' })).toThrow(/acme 1: unknown category rate-limit in byMessage/)
    expect(reading({ retry: afterWindow('hour'), category: 'rate_limit' })).not.toThrow()
  })

  it('refuses an unknown category, and takes every known one', () => {
    expect(() => defineCatalog({ ...base, entries: [{ ...entry, category: 'toString' as never }] })).toThrow(
      /acme 1: unknown category toString/,
    )
    for (const category of categories)
      expect(defineCatalog({ ...base, entries: [{ ...entry, category }] }).get(1)?.category).toBe(category)
  })
})
