// OpenAI, Slack, Meta Graph (with WhatsApp) and Telegram through axios, ky and fetch: each vendor's real
// answers, with the status and headers they come with, and what the retry engine does with them.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bailian } from '../../adapters/bailian.js'
import { metaGraph } from '../../adapters/meta-graph.js'
import { openai } from '../../adapters/openai.js'
import { slack } from '../../adapters/slack.js'
import { telegram } from '../../adapters/telegram.js'
import {
  type ApiError,
  AuthenticationError,
  BillingError,
  InternalError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type RetryEvent,
  UnknownApiError,
} from '../../src/index.js'
import { clients, rejection } from '../support/clients.js'

interface Answer {
  readonly status: number
  readonly body: unknown
  readonly headers?: Record<string, string>
}

/** A server that gives each request the next answer of `answers`, then `{"ok":true}`; it counts requests. */
let server: Server
let base = ''
let answers: Answer[] = []
let received = 0
beforeAll(async () => {
  server = createServer((req, res) => {
    received++
    req.resume()
    const next = answers.shift() ?? { status: 200, body: { ok: true } }
    res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers })
    res.end(JSON.stringify(next.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  answers = []
  received = 0
})

const fast = { baseDelay: 1, maxBackoff: 5, budget: false, maxAttempts: 3 } as const
const post = { method: 'POST', body: '{"model":"gpt-4o","messages":[]}' }

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
    answers = [{ status: 429, body: rateLimitExceeded, headers: limitHeaders('6m0s') }]
    const limited = (await rejection(call(`${base}/v1/chat/completions`, post))) as ApiError
    expect(limited).toBeInstanceOf(RateLimitError)
    expect(limited).toMatchObject({
      code: 'rate_limit_exceeded',
      parentCode: 'tokens',
      status: 429,
      requestId: 'req_a8d3f1c2e4b5',
      retry: { kind: 'after', delayMs: 360_000, replaySafe: true, scope: 'account' },
    })
    answers = [{ status: 429, body: insufficientQuota, headers: { ...limitHeaders('6m0s'), 'retry-after': '20' } }]
    const quota = (await rejection(call(`${base}/v1/chat/completions`, post))) as ApiError
    expect(quota).toBeInstanceOf(BillingError)
    expect(quota).toMatchObject({ code: 'insufficient_quota', status: 429, retry: { kind: 'never' } })
    expect(quota.vendorMessage).toMatch(/^You exceeded your current quota/)
  })

  it('the retry engine waits out a rate limit and replays the POST, and stops at once on insufficient_quota', async () => {
    const events: RetryEvent[] = []
    const call = client.wrap({ adapter: openai, retry: fast, telemetry: { retry: (e) => events.push(e) } })
    answers = [{ status: 429, body: rateLimitExceeded, headers: limitHeaders('20ms') }]
    const ok = await call(`${base}/v1/chat/completions`, post)
    expect(ok.status).toBe(200)
    expect(received).toBe(2)
    expect(events).toHaveLength(1)
    expect(events[0]?.delayMs).toBeGreaterThanOrEqual(20)

    received = 0
    answers = [
      { status: 429, body: insufficientQuota, headers: { 'retry-after': '0' } },
      { status: 429, body: insufficientQuota },
    ]
    const quota = (await rejection(call(`${base}/v1/chat/completions`, post))) as ApiError
    expect(quota).toBeInstanceOf(BillingError)
    expect(quota).toMatchObject({ attempts: 1 })
    expect(received).toBe(1)
  })

  it('a spend-limit code, a billing code OpenAI has not published and the older code-less answer are billing', async () => {
    const call = client.wrap({ adapter: openai })
    answers = [{ status: 429, body: projectSpendLimit }]
    const spend = (await rejection(call(`${base}/v1/responses`, post))) as ApiError
    expect(spend).toBeInstanceOf(BillingError)
    expect(spend).toMatchObject({ code: 'project_spend_limit_exceeded', parentCode: 'insufficient_quota' })
    answers = [{ status: 429, body: { error: { ...projectSpendLimit.error, code: 'a_future_billing_code' } } }]
    const future = (await rejection(call(`${base}/v1/responses`, post))) as ApiError
    expect(future).toBeInstanceOf(BillingError)
    expect(future).toMatchObject({ code: 'a_future_billing_code', parentCode: 'insufficient_quota' })
    // The older answer, with its code null: https://github.com/ChatGPTNextWeb/NextChat/issues/1792
    answers = [
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
    const older = (await rejection(call(`${base}/v1/responses`, post))) as ApiError
    expect(older).toBeInstanceOf(BillingError)
    expect(older).toMatchObject({ code: 'insufficient_quota', retry: { kind: 'never' } })
  })

  it('reads 401, 403, 404 and 400 answers by their code', async () => {
    const call = client.wrap({ adapter: openai })
    answers = [
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
      const err = (await rejection(call(`${base}/v1/chat/completions`, post))) as ApiError
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
    answers = [{ status: 429, body, headers: { 'retry-after': '1' } }]
    const err = (await rejection(client.wrap({ adapter: openai })(`${base}/v1/chat/completions`, post))) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ code: 'tokens', retry: { kind: 'after', delayMs: 1000 } })
    expect(err.parentCode).toBeUndefined()
  })

  it('passes a completion through untouched', async () => {
    const completion = { id: 'chatcmpl-1', object: 'chat.completion', choices: [] }
    answers = [{ status: 200, body: completion }]
    expect((await client.wrap({ adapter: openai })(`${base}/v1/chat/completions`, post)).data).toEqual(completion)
  })
})

