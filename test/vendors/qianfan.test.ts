// Baidu Qianfan: the catalog against Baidu's rows as read (test/fixtures/sources/qianfan.tsv), the readings the
// issue names, what the adapter reads from the v1 and v2 envelopes, and both answers through axios, ky and
// fetch with what the retry engine does with each.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { qianfan } from '../../adapters/qianfan.js'
import { catalogs } from '../../catalogs/index.js'
import { qianfanCatalog } from '../../catalogs/qianfan.js'
import { parse, vendorWords } from '../../scripts/compare-catalog.js'
import {
  type ApiError,
  AuthenticationError,
  InvalidRequestError,
  QuotaExceededError,
  RateLimitError,
  type RetryEvent,
} from '../../src/index.js'
import { type AnswerQueue, answerQueue } from '../support/answers.js'
import { clients, rejection } from '../support/clients.js'

const rows = parse(readFileSync(new URL('../fixtures/sources/qianfan.tsv', import.meta.url), 'utf8')).flatMap(
  (s) => s.rows,
)

describe('the Qianfan catalog', () => {
  it('is the adapter’s and the catalogs’ own, in Beijing time, each code once', () => {
    expect(qianfan.catalog).toBe(qianfanCatalog)
    expect(catalogs.qianfan).toBe(qianfanCatalog)
    expect(qianfan.vendor).toBe('qianfan')
    expect(qianfanCatalog.timeZone).toBe('Asia/Shanghai')
    expect(qianfanCatalog.entries).toHaveLength(38)
    expect(new Set(qianfanCatalog.entries.map((e) => String(e.code))).size).toBe(38)
  })

  it('keeps the 38 source rows word for word, and has no code the source lacks', () => {
    expect(rows).toHaveLength(38)
    const mismatches: string[] = []
    const seen = new Set<unknown>()
    for (const row of rows) {
      const entry = qianfanCatalog.get(row.code) ?? qianfanCatalog.get(Number(row.code))
      expect(entry, row.code).toBeDefined()
      seen.add(entry)
      const words = entry === undefined ? [] : vendorWords(entry)
      for (const text of row.texts) if (!words.includes(text)) mismatches.push(`${row.code}: ${text}`)
    }
    expect(mismatches).toEqual([])
    expect(qianfanCatalog.entries.filter((e) => !seen.has(e)).map((e) => e.code)).toEqual([])
  })

  it('reads QPS, RPM and TPM as waits, the daily and total limits as quotas, 110 and 111 as a token to renew', () => {
    for (const code of [
      18,
      336501,
      336502,
      'rpm_rate_limit_exceeded',
      'tpm_rate_limit_exceeded',
      'rate_limit_exceeded',
    ]) {
      expect(qianfanCatalog.get(code), String(code)).toMatchObject({
        category: 'rate_limit',
        scope: 'account',
        retry: { kind: 'backoff', replaySafe: true },
      })
    }
    expect(qianfanCatalog.get(17)).toMatchObject({ category: 'quota', scope: 'account', retry: { window: 'day' } })
    expect(qianfanCatalog.get(19)).toMatchObject({ category: 'quota', retry: { kind: 'never' } })
    for (const code of [110, 111]) expect(qianfanCatalog.get(code)?.retry.kind, String(code)).toBe('refresh')
    for (const code of [14, 'invalid_iam_token']) {
      expect(qianfanCatalog.get(code), String(code)).toMatchObject({
        category: 'authentication',
        retry: { kind: 'never' },
      })
    }
    // Where Baidu's words are English only (an SDK constant's name, a message), the Chinese is the translation.
    expect(qianfanCatalog.get(336100)).toMatchObject({ name: 'ServerHighLoad', translated: { description: 'zh' } })
    expect(qianfanCatalog.get(336501)).toMatchObject({ name: 'RPMLimitReached', translated: { description: 'zh' } })
  })
})

