// WeCom, Feishu and Amap through axios, ky and fetch, with answers the vendors published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { amap } from '../../adapters/amap.js'
import { feishu } from '../../adapters/feishu.js'
import { wecom } from '../../adapters/wecom.js'
import {
  type ApiError,
  AuthenticationError,
  batchFailures,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  ServiceUnavailableError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

// http://mfbz.cn/a/328037.html ("access_token 过期后接口响应"): a message send with an expired token.
const wecomExpired = {
  errcode: 42001,
  errmsg:
    'access_token expired, hint: [1704941403120931704370802], from ip: xxx.xxx.xxx.xxx, more info at https://open.work.weixin.qq.com/devtool/query?e=42001',
}
// The 发送应用消息 page, https://developer.work.weixin.qq.com/document/path/90236, 返回示例.
const wecomPartialSend = {
  errcode: 0,
  errmsg: 'ok',
  invaliduser: 'userid1|userid2',
  invalidparty: 'partyid1|partyid2',
  invalidtag: 'tagid1|tagid2',
  unlicenseduser: 'userid3|userid4',
  msgid: 'xxxx',
  response_code: 'xyzxyz',
}
// https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error
// (报错示例; its `helps` list is not reproduced here).
const feishuScope = {
  code: 99991672,
  msg: 'Access denied. One of the following scopes is required: [contact:user.id:readonly]',
  error: {
    message:
      'Refer to the documentation to fix the error: https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error',
    log_id: '202307211618216F3E9EB64DC7E1234',
    permission_violations: [{ type: 'action_scope_required', subject: 'contact:user.id:readonly' }],
  },
}
// https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-resolve-error-99991679
// (报错示例). The page's `msg` string lacks its closing quote; it is closed here.
const feishuUserGrant = {
  code: 99991679,
  msg: 'Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again. required one of these privileges: [sheets:spreadsheet, drive:drive, sheets:spreadsheet:write_only].应用未获取所需的用户授权：[sheets:spreadsheet, drive:drive, sheets:spreadsheet:write_only]',
  error: {
    permission_violations: [
      { subject: 'sheets:spreadsheet', type: 'action_privilege_required' },
      { type: 'action_privilege_required', subject: 'drive:drive' },
      { type: 'action_privilege_required', subject: 'sheets:spreadsheet:write_only' },
    ],
    log_id: '2024110416232661C50BC902DF30E6C183',
    troubleshooter:
      '排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?from=openapi&log_id=2024110416232661C50BC902DF30E61234&code=99991679&method_id=7088555130824867868',
  },
}
// The IP location API's 返回结果示例 (lbs.amap.com/api/webservice/guide/api/ipconfig), as a public copy of the
// Amap web service docs quotes it.
const amapOk = {
  status: '1',
  info: 'OK',
  infocode: '10000',
  country: '中国',
  province: '北京市',
  city: '北京市',
  district: '朝阳区',
  adcode: '110105',
  location: '116.480881,39.989410',
  isp: '电信',
  ip: '114.247.50.2',
}
// What restapi.amap.com answers a request without a valid key, as client code across public repositories records
// it (for example beside a call to /v3/weather/weatherInfo).
const amapBadKey = { status: '0', info: 'INVALID_USER_KEY', infocode: '10001' }

describe.each(clients)('WeCom, Feishu and Amap through $name', (client) => {
  it('WeCom: the hint is the request id, the more-info link the diagnosis, and 42001 asks for a new token', async () => {
    const err = (await rejection(client.wrap({ adapter: wecom })(raw(wecomExpired)))) as ApiError
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({
      vendor: 'wecom',
      code: 42001,
      requestId: '1704941403120931704370802',
      diagnosis: 'https://open.work.weixin.qq.com/devtool/query?e=42001',
      retry: { kind: 'refresh' },
    })
  })

  it('WeCom: a send that reached some recipients passes; batchFailures names the others', async () => {
    const out = await client.wrap({ adapter: wecom })(raw(wecomPartialSend))
    expect(out.data).toEqual(wecomPartialSend)
    const failed = batchFailures(wecom, out.data)
    expect(failed.map((f) => f.key)).toEqual(['userid1', 'userid2', 'partyid1', 'partyid2', 'tagid1', 'tagid2'])
    for (const f of failed) expect(f.error).toMatchObject({ vendor: 'wecom', code: 81013 })
  })

  it('WeCom: 45009 and 45033 limit the account; -1 and 6000 back off; 60011 and 60020 are permissions', async () => {
    const call = client.wrap({ adapter: wecom })
    for (const code of [45009, 45033]) {
      const err = (await rejection(call(`${sim.url}/wecom/cgi-bin/message/send?code=${code}`))) as ApiError
      expect(err).toBeInstanceOf(RateLimitError)
      expect(err.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
    }
    for (const code of [-1, 6000]) {
      const err = await rejection(call(`${sim.url}/wecom/cgi-bin/user/update?code=${code}`))
      expect(err).toBeInstanceOf(ServiceUnavailableError)
      expect((err as ApiError).retry.kind).toBe('backoff')
    }
    for (const code of [60011, 60020]) {
      const err = await rejection(call(`${sim.url}/wecom/cgi-bin/user/get?code=${code}`))
      expect(err).toBeInstanceOf(PermissionError)
      expect((err as ApiError).retry.kind).toBe('never')
    }
  })

  it('Feishu: 99991672 is a permission error naming the missing scope, with the log id and the link', async () => {
    const err = (await rejection(client.wrap({ adapter: feishu })(raw(feishuScope, 400)))) as ApiError
    expect(err).toBeInstanceOf(PermissionError)
    expect(err).toMatchObject({
      code: 99991672,
      status: 400,
      requestId: '202307211618216F3E9EB64DC7E1234',
      diagnosis:
        'https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error',
      retry: { kind: 'never' },
    })
    expect(err.vendorMessage).toContain('contact:user.id:readonly')
  })

  it('Feishu: a scope the msg leaves out is added to the message; 99991679 keeps its troubleshooter link', async () => {
    const bare = { ...feishuScope, msg: 'Access denied. One of the following scopes is required' }
    const err = (await rejection(client.wrap({ adapter: feishu })(raw(bare)))) as ApiError
    expect(err.vendorMessage).toBe('Access denied. One of the following scopes is required [contact:user.id:readonly]')
    const user = (await rejection(client.wrap({ adapter: feishu })(raw(feishuUserGrant)))) as ApiError
    expect(user).toBeInstanceOf(PermissionError)
    expect(user).toMatchObject({
      requestId: '2024110416232661C50BC902DF30E6C183',
      diagnosis:
        'https://open.feishu.cn/search?from=openapi&log_id=2024110416232661C50BC902DF30E61234&code=99991679&method_id=7088555130824867868',
    })
    // Every subject is already in the msg: nothing is added.
    expect(user.vendorMessage).toBe(feishuUserGrant.msg)
  })

  it('Feishu: the tenant, app and user token codes ask for a new token; the scope code never does', async () => {
    const call = client.wrap({ adapter: feishu })
    for (const code of [99991663, 99991664, 99991668, 99991677]) {
      const err = await rejection(call(`${sim.url}/feishu/open-apis/im/v1/messages?code=${code}&status=401`))
      expect(err, String(code)).toBeInstanceOf(AuthenticationError)
      expect((err as ApiError).retry.kind).toBe('refresh')
    }
    const scope = (await rejection(call(`${sim.url}/feishu/open-apis/im/v1/messages?code=99991672`))) as ApiError
    expect(scope.retry.kind).toBe('never')
  })

  it('Amap: status "1" passes untouched; status "0" is the infocode’s error', async () => {
    const call = client.wrap({ adapter: amap })
    expect((await call(raw(amapOk))).data).toEqual(amapOk)
    const err = (await rejection(call(raw(amapBadKey)))) as ApiError
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({ vendor: 'amap', code: '10001', vendorMessage: 'INVALID_USER_KEY' })
  })

  it('Amap: 10003 waits for midnight in Beijing, 10004 for the next minute, 10010 for no one', async () => {
    const call = client.wrap({ adapter: amap })
    const date = encodeURIComponent('Thu, 07 May 2026 10:30:20 GMT')
    const daily = (await rejection(call(`${sim.url}/amap/v3/ip?code=10003&date=${date}`))) as ApiError
    expect(daily).toBeInstanceOf(QuotaExceededError)
    // 18:30:20 in Beijing: 00:00 UTC+8 is 5 h 29 min 40 s away on the server's clock.
    expect(daily.retry).toMatchObject({ kind: 'after', delayMs: 19_780_000, scope: 'account' })
    const minute = (await rejection(call(`${sim.url}/amap/v3/ip?code=10004&date=${date}`))) as ApiError
    expect(minute).toBeInstanceOf(RateLimitError)
    expect(minute.retry).toMatchObject({ kind: 'after', delayMs: 40_000, scope: 'account' })
    const blocked = (await rejection(call(`${sim.url}/amap/v3/ip?code=10010`))) as ApiError
    expect(blocked.retry).toMatchObject({ kind: 'never', scope: 'account' })
    expect(blocked.retry.at).toBeUndefined()
  })
})
