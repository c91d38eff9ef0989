// OpenAI: the catalog's readings (its rows against the vendor's source are checked with the others' in
// test/unit/catalog-sources.test.ts), the x-ratelimit-reset-* waits, what the adapter reads from a body, then
// the vendor's real answers through axios, ky and fetch, with the status and headers they come with, and what
// the retry engine does with them.
import { describe, expect, it } from 'vitest'
import { openai, openaiDuration } from '../../adapters/openai.js'
import { catalogs } from '../../catalogs/index.js'
import {
  type ApiError,
  AuthenticationError,
  BillingError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type RetryEvent,
} from '../../src/index.js'
import { answerServer, fast, post } from '../support/answers.js'
import { clients, rejection } from '../support/clients.js'

describe('the catalog', () => {
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

describe('what the adapter reads', () => {
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
})

/** Each request gets the next answer of `server.answers`, then `{"ok":true}`; `server.received` counts requests. */
const server = answerServer()

// OpenAI's two 429s. Bodies as the API sent them, quoted in public threads:
// - insufficient_quota: https://github.com/ChatGPTNextWeb/NextChat/issues/3664
const insufficientQuota = {
  error: {
    message:
      'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    type: 'insufficient_quota',
    param: null,
    code: 'insufficient_quota',
  },
}
// - rate_limit_exceeded: https://github.com/jorge-menjivar/unsaged/issues/53
const rateLimitExceeded = {
  error: {
    message:
      'Rate limit reached for gpt-4 in organization ***** on tokens per min. Limit: 10000 / min. Please try again in 6ms. Visit https://platform.openai.com/account/rate-limits to learn more.',
    type: 'tokens',
    param: null,
    code: 'rate_limit_exceeded',
  },
}
// - a spend limit under the same type: https://dev.to/sublynow/your-openai-api-429-is-not-always-a-rate-limit-reading-insufficientquota-by-errorcode-1mbl
//   (the codes: https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits)
const projectSpendLimit = {
  error: {
    message: 'You exceeded your current quota, please check your plan and billing details.',
    type: 'insufficient_quota',
    code: 'project_spend_limit_exceeded',
  },
}
// The rate limit headers as https://platform.openai.com/docs/guides/rate-limits documents them
// (x-ratelimit-reset-tokens: 6m0s); the values here are short so that the engine's wait is short.
const limitHeaders = (resetTokens: string) => ({
  'x-ratelimit-limit-requests': '60',
  'x-ratelimit-remaining-requests': '59',
  'x-ratelimit-reset-requests': '1s',
  'x-ratelimit-limit-tokens': '150000',
  'x-ratelimit-remaining-tokens': '0',
  'x-ratelimit-reset-tokens': resetTokens,
  'x-request-id': 'req_a8d3f1c2e4b5',
})

describe.each(clients)('OpenAI through $name', (client) => {
  it('tells the two 429s apart: a rate limit waits for its reset, quota is billing and never retried', async () => {
    const call = client.wrap({ adapter: openai })
    server.answers = [{ status: 429, body: rateLimitExceeded, headers: limitHeaders('6m0s') }]
    const limited = (await rejection(call(`${server.base}/v1/chat/completions`, post))) as ApiError
    expect(limited).toBeInstanceOf(RateLimitError)
    expect(limited).toMatchObject({
      code: 'rate_limit_exceeded',
      parentCode: 'tokens',
      status: 429,
      requestId: 'req_a8d3f1c2e4b5',
      retry: { kind: 'after', delayMs: 360_000, replaySafe: true, scope: 'account' },
    })
    server.answers = [
      { status: 429, body: insufficientQuota, headers: { ...limitHeaders('6m0s'), 'retry-after': '20' } },
    ]
    const quota = (await rejection(call(`${server.base}/v1/chat/completions`, post))) as ApiError
    expect(quota).toBeInstanceOf(BillingError)
    expect(quota).toMatchObject({ code: 'insufficient_quota', status: 429, retry: { kind: 'never' } })
    expect(quota.vendorMessage).toMatch(/^You exceeded your current quota/)
  })

  it('the retry engine waits out a rate limit and replays the POST, and stops at once on insufficient_quota', async () => {
    const events: RetryEvent[] = []
    const call = client.wrap({ adapter: openai, retry: fast, telemetry: { retry: (e) => events.push(e) } })
    server.answers = [{ status: 429, body: rateLimitExceeded, headers: limitHeaders('20ms') }]
    const ok = await call(`${server.base}/v1/chat/completions`, post)
    expect(ok.status).toBe(200)
    expect(server.received).toBe(2)
    expect(events).toHaveLength(1)
    expect(events[0]?.delayMs).toBeGreaterThanOrEqual(20)

    server.received = 0
    server.answers = [
      { status: 429, body: insufficientQuota, headers: { 'retry-after': '0' } },
      { status: 429, body: insufficientQuota },
    ]
    const quota = (await rejection(call(`${server.base}/v1/chat/completions`, post))) as ApiError
    expect(quota).toBeInstanceOf(BillingError)
    expect(quota).toMatchObject({ attempts: 1 })
    expect(server.received).toBe(1)
  })

  it('a spend-limit code, a billing code OpenAI has not published and the older code-less answer are billing', async () => {
    const call = client.wrap({ adapter: openai })
    server.answers = [{ status: 429, body: projectSpendLimit }]
    const spend = (await rejection(call(`${server.base}/v1/responses`, post))) as ApiError
    expect(spend).toBeInstanceOf(BillingError)
    expect(spend).toMatchObject({ code: 'project_spend_limit_exceeded', parentCode: 'insufficient_quota' })
    server.answers = [{ status: 429, body: { error: { ...projectSpendLimit.error, code: 'a_future_billing_code' } } }]
    const future = (await rejection(call(`${server.base}/v1/responses`, post))) as ApiError
    expect(future).toBeInstanceOf(BillingError)
    expect(future).toMatchObject({ code: 'a_future_billing_code', parentCode: 'insufficient_quota' })
    // The older answer, with its code null: https://github.com/ChatGPTNextWeb/NextChat/issues/1792
    server.answers = [
      {
        status: 429,
        body: {
          error: {
            message: 'You exceeded your current quota, please check your plan and billing details.',
            type: 'insufficient_quota',
            param: null,
            code: null,
          },
        },
      },
    ]
    const older = (await rejection(call(`${server.base}/v1/responses`, post))) as ApiError
    expect(older).toBeInstanceOf(BillingError)
    expect(older).toMatchObject({ code: 'insufficient_quota', retry: { kind: 'never' } })
  })

  it('reads 401, 403, 404 and 400 answers by their code', async () => {
    const call = client.wrap({ adapter: openai })
    server.answers = [
      // https://github.com/chatanywhere/GPT_API_free/issues/62
      {
        status: 401,
        body: {
          error: {
            message:
              'Incorrect API key provided: sk-VKMIs***************************************wjh3. You can find your API key at https://platform.openai.com/account/api-keys.',
            type: 'invalid_request_error',
            param: null,
            code: 'invalid_api_key',
          },
        },
      },
      // https://github.com/aurora-develop/Duck2api/issues/33
      {
        status: 403,
        body: {
          error: {
            code: 'unsupported_country_region_territory',
            message: 'Country, region, or territory not supported',
            param: null,
            type: 'request_forbidden',
          },
        },
      },
      // https://github.com/abi/screenshot-to-code/issues/412
      {
        status: 404,
        body: {
          error: {
            message: 'The model `gpt-4o-2024-05-13` does not exist or you do not have access to it.',
            type: 'invalid_request_error',
            param: null,
            code: 'model_not_found',
          },
        },
      },
      // https://github.com/chathub-dev/chathub/issues/126
      {
        status: 400,
        body: {
          error: {
            message:
              "This model's maximum context length is 4097 tokens. However, your messages resulted in 4294 tokens. Please reduce the length of the messages.",
            type: 'invalid_request_error',
            param: 'messages',
            code: 'context_length_exceeded',
          },
        },
      },
    ]
    const classes = [AuthenticationError, PermissionError, NotFoundError, InvalidRequestError]
    const codes = [
      'invalid_api_key',
      'unsupported_country_region_territory',
      'model_not_found',
      'context_length_exceeded',
    ]
    for (const [i, cls] of classes.entries()) {
      const err = (await rejection(call(`${server.base}/v1/chat/completions`, post))) as ApiError
      expect(err).toBeInstanceOf(cls)
      expect(err).toMatchObject({ code: codes[i], retry: { kind: 'never' } })
    }
  })

  it('a rate limit with only its type (code null) is still a rate limit', async () => {
    // https://github.com/chatanywhere/GPT_API_free/issues/46
    const body = {
      error: {
        message:
          'Rate limit reached for default-gpt-4 in organization org-ATlb4GCUpG1s9F0EOR0L0xhf on tokens per min. Limit: 40000 / min. Please try again in 1ms. Contact us through our help center at help.openai.com if you continue to have issues.',
        type: 'tokens',
        param: null,
        code: null,
      },
    }
    server.answers = [{ status: 429, body, headers: { 'retry-after': '1' } }]
    const err = (await rejection(
      client.wrap({ adapter: openai })(`${server.base}/v1/chat/completions`, post),
    )) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ code: 'tokens', retry: { kind: 'after', delayMs: 1000 } })
    expect(err.parentCode).toBeUndefined()
  })

  it('passes a completion through untouched', async () => {
    const completion = { id: 'chatcmpl-1', object: 'chat.completion', choices: [] }
    server.answers = [{ status: 200, body: completion }]
    expect((await client.wrap({ adapter: openai })(`${server.base}/v1/chat/completions`, post)).data).toEqual(
      completion,
    )
  })
})
