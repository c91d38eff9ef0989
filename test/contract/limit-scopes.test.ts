// Whom a limit code limits: every rate_limit and quota entry has a scope; a recipient's limit blocks that
// recipient only, an account's the whole credential; how the guard knows an account; ky arms the guard on the
// last attempt too. Through the three clients against the simulator.
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import { catalogs } from '../../catalogs/index.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import { type Adapter, ApiError, type RetryOptions, RetryPolicy } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())
beforeEach(() => sim.reset())

/** A client that POSTs `{ phone }` as JSON, through one of the three clients. */
type Send = (path: string, phone: string) => Promise<unknown>
const makers: Record<string, (adapter: Adapter, retry: RetryOptions) => Send> = {
  axios: (adapter, retry) => {
    const api = withAxios(axios.create(), { adapter, retry })
    return (path, phone) => api.post(`${sim.url}${path}`, { phone }, { headers: { authorization: 'Basic a2V5' } })
  },
  ky: (adapter, retry) => {
    const api = withKy(ky.create({ retry: 0 }), { adapter, retry })
    return (path, phone) => api.post(`${sim.url}${path}`, { json: { phone }, headers: { authorization: 'Basic a2V5' } })
  },
  fetch: (adapter, retry) => {
    const f = withFetch(fetch, { adapter, retry })
    return (path, phone) =>
      f(`${sim.url}${path}`, {
        method: 'POST',
        body: JSON.stringify({ phone }),
        headers: { authorization: 'Basic a2V5', 'content-type': 'application/json' },
      })
  },
}

const outcome = (p: Promise<unknown>): Promise<ApiError | 'ok'> =>
  p.then(
    () => 'ok' as const,
    (e: unknown) => {
      if (e instanceof ApiError) return e
      throw e
    },
  )

const byPhone: RetryOptions['recipient'] = ({ body }) => (body as { phone?: string } | undefined)?.phone
const fast = { baseDelay: 1, maxBackoff: 2 } as const

describe('every limit code says whom it limits', () => {
  it('gives each rate_limit and quota entry of every catalog a scope, and no other entry one', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const entry of catalog.entries) {
        const limit = entry.category === 'rate_limit' || entry.category === 'quota'
        expect(entry.scope !== undefined, `${catalog.vendor} ${entry.code}`).toBe(limit)
      }
    }
  })
})

describe.each(Object.entries(makers))('limits scoped to whom they limit, through %s', (_, make) => {
  it('one recipient at its daily limit (jiguang 9006) blocks that recipient only: 100 others reach the server', async () => {
    const send = make(jiguang, { ...fast, recipient: byPhone })
    const first = await outcome(send('/jiguang/v1/web/verify?code=9006', '13800000000'))
    expect(first).toMatchObject({ code: 9006, retry: { kind: 'after', scope: 'recipient' } })
    const others = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        outcome(send('/jiguang/v1/web/verify?code=9000', `1390000${String(i).padStart(4, '0')}`)),
      ),
    )
    expect(others.every((o) => o === 'ok')).toBe(true)
    expect(sim.requests.total).toBe(101)
    // The same recipient again is refused locally until the window resets.
    const again = await outcome(send('/jiguang/v1/web/verify?code=9000', '13800000000'))
    expect(again).toMatchObject({ shortCircuited: true, code: 9006, retry: { scope: 'recipient' } })
    expect(sim.requests.total).toBe(101)
  })

  it('without a recipient option, a recipient limit is never guarded: the same phone still reaches the server', async () => {
    const send = make(jiguang, fast)
    await outcome(send('/jiguang/v1/web/verify?code=9006', '13800000000'))
    expect(await outcome(send('/jiguang/v1/web/verify?code=9000', '13900000000'))).toBe('ok')
    expect(await outcome(send('/jiguang/v1/web/verify?code=9000', '13800000000'))).toBe('ok')
    expect(sim.requests.total).toBe(3)
  })

  it('an account-scope daily code (jiguang 9007) still stops the whole credential', async () => {
    const send = make(jiguang, { ...fast, recipient: byPhone })
    const first = await outcome(send('/jiguang/v1/web/verify?code=9007', '13800000000'))
    expect(first).toMatchObject({ code: 9007, retry: { scope: 'account' } })
    const other = await outcome(send('/jiguang/v1/web/verify?code=9000', '13900000000'))
    expect(other).toMatchObject({ shortCircuited: true, code: 9007, retry: { scope: 'account' } })
    expect(sim.requests.total).toBe(1)
  })

  it.each(['105130', '105131', '105116'])(
    'a duplicate-content refusal (ucpaas %s) is never replayed and never guarded',
    async (code) => {
      const send = make(ucpaas, { ...fast, maxDelay: 60_000, recipient: byPhone })
      const err = await outcome(send(`/ucpaas/sms?variant=1&code=${code}`, '13800000000'))
      expect(err).toMatchObject({ code, retry: { scope: 'request' }, attempts: 1 })
      expect(sim.requests.total).toBe(1)
      // Not a block of the recipient: a new message to the same phone is sent.
      expect(await outcome(send('/ucpaas/sms?variant=1&code=000000', '13800000000'))).toBe('ok')
      expect(sim.requests.total).toBe(2)
    },
  )
})

