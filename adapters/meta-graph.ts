import { metaGraphCatalog } from '../catalogs/meta-graph.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * Meta Graph API (`https://graph.facebook.com/vXX.X/…`), the WhatsApp Cloud API included: a failure is
 * `{"error":{"message":"…","type":"OAuthException","code":190,"error_subcode":463,"error_user_title":"…",
 * "error_user_msg":"…","fbtrace_id":"…"}}` with HTTP 400, 401, 403 or 500; a success has no `error`.
 * `err.code` is `error_subcode` where there is one and `err.parentCode` the `code`; `fbtrace_id` is the request
 * id. Throttling (4, 17, 32, 613, 130429 …) is a `RateLimitError` whatever the HTTP status. `error_user_msg`,
 * `is_transient` and WhatsApp's `error_data.details` stay in `err.body`.
 */
export const metaGraph = defineAdapter({
  catalog: metaGraphCatalog,
  code: 'error.code',
  subCode: 'error.error_subcode',
  message: 'error.message',
  requestId: 'error.fbtrace_id',
  missingCode: 'success',
  hosts: ['graph.facebook.com'],
  envelope: (f) => ({
    error: {
      message: f.message ?? '',
      type: 'OAuthException',
      code: f.parentCode ?? f.code,
      ...(f.parentCode === undefined ? {} : { error_subcode: f.code }),
      ...(f.requestId === undefined ? {} : { fbtrace_id: f.requestId }),
    },
  }),
})
