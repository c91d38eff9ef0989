import { describe, expect, it } from 'vitest'
import { guanaitong } from '../../adapters/guanaitong.js'
import { iyune } from '../../adapters/iyune.js'
import { jiguang } from '../../adapters/jiguang.js'
import { navinfo } from '../../adapters/navinfo.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import { classifyStatus } from '../../src/catalog/http-status.js'
import { declaresJson, mayHoldEnvelope } from '../../src/classify/content-type.js'
import { transportError } from '../../src/classify/make-error.js'
import { errorCode, readText } from '../../src/classify/verdict.js'
import { annotate, clientCause, createError } from '../../src/errors/errors.js'
import { classifyResponse, RateLimitError, RetryPolicy } from '../../src/index.js'
import { hashCredential, MemoryGuardStore } from '../../src/retry/guard.js'

describe('adapter envelopes, exactly as each vendor sends them', () => {
  it('navinfo', () => {
    expect(navinfo.encode(200)).toEqual({ status: 200, msg: 'OK', data: {} })
    expect(navinfo.encode(1008)).toEqual({ status: 1008, msg: 'Accesses are too frequent per unit time', data: null })
    expect(navinfo.encode(1008, { message: '' })).toEqual({ status: 1008, msg: '', data: null })
  })
  it('jiguang', () => {
    expect(jiguang.encode(1804)).toEqual({ code: 1804, content: 'qps limit' })
    expect(jiguang.encode(9000, { requestId: 5 })).toEqual({ code: 9000, content: 'verify consistent', id: 5 })
  })
  it('guanaitong', () => {
    expect(guanaitong.encode(0)).toEqual({ code: 0, data: {}, msg: '无错误信息' })
    expect(guanaitong.encode(1000210004)).toEqual({ code: 1000210004, data: null, msg: 'tokeninfo check failed' })
  })
  it('ucpaas v1 and v2', () => {
    expect(ucpaas.encode('105110')).toEqual({ resp: { respCode: '105110' } })
    expect(ucpaas.encode('000000', { variant: 1 })).toEqual({ code: '000000', count: '1', msg: 'ok', smsid: '' })
    expect(ucpaas.encode('105110', { variant: 1 })).toEqual({
      code: '105110',
      count: '0',
      msg: 'SMS template ID does not exist',
      smsid: '',
    })
  })
  it('iyune', () => {
    expect(iyune.encode(40015)).toEqual({ errcode: 40015, errmsg: 'access_token expired' })
    expect(iyune.encode('SYS_ERR')).toEqual({ errcode: 'SYS_ERR', errmsg: 'Internal error' })
  })
})

describe('HTTP helpers', () => {
  it.each([
    [400, 'invalid_request', 'never'],
    [499, 'invalid_request', 'never'],
    [501, 'invalid_request', 'never'],
    [500, 'internal', 'backoff'],
    [599, 'internal', 'backoff'],
    [600, 'unknown', 'never'],
    [399, 'unknown', 'never'],
    [302, 'unknown', 'never'],
  ] as const)('HTTP %i is %s, retry %s', (status, category, retry) => {
    expect(classifyStatus(status)).toMatchObject({ category, retry: { kind: retry } })
  })

  it('tells JSON and envelope-worthy content types apart', () => {
    expect(declaresJson('application/json; charset=utf-8')).toBe(true)
    expect(declaresJson('application/problem+json')).toBe(true)
    expect(declaresJson('application/jsonp')).toBe(false)
    expect(declaresJson('text/plain')).toBe(false)
    expect(declaresJson(null)).toBe(false)
    for (const type of [
      null,
      undefined,
      '',
      'text/html',
      'text/plain;charset=GBK',
      'application/xml',
      'text/xml',
      'application/json',
    ]) {
      expect(mayHoldEnvelope(type), String(type)).toBe(true)
    }
    for (const type of ['application/octet-stream', 'image/png', 'application/pdf', 'video/mp4']) {
      expect(mayHoldEnvelope(type), type).toBe(false)
    }
  })
})

describe('transport errors', () => {
  it('marks a refused connection replay-safe, a reset one not', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']) {
      expect(transportError('v', 'network', code, undefined, undefined).retry).toEqual({
        kind: 'backoff',
        replaySafe: true,
      })
    }
    expect(transportError('v', 'network', 'ECONNRESET', undefined, undefined).retry.replaySafe).toBe(false)
    expect(transportError('v', 'network', undefined, undefined, undefined).code).toBe('ENETWORK')
    expect(transportError('v', 'timeout', undefined, undefined, undefined)).toMatchObject({
      code: 'ETIMEDOUT',
      category: 'timeout',
    })
  })

  it('finds the system error code down the cause chain, and nothing else', () => {
    const deep = { message: 'fetch failed', cause: { code: 'UND_ERR_SOCKET', cause: { code: 'ECONNRESET' } } }
    expect(errorCode(deep)).toBe('ECONNRESET')
    expect(errorCode({ code: 'ERR_NETWORK' })).toBe('ERR_NETWORK')
    expect(errorCode({ code: 42 })).toBeUndefined()
    expect(errorCode('ECONNRESET')).toBeUndefined()
    let chain: object = { code: 'ECONNRESET' }
    for (let i = 0; i < 6; i++) chain = { cause: chain }
    expect(errorCode(chain)).toBeUndefined()
  })

  it('reads text as JSON only when it is JSON', () => {
    expect(readText('')).toEqual({ kind: 'text', text: '' })
    expect(readText('{"a":1}')).toEqual({ kind: 'json', value: { a: 1 }, text: '{"a":1}' })
    expect(readText('<html>')).toEqual({ kind: 'text', text: '<html>' })
  })
})

