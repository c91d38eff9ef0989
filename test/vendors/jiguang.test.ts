// JPush's number verification (jiguang): what the adapter reads from the vendor's real bodies. Its codes go
// through the three clients with every other vendor's in test/contract/every-client-alike.*.test.ts.
import { describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'

describe('real bodies', () => {
  it('jiguang', () => {
    expect(jiguang.decode({ code: 9011, content: 'auth failed' }, 200)).toMatchObject({
      kind: 'error',
      code: 9011,
      message: 'auth failed',
    })
    expect(jiguang.decode({ code: 8000, content: 'get phone success', id: 1, phone: 'x' }, 200).kind).toBe('success')
    expect(jiguang.decode({ code: 8001, content: 'get phone fail' }, 200).kind).toBe('error')
    const text = '{"id":117270465679982592,"code":9001,"content":"verify not consistent","exID":"1234566"}'
    expect(jiguang.decode(JSON.parse(text), 200, text)).toMatchObject({
      kind: 'result',
      requestId: '117270465679982592',
    })
  })
})
