import { metaGraphCatalog } from '../catalogs/meta-graph.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { backoff } from '../src/catalog/retry-rules.js'
import type { Decision } from '../src/types.js'
import { readMore } from './shared/read-more.js'

/**
 * `is_transient: true` is Meta's word, in the answer itself, that the failure is temporary (its business SDKs
 * read it as `api_transient_error()`). Where the catalog would not retry (a code it lacks, or one it reads as
 * `never`), the error backs off instead; a code the catalog already retries keeps its own rule (a throttle
 * keeps its wait, 190 its token renewal).
 */
function transientBacksOff(decision: Decision, body: unknown): Decision {
  if (decision.kind !== 'error' || (decision.entry !== undefined && decision.entry.retry.kind !== 'never')) {
    return decision
  }
  const error = (body as { error?: unknown }).error
  const transient = typeof error === 'object' && error !== null && (error as { is_transient?: unknown }).is_transient
  return transient === true ? { ...decision, retry: backoff } : decision
}

/**
 * Meta Graph API (`https://graph.facebook.com/vXX.X/…`), the WhatsApp Cloud API included: a failure is
 * `{"error":{"message":"…","type":"OAuthException","code":190,"error_subcode":463,"error_user_title":"…",
 * "error_user_msg":"…","fbtrace_id":"…","is_transient":false}}` with HTTP 400, 401, 403 or 500; a success has no
 * `error`. `err.code` is `error_subcode` where there is one and `err.parentCode` the `code`; `fbtrace_id` is the
 * request id. Throttling (4, 17, 32, 613, 130429 …) is a `RateLimitError` whatever the HTTP status. A code the
 * catalog lacks or would not retry backs off when the body says `is_transient: true`. `error_user_msg` and
 * WhatsApp's `error_data.details` stay in `err.body`.
 */
export const metaGraph = readMore(
  defineAdapter({
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
  }),
  transientBacksOff,
)
