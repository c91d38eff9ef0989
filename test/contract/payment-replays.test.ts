// The retry engine on payment calls, through axios, ky and fetch, against a real server on 127.0.0.1: a
// refusal before execution replays; a failure whose outcome is unknown replays only where the vendor says the
// very same request may come again, and then as the very same request; a failure the vendor wants queried
// first never replays; a POST that got no answer is never replayed.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios from 'axios'
import ky from 'ky'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alipay } from '../../adapters/alipay.js'
import { wechatPay } from '../../adapters/wechatpay.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import {
  type Adapter,
  type ApiError,
  InternalError,
  isRetryable,
  NetworkError,
  RateLimitError,
  type RetryOptions,
  TimeoutError,
} from '../../src/index.js'
import { rejection } from '../support/clients.js'
import { type RecordingServer, recordingServer } from '../support/recording-server.js'

/** The answers the server gives, by `?answer=`, each with its status and content type. */
const ANSWERS: Record<string, { status: number; type: string; body: string }> = {
  // APIv3 payment table, 500 SYSTEMERROR "系统异常，请用相同参数重新调用" (catalogs/wechatpay.ts names the source).
  v3system: { status: 500, type: 'application/json', body: '{"code":"SYSTEMERROR","message":"系统错误"}' },
  // APIv3 429 FREQUENCY_LIMITED: the refund table's "该笔退款未受理，请降低频率后重试" (not accepted).
  frequency: { status: 429, type: 'application/json', body: '{"code":"FREQUENCY_LIMITED","message":"频率超限"}' },
  // APIv2 SYSTEMERROR in the envelope of the error sample of the 企业付款 page
  // (https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_2): query before anything else.
  v2system: {
    status: 200,
    type: 'text/plain',
    body:
      '<xml>\n<return_code><![CDATA[SUCCESS]]></return_code>\n<return_msg><![CDATA[OK]]></return_msg>\n' +
      '<result_code><![CDATA[FAIL]]></result_code>\n<err_code><![CDATA[SYSTEMERROR]]></err_code>\n' +
      '<err_code_des><![CDATA[系统繁忙,请稍后再试.]]></err_code_des>\n</xml>',
  },
}

/** `?fail=N`: the first N requests of an `?id=` get `?answer=`, the rest the order. */
let server: RecordingServer
let base = ''
let refused = ''
beforeAll(async () => {
  server = await recordingServer((request, count, res, req) => {
    const fail = Number(request.url.searchParams.get('fail') ?? 99)
    const answer = request.url.searchParams.get('answer') ?? ''
    if (count > fail) {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'r-ok' })
      res.end('{"prepay_id":"wx201410272009395522657a690389285100"}')
      return
    }
    if (answer === 'drop') {
      req.socket.destroy()
      return
    }
    if (answer === 'silent') return
    const a = ANSWERS[answer] ?? { status: 404, type: 'application/json', body: '{}' }
    res.writeHead(a.status, { 'content-type': a.type, 'request-id': `r-${count}` })
    res.end(a.body)
  })
  base = server.base
  // A port nothing listens on: the connection is refused before the request leaves.
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
  await new Promise((resolve) => closed.close(resolve))
})
afterAll(() => server.close())

type Call = (url: string, method: string, timeoutMs?: number) => Promise<unknown>
const ORDER = '{"appid":"wxd678efh567hg6787","mchid":"1230000109","out_trade_no":"1217752501201407033233368018"}'
const clients: Record<string, (retry: RetryOptions, adapter?: Adapter) => Call> = {
  axios: (retry, adapter = wechatPay) => {
    const api = withAxios(axios.create(), { adapter, retry })
    return (url, method, timeoutMs) =>
      api.request({
        url,
        method,
        ...(method === 'GET' ? {} : { data: ORDER }),
        ...(timeoutMs ? { timeout: timeoutMs } : {}),
      })
  },
  ky: (retry, adapter = wechatPay) => {
    const api = withKy(ky.create({}), { adapter, retry })
    return (url, method, timeoutMs) =>
      api(url, { method, ...(method === 'GET' ? {} : { body: ORDER }), ...(timeoutMs ? { timeout: timeoutMs } : {}) })
  },
  fetch: (retry, adapter = wechatPay) => {
    const f = withFetch(fetch, { adapter, retry })
    return (url, method, timeoutMs) =>
      f(url, {
        method,
        ...(method === 'GET' ? {} : { body: ORDER }),
        ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
      })
  },
}
const fast = { baseDelay: 1, maxBackoff: 2, budget: false, maxAttempts: 3 } as const

