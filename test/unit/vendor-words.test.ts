// Bodies as vendors send them, read by their words: an empty code is no code, a message chooses the
// window of a limit, and a vendor's misspelt code is its code.
import { describe, expect, it } from 'vitest'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { tencentSms } from '../../adapters/tencent-sms.js'
import {
  afterDelay,
  BillingError,
  classifyResponse,
  defineAdapter,
  defineCatalog,
  never,
  QuotaExceededError,
  RateLimitError,
  type ResponseFacts,
  UnknownApiError,
} from '../../src/index.js'

const facts = (value: unknown, status = 200): ResponseFacts => ({
  status,
  header: () => null,
  body: { kind: 'json', value },
})

describe('an empty code is no code', () => {
  // The shape issue 28 reports from Tencent Cloud API 3.0 documentation: a success answered with an
  // `Error` whose `Code` and `Message` are empty strings (the page itself was not located here).
  const emptyError = {
    Response: {
      Error: { Code: '', Message: '' },
      RequestId: 'b5b41468-520d-4192-b42f-595cc34b6c1c',
    },
  }

  it('passes a Tencent success that carries an empty Error', () => {
    expect(classifyResponse(tencentSms, facts(emptyError))).toBeUndefined()
    expect(tencentSms.decode(emptyError, 200)).toEqual({ kind: 'success' })
  })

  it('reads the next path when the first holds an empty code, and still refuses a code of another type', () => {
    const catalog = defineCatalog({
      vendor: 'acme',
      title: 'Acme',
      source: 'https://acme.example/errors',
      timeZone: 'UTC',
      entries: [{ code: 'E1', category: 'invalid_request', retry: never, description: { en: 'Bad' } }],
    })
    const acme = defineAdapter({ catalog, code: ['error.code', 'code'] })
    expect(acme.decode({ error: { code: '' }, code: 'E1' })).toMatchObject({ kind: 'error', code: 'E1' })
    expect(acme.decode({ error: { code: '' } })).toEqual({ kind: 'unreadable', reason: 'the body has no code' })
    expect(acme.decode({ error: { code: true } })).toMatchObject({ kind: 'unreadable' })
  })
})

describe('a limit whose window only the message names', () => {
  // isv.BUSINESS_LIMIT_CONTROL bodies as applications logged them (see test/contract/real-bodies.ts).
  const limited = (message: string) => ({
    Message: message,
    RequestId: '89BFE73F-84FC-42D7-90F8-AFFA6C42EB73',
    Code: 'isv.BUSINESS_LIMIT_CONTROL',
  })
  const at = Date.parse('2026-03-10T02:00:00Z') // 10:00 in Asia/Shanghai

  it.each([
    ['触发分钟级流控Permits:1', RateLimitError, 60_000],
    ['触发小时级流控Permits:5', RateLimitError, 3_600_000],
    ['触发号码天级流控Permits:40', QuotaExceededError, 86_400_000],
  ])('%s waits its own window', (message, type, delayMs) => {
    const err = classifyResponse(aliyunSms, facts(limited(message)))
    expect(err).toBeInstanceOf(type)
    expect(err?.code).toBe('isv.BUSINESS_LIMIT_CONTROL')
    expect(err?.retry).toMatchObject({ kind: 'after', delayMs, scope: 'recipient' })
  })

  it('waits for the next day on the vendor clock for the per-signature daily cap', () => {
    const err = classifyResponse(aliyunSms, {
      ...facts(limited('触发天级流控Permits:10')),
      header: (name) => (name === 'date' ? new Date(at).toUTCString() : null),
    })
    expect(err).toBeInstanceOf(QuotaExceededError)
    expect(err?.description).toBe('Daily limit of this number reached')
    // From 10:00 to the next 00:00 in Asia/Shanghai, on the server's clock that Date gives.
    expect(err?.retry.delayMs).toBe(14 * 3_600_000)
  })

  it('keeps the entry when there is no message, or one that names no window', () => {
    for (const body of [{ Code: 'isv.BUSINESS_LIMIT_CONTROL' }, limited('触发云通信流控限制')]) {
      const err = classifyResponse(aliyunSms, facts(body))
      expect(err).toBeInstanceOf(RateLimitError)
      expect(err?.retry.delayMs).toBe(60_000)
    }
  })

  it('refuses a pattern with a g or y flag, which would match every other time', () => {
    const make = (message: RegExp) =>
      defineCatalog({
        vendor: 'acme',
        title: 'Acme',
        source: 'https://acme.example/errors',
        timeZone: 'UTC',
        entries: [
          {
            code: 'E1',
            category: 'rate_limit',
            scope: 'account',
            retry: afterDelay(1_000),
            description: { en: 'Slow down' },
            byMessage: [{ message, retry: afterDelay(60_000) }],
          },
        ],
      })
    expect(() => make(/minute/g)).toThrow(/byMessage/)
    expect(() => make(/minute/y)).toThrow(/byMessage/)
    expect(make(/minute/i).get('E1')?.byMessage).toHaveLength(1)
  })
})

describe("the vendor's own spelling", () => {
  // tencentcloud-sdk-go, tencentcloud/sms/v20210111/errors.go at 0ae94b1842b600cfa0ac2ceed1245760dd9956f1
  // (v1.0.762) lists both spellings of each code with the same words.
  it.each([
    ['UnauthorizedOperation.SerivceSuspendDueToArrears', BillingError],
    ['UnauthorizedOperation.ServiceSuspendDueToArrears', BillingError],
    ['UnsupportedOperation.UnsuportedRegion', Error],
    ['UnsupportedOperation.UnsupportedRegion', Error],
  ])('reads %s as a known code', (code, type) => {
    const err = classifyResponse(
      tencentSms,
      facts({ Response: { Error: { Code: code, Message: '' }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } }),
    )
    expect(err).toBeInstanceOf(type)
    expect(err).not.toBeInstanceOf(UnknownApiError)
    expect(err?.entry?.code).toBe(code)
  })
})
