// NavInfo: what the adapter reads from the vendor's real bodies (the body's status is the vendor code). Its
// codes go through the three clients with every other vendor's in test/contract/every-client-alike.*.test.ts.
import { describe, expect, it } from 'vitest'
import { navinfo } from '../../adapters/navinfo.js'

describe('real bodies', () => {
  it('navinfo: the body status is the vendor code, not the HTTP status', () => {
    expect(navinfo.decode({ status: 200, msg: 'OK', data: {} }, 200).kind).toBe('success')
    expect(navinfo.decode({ status: 1008, msg: 'x', data: null }, 200)).toMatchObject({ kind: 'error', code: 1008 })
    expect(navinfo.decode({ msg: 'OK' }, 200).kind).toBe('unreadable')
  })
})
