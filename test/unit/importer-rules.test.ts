// One test per word rule of `errcode import` (src/tools/importer/rules.ts): each rule, given a row whose words
// are its own first cue (and the first cue of each group it also needs), is the rule that decides the row,
// and its `not` cues stop it. A rule shadowed by another, or blocked by its own exceptions, fails here.
import { describe, expect, it } from 'vitest'
import { suggest } from '../../src/tools/importer/index.js'
import { rules } from '../../src/tools/importer/rules.js'
import { fires, type Rule, ruleWords } from '../../src/tools/importer/words.js'

/** The words a rule is made of: its first cue and one of each group it also needs (`*` ends a prefix). */
function wordsOf(rule: Rule, extra: readonly string[] = []): string {
  return [rule.any[0] ?? '', ...(rule.also ?? []).map((group) => group[0] ?? ''), ...extra]
    .map((cue) => cue.replace(/\*$/, ''))
    .join(' ')
}

/** A row with those words, in the description of the language of their script. */
function suggestFor(text: string, sms: boolean) {
  const zh = /[^\x20-\x7e]/.test(text)
  return suggest({ code: 9, description: zh ? { zh: text } : { en: text } }, { sms })
}

/** The SMS-signature rule fires only in an SMS table; the request-signature rule only outside one. */
const smsRow = (rule: Rule) => rule.id.includes('sms')

describe('every word rule', () => {
  it('has an id of its own, and says a kind or a category', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
    for (const rule of rules) expect(rule.kind !== undefined || rule.category !== undefined, rule.id).toBe(true)
  })

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s decides a row of its own words', (_id, rule) => {
    const s = suggestFor(wordsOf(rule), smsRow(rule))
    expect(s.rules[0]).toContain(`${rule.id} "`)
    if (rule.kind !== undefined) expect(s.kind).toBe(rule.kind)
    else if (rule.category === 'rate_limit' || rule.category === 'quota')
      // A limit is a rate limit or a quota by its window: a day or more is a quota.
      expect(['rate_limit', 'quota']).toContain(s.category)
    else expect(s.category).toBe(rule.category)
  })

  const excepted = rules.filter((rule) => rule.not !== undefined && rule.not.length > 0)
  it.each(excepted.map((rule) => [rule.id, rule] as const))(
    '%s does not fire when a `not` cue is there',
    (_id, rule) => {
      const ctx = { sms: smsRow(rule) }
      expect(fires(rule, ruleWords([wordsOf(rule)]), ctx)).toBe(rule.any[0])
      for (const not of rule.not ?? [])
        expect(fires(rule, ruleWords([wordsOf(rule, [not])]), ctx), `${rule.id} with "${not}"`).toBeUndefined()
    },
  )
})
