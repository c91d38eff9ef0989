import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wechat } from '../../adapters/wechat.js'
import { type ApiError, AuthenticationError, InvalidRequestError, PermissionError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

/** `/raw` answers with the given body, verbatim, with HTTP 200 as WeChat does. */
const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

/** Bodies of WeChat's per-API codes as developers pasted them in WeChat's own community threads. */
const bodies = [
  {
    // subscribeMessage.send: https://developers.weixin.qq.com/community/personal/oCJUsw_MlWsJdlVxhnNc-5Gbya4Q/question
    body: { errcode: 43101, errmsg: 'user refuse to accept the msg rid: 6472dfd0-536f4e2c-16f28abc' },
    type: PermissionError,
    requestId: '6472dfd0-536f4e2c-16f28abc',
  },
  {
    // getwxacodeunlimit: https://developers.weixin.qq.com/community/minihome/doc/00086cfe078e4041c45df160b51000
    body: { errcode: 41030, errmsg: 'invalid page rid: 61e12b6f-053131ca-0e4a5244' },
    type: InvalidRequestError,
    requestId: '61e12b6f-053131ca-0e4a5244',
  },
  {
    // code2Session: https://developers.weixin.qq.com/community/develop/doc/00082e5e3b4fb8b1747ca43eb5b800
    body: { errcode: 40226, errmsg: 'code blocked, hints: [ req_id: qEjdmsNre-EYNDhA ]' },
    type: PermissionError,
    requestId: 'qEjdmsNre-EYNDhA',
  },
  {
    // code2Session with a code used twice (the thread prints it as a JS object):
    // https://developers.weixin.qq.com/community/personal/oCJUsw_uNpRZKr4U0b_xkMe3NAKI/question?page=1
    body: { errcode: 40163, errmsg: 'code been used, rid: 680a9de1-5392a330-75f1ca8d' },
    type: AuthenticationError,
    requestId: '680a9de1-5392a330-75f1ca8d',
  },
  {
    // getwxacodeunlimit: https://developers.weixin.qq.com/community/personal/oCJUsw2fqWyy9iWs8G1STPNxUH4w/answer
    body: {
      errcode: 40169,
      errmsg: 'invalid length for scene, or the data is not json string rid: 669e174a-303bcbd1-71c3ffbf',
    },
    type: InvalidRequestError,
    requestId: '669e174a-303bcbd1-71c3ffbf',
  },
] as const

describe.each(clients)('WeChat per-API codes through $name', (client) => {
  it.each(bodies)('$body.errcode: a typed error that is not retried, with errmsg and its request id', async (c) => {
    const call = client.wrap({ adapter: wechat })
    const err = (await rejection(call(raw(c.body)))) as ApiError
    expect(err).toBeInstanceOf(c.type)
    expect(err).toMatchObject({
      vendor: 'wechat',
      code: c.body.errcode,
      vendorMessage: c.body.errmsg,
      requestId: c.requestId,
      retry: { kind: 'never' },
    })
    expect(err.entry?.code).toBe(c.body.errcode)
  })
})