describe('clock skew', () => {
  const facts = (date: string) => ({
    status: 200,
    header: (n: string) => (n === 'date' ? date : null),
    body: { kind: 'json' as const, value: { code: 1000210001 } },
  })
  it('reads a Date header within a second as no skew, and a late server as negative', () => {
    expect(classifyResponse(guanaitong, facts(new Date().toUTCString()))?.clockSkewMs).toBe(0)
    const behind = classifyResponse(guanaitong, facts(new Date(Date.now() - 60_000).toUTCString()))?.clockSkewMs ?? 0
    expect(behind).toBeLessThan(-58_000)
    expect(behind).toBeGreaterThan(-62_000)
    expect(classifyResponse(guanaitong, facts('not a date'))?.clockSkewMs).toBeUndefined()
  })
})

describe('error details', () => {
  const init = {
    vendor: 'v',
    code: 1,
    source: 'vendor',
    category: 'rate_limit',
    description: 'd',
    retry: { kind: 'backoff', replaySafe: true },
  } as const
  it('leaves an empty vendor message out of the message', () => {
    expect(createError({ ...init, vendorMessage: '' }).message).toBe('v 1: d')
  })
  it('annotate keeps the class, the fields, the cause and the stack', () => {
    const cause = new Error('c')
    const err = createError({ ...init, status: 429, cause })
    const more = annotate(err, { attempts: 3, waitedMs: 10 })
    expect(more).toBeInstanceOf(RateLimitError)
    expect(more).toMatchObject({ status: 429, attempts: 3, waitedMs: 10, code: 1 })
    expect(clientCause(more)).toBe(cause)
    expect(more.cause?.message).toBe('c')
    expect(more.stack).toBe(err.stack)
  })
  it('keeps a hint without a time free of at and delayMs', () => {
    const err = createError(init)
    expect(Object.keys(err.retry)).toEqual(['kind', 'replaySafe'])
    expect(err.toJSON().retry).toEqual({ kind: 'backoff', replaySafe: true })
  })
})

describe('guard details', () => {
  it('the memory store forgets its oldest key beyond maxKeys, and expired blocks', () => {
    let now = 1_000
    const store = new MemoryGuardStore({ maxKeys: 2, now: () => now })
    const block = { until: 5_000, vendor: 'v', code: 1, category: 'quota', description: 'd' } as const
    store.set('a', block)
    store.set('b', block)
    store.set('c', block)
    expect(store.get('a')).toBeUndefined()
    expect(store.get('b')).toEqual(block)
    now = 5_000
    expect(store.get('c')).toBeUndefined()
  })
  it('keeps the blocks of accounts apart from those of recipients: 10,000 recipients never evict an account', () => {
    const store = new MemoryGuardStore({ maxKeys: 10_000 })
    const block = { until: Date.now() + 60_000, vendor: 'v', code: 1, category: 'quota', description: 'd' } as const
    store.set('account', { ...block, scope: 'account' })
    for (let i = 0; i < 10_001; i++) store.set(`account:recipient:${i}`, { ...block, scope: 'recipient' })
    expect(store.get('account')).toMatchObject({ scope: 'account' })
    expect(store.get('account:recipient:0')).toBeUndefined()
    expect(store.get('account:recipient:10000')).toMatchObject({ scope: 'recipient' })
  })
  it('hashes credentials, and lets the application say what a credential is', () => {
    expect(hashCredential('a')).not.toBe(hashCredential('b'))
    expect(hashCredential('same')).toBe(hashCredential('same'))
    const policy = new RetryPolicy({ credential: ({ url }) => new URL(url).searchParams.get('ak') ?? '' })
    const a = policy.guardKey('navinfo', 'https://x.cn/geo?ak=1', undefined)
    expect(a).toBe(policy.guardKey('navinfo', 'https://x.cn/geo?ak=1&q=2', 'other header'))
    expect(a).not.toBe(policy.guardKey('navinfo', 'https://x.cn/geo?ak=2', undefined))
    expect(new RetryPolicy().guardKey('navinfo', 'not a url', undefined)).toMatch(/^navinfo::/)
  })
  it('keys a request by the credential in its query, with or without a query, and from a URL object', () => {
    const policy = new RetryPolicy()
    const withKey = policy.guardKey('navinfo', 'https://x.cn/geo?ak=1', undefined)
    expect(withKey).not.toBe(policy.guardKey('navinfo', 'https://x.cn/geo?ak=2', undefined))
    expect(policy.guardKey('navinfo', 'https://x.cn/geo', undefined)).not.toBe(withKey)
    // A JavaScript caller's URL object reads as its text does.
    expect(policy.guardKey('navinfo', new URL('https://x.cn/geo?ak=1') as never, undefined)).toBe(withKey)
  })
})