describe('what the Qianfan adapter reads', () => {
  it('v1: error_code and error_msg, in an HTTP 200, with the body’s id', () => {
    expect(
      qianfan.decode({ error_code: 18, error_msg: 'Open api qps request limit reached', id: 'as-1' }, 200),
    ).toMatchObject({ kind: 'error', code: 18, message: 'Open api qps request limit reached', requestId: 'as-1' })
    expect(qianfan.decode({ code: 336501, msg: 'Rate limit reached for RPM' }, 200)).toMatchObject({
      code: 336501,
      message: 'Rate limit reached for RPM',
    })
    expect(qianfan.decode({ id: 'as-2', object: 'chat.completion', result: '你好' }, 200)).toEqual({ kind: 'success' })
  })

  it('v2: the code under its type, and a code alone where the body has no type', () => {
    const typed = qianfan.decode(
      {
        error: { code: 'malformed_json', message: 'Invalid Argument', type: 'invalid_request_error' },
        id: 'as-3',
      },
      400,
    )
    expect(typed).toMatchObject({ kind: 'error', code: 'malformed_json', parentCode: 'invalid_request_error' })
    const alone = qianfan.decode({ error: { code: 'invalid_argument', message: 'x' }, id: 'as-4' }, 400)
    expect(alone).toMatchObject({ kind: 'error', code: 'invalid_argument', requestId: 'as-4' })
    expect(alone).not.toHaveProperty('parentCode')
    const routed = qianfan.extend({ hosts: ['llm.example.internal'] })
    expect(routed.hosts).toEqual(['llm.example.internal'])
    expect(routed.decode({ error: { code: 'invalid_argument', message: 'x' } }, 400)).not.toHaveProperty('parentCode')
  })

  it('encodes each envelope so that decode reads the same code back', () => {
    for (const code of [18, 111, 336501, 'rpm_rate_limit_exceeded', 'malformed_json', 'invalid_iam_token'] as const) {
      const body = qianfan.encode(code, { requestId: 'as-5' })
      expect(qianfan.decode(body, typeof code === 'number' ? 200 : 400), String(code)).toMatchObject({
        kind: 'error',
        code,
        requestId: 'as-5',
      })
    }
    expect(qianfan.encode('tpm_rate_limit_exceeded')).toMatchObject({
      error: { code: 'tpm_rate_limit_exceeded', message: 'Rate limit reached for TPM', type: 'rate_limit_exceeded' },
    })
    expect(qianfan.encode(17)).toEqual({ error_code: 17, error_msg: 'Open api daily request limit reached' })
  })
})

/** Each request gets the next queued answer, then a v1 chat success. */
let server: AnswerQueue
beforeAll(async () => {
  server = await answerQueue({ status: 200, body: { id: 'as-ok', object: 'chat.completion', result: '你好' } })
})
afterAll(() => server.close())
beforeEach(() => {
  server.answers = []
})

const fast = { baseDelay: 1, maxBackoff: 5, budget: false, maxAttempts: 3 } as const
const post = { method: 'POST', body: '{"messages":[{"role":"user","content":"你好"}]}' }
const v1 = () => `${server.base}/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/ernie-speed-128k`
const v2 = () => `${server.base}/v2/chat/completions`

// v1 answers in the words of https://cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh (error_code, error_msg).
const qpsLimit = { error_code: 18, error_msg: 'Open api qps request limit reached' }
const dailyLimit = { error_code: 17, error_msg: 'Open api daily request limit reached' }
// Baidu's rate-limit page (https://ai.baidu.com/ai-doc/WENXINWORKSHOP/hlzic283e) shows the RPM answer, with HTTP
// 200 and these headers: {"code": 336501, "msg": "Rate limit reached for RPM"}.
const rpmLimit = { code: 336501, msg: 'Rate limit reached for RPM' }
const rpmHeaders = {
  'x-ratelimit-limit-requests': '300',
  'x-ratelimit-limit-tokens': '300000',
  'x-ratelimit-remaining-requests': '0',
  'x-ratelimit-remaining-tokens': '280000',
}
// The SDK's mock server (github.com/baidubce/bce-qianfan-sdk python/qianfan/tests/utils/mock_server.py): the
// token answers of access_token_checker, and the v2 answer of check_messages_v2.
const tokenExpired = { error_code: 111, error_msg: 'Access token expired' }
const tokenInvalid = { error_code: 110, error_msg: 'Access token invalid or no longer valid' }
const oddMessages = {
  error: { code: 'invalid_argument', message: 'the length of messages must be an odd number' },
  id: 'as-qdb51n76w1',
}
// The v2 page's example (https://cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w), its id masked as on the page.
const malformed = {
  error: { code: 'malformed_json', message: 'Invalid Argument', type: 'invalid_request_error' },
  id: 'as-****xi6mm8',
}
// The v2 429 row (类型 rate_limit_exceeded, 错误码 rpm_rate_limit_exceeded, 错误信息 "Rate limit reached for RPM")
// in the page's envelope; no captured body was found.
const v2Rpm = {
  error: { code: 'rpm_rate_limit_exceeded', message: 'Rate limit reached for RPM', type: 'rate_limit_exceeded' },
  id: 'as-7bq2k1mz0p',
}

