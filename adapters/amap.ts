import { amapCatalog } from '../catalogs/amap.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * Amap (高德地图) Web Service API (`restapi.amap.com`). Every answer is HTTP 200 with three strings:
 * `status` (`"1"` success, `"0"` failure), `info` (a constant) and `infocode` (`"10000"` is success).
 *
 * - Success: `{"status":"1","info":"OK","infocode":"10000","country":"中国",…}`.
 * - Failure: `{"status":"0","info":"INVALID_USER_KEY","infocode":"10001"}`.
 *
 * `infocode` decides; the constant in `info` is the message. `encode(code)` builds the second shape, or
 * the first for `"10000"`.
 */
export const amap = defineAdapter({
  catalog: amapCatalog,
  code: 'infocode',
  message: 'info',
  hosts: ['restapi.amap.com'],
  envelope: (f) => ({
    status: f.entry?.kind === 'success' ? '1' : '0',
    info: f.message ?? '',
    infocode: f.code,
  }),
})
