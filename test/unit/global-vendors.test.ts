// OpenAI, Slack, Meta Graph and Telegram: each catalog against the vendor's rows as read
// (test/fixtures/sources/<vendor>.tsv), and what each adapter reads from a body and its headers.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bailian } from '../../adapters/bailian.js'
import { metaGraph } from '../../adapters/meta-graph.js'
import { openai, openaiDuration } from '../../adapters/openai.js'
import { slack } from '../../adapters/slack.js'
import { telegram } from '../../adapters/telegram.js'
import { catalogs } from '../../catalogs/index.js'
import type { Adapter, Catalog, CatalogEntry } from '../../src/index.js'

const vendors = { openai, slack, telegram, 'meta-graph': metaGraph, bailian } as const

/** The rows of a source file: `code<TAB>text…`, `@section` and `#` lines skipped. */
function rows(vendor: string): { code: string; texts: string[] }[] {
  return readFileSync(new URL(`../fixtures/sources/${vendor}.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('@section'))
    .map((line) => {
      const [code = '', ...texts] = line.split('\t')
      return { code, texts }
    })
}

/** The entry's words in the vendor's own language (translations left out). */
function vendorWords(entry: CatalogEntry): (string | undefined)[] {
  const own = entry.translated?.description === 'en' ? 'zh' : 'en'
  return [entry.message, entry.description[own], entry.remedy?.[own], ...(entry.variants ?? []).map((v) => v[own])]
}

describe.each(Object.entries(vendors))('%s catalog', (vendor, adapter: Adapter) => {
  const catalog: Catalog = catalogs[vendor as keyof typeof catalogs]

  it('is the adapter’s, has each code once, with its translations marked', () => {
    expect(adapter.catalog).toBe(catalog)
    expect(catalog.vendor).toBe(vendor)
    // Bailian writes in Chinese and counts in Beijing time; the others write in English.
    const chinese = vendor === 'bailian'
    expect(catalog.timeZone).toBe(chinese ? 'Asia/Shanghai' : 'UTC')
    const keys = catalog.entries.map((e) => `${e.parent ?? ''}/${String(e.code)}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const e of catalog.entries) expect(e.translated?.description, String(e.code)).toBe(chinese ? 'en' : 'zh')
  })

  it('keeps every row of the vendor’s source word for word, and has no code the source lacks', () => {
    const source = rows(vendor)
    const sourced = new Set<CatalogEntry>()
    for (const row of source) {
      const entry = catalog.get(row.code) ?? catalog.get(Number(row.code))
      expect(entry, row.code).toBeDefined()
      sourced.add(entry as CatalogEntry)
      for (const text of row.texts) expect(vendorWords(entry as CatalogEntry), row.code).toContain(text)
    }
    expect(catalog.entries.filter((e) => !sourced.has(e)).map((e) => e.code)).toEqual([])
  })
})

describe('catalog sizes and the readings the issue names', () => {
  it('has 15 OpenAI, 245 Slack, 125 Meta Graph, 8 Telegram and 26 Bailian codes', () => {
    expect(
      [catalogs.openai, catalogs.slack, catalogs['meta-graph'], catalogs.telegram, catalogs.bailian].map(
        (c) => c.entries.length,
      ),
    ).toEqual([15, 245, 125, 8, 26])
  })

  it('OpenAI: every insufficient_quota code is billing and never retried; rate limits are replay-safe', () => {
    for (const code of [
      'insufficient_quota',
      'credit_balance_exhausted',
      'organization_spend_limit_exceeded',
      'project_spend_limit_exceeded',
      'organization_usage_limit_exceeded',
    ]) {
      expect(catalogs.openai.get(code), code).toMatchObject({ category: 'billing', retry: { kind: 'never' } })
    }
    for (const code of ['rate_limit_exceeded', 'requests', 'tokens', 'slow_down']) {
      expect(catalogs.openai.get(code), code).toMatchObject({
        category: 'rate_limit',
        scope: 'account',
        retry: { kind: 'backoff', replaySafe: true },
      })
    }
  })

  it('Slack: fatal_error and internal_error have an unknown outcome; token_expired refreshes', () => {
    for (const code of ['fatal_error', 'internal_error']) {
      expect(catalogs.slack.get(code)?.retry, code).toEqual({ kind: 'backoff', outcome: 'unknown' })
    }
    expect(catalogs.slack.get('token_expired')?.retry.kind).toBe('refresh')
    for (const code of ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked']) {
      expect(catalogs.slack.get(code), code).toMatchObject({ category: 'authentication', retry: { kind: 'never' } })
    }
  })

  it('Meta Graph: throttling codes are rate limits, 200 to 299 permissions, sub-codes found under 190', () => {
    for (const code of [4, 17, 32, 341, 613, 130429]) {
      expect(catalogs['meta-graph'].get(code)?.category, String(code)).toBe('rate_limit')
    }
    expect(catalogs['meta-graph'].get(131056)?.scope).toBe('recipient')
    for (const code of [200, 250, 299]) expect(catalogs['meta-graph'].get(code)?.category).toBe('permission')
    expect(catalogs['meta-graph'].get(300)).toBeUndefined()
    expect(catalogs['meta-graph'].get(463, 190)).toMatchObject({ name: 'Expired', retry: { kind: 'refresh' } })
    expect(catalogs['meta-graph'].get(460, 102)?.name).toBe('Password Changed')
  })
})