// Slack: bodies from Slack's OpenAPI description (slackapi/slack-api-specs web-api/slack_web_openapi_v2.json,
// the chat.postMessage examples) and its common errors (https://api.slack.com/web#errors).
describe.each(clients)('Slack through $name', (client) => {
  it('a 200 ok:false is an error, and a 200 ok:true passes', async () => {
    const call = client.wrap({ adapter: slack })
    answers = [
      { status: 200, body: { ok: false, error: 'invalid_auth' } },
      { status: 200, body: { error: 'too_many_attachments', ok: false } },
      {
        status: 200,
        body: {
          channel: 'C1H9RESGL',
          message: { text: "Here's a message for you" },
          ok: true,
          ts: '1503435956.000247',
        },
      },
    ]
    const auth = (await rejection(call(`${base}/api/chat.postMessage`, post))) as ApiError
    expect(auth).toBeInstanceOf(AuthenticationError)
    expect(auth).toMatchObject({ vendor: 'slack', code: 'invalid_auth', status: 200, retry: { kind: 'never' } })
    expect(await rejection(call(`${base}/api/chat.postMessage`, post))).toBeInstanceOf(InvalidRequestError)
    expect((await call(`${base}/api/chat.postMessage`, post)).data).toMatchObject({ ok: true })
    answers = [{ status: 200, body: { ok: false } }]
    expect(await rejection(call(`${base}/api/chat.postMessage`, post))).toBeInstanceOf(UnknownApiError)
  })

  it('ratelimited waits for Retry-After; token_expired asks for a refresh', async () => {
    const call = client.wrap({ adapter: slack })
    answers = [
      { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '30' } },
      { status: 200, body: { ok: false, error: 'token_expired' } },
    ]
    const limited = (await rejection(call(`${base}/api/conversations.history`))) as ApiError
    expect(limited).toBeInstanceOf(RateLimitError)
    expect(limited.retry).toMatchObject({ kind: 'after', delayMs: 30_000, scope: 'account' })
    const expired = (await rejection(call(`${base}/api/users.info`))) as ApiError
    expect(expired).toBeInstanceOf(AuthenticationError)
    expect(expired.retry.kind).toBe('refresh')
  })

  it('fatal_error has an unknown outcome: the engine does not replay the POST', async () => {
    const call = client.wrap({ adapter: slack, retry: fast })
    answers = [{ status: 200, body: { ok: false, error: 'fatal_error' } }]
    const err = (await rejection(call(`${base}/api/chat.postMessage`, post))) as ApiError
    expect(err).toBeInstanceOf(InternalError)
    expect(err.retry).toMatchObject({ kind: 'backoff', outcome: 'unknown', replaySafe: false })
    expect(received).toBe(1)
  })
})