describe('the guard knows an account by what stays the same on its every request', () => {
  const policy = new RetryPolicy()
  const key = (url: string, authorization?: string) => policy.guardKey('v', url, authorization)

  it('Tencent TC3 and AWS SigV4: the key id of Credential=, whatever the signature', () => {
    const tc3 = (sig: string) =>
      `TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2026-12-01/sms/tc3_request, SignedHeaders=content-type;host, Signature=${sig}`
    expect(key('https://sms.tencentcloudapi.com/', tc3('aa'))).toBe(key('https://sms.tencentcloudapi.com/', tc3('bb')))
    expect(key('https://sms.tencentcloudapi.com/', tc3('aa'))).not.toBe(
      key('https://sms.tencentcloudapi.com/', tc3('aa').replace('AKIDz8', 'AKIDq1')),
    )
  })

  it('Basic and UCPaaS v1: the user part, whatever the timestamp', () => {
    const b = (s: string) => Buffer.from(s).toString('base64')
    expect(key('https://api.ucpaas.com/x', b('sid1:20261201120000'))).toBe(
      key('https://api.ucpaas.com/x', b('sid1:20261201120005')),
    )
    expect(key('https://api.ucpaas.com/x', b('sid1:1'))).not.toBe(key('https://api.ucpaas.com/x', b('sid2:1')))
    expect(key('https://j.cn/', `Basic ${b('appkey:secret1')}`)).not.toBe(
      key('https://j.cn/', `Basic ${b('other:secret1')}`),
    )
  })

  it('credentials in the query: Alibaba’s AccessKeyId whatever the signature, one WeChat token per tenant', () => {
    const ali = (sig: string) =>
      `https://dysmsapi.aliyuncs.com/?AccessKeyId=LTAI1&Signature=${sig}&SignatureNonce=${sig}`
    expect(key(ali('x'))).toBe(key(ali('y')))
    expect(key('https://api.weixin.qq.com/cgi-bin/x?access_token=A')).not.toBe(
      key('https://api.weixin.qq.com/cgi-bin/x?access_token=B'),
    )
  })
})

describe('ky arms the guard on the last attempt too', () => {
  it.each([1, 2])('maxAttempts %i: a daily account limit stops the next call', async (maxAttempts) => {
    const send = makers.ky?.(jiguang, { ...fast, maxAttempts }) as Send
    const first = await outcome(send('/jiguang/v1/web/verify?code=9007', '1'))
    expect(first).toMatchObject({ code: 9007, shortCircuited: undefined })
    const second = await outcome(send('/jiguang/v1/web/verify?code=9000', '2'))
    expect(second).toMatchObject({ code: 9007, shortCircuited: true })
    expect(sim.requests.total).toBe(1)
  })
})
