// Suggestions: kind, category, retry rule, scope and clock skew for one entry, from the word rules.
import { afterDelay, afterWindow, backoff, never, refresh, throttled } from '../../catalog/retry-rules.js'
import type { Category, RetryRule, Scope, Window } from '../../types.js'
import { assemble } from './assemble.js'
import { isSymbolicCode } from './codes.js'
import { rules } from './rules.js'
import type { EntryWords, Kind, ParsedRow, SuggestContext, Suggestion } from './types.js'
import { fires, firstHit, type Rule, ruleTextLimit, ruleWords } from './words.js'

function textsOf(words: EntryWords, withName: boolean): string[] {
  const out: string[] = []
  const add = (t: string | undefined) => {
    if (t !== undefined && t !== '') out.push(t)
  }
  if (withName) {
    add(words.publishedName ?? words.name)
    if (typeof words.code === 'string' && isSymbolicCode(words.code)) add(words.code)
  }
  add(words.message)
  add(words.description?.en)
  add(words.description?.zh)
  add(words.remedy?.en)
  add(words.remedy?.zh)
  for (const v of words.variants ?? []) {
    add(v.en)
    add(v.zh)
  }
  return out
}

/** Every text of an entry or row, for word rules (the checker uses it too). */
export function entryTexts(words: EntryWords): string[] {
  return textsOf(words, true)
}

const hourMs = 3_600_000
const dayMs = 86_400_000

interface WindowFound {
  readonly rule: RetryRule
  readonly why: string
  readonly long: boolean
  readonly conflict?: string
}

const unitPattern = /(\d{1,6})\s?(秒|分钟|小时|天|seconds?|secs?|minutes?|mins?|hours?|days?)(?![a-z])/gi

/** The window a limit waits for, from the words (explicit durations first). */
function findWindow(texts: readonly string[]): WindowFound | undefined {
  const joined = texts.map((t) => t.slice(0, ruleTextLimit)).join('\n')
  for (const m of joined.matchAll(unitPattern)) {
    const n = Number(m[1])
    const unit = (m[2] ?? '').toLowerCase()
    if (!(n > 0)) continue
    const why = `"${m[0]}"`
    if (unit.startsWith('秒') || unit.startsWith('sec')) {
      return n === 1
        ? { rule: afterWindow('second'), why, long: false }
        : { rule: afterDelay(n * 1000), why, long: false }
    }
    if (unit.startsWith('分') || unit.startsWith('min'))
      return n === 1
        ? { rule: afterWindow('minute'), why, long: false }
        : { rule: afterDelay(n * 60_000), why, long: false }
    if (unit.startsWith('小') || unit.startsWith('hour'))
      return n === 1
        ? { rule: afterWindow('hour'), why, long: false }
        : { rule: afterDelay(n * hourMs), why, long: n >= 24 }
    if (unit.startsWith('天') || unit.startsWith('day'))
      return n === 1 ? { rule: afterWindow('day'), why, long: true } : { rule: afterDelay(n * dayMs), why, long: true }
  }
  const w = ruleWords(texts)
  const found: { window: Window; cue: string }[] = []
  const look = (window: Window, cues: readonly string[]) => {
    const cue = firstHit(w, cues)
    if (cue !== undefined) found.push({ window, cue })
  }
  look('month', ['每月', '当月', '自然月', 'month*', 'monthly'])
  look('day', [
    '次日',
    '改天',
    '明天',
    '每天',
    '每日',
    '当日',
    '当天',
    '同一天',
    '一天',
    '天级',
    '日级',
    '单日',
    'next day',
    'tomorrow',
    'daily',
    'per day',
    'a day',
    'day',
    'today',
  ])
  look('hour', ['每小时', '小时', '下一小时', 'hour*'])
  look('minute', ['每分钟', '分钟', '下一分钟', 'minute*'])
  const [first] = found
  if (first === undefined) return undefined
  const others = found.slice(1).filter((f) => f.window !== first.window)
  const base = {
    rule: afterWindow(first.window),
    why: `"${first.cue}"`,
    long: first.window === 'day' || first.window === 'month',
  }
  return others.length === 0 ? base : { ...base, conflict: others.map((o) => `${o.window} ("${o.cue}")`).join(', ') }
}

