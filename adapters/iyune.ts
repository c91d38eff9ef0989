import { iyuneCatalog } from '../catalogs/iyune.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * iyune connect. Its response envelope is not published: this adapter reads `errcode`/`errmsg` first
 * (the WeChat style its numeric codes copy) and `code`/`msg` second, treats `0` as success, and treats a
 * 2xx body without a code as success. Correct it without forking:
 * `iyune.extend({ code: 'ret', message: 'info' })`.
 */
export const iyune = defineAdapter({
  catalog: iyuneCatalog,
  code: ['errcode', 'code'],
  message: ['errmsg', 'msg'],
  success: [0],
  missingCode: 'success',
})
