import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { tencentSms } from '../../adapters/tencent-sms.js'
import { wechat } from '../../adapters/wechat.js'
import {
  type ApiError,
  AuthenticationError,
  batchFailures,
  InvalidRequestError,
  QuotaExceededError,
  RateLimitError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

describe.each(clients)('WeChat, Alibaba Cloud SMS and Tencent Cloud SMS through $name', (client) => {
  it('WeChat: a token answer without errcode passes untouched; errmsg’s rid is the request id', async () => {
    const call = client.wrap({ adapter: wechat })
    const token = { access_token: 'ACCESS_TOKEN', expires_in: 7200 }
    expect((await call(raw(token))).data).toEqual(token)
    const err = await rejection(
      call(
        raw({
          errcode: 45011,
          errmsg: 'api minute-quota reach limit mustslower retry next minute rid: 6561d8a4-4b1a2c3d-5e6f7a8b',
        }),
      ),
    )
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err).toMatchObject({ code: 45011, requestId: '6561d8a4-4b1a2c3d-5e6f7a8b', retry: { scope: 'account' } })
  })

  it('WeChat: an expired access_token asks for a refresh, and the token in the query is masked', async () => {
    const call = client.wrap({ adapter: wechat })
    const err = (await rejection(call(`${sim.url}/wechat/cgi-bin/menu/get?code=42001&access_token=S3CRET`))) as ApiError
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err.retry.kind).toBe('refresh')
    expect(err.request?.url).toContain('access_token=***')
    expect(JSON.stringify(err)).not.toContain('S3CRET')
  })

  it('Alibaba Cloud: a gateway error in HTTP 4xx keeps its Recommend link as err.diagnosis', async () => {
    const call = client.wrap({ adapter: aliyunSms })
    const body = {
      Recommend: 'https://api.aliyun.com/troubleshoot?q=MissingSignName&product=Dysmsapi',
      Message: 'SignName is mandatory for this action.',
      RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990',
      HostId: 'dysmsapi.aliyuncs.com',
      Code: 'MissingSignName',
    }
    const err = await rejection(call(raw(body, 400)))
    expect(err).toBeInstanceOf(InvalidRequestError)
    expect(err).toMatchObject({
      code: 'MissingSignName',
      status: 400,
      requestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990',
      diagnosis: body.Recommend,
    })
  })

  it('Alibaba Cloud: the per-number limit in HTTP 200 limits that recipient for the window its Message names', async () => {
    const call = client.wrap({ adapter: aliyunSms })
    const err = await rejection(
      call(raw({ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发号码天级流控Permits:10', RequestId: 'r' })),
    )
    expect(err).toBeInstanceOf(QuotaExceededError)
    expect((err as ApiError).retry).toMatchObject({ scope: 'recipient', delayMs: 86_400_000 })
  })

  it('Tencent: a one-number SendSms whose number failed rejects with that number’s class', async () => {
    const call = client.wrap({ adapter: tencentSms })
    const err = (await rejection(
      call(`${sim.url}/tencent-sms/?code=LimitExceeded.PhoneNumberDailyLimit&variant=1`),
    )) as ApiError
    expect(err).toBeInstanceOf(QuotaExceededError)
    expect(err.retry.scope).toBe('recipient')
    expect(err.items?.map((i) => [i.key, i.error.code])).toEqual([
      ['+8613800000000', 'LimitExceeded.PhoneNumberDailyLimit'],
    ])
  })

  it('Tencent: a batch that failed in part passes; batchFailures lists the failed numbers', async () => {
    const call = client.wrap({ adapter: tencentSms })
    const body = {
      Response: {
        SendStatusSet: [
          { PhoneNumber: '+8618500000001', Code: 'Ok', Message: 'send success' },
          { PhoneNumber: '+8618500000002', Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: 'daily' },
          { PhoneNumber: '+8618500000003', Code: 'InvalidParameterValue.IncorrectPhoneNumber', Message: 'bad' },
        ],
        RequestId: 'a0aabda6',
      },
    }
    const out = await call(raw(body))
    expect(out.data).toEqual(body)
    const failed = batchFailures(tencentSms, out.data)
    expect(failed.map((f) => [f.key, f.error.category])).toEqual([
      ['+8618500000002', 'quota'],
      ['+8618500000003', 'invalid_request'],
    ])
  })
})
