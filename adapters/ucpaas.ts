import { ucpaasCatalog } from '../catalogs/ucpaas.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

const XML_CODE = /<respCode>\s*([^<\s]+)\s*<\/respCode>/

/**
 * UCPaaS REST API, both generations. Codes are strings and `'000000'` is success.
 *
 * - v1 (`api.ucpaas.com`): `{"resp":{"respCode":"105110"}}`, no message; also as XML
 *   `<resp><respCode>105110</respCode></resp>`. `encode(code)` builds this one (variant 0).
 * - v2 (`open.ucpaas.com`): `{"code":"105147","count":"0","msg":"...","smsid":""}`
 *   (`encode(code, { variant: 1 })`).
 */
export const ucpaas = defineAdapter({
  catalog: ucpaasCatalog,
  code: ['resp.respCode', 'code'],
  message: 'msg',
  hosts: ['api.ucpaas.com', 'open.ucpaas.com'],
  answers: ['json', 'xml'],
  // v1: `Authorization: base64(sid:timestamp)`, whose user is the account sid.
  credential: { authorization: 'basic' },
  parseText: (text) => {
    const m = XML_CODE.exec(text)
    return m === null ? undefined : { resp: { respCode: m[1] } }
  },
  envelope: (f) =>
    f.variant === 1
      ? { code: f.code, count: f.entry?.kind === 'success' ? '1' : '0', msg: f.message ?? '', smsid: '' }
      : { resp: { respCode: f.code } },
})
