import { wechatCatalog } from '../catalogs/wechat.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { fromMessage } from '../src/adapter/from-message.js'

/** `rid: 6561d8a4-4b1a2c3d-5e6f7a8b` at the end of `errmsg`; older answers say `hints: [ req_id: … ]`. */
const RID = /\b(?:rid|req_id):\s*([\w-]+)/

/**
 * WeChat server APIs (`api.weixin.qq.com`): official accounts, mini programs and the open platform. Errors come
 * with HTTP 200 as `{"errcode":45011,"errmsg":"api minute-quota reach limit mustslower retry next minute rid: …"}`;
 * the request id is the `rid` inside `errmsg`. Many successful answers carry no `errcode` at all
 * (`{"access_token":"…","expires_in":7200}`), so a 2xx body without one is a success.
 */
export const wechat = defineAdapter({
  catalog: wechatCatalog,
  code: 'errcode',
  message: 'errmsg',
  requestIdFrom: fromMessage(RID),
  success: [0],
  missingCode: 'success',
  hosts: ['api.weixin.qq.com'],
  // JSON, and the files of the media download endpoints (`/cgi-bin/media/get`, mini-program codes).
  answers: ['json', 'media'],
  // The access_token in the query stands for the app until it is renewed: name the app with the
  // `retry.credential` option where a renewed token must stay under the app's blocks (45009).
  credential: { query: 'access_token' },
  envelope: (f) => ({
    errcode: f.code,
    errmsg: f.requestId === undefined ? (f.message ?? '') : `${f.message ?? ''} rid: ${f.requestId}`,
  }),
})