describe.each(Object.keys(clients))('payment retries through %s', (name) => {
  const make = clients[name] as (retry: RetryOptions, adapter?: Adapter) => Call
  const id = () => `${name}-${Math.random()}`

  it('replays a refusal made before execution: FREQUENCY_LIMITED twice, then the order', async () => {
    const run = id()
    await make(fast)(`${base}/v3/pay/transactions/jsapi?id=${run}&answer=frequency&fail=2`, 'POST')
    expect(server.seen(run).length).toBe(3)
    // Without retries the refusal says so: a replay-safe rate limit, not an unknown outcome.
    const err = (await rejection(
      make({ ...fast, maxAttempts: 1 })(`${base}/v3/pay/transactions/jsapi?id=${id()}&answer=frequency`, 'POST'),
    )) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err.retry).toMatchObject({ replaySafe: true })
    expect(err.retry.outcome).toBeUndefined()
  })

  it('replays a refused connection of a payment POST: it never reached the vendor', async () => {
    const err = (await rejection(make(fast)(`${refused}/v3/pay/transactions/jsapi`, 'POST'))) as ApiError
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'ECONNREFUSED', attempts: 3, retry: { replaySafe: true } })
    expect(err.retry.outcome).toBeUndefined()
  })

  it('replays APIv3 SYSTEMERROR ("call again with the same parameters") as the very same request', async () => {
    const run = id()
    await make({ ...fast, idempotencyKey: true })(
      `${base}/v3/pay/transactions/jsapi?id=${run}&answer=v3system&fail=2`,
      'POST',
    )
    const list = server.seen(run)
    expect(list).toHaveLength(3)
    // Same body, same merchant order number, same idempotency key on every attempt.
    expect(new Set(list.map((s) => s.body))).toEqual(new Set([ORDER]))
    expect(list[0]?.headers['idempotency-key']).toBeDefined()
    expect(new Set(list.map((s) => s.headers['idempotency-key'])).size).toBe(1)
    const err = (await rejection(
      make(fast)(`${base}/v3/pay/transactions/jsapi?id=${id()}&answer=v3system`, 'POST'),
    )) as ApiError
    expect(err).toBeInstanceOf(InternalError)
    expect(err).toMatchObject({
      code: 'SYSTEMERROR',
      status: 500,
      attempts: 3,
      requestId: 'r-3',
      retry: { outcome: 'unknown', replaySafe: true },
    })
    expect(err.retry.query).toBeUndefined()
  })

  it('never replays APIv2 SYSTEMERROR, which the vendor wants queried first, on a POST or a GET', async () => {
    for (const method of ['POST', 'GET']) {
      const run = id()
      const err = (await rejection(
        make({ ...fast, idempotencyKey: true })(`${base}/pay/micropay?id=${run}&answer=v2system`, method),
      )) as ApiError
      expect(err, method).toMatchObject({
        code: 'SYSTEMERROR',
        parentCode: 'FAIL',
        attempts: 1,
        vendorMessage: '系统繁忙,请稍后再试.',
        retry: { outcome: 'unknown', query: true, replaySafe: false },
      })
      expect(err.entry?.remedy?.zh, method).toMatch(/^请立即调用被扫订单结果查询API/)
      expect(server.seen(run).length, method).toBe(1)
      expect(isRetryable(err), method).toBe(false)
    }
  })

  it('never replays a payment POST whose connection dropped, even with an idempotency key', async () => {
    const run = id()
    const err = (await rejection(
      make({ ...fast, idempotencyKey: true })(`${base}/v3/pay/transactions/jsapi?id=${run}&answer=drop`, 'POST'),
    )) as ApiError
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ attempts: 1, retry: { outcome: 'unknown', replaySafe: false } })
    expect(server.seen(run).length).toBe(1)
    expect(isRetryable(err, { method: 'POST' })).toBe(false)
    // A GET that lost its connection changed nothing: it is replayed.
    const get = id()
    const again = (await rejection(
      make(fast)(`${base}/v3/pay/transactions/out-trade-no/1?id=${get}&answer=drop`, 'GET'),
    )) as ApiError
    expect(again).toMatchObject({ attempts: 3 })
    expect(again.retry.outcome).toBeUndefined()
    expect(server.seen(get).length).toBe(3)
  })

  it('never replays an Alipay POST whose connection dropped: Alipay moves money too', async () => {
    const run = id()
    const err = (await rejection(
      make({ ...fast, idempotencyKey: true }, alipay)(`${base}/gateway.do?id=${run}&answer=drop`, 'POST'),
    )) as ApiError
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ vendor: 'alipay', attempts: 1, retry: { outcome: 'unknown', replaySafe: false } })
    expect(server.seen(run).length).toBe(1)
  })

  it('never replays a payment POST that timed out: its outcome is unknown', async () => {
    const run = id()
    const err = (await rejection(
      make({ ...fast, deadline: 5_000 })(`${base}/v3/pay/transactions/jsapi?id=${run}&answer=silent`, 'POST', 300),
    )) as ApiError
    expect(err).toBeInstanceOf(TimeoutError)
    expect(err).toMatchObject({ attempts: 1, retry: { outcome: 'unknown', replaySafe: false } })
    expect(server.seen(run).length).toBe(1)
  })
})
