// Matching word rules: a row's texts as lower-case words, cues found in them, and whether a rule fires.
import type { Category } from '../../types.js'
import { isDigitAscii, isLowerAscii } from './text.js'
import type { SuggestContext } from './types.js'

export interface RuleWords {
  /** Latin words, lower-case, one space between, padded: ` qps limit `. */
  readonly lat: string
  /** Every text, lower-case, for Chinese cues. */
  readonly han: string
}

/** Rules read at most this much of each text: the gist of a code is in its first words. */
export const ruleTextLimit = 1000

export function ruleWords(texts: readonly string[]): RuleWords {
  const lat: string[] = [' ']
  const han: string[] = []
  for (const text of texts) {
    const t = text.slice(0, ruleTextLimit).toLowerCase()
    han.push(t)
    let spaced = true
    let from = -1
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 0x20
      if (isLowerAscii(c) || isDigitAscii(c)) {
        if (from < 0) from = i
        continue
      }
      if (from >= 0) {
        lat.push(t.slice(from, i))
        from = -1
        spaced = false
      }
      if (!spaced) {
        lat.push(' ')
        spaced = true
      }
    }
  }
  return { lat: lat.join(''), han: han.join('\n') }
}

/** A cue: Chinese text is found anywhere; a Latin cue is a word or phrase (`rate limit`), `*` ends a prefix. */
function cueHit(words: RuleWords, cue: string): boolean {
  if (/[^\x20-\x7e]/.test(cue)) return words.han.includes(cue)
  const prefix = cue.endsWith('*')
  const body = prefix ? cue.slice(0, -1) : cue
  return words.lat.includes(prefix ? ` ${body}` : ` ${body} `)
}

export function firstHit(words: RuleWords, cues: readonly string[]): string | undefined {
  for (const cue of cues) if (cueHit(words, cue)) return cue
  return undefined
}

/**
 * A word rule: it fires when the words hold a cue of `any`, one of each group of `also`, none of `not`, and
 * `when` agrees. The fired rule of the highest tier decides the row's kind or category.
 */
export interface Rule {
  readonly id: string
  /** Higher wins. Rules within 10 of the winner that say another category make a review mark. */
  readonly tier: number
  readonly category?: Category
  readonly kind?: 'success' | 'result'
  readonly any: readonly string[]
  readonly also?: readonly (readonly string[])[]
  readonly not?: readonly string[]
  readonly when?: (w: RuleWords, ctx: SuggestContext) => boolean
}

/** The cue by which a rule fires on the words, or undefined. */
export function fires(rule: Rule, w: RuleWords, ctx: SuggestContext): string | undefined {
  const cue = firstHit(w, rule.any)
  if (cue === undefined) return undefined
  if (rule.also?.some((group) => firstHit(w, group) === undefined)) return undefined
  if (rule.not !== undefined && firstHit(w, rule.not) !== undefined) return undefined
  if (rule.when !== undefined && !rule.when(w, ctx)) return undefined
  return cue
}