const scopeCues: readonly (readonly [Scope, readonly string[]])[] = [
  [
    'request',
    [
      '相同的内容',
      '同样的内容',
      '相同内容',
      '相同的短信',
      '相同短信',
      '相同模板',
      '相同的模板',
      '同样的',
      '相同的',
      'same content',
      'identical',
      'same message',
      'same template',
      'duplicate*',
      '重复',
    ],
  ],
  [
    'recipient',
    [
      '同一号码',
      '该号码',
      '该手机号',
      '此手机号',
      '单个手机号',
      '同一手机',
      '同一用户',
      '单个号码',
      '单个用户',
      '同一个号码',
      '同一个用户',
      '每个号码',
      '每个用户',
      'same number',
      'this number',
      'single number',
      'same phone*',
      'per number',
      'per phone',
      'per user',
      'same user',
      'each user',
      'recipient*',
      'per mobile',
      'one number',
      'login',
      '登录',
    ],
  ],
  [
    'account',
    [
      'appkey',
      'app key',
      'account*',
      '账户',
      '账号',
      'developer*',
      '开发者',
      '应用',
      'application',
      'app',
      '接口',
      'interface',
      'api',
      'qps',
      'ak',
      'key',
      'service',
      '服务',
      'visit*',
      '访问量',
      'tenant',
      '租户',
    ],
  ],
]

/** Whether `input` is a parsed row (cells by role) rather than an entry's words. */
function isParsedRow(input: ParsedRow | EntryWords): input is ParsedRow {
  return 'cells' in input && Array.isArray((input as ParsedRow).cells)
}

/** The words of a parsed row, placed by role: what an entry would hold. */
export function rowWords(row: ParsedRow): EntryWords {
  return assemble(row).words
}

/**
 * Suggests kind, category, retry rule, scope and clock-skew flag for a row or entry from bilingual word rules
 * (频率/QPS/too frequent, 余额/欠费/balance, 每天/daily, 时间戳/timestamp, 白名单/whitelist, 不存在/not exist,
 * 已存在/duplicate, 繁忙/busy, 签名 as an SMS signature or a request's signature, …). Each part names the rule
 * that made it; `review` says why a person must decide (no rule fired, rules disagree, a scope assumed).
 */