// Meta Graph: https://developers.facebook.com/docs/graph-api/guides/error-handling (the error response example)
// and https://developers.facebook.com/docs/graph-api/overview/rate-limiting (the Pages throttling example).
describe.each(clients)('Meta Graph through $name', (client) => {
  it('throttling in a 400 is a RateLimitError; fbtrace_id is the request id', async () => {
    answers = [
      {
        status: 400,
        body: {
          error: {
            message: '(#32) Page request limit reached',
            type: 'OAuthException',
            code: 32,
            fbtrace_id: 'Fz54k3GZrio',
          },
        },
      },
    ]
    const err = (await rejection(client.wrap({ adapter: metaGraph })(`${base}/v19.0/me/feed`))) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ code: 32, status: 400, requestId: 'Fz54k3GZrio', retry: { replaySafe: true } })
  })

  it('190 with a sub-code: 460 needs a new login, 463 a new token, an unlisted one falls back to 190', async () => {
    const call = client.wrap({ adapter: metaGraph })
    const answer = (subcode: number) => ({
      status: 400,
      body: {
        error: {
          message: 'Message describing the error',
          type: 'OAuthException',
          code: 190,
          error_subcode: subcode,
          error_user_title: 'A title',
          error_user_msg: 'A message',
          fbtrace_id: 'EJplcsCHuLu',
        },
      },
    })
    answers = [answer(460), answer(463), answer(99999)]
    const changed = (await rejection(call(`${base}/v19.0/me`))) as ApiError
    expect(changed).toBeInstanceOf(AuthenticationError)
    expect(changed).toMatchObject({ code: 460, parentCode: 190, requestId: 'EJplcsCHuLu', retry: { kind: 'never' } })
    expect(changed.entry?.name).toBe('Password Changed')
    const expired = (await rejection(call(`${base}/v19.0/me`))) as ApiError
    expect(expired).toMatchObject({ code: 463, parentCode: 190, retry: { kind: 'refresh' } })
    const other = (await rejection(call(`${base}/v19.0/me`))) as ApiError
    expect(other).toBeInstanceOf(AuthenticationError)
    expect(other).toMatchObject({ code: 99999, parentCode: 190, retry: { kind: 'refresh' } })
  })

  it('WhatsApp 131056 limits one recipient; a code Meta did not document here is an UnknownApiError', async () => {
    // The error object of YCloud's example (docs.ycloud.com, "Handle WhatsApp errors"), which passes Meta's on:
    // its code is a string there.
    answers = [
      {
        status: 400,
        body: {
          error: {
            message: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
            type: 'OAuthException',
            code: '131056',
            fbtrace_id: 'A4O5a8RAgePwbcGSu',
          },
        },
      },
      { status: 400, body: { error: { message: '(#131000) Something went wrong', code: 131000 } } },
    ]
    const call = client.wrap({ adapter: metaGraph })
    const pair = (await rejection(call(`${base}/v19.0/106540352242922/messages`, post))) as ApiError
    expect(pair).toBeInstanceOf(RateLimitError)
    expect(pair.retry.scope).toBe('recipient')
    expect(await rejection(call(`${base}/v19.0/106540352242922/messages`, post))).toBeInstanceOf(UnknownApiError)
  })
})

