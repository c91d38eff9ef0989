import { describe, expect, it } from 'vitest'
import { maskBody, maskText, maskUrl, secretMatcher } from '../src/index.js'

const CANARY = 'canary-5f2b9e'

describe('masking', () => {
  it('masks secret query and fragment parameters and user info, keeping the rest of the URL', () => {
    const url = `https://user:${CANARY}@api.ucpaas.com/2014-06-30/Accounts/abc/Messages?sig=${CANARY}&to=138&access_token=${CANARY}#token=${CANARY}`
    const masked = maskUrl(url)
    expect(masked).not.toContain(CANARY)
    expect(masked).toBe(
      'https://***@api.ucpaas.com/2014-06-30/Accounts/abc/Messages?sig=***&to=138&access_token=***#token=***',
    )
  })

  it('matches names whatever their case and separators', () => {
    for (const key of [
      'SIG',
      'Access-Token',
      'accessToken',
      'AppSecret',
      'app_secret'.replace('_', ''),
      'masterSecret',
      'ak',
      'password',
    ]) {
      expect(maskUrl(`/x?${key}=${CANARY}`), key).not.toContain(CANARY)
    }
    expect(maskUrl('/x?page=2&sign%3D=1')).toBe('/x?page=2&sign%3D=1')
  })

  it('lets the user add names', () => {
    expect(maskUrl(`/x?x-api-code=${CANARY}`)).toContain(CANARY)
    expect(maskUrl(`/x?x-api-code=${CANARY}`, secretMatcher(['x-api-code']))).not.toContain(CANARY)
  })

  it('masks credentials and key=value pairs in free text', () => {
    expect(maskText(`Authorization: Bearer ${CANARY}`)).not.toContain(CANARY)
    expect(maskText(`Basic ${CANARY}`)).toBe('Basic ***')
    expect(maskText(`bad request token=${CANARY}&x=1`)).toBe('bad request token=***&x=1')
    expect(maskText(`{"appsecret":"${CANARY}"}`)).toBe('{"appsecret":"***"}')
    expect(maskText('parameters contain appsecret!')).toBe('parameters contain appsecret!')
  })

  it('masks secret keys at any depth of a body without touching the original', () => {
    const body = { code: 1, data: { list: [{ token: CANARY, id: 1 }], ak: CANARY } }
    const masked = maskBody(body)
    expect(JSON.stringify(masked)).not.toContain(CANARY)
    expect(masked).toEqual({ code: 1, data: { list: [{ token: '***', id: 1 }], ak: '***' } })
    expect(body.data.ak).toBe(CANARY)
    const clean = { code: 1, data: { id: 2 } }
    expect(maskBody(clean)).toBe(clean)
  })

  it('cuts bodies deeper than it reads, so nothing hides below', () => {
    let deep: unknown = { token: CANARY }
    for (let i = 0; i < 10_000; i++) deep = { a: deep }
    expect(JSON.stringify(maskBody(deep))).not.toContain(CANARY)
  })

  it('keeps __proto__ keys as data', () => {
    const body = JSON.parse(`{"__proto__": {"polluted": true}, "token": "${CANARY}"}`)
    const masked = maskBody(body) as Record<string, unknown>
    expect(Object.hasOwn(masked, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((masked as { polluted?: unknown }).polluted).toBeUndefined()
  })
})
