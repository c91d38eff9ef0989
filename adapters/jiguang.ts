import { jiguangCatalog } from '../catalogs/jiguang.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * Jiguang JVerification server REST API (`api.verification.jpush.cn`).
 *
 * Body: `{"id":117270465679982592,"code":9000,"content":"verify consistent","exID":"1234566"}`. The `id`
 * exceeds 2^53: where the client gives the raw text, `requestId` is taken from it, exact.
 */
export const jiguang = defineAdapter({
  catalog: jiguangCatalog,
  code: 'code',
  message: 'content',
  requestId: 'id',
  hosts: ['api.verification.jpush.cn'],
  // HTTP Basic, `appKey:masterSecret`: the app key names the credential.
  credential: { authorization: 'basic' },
})
