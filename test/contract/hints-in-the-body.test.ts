// What a body says beside its code, through axios, ky and fetch: Meta Graph's `is_transient` and the message of
// Bailian's Throttling.AllocationQuota that means the free quota is spent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bailian } from '../../adapters/bailian.js'
import { metaGraph } from '../../adapters/meta-graph.js'
import {
  type ApiError,
  QuotaExceededError,
  RateLimitError,
  type RetryEvent,
  ServiceUnavailableError,
  UnknownApiError,
} from '../../src/index.js'
import { type AnswerQueue, answerQueue } from '../support/answers.js'
import { clients, rejection } from '../support/clients.js'

/** Each request gets the next queued answer, then `{}` (a Graph success). */
let server: AnswerQueue
beforeAll(async () => {
  server = await answerQueue({ status: 200, body: {} })
})
afterAll(() => server.close())
beforeEach(() => {
  server.answers = []
})

const fast = { baseDelay: 1, maxBackoff: 5, budget: false, maxAttempts: 3 } as const
const post = { method: 'POST', body: '{"model":"qwen-plus","messages":[]}' }

// Meta Graph, as the API answered (facebook/facebook-nodejs-business-sdk issue #84): code 2 with is_transient.
const serviceUnavailable = {
  error: {
    message: '(#2) Service temporarily unavailable',
    type: 'OAuthException',
    is_transient: true,
    code: 2,
    fbtrace_id: 'DwmNHd5eHYr',
  },
}
// Meta's own example of an Instagram error (developers.facebook.com/docs/instagram-api/reference/error-codes):
// code 36000 and sub-code 2207004 are not in the catalog, and the body says is_transient false.
const imageTooLarge = {
  error: {
    message: 'The image size is too large.',
    type: 'OAuthException',
    code: 36000,
    error_subcode: 2207004,
    is_transient: false,
    error_user_title: 'Image size too large',
    error_user_msg: 'The image is too large to download. It should be less than 8 MiB.',
    fbtrace_id: 'A6LJylpZRKw2xKLFsAP-cJh',
  },
}
// The same example as Meta words a temporary failure of that API: Instagram's table gives code -1, sub-code
// 2207001 "Instagram server error. Try again.". The body is the example's envelope with those values and
// is_transient true (no public capture of it was found): a code the catalog lacks, which Meta says is transient.
const instagramServerError = {
  error: {
    ...imageTooLarge.error,
    message: 'Instagram server error. Try again.',
    code: -1,
    error_subcode: 2207001,
    is_transient: true,
    error_user_title: undefined,
    error_user_msg: undefined,
  },
}

describe.each(clients)('Meta Graph is_transient through $name', (client) => {
  it('a code the catalog lacks backs off when the body says is_transient, and not when it says false', async () => {
    const call = client.wrap({ adapter: metaGraph })
    server.answers = [
      { status: 400, body: instagramServerError },
      { status: 400, body: imageTooLarge },
    ]
    const transient = (await rejection(call(`${server.base}/v21.0/17841400008460056/media`))) as ApiError
    expect(transient).toBeInstanceOf(UnknownApiError)
    expect(transient).toMatchObject({ code: 2207001, parentCode: -1, retry: { kind: 'backoff' } })
    const lasting = (await rejection(call(`${server.base}/v21.0/17841400008460056/media`))) as ApiError
    expect(lasting).toBeInstanceOf(UnknownApiError)
    expect(lasting).toMatchObject({ code: 2207004, parentCode: 36000, retry: { kind: 'never' } })
  })

  it('the retry engine replays a GET after a transient answer the catalog could not read', async () => {
    const events: RetryEvent[] = []
    const call = client.wrap({ adapter: metaGraph, retry: fast, telemetry: { retry: (e) => events.push(e) } })
    server.answers = [{ status: 400, body: instagramServerError }]
    const ok = await call(`${server.base}/v21.0/17841400008460056?fields=id`)
    expect(ok.status).toBe(200)
    expect(events).toHaveLength(1)
    expect(events[0]?.error.code).toBe(2207001)
  })

  it('a code the catalog already retries keeps its rule: the real code 2 answer backs off as before', async () => {
    server.answers = [{ status: 500, body: serviceUnavailable }]
    const err = (await rejection(client.wrap({ adapter: metaGraph })(`${server.base}/v19.0/me/feed`))) as ApiError
    expect(err).toBeInstanceOf(ServiceUnavailableError)
    expect(err).toMatchObject({ code: 2, requestId: 'DwmNHd5eHYr', retry: { kind: 'backoff' } })
    expect(err.entry?.name).toBe('API Service')
  })
})

// Bailian: https://help.aliyun.com/zh/model-studio/error-code lists "Free allocated quota exceeded." as a message of
// 429 Throttling.AllocationQuota/insufficient_quota, caused by "免费额度已到期或耗尽，且该模型暂不支持按量计费"; the body is
// the compatible mode's envelope as the page's Arrearage example shows it, with that message.
const freeQuotaSpent = {
  error: {
    code: 'insufficient_quota',
    param: null,
    message: 'Free allocated quota exceeded.',
    type: 'insufficient_quota',
  },
  request_id: '5f1a2b3c-9d8e-4f70-a1b2-c3d4e5f60718',
}
const tpmLimit = {
  error: {
    code: 'insufficient_quota',
    param: null,
    message: 'Allocated quota exceeded, please increase your quota limit.',
    type: 'insufficient_quota',
  },
}

describe.each(clients)('Bailian Throttling.AllocationQuota through $name', (client) => {
  it('"Free allocated quota exceeded." is a spent quota, never retried; the TPM message still waits', async () => {
    const call = client.wrap({ adapter: bailian })
    server.answers = [
      { status: 429, body: freeQuotaSpent, headers: { 'retry-after': '1' } },
      { status: 429, body: tpmLimit, headers: { 'retry-after': '1' } },
    ]
    const spent = (await rejection(call(`${server.base}/compatible-mode/v1/chat/completions`, post))) as ApiError
    expect(spent).toBeInstanceOf(QuotaExceededError)
    expect(spent).toMatchObject({
      code: 'insufficient_quota',
      status: 429,
      retry: { kind: 'never', scope: 'account' },
      requestId: '5f1a2b3c-9d8e-4f70-a1b2-c3d4e5f60718',
    })
    expect(spent.description).toMatch(/free quota expired or ran out/)
    const tpm = (await rejection(call(`${server.base}/compatible-mode/v1/chat/completions`, post))) as ApiError
    expect(tpm).toBeInstanceOf(RateLimitError)
    expect(tpm.retry).toMatchObject({ kind: 'after', delayMs: 1000, scope: 'account' })
  })

  it('the retry engine stops at once on the spent free quota, in either envelope', async () => {
    const call = client.wrap({ adapter: bailian, retry: fast })
    server.answers = [
      { status: 429, body: freeQuotaSpent, headers: { 'retry-after': '0' } },
      { status: 200, body: { ok: true } },
    ]
    const err = (await rejection(call(`${server.base}/compatible-mode/v1/chat/completions`, post))) as ApiError
    expect(err).toMatchObject({ category: 'quota', attempts: 1 })
    server.answers = [
      {
        status: 429,
        body: { code: 'Throttling.AllocationQuota', message: 'Free allocated quota exceeded.', request_id: 'r-2' },
      },
    ]
    const native = (await rejection(
      call(`${server.base}/api/v1/services/aigc/text-generation/generation`, post),
    )) as ApiError
    expect(native).toMatchObject({ code: 'Throttling.AllocationQuota', category: 'quota', attempts: 1 })
    expect(server.answers).toHaveLength(0)
  })
})
