import { alipayCatalog } from '../catalogs/alipay.js'
import type { EnvelopeFields } from '../src/adapter/define-adapter.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/** The method of the simulated v2 answers: `alipay.trade.pay` answers under `alipay_trade_pay_response`. */
const METHOD_KEY = 'alipay_trade_pay_response'
/** The shape of a v2 `sign`, never a real one: the body of a test must not carry a usable signature. */
const SIGN = 'c2lnbg=='

function v2(f: EnvelopeFields, key: string): Record<string, unknown> {
  const parent = f.parentCode
  const parentEntry = parent === undefined ? undefined : alipayCatalog.get(parent)
  const inner =
    parent === undefined
      ? { code: f.code, msg: f.entry?.message ?? f.message ?? '' }
      : { code: parent, msg: parentEntry?.message ?? '', sub_code: f.code, sub_msg: f.message ?? '' }
  return key === 'error_response' ? { [key]: inner } : { [key]: inner, sign: SIGN }
}

/**
 * Alipay open platform (`openapi.alipay.com`, sandbox `openapi-sandbox.dl.alipaydev.com`). Two protocols:
 *
 * - v2, `POST /gateway.do`: HTTP 200 with the method's answer under `<method>_response` (dots become
 *   underscores) and a `sign`, or under `error_response` when the gateway refused the call:
 *   `{"alipay_trade_pay_response":{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_HAS_SUCCESS",
 *   "sub_msg":"交易已被支付"},"sign":"…"}`. `code` is the gateway code (`"10000"` success, `"10003"` in
 *   progress), `sub_code` the business one: `err.code` is the sub-code, `err.parentCode` the gateway code, and
 *   `err.vendorMessage` the `sub_msg`.
 * - v3, `/v3/…`: a 2xx JSON answer without a code is a success; a refusal comes with HTTP 4xx/5xx and
 *   `{"code":"invalid-auth-token","message":"无效的访问令牌","links":[{"link":"https://open.alipay.com/api/errCheck?traceId=…","desc":"解决方案"}]}`:
 *   the first link is `err.diagnosis`.
 *
 * The request id is the `alipay-trace-id` header (v3) or the `trace_id` header (v2), as Alipay's Node SDK
 * reads them.
 *
 * `encode(code)` builds a v2 `alipay.trade.pay` answer (a sub-code under its parent); `{ variant: 1 }` the
 * `error_response` form, `{ variant: 2 }` a v3 error body.
 */
export const alipay = defineAdapter({
  catalog: alipayCatalog,
  code: ['*_response.code', 'code'],
  subCode: '*_response.sub_code',
  message: ['*_response.msg', 'message'],
  subMessage: '*_response.sub_msg',
  requestIdHeader: ['alipay-trace-id', 'trace_id'],
  // A trade call that lost its connection may have been carried out: never replayed blindly.
  payments: true,
  diagnosis: 'links.0.link',
  missingCode: 'success',
  hosts: ['openapi.alipay.com', 'openapi-sandbox.dl.alipaydev.com', 'openapi.alipaydev.com'],
  envelope: (f) => {
    if (f.variant === 2 || (f.entry !== undefined && f.parentCode === undefined && !/^\d+$/.test(String(f.code)))) {
      return {
        code: f.code,
        message: f.message ?? '',
        links: [
          { link: 'https://open.alipay.com/api/errCheck?traceId=0b8e1b2a17000000000000000000000', desc: '解决方案' },
        ],
      }
    }
    return v2(f, f.variant === 1 ? 'error_response' : METHOD_KEY)
  },
})
