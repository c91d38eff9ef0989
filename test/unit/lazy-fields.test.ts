// An error's request and body are masked when they are first read, not when the error is made: the
// interceptors make errors that are often caught and never inspected.
import { describe, expect, it, vi } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { errorOf } from '../../src/classify/make-error.js'
import { type ResponseFacts, verdictOf } from '../../src/classify/verdict.js'
import { Later } from '../../src/errors/errors.js'
import { maskUrl } from '../../src/errors/mask.js'

const CANARY = 'canary-77a1'
const url = `https://u:${CANARY}@api.verification.jpush.cn/v1/web/verify?sign=${CANARY}&n=1`

function facts(request: ResponseFacts['request']): ResponseFacts {
  const value = { code: 1804, content: 'qps limit', token: CANARY }
  return { status: 200, header: () => null, body: { kind: 'json', value }, request }
}

describe('fields made when first read', () => {
  it('makes a Later once, on its first read', () => {
    const make = vi.fn(() => ({ method: 'GET', url: 'x' }))
    const later = new Later(make, 'GET x')
    expect(make).not.toHaveBeenCalled()
    expect(later.value).toBe(later.value)
    expect(make).toHaveBeenCalledTimes(1)
  })

  it('masks the request and the body when the error’s fields are read, once, and words the message alike', () => {
    const make = vi.fn(() => ({ method: 'GET', url: maskUrl(url) }))
    const f = facts(new Later(make, 'GET api.verification.jpush.cn/v1/web/verify'))
    const err = errorOf(jiguang, verdictOf(jiguang, f) as never, f)
    expect(make).not.toHaveBeenCalled()
    const eager = errorOf(jiguang, verdictOf(jiguang, f) as never, { ...f, request: make() })
    expect(err.message).toBe(eager.message)
    expect(err.message).not.toContain(CANARY)
    expect(err.request).toEqual({
      method: 'GET',
      url: 'https://***@api.verification.jpush.cn/v1/web/verify?sign=***&n=1',
    })
    expect(err.request).toBe(err.request)
    expect(make).toHaveBeenCalledTimes(2)
    expect(err.body).toEqual({ code: 1804, content: 'qps limit', token: '***' })
    expect(err.body).toBe(err.body)
    const json = JSON.stringify(err)
    expect(json).not.toContain(CANARY)
    expect(JSON.parse(json)).toMatchObject({ request: { method: 'GET' }, body: { token: '***' } })
  })

  it('walks the body for secrets only when the error’s body is read', () => {
    const ownKeys = vi.fn((target: object) => Reflect.ownKeys(target))
    const value = new Proxy({ code: 1804, content: 'qps limit', token: CANARY }, { ownKeys })
    const f: ResponseFacts = { status: 200, header: () => null, body: { kind: 'json', value } }
    const err = errorOf(jiguang, verdictOf(jiguang, f) as never, f)
    expect(ownKeys).not.toHaveBeenCalled()
    expect(err.body).toEqual({ code: 1804, content: 'qps limit', token: '***' })
    expect(ownKeys).toHaveBeenCalled()
  })

  it('reads a Later without words for the message when the message needs it', () => {
    const f = facts(new Later(() => ({ method: 'POST', url: maskUrl(url) })))
    const err = errorOf(jiguang, verdictOf(jiguang, f) as never, f)
    expect(err.message).toMatch(/ — POST api\.verification\.jpush\.cn\/v1\/web\/verify$/)
  })
})
