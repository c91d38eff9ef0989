import { wechatPayCatalog } from '../catalogs/wechatpay.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/** The APIv2 fields errcode reads; the rest of an answer (amounts, ids, the signature) is never parsed. */
const V2_FIELDS = ['return_code', 'return_msg', 'result_code', 'err_code', 'err_code_des', 'retmsg'] as const

/**
 * One field of an APIv2 XML answer, `<name><![CDATA[value]]></name>` or `<name>value</name>`. Each pattern
 * starts with a literal tag, its parts cannot overlap and a value is at most 2048 characters, so a hostile
 * body costs little.
 */
const FIELD_PATTERNS = V2_FIELDS.map(
  (name) =>
    [
      name,
      new RegExp(`<${name}>(?:<!\\[CDATA\\[((?:[^\\]]|\\](?!\\]>)){0,2048})\\]\\]>|([^<]{0,2048}))</${name}>`),
    ] as const,
)
/** APIv2 answers are short: their fields are read from the start of the text only. */
const XML_READ = 65_536

/** An APIv2 answer as an object of its known fields, or `undefined` for a text that is none (a CSV bill). */
function readV2Xml(whole: string): Record<string, string> | undefined {
  const text = whole.length > XML_READ ? whole.slice(0, XML_READ) : whole
  if (!/^\s*(?:<\?xml[^>]*\?>\s*)?<xml>/.test(text)) return undefined
  const fields: Record<string, string> = {}
  for (const [name, pattern] of FIELD_PATTERNS) {
    const m = pattern.exec(text)
    const value = m === null ? undefined : (m[1] ?? m[2])?.trim()
    if (value !== undefined && value !== '') fields[name] = value
  }
  return fields.return_code === undefined && fields.result_code === undefined ? undefined : fields
}

/**
 * WeChat Pay (微信支付) merchant APIs, APIv3 and APIv2, on `api.mch.weixin.qq.com`, `api2.mch.weixin.qq.com`
 * and `apihk.mch.weixin.qq.com`.
 *
 * - APIv3 (JSON): a failure is a 4xx/5xx with `{"code":"PARAM_ERROR","message":"…","detail":{…}}`; a
 *   success (200 with the resource, 204 without a body) has no `code`. `202` `USERPAYING` (the user is still
 *   entering the password) is a result the application polls for. The request id is the `Request-ID`
 *   response header (`err.requestId`).
 * - APIv2 (XML): `<xml><return_code><![CDATA[SUCCESS]]></return_code>…<result_code><![CDATA[FAIL]]>
 *   </result_code><err_code><![CDATA[SYSTEMERROR]]></err_code><err_code_des>…</err_code_des></xml>`. The
 *   top-level code is `result_code`, else `return_code`; `err_code` is its sub-code (`err.code`, with
 *   `err.parentCode === 'FAIL'`), `err_code_des` the message (`return_msg` where there is none). An answer
 *   that is not XML (the CSV of a bill download) passes untouched.
 *
 * Payments: a POST that gets no answer (a timeout, a dropped connection) may have been carried out, so its
 * error has `retry.outcome === 'unknown'` and is never replayed. See docs/payments.md.
 *
 * `encode(code)` builds an APIv3 body; `encode(code, { parent: 'FAIL' })`, and the codes listed only under
 * `FAIL`, the fields of an APIv2 answer (as an object: the simulator's `format=cdata` sends them as XML).
 */
export const wechatPay = defineAdapter({
  catalog: wechatPayCatalog,
  code: ['code', 'result_code', 'return_code'],
  subCode: 'err_code',
  message: ['message', 'return_msg', 'retmsg'],
  subMessage: 'err_code_des',
  requestIdHeader: 'Request-ID',
  missingCode: 'success',
  payments: true,
  hosts: ['api.mch.weixin.qq.com', 'api2.mch.weixin.qq.com', 'apihk.mch.weixin.qq.com'],
  parseText: readV2Xml,
  envelope: (f) => {
    const message = f.message ?? ''
    if (f.parentCode !== undefined) {
      return {
        return_code: 'SUCCESS',
        return_msg: 'OK',
        result_code: f.parentCode,
        err_code: f.code,
        err_code_des: message,
      }
    }
    if (f.code === 'SUCCESS') return { return_code: 'SUCCESS', return_msg: 'OK', result_code: 'SUCCESS' }
    if (f.code === 'FAIL') return { return_code: 'FAIL', return_msg: message }
    return { code: f.code, message }
  },
})
