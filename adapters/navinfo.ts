import { navinfoCatalog } from '../catalogs/navinfo.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * NavInfo Web Service API. The vendor code is the body's `status` (200 is success), which is not the HTTP
 * status. No public host list: a client routes it with `adapter` or `adapters: [{ match, adapter }]`.
 *
 * Body: `{ "status": 1008, "msg": "...", "data": null }`.
 */
export const navinfo = defineAdapter({
  catalog: navinfoCatalog,
  code: 'status',
  message: 'msg',
  envelope: (f) => ({
    status: f.code,
    msg: f.entry?.kind === 'success' ? 'OK' : (f.message ?? ''),
    data: f.entry?.kind === 'success' ? {} : null,
  }),
})