describe('OpenAI durations and waits', () => {
  it('reads the x-ratelimit-reset-* durations, and nothing else', () => {
    expect(openaiDuration('6m0s')).toBe(360_000)
    expect(openaiDuration('20ms')).toBe(20)
    expect(openaiDuration('1.5s')).toBe(1_500)
    expect(openaiDuration('1h2m3s')).toBe(3_723_000)
    expect(openaiDuration('0s')).toBe(0)
    for (const bad of ['', 's', '6m0', '1 s', '-1s', 'abc', '1d', '1s2', '9'.repeat(40), 12]) {
      expect(openaiDuration(bad), String(bad)).toBeUndefined()
    }
  })

  const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null

  it('waits for the reset of the spent limit, else the longer reset, else nothing', () => {
    const both = { 'x-ratelimit-reset-requests': '1s', 'x-ratelimit-reset-tokens': '6m0s' }
    expect(openai.waitFrom(headers({ ...both, 'x-ratelimit-remaining-requests': '0' }))).toBe(1_000)
    expect(openai.waitFrom(headers({ ...both, 'x-ratelimit-remaining-tokens': '0' }))).toBe(360_000)
    expect(openai.waitFrom(headers(both))).toBe(360_000)
    expect(openai.waitFrom(headers({ 'x-ratelimit-reset-requests': 'soon' }))).toBeUndefined()
    expect(openai.waitFrom(headers({}))).toBeUndefined()
  })

  it('keeps the reset wait in an extended adapter', () => {
    const routed = openai.extend({ hosts: ['llm.example.internal'] })
    expect(routed.hosts).toEqual(['llm.example.internal'])
    expect(routed.waitFrom(headers({ 'x-ratelimit-reset-tokens': '2s' }))).toBe(2_000)
  })
})

describe('what the adapters read', () => {
  it('OpenAI: code under its type, the type alone when code is null, no error is a success', () => {
    expect(
      openai.decode(
        { error: { message: 'm', type: 'insufficient_quota', param: null, code: 'credit_balance_exhausted' } },
        429,
      ),
    ).toMatchObject({ kind: 'error', code: 'credit_balance_exhausted', parentCode: 'insufficient_quota' })
    expect(
      openai.decode({ error: { message: 'm', type: 'server_error', param: null, code: null } }, 500),
    ).toMatchObject({
      kind: 'error',
      code: 'server_error',
    })
    expect(openai.decode({ id: 'chatcmpl-1', choices: [] }, 200)).toEqual({ kind: 'success' })
  })

  it('Slack: ok:true is a success, ok:false without an error cannot be read', () => {
    expect(slack.decode({ ok: true, warning: 'missing_charset' }, 200)).toEqual({ kind: 'success' })
    expect(slack.decode({ ok: false, error: 'channel_not_found' }, 200)).toMatchObject({ code: 'channel_not_found' })
    expect(slack.decode({ ok: false }, 200).kind).toBe('unreadable')
    expect(slack.extend({ hosts: ['acme.slack.com'] }).decode({ ok: false }, 200).kind).toBe('unreadable')
    expect(slack.decode({ channels: [] }, 200)).toEqual({ kind: 'success' })
  })

  it('Telegram: retry_after is the wait, in seconds; a success has no error_code', () => {
    expect(
      telegram.decode(
        {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 34',
          parameters: { retry_after: 34 },
        },
        429,
      ),
    ).toMatchObject({ kind: 'error', code: 429, waitMs: 34_000, message: 'Too Many Requests: retry after 34' })
    expect(telegram.decode({ ok: true, result: true }, 200)).toEqual({ kind: 'success' })
  })

  it('Meta Graph: encode puts a sub-code under its parent, and decode reads it back', () => {
    const body = metaGraph.encode(463, { requestId: 'EJplcsCHuLu' })
    expect(body).toMatchObject({ error: { code: 190, error_subcode: 463, fbtrace_id: 'EJplcsCHuLu' } })
    expect(metaGraph.decode(body, 400)).toMatchObject({ code: 463, parentCode: 190, requestId: 'EJplcsCHuLu' })
  })
})
