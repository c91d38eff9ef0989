// Guanaitong: what the adapter reads from the vendor's real bodies. Its codes go through the three clients
// with every other vendor's in test/contract/every-client-alike.*.test.ts.
import { describe, expect, it } from 'vitest'
import { guanaitong } from '../../adapters/guanaitong.js'

describe('real bodies', () => {
  it('guanaitong with data: null', () => {
    expect(guanaitong.decode({ code: 1000210003, data: null, msg: 'appinfo check failed!' }, 200)).toMatchObject({
      kind: 'error',
      code: 1000210003,
      message: 'appinfo check failed!',
    })
    expect(guanaitong.decode({ code: 0, msg: 'OK', data: { id: 1 } }, 200).kind).toBe('success')
  })
})
