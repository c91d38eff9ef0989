// One tenant's limit never stops another's: the quota guard keys its blocks on the credential where the
// vendor's adapter says it travels (Alibaba Cloud's AccessKeyId in the query or the form body, Tencent
// Cloud's TC3 `Credential=<SecretId>/…`), the application may name it (WeChat's app behind its tokens),
// and where no credential can be found, no account block is kept at all. Through the three clients.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { tencentSms } from '../../adapters/tencent-sms.js'
import { wechat } from '../../adapters/wechat.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import type { ErrcodeOptions } from '../../src/clients/shared/options.js'
import { type Adapter, type ApiError, isApiError } from '../../src/index.js'

/** The tenant ("a", "b", "c") a request names, wherever its credential is; tenant a is over its limit. */
let refusing: { adapter: Adapter; code: string | number } = { adapter: aliyunSms, code: 'isv.DAY_LIMIT_CONTROL' }
let received: string[] = []
const SUCCESS = new Map<Adapter, string | number>([
  [aliyunSms, 'OK'],
  [tencentSms, 'Ok'],
  [wechat, 0],
])
const server = createServer((req: IncomingMessage, res) => {
  let text = ''
  req.on('data', (chunk: Buffer) => {
    text += chunk.toString()
  })
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://x')
    const auth = req.headers.authorization ?? ''
    const tenant =
      url.searchParams.get('AccessKeyId') ??
      url.searchParams.get('access_token')?.replace(/-token-\d+$/, '') ??
      new URLSearchParams(text).get('AccessKeyId') ??
      /Credential=AKID-(\w+)\//.exec(auth)?.[1] ??
      (text.startsWith('{') ? (JSON.parse(text) as { who?: string }).who : undefined) ??
      '?'
    received.push(tenant)
    const { adapter, code } = refusing
    const body = adapter.encode(tenant === 'a' ? code : (SUCCESS.get(adapter) ?? 0))
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  })
})
let base = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())
beforeEach(() => {
  received = []
})

interface Send {
  readonly path: string
  readonly method?: string
  readonly body?: string
  readonly headers?: Record<string, string>
}
type Sender = (send: Send) => Promise<unknown>

const clients: [string, (options: ErrcodeOptions) => Sender][] = [
  [
    'axios',
    (options) => {
      const api = withAxios(axios.create(), options)
      return async ({ path, method = 'GET', body, headers }) =>
        (
          await api.request({
            url: `${base}${path}`,
            method,
            ...(body === undefined ? {} : { data: body }),
            headers: headers ?? {},
          })
        ).data
    },
  ],
  [
    'ky',
    (options) => {
      const api = withKy(ky.create({ retry: 0 }), options)
      return ({ path, method = 'GET', body, headers }) =>
        api(`${base}${path}`, {
          method,
          ...(body === undefined ? {} : { body }),
          ...(headers ? { headers } : {}),
        }).json()
    },
  ],
  [
    'fetch',
    (options) => {
      const f = withFetch(fetch, options)
      return async ({ path, method = 'GET', body, headers }) =>
        (
          await f(`${base}${path}`, {
            method,
            ...(body === undefined ? {} : { body }),
            ...(headers ? { headers } : {}),
          })
        ).json()
    },
  ],
]

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (isApiError(error)) return error
    throw error
  }
  throw new Error('expected a typed error')
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
const tc3 = (who: string) => ({
  authorization: `TC3-HMAC-SHA256 Credential=AKID-${who}/2026-12-07/sms/tc3_request, SignedHeaders=content-type;host, Signature=0f9e8d`,
})

/** Where each case puts tenant `who`'s credential. */
const cases: [string, Adapter, string | number, (who: string) => Send][] = [
  [
    'Alibaba Cloud, AccessKeyId in the query',
    aliyunSms,
    'isv.DAY_LIMIT_CONTROL',
    (who) => ({ path: `/?Action=SendSms&AccessKeyId=${who}&Signature=s${Math.random()}` }),
  ],
  [
    'Alibaba Cloud, AccessKeyId in the POST form body',
    aliyunSms,
    'isv.DAY_LIMIT_CONTROL',
    (who) => ({
      path: '/',
      method: 'POST',
      headers: FORM,
      body: `Action=SendSms&AccessKeyId=${who}&PhoneNumbers=13800000000&Signature=s${Math.random()}`,
    }),
  ],
  [
    'Tencent Cloud, TC3 Credential in the Authorization header',
    tencentSms,
    'LimitExceeded.AppDailyLimit',
    (who) => ({
      path: '/',
      method: 'POST',
      headers: { ...tc3(who), 'content-type': 'application/json' },
      body: '{"PhoneNumberSet":["+8613800000000"]}',
    }),
  ],
]

describe.each(clients)('%s: two tenants on one client', (_client, make) => {
  it.each(cases)(
    '%s: tenant a at its daily limit is refused locally, b and c reach the vendor',
    async (_name, adapter, code, request) => {
      refusing = { adapter, code }
      const send = make({ adapter, retry: true })
      expect((await failure(send(request('a')))).code).toBe(code)
      const again = await failure(send(request('a')))
      expect(again).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'quota' })
      await send(request('b'))
      await send(request('c'))
      expect(received).toEqual(['a', 'b', 'c'])
    },
  )

  it('where no credential can be found, an account limit blocks no one else', async () => {
    refusing = { adapter: aliyunSms, code: 'isv.DAY_LIMIT_CONTROL' }
    const send = make({ adapter: aliyunSms, retry: true })
    const json = (who: string): Send => ({
      path: '/',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ who }),
    })
    expect((await failure(send(json('a')))).code).toBe('isv.DAY_LIMIT_CONTROL')
    await send(json('b'))
    // Not refused locally either: tenant a's second call reaches the vendor, which refuses it.
    expect((await failure(send(json('a')))).shortCircuited).toBeUndefined()
    expect(received).toEqual(['a', 'b', 'a'])
  })

  it('WeChat: the application names the app behind its tokens; a renewed token stays under the app’s block', async () => {
    refusing = { adapter: wechat, code: 45009 }
    const token = (n: number) => ({ path: `/cgi-bin/message/send?access_token=a-token-${n}` })
    // By default the token is the credential: a renewed one reaches the vendor again.
    const plain = make({ adapter: wechat, retry: true })
    await failure(plain(token(1)))
    await failure(plain(token(2)))
    expect(received).toEqual(['a', 'a'])
    received = []
    const named = make({
      adapter: wechat,
      retry: { credential: ({ url }) => new URL(url).searchParams.get('access_token')?.split('-token-')[0] },
    })
    await failure(named(token(3)))
    expect(await failure(named(token(4)))).toMatchObject({ shortCircuited: true, code: 45009 })
    expect(received).toEqual(['a'])
  })
})
