// iyune: what the adapter reads from the vendor's real bodies, in both of its envelopes. Its codes go
// through the three clients with every other vendor's in test/contract/every-client-alike.*.test.ts.
import { describe, expect, it } from 'vitest'
import { iyune } from '../../adapters/iyune.js'

describe('real bodies', () => {
  it('iyune: errcode/errmsg first, code/msg second, no code means success', () => {
    expect(iyune.decode({ errcode: 40015, errmsg: 'access_token expired' }, 200)).toMatchObject({
      code: 40015,
      message: 'access_token expired',
    })
    expect(iyune.decode({ code: 'API_SYS_REQSIGN', msg: 'Signature签名错误' }, 200)).toMatchObject({
      code: 'API_SYS_REQSIGN',
    })
    expect(iyune.decode({ errcode: 0, errmsg: 'ok' }, 200).kind).toBe('success')
    expect(iyune.decode({ openid: 'x' }, 200).kind).toBe('success')
    expect(iyune.decode({ openid: 'x' }, 500).kind).toBe('unreadable')
  })
})
