// Alibaba Cloud Model Studio (Bailian): real answers in both envelopes through axios, ky and fetch (its rows
// against the vendor's source are checked in test/unit/catalog-sources.test.ts).
import { describe, expect, it } from 'vitest'
import { bailian } from '../../adapters/bailian.js'
import { type ApiError, BillingError, RateLimitError } from '../../src/index.js'
import { answerServer, post } from '../support/answers.js'
import { clients, rejection } from '../support/clients.js'

/** Each request gets the next answer of `server.answers`, then `{"ok":true}`; `server.received` counts requests. */
const server = answerServer()

// Alibaba Cloud Model Studio (Bailian): the Arrearage answer is the example of
// https://help.aliyun.com/zh/model-studio/error-code ("'code': 'Arrearage', 'param': None, 'message': 'Access
// denied, please make sure your account is in good standing.', 'type': 'Arrearage'"), inside the compatible
// mode's `error`; the other bodies take the page's messages in the envelopes the page describes.
describe.each(clients)('Bailian through $name', (client) => {
  it('tells arrears (billing, never retried) from a rate limit in both envelopes', async () => {
    const call = client.wrap({ adapter: bailian })
    server.answers = [
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
    const arrears = (await rejection(call(`${server.base}/compatible-mode/v1/chat/completions`, post))) as ApiError
    expect(arrears).toBeInstanceOf(BillingError)
    expect(arrears).toMatchObject({ code: 'Arrearage', requestId: '649b2bbc-c541-9e16-9845-db7fe4fe5b2d' })
    const rate = (await rejection(
      call(`${server.base}/api/v1/services/aigc/text-generation/generation`, post),
    )) as ApiError
    expect(rate).toBeInstanceOf(RateLimitError)
    expect(rate).toMatchObject({ code: 'Throttling.RateQuota', retry: { kind: 'after', delayMs: 1000 } })
    // Unlike OpenAI's, Bailian's insufficient_quota is its TPM limit (Throttling.AllocationQuota).
    expect(await rejection(call(`${server.base}/compatible-mode/v1/chat/completions`, post))).toBeInstanceOf(
      RateLimitError,
    )
  })
})
