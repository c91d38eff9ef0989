import { guanaitongCatalog } from '../catalogs/guanaitong.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * Guanaitong open platform (`openapi.guanaitong.com`). Errors come with HTTP 200.
 *
 * Body: `{"code":1000210003,"data":null,"msg":"appinfo check failed!"}`.
 */
export const guanaitong = defineAdapter({
  catalog: guanaitongCatalog,
  code: 'code',
  message: 'msg',
  hosts: ['openapi.guanaitong.com'],
  envelope: (f) => ({ code: f.code, data: f.entry?.kind === 'success' ? {} : null, msg: f.message ?? '' }),
})