// Telegram: answers captured with their headers (Date: Fri, 11 Dec 2020), quoted in a public Go Telegram
// provider; the migration answer as Telegram words it ("Bad Request: group chat was upgraded to a supergroup
// chat", https://core.telegram.org/bots/api#responseparameters for migrate_to_chat_id).
describe.each(clients)('Telegram through $name', (client) => {
  it('waits parameters.retry_after, and the engine replays after it', async () => {
    const flood = {
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 34',
        parameters: { retry_after: 34 },
      },
    }
    answers = [flood]
    const err = (await rejection(client.wrap({ adapter: telegram })(`${base}/botTOKEN/sendMessage`, post))) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err.retry).toMatchObject({ kind: 'after', delayMs: 34_000 })
    received = 0
    answers = [{ ...flood, body: { ...flood.body, parameters: { retry_after: 0 } } }]
    const call = client.wrap({ adapter: telegram, retry: fast })
    expect((await call(`${base}/botTOKEN/sendMessage`, post)).status).toBe(200)
    expect(received).toBe(2)
  })

  it('keeps migrate_to_chat_id exact in err.body; a blocked bot is a PermissionError', async () => {
    answers = [
      {
        status: 400,
        body: {
          ok: false,
          error_code: 400,
          description: 'Bad Request: group chat was upgraded to a supergroup chat',
          parameters: { migrate_to_chat_id: -1001234567890123 },
        },
      },
      { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } },
    ]
    const call = client.wrap({ adapter: telegram })
    const migrated = (await rejection(call(`${base}/botTOKEN/sendMessage`, post))) as ApiError
    expect(migrated).toBeInstanceOf(InvalidRequestError)
    expect(migrated.body).toMatchObject({ parameters: { migrate_to_chat_id: -1001234567890123 } })
    expect(migrated.vendorMessage).toBe('Bad Request: group chat was upgraded to a supergroup chat')
    expect(await rejection(call(`${base}/botTOKEN/sendMessage`, post))).toBeInstanceOf(PermissionError)
  })
})

// Alibaba Cloud Model Studio (Bailian): the Arrearage answer is the example of
// https://help.aliyun.com/zh/model-studio/error-code ("'code': 'Arrearage', 'param': None, 'message': 'Access
// denied, please make sure your account is in good standing.', 'type': 'Arrearage'"), inside the compatible
// mode's `error`; the other bodies take the page's messages in the envelopes the page describes.
describe.each(clients)('Bailian through $name', (client) => {
  it('tells arrears (billing, never retried) from a rate limit in both envelopes', async () => {
    const call = client.wrap({ adapter: bailian })
    answers = [
      {
        status: 400,
        body: {
          error: {
            code: 'Arrearage',
            param: null,
            message: 'Access denied, please make sure your account is in good standing.',
            type: 'Arrearage',
          },
          request_id: '649b2bbc-c541-9e16-9845-db7fe4fe5b2d',
        },
      },
      {
        status: 429,
        body: {
          code: 'Throttling.RateQuota',
          message: 'Requests rate limit exceeded, please try again later.',
          request_id: '649b2bbc-c541-9e16-9845-db7fe4fe5b2e',
        },
        headers: { 'retry-after': '1' },
      },
      {
        status: 429,
        body: {
          error: {
            code: 'insufficient_quota',
            param: null,
            message: 'Allocated quota exceeded, please increase your quota limit.',
            type: 'insufficient_quota',
          },
        },
      },
    ]
    const arrears = (await rejection(call(`${base}/compatible-mode/v1/chat/completions`, post))) as ApiError
    expect(arrears).toBeInstanceOf(BillingError)
    expect(arrears).toMatchObject({ code: 'Arrearage', requestId: '649b2bbc-c541-9e16-9845-db7fe4fe5b2d' })
    const rate = (await rejection(call(`${base}/api/v1/services/aigc/text-generation/generation`, post))) as ApiError
    expect(rate).toBeInstanceOf(RateLimitError)
    expect(rate).toMatchObject({ code: 'Throttling.RateQuota', retry: { kind: 'after', delayMs: 1000 } })
    // Unlike OpenAI's, Bailian's insufficient_quota is its TPM limit (Throttling.AllocationQuota).
    expect(await rejection(call(`${base}/compatible-mode/v1/chat/completions`, post))).toBeInstanceOf(RateLimitError)
  })
})