export function suggest(input: ParsedRow | EntryWords, context: SuggestContext = {}): Suggestion {
  const words = isParsedRow(input) ? rowWords(input) : input
  const all = ruleWords(textsOf(words, true))
  const notes: string[] = []
  const review: string[] = []
  const fired: { rule: Rule; cue: string }[] = []
  for (const rule of rules) {
    const cue = fires(rule, all, context)
    if (cue !== undefined) fired.push({ rule, cue })
  }
  const isZero =
    (typeof words.code === 'number' && words.code === 0) || (typeof words.code === 'string' && /^0+$/.test(words.code))
  const top = fired.reduce<{ rule: Rule; cue: string } | undefined>(
    (m, f) => (m === undefined || f.rule.tier > m.rule.tier ? f : m),
    undefined,
  )
  const said = (f: { rule: Rule; cue: string }) => `${f.rule.id} "${f.cue}"`

  if (isZero || top?.rule.kind !== undefined) {
    const kind: Kind = top?.rule.kind ?? 'success'
    notes.push(`kind ${kind}: ${top?.rule.kind !== undefined ? said(top) : 'kind.zero-code (code 0)'}`)
    if (isZero && top?.rule.kind === 'result') review.push('code 0 reads as an answer, not a success: check the kind')
    if (isZero && top !== undefined && top.rule.kind === undefined && top.rule.tier >= 45)
      review.push(`code 0 is taken as success, but the words say ${top.rule.category} (${said(top)})`)
    return { kind, category: 'unknown', retry: never, rules: notes, ...(review.length > 0 ? { review } : {}) }
  }

  let category: Category
  if (top === undefined || top.rule.category === undefined) {
    category = 'invalid_request'
    notes.push('category invalid_request: no rule matched (default)')
    review.push('no rule matched: the category and retry rule are defaults')
  } else {
    category = top.rule.category
    notes.push(`category ${category}: ${said(top)}`)
    const close = fired.filter(
      (f) =>
        f.rule.category !== undefined &&
        f.rule.category !== category &&
        f.rule.tier >= 30 &&
        top.rule.tier - f.rule.tier <= 10 &&
        !(isLimit(category) && isLimit(f.rule.category)),
    )
    const seen = new Set<Category>()
    const rivals = close.filter((f) => {
      const c = f.rule.category as Category
      if (seen.has(c)) return false
      seen.add(c)
      return true
    })
    if (rivals.length > 0)
      review.push(
        `rules disagree: ${category} (${said(top)}) or ${rivals.map((f) => `${f.rule.category} (${said(f)})`).join(', ')}`,
      )
  }

  const textWords = textsOf(words, false)
  let retry: RetryRule = never
  let scope: Scope | undefined
  let clockSkew = false
  if (isLimit(category)) {
    const win = findWindow(textWords) ?? findWindow(textsOf(words, true))
    const quotaRule = fired.find((f) => f.rule.category === 'quota')
    if (win?.long === true || quotaRule !== undefined) category = 'quota'
    else category = 'rate_limit'
    if (notes[0] !== undefined && !notes[0].startsWith(`category ${category}`))
      notes[0] = `category ${category}: ${said(top as { rule: Rule; cue: string })}${win?.long === true ? `, a window of a day or more (${win.why})` : ''}`
    if (win !== undefined) {
      retry = win.rule
      notes.push(`retry ${ruleName(win.rule)}: ${win.why}`)
      if (win.conflict !== undefined) review.push(`windows disagree: ${ruleName(win.rule)} or ${win.conflict}`)
    } else if (category === 'rate_limit') {
      retry = throttled
      notes.push('retry throttled: a rate limit without a window (refused before it ran: safe to replay)')
    } else notes.push('retry never: a quota without a window does not reset by waiting')
    for (const [s, cues] of scopeCues) {
      const cue = firstHit(all, cues)
      if (cue !== undefined) {
        scope = s
        notes.push(`scope ${s}: "${cue}"`)
        break
      }
    }
    if (scope === undefined) {
      scope = 'account'
      notes.push('scope account: assumed (no word says whom the limit applies to)')
      review.push('scope assumed: no word says whether the limit is the account’s, one recipient’s or one request’s')
    }
  } else if (category === 'internal' || category === 'unavailable') {
    retry = backoff
    notes.push(`retry backoff: ${category} failures are transient`)
  } else if (category === 'authentication') {
    const clock = fired.find((f) => f.rule.id.startsWith('clock.'))
    const renew = firstHit(all, ['token*', 'access token', 'credential*', '凭证', 'ticket*', '票据', 'session*'])
    const stale = firstHit(all, [
      'expired',
      'expire*',
      '过期',
      '超时',
      '失效',
      'invalid*',
      '无效',
      'not exist*',
      '不存在',
      'no token',
      'check failed',
      '校验失败',
      '是否有效',
    ])
    const lasting = firstHit(all, ['refresh token', 'refreshtoken', '主账号', '主账户', 'decrypt*', '解密'])
    if (clock !== undefined) {
      retry = refresh
      clockSkew = true
      notes.push(`retry refresh: ${said(clock)} (sign again with a corrected clock)`, `clockSkew: ${said(clock)}`)
    } else if (renew !== undefined && stale !== undefined && lasting === undefined) {
      retry = refresh
      notes.push(`retry refresh: "${renew}" and "${stale}" (get a new token, then retry)`)
    } else notes.push('retry never: the credentials need a fix first')
  } else notes.push(`retry never: ${category} needs a fix first`)

  const out: { -readonly [K in keyof Suggestion]: Suggestion[K] } = { kind: 'error', category, retry, rules: notes }
  if (scope !== undefined) out.scope = scope
  if (clockSkew) out.clockSkew = true
  if (review.length > 0) out.review = review
  return out
}

function isLimit(c: Category | undefined): boolean {
  return c === 'rate_limit' || c === 'quota'
}

/** A rule in the words of a catalog file: `afterWindow('day')`, `throttled`. */
export function ruleName(rule: RetryRule): string {
  if (rule.kind === 'never') return 'never'
  if (rule.kind === 'backoff')
    return rule.replaySafe === true
      ? 'throttled'
      : rule.replaySafe === false
        ? "{ kind: 'backoff', replaySafe: false }"
        : 'backoff'
  if (rule.kind === 'refresh')
    return rule.replaySafe === undefined ? 'refresh' : `{ kind: 'refresh', replaySafe: ${rule.replaySafe} }`
  const safe = rule.replaySafe === undefined ? '' : `, ${rule.replaySafe}`
  if ('window' in rule) return `afterWindow('${rule.window}'${safe})`
  return `afterDelay(${numberLiteral(rule.delayMs)}${safe})`
}

function numberLiteral(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) < 10_000) return String(n)
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '_')
  return n < 0 ? `-${s}` : s
}