describe.each(clients)('Qianfan through $name', (client) => {
  it('v1: a QPS limit in an HTTP 200 waits; the daily limit is a quota until the next day in Beijing', async () => {
    const call = client.wrap({ adapter: qianfan })
    server.answers = [
      { status: 200, body: qpsLimit, headers: { 'retry-after': '2' } },
      { status: 200, body: dailyLimit },
    ]
    const qps = (await rejection(call(v1(), post))) as ApiError
    expect(qps).toBeInstanceOf(RateLimitError)
    expect(qps).toMatchObject({
      vendor: 'qianfan',
      code: 18,
      status: 200,
      vendorMessage: 'Open api qps request limit reached',
      retry: { kind: 'after', delayMs: 2000, replaySafe: true, scope: 'account' },
    })
    const daily = (await rejection(call(v1(), post))) as ApiError
    expect(daily).toBeInstanceOf(QuotaExceededError)
    expect(daily.retry).toMatchObject({ kind: 'after', scope: 'account' })
    // The next midnight in Beijing (UTC+8) is 16:00 UTC.
    expect(daily.retry.at?.getUTCHours()).toBe(16)
    expect(daily.retry.at?.getTime()).toBeGreaterThan(Date.now())
  })

  it('v1: the RPM answer of Baidu’s own page is a rate limit; the engine waits and replays the POST', async () => {
    const events: RetryEvent[] = []
    const call = client.wrap({ adapter: qianfan, retry: fast, telemetry: { retry: (e) => events.push(e) } })
    server.answers = [{ status: 200, body: rpmLimit, headers: rpmHeaders }]
    const ok = await call(v1(), post)
    expect(ok.data).toMatchObject({ result: '你好' })
    expect(events).toHaveLength(1)
    expect(events[0]?.error).toBeInstanceOf(RateLimitError)
    expect(events[0]?.error.code).toBe(336501)
  })

  it('v1: an expired token is renewed, then the request replayed; an invalid one too', async () => {
    let refreshed = 0
    const call = client.wrap({ adapter: qianfan, retry: { ...fast, refresh: () => void refreshed++ } })
    server.answers = [{ status: 200, body: tokenExpired }]
    expect((await call(v1(), post)).data).toMatchObject({ result: '你好' })
    expect(refreshed).toBe(1)
    server.answers = [{ status: 200, body: tokenInvalid }]
    const invalid = (await rejection(client.wrap({ adapter: qianfan })(v1(), post))) as ApiError
    expect(invalid).toBeInstanceOf(AuthenticationError)
    expect(invalid.retry.kind).toBe('refresh')
  })

  it('v2: the page’s 400 and the SDK’s type-less 400 are invalid requests, with the body’s id', async () => {
    const call = client.wrap({ adapter: qianfan })
    server.answers = [
      { status: 400, body: malformed },
      { status: 400, body: oddMessages },
    ]
    const bad = (await rejection(call(v2(), post))) as ApiError
    expect(bad).toBeInstanceOf(InvalidRequestError)
    expect(bad).toMatchObject({
      code: 'malformed_json',
      parentCode: 'invalid_request_error',
      requestId: 'as-****xi6mm8',
      retry: { kind: 'never' },
    })
    const odd = (await rejection(call(v2(), post))) as ApiError
    expect(odd).toBeInstanceOf(InvalidRequestError)
    expect(odd).toMatchObject({ code: 'invalid_argument', requestId: 'as-qdb51n76w1' })
    expect(odd.parentCode).toBeUndefined()
    expect(odd.vendorMessage).toBe('the length of messages must be an odd number')
  })

  it('v2: a 429 RPM limit waits, and a code Baidu adds under rate_limit_exceeded is a rate limit too', async () => {
    const call = client.wrap({ adapter: qianfan })
    server.answers = [
      { status: 429, body: v2Rpm, headers: { 'retry-after': '3' } },
      { status: 429, body: { error: { ...v2Rpm.error, code: 'a_future_limit', message: 'limit' } } },
    ]
    const rpm = (await rejection(call(v2(), post))) as ApiError
    expect(rpm).toBeInstanceOf(RateLimitError)
    expect(rpm).toMatchObject({
      code: 'rpm_rate_limit_exceeded',
      parentCode: 'rate_limit_exceeded',
      status: 429,
      requestId: 'as-7bq2k1mz0p',
      retry: { kind: 'after', delayMs: 3000, scope: 'account' },
    })
    const future = (await rejection(call(v2(), post))) as ApiError
    expect(future).toBeInstanceOf(RateLimitError)
    expect(future).toMatchObject({ code: 'a_future_limit', parentCode: 'rate_limit_exceeded' })
  })
})
