import { qianfanCatalog } from '../catalogs/qianfan.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import type { Decision } from '../src/types.js'
import { readMore } from './shared/read-more.js'

/** The v2 `type` of each category the page shows one for. */
const TYPES: Readonly<Record<string, string>> = Object.freeze({
  rate_limit: 'rate_limit_exceeded',
  invalid_request: 'invalid_request_error',
})

/**
 * A v2 body without `type` is read through the code path and the sub-code path alike: the code is then no
 * parent of itself.
 */
function noSelfParent(decision: Decision): Decision {
  if (decision.kind === 'success' || decision.kind === 'unreadable') return decision
  if (decision.parentCode === undefined || decision.parentCode !== decision.code) return decision
  const { parentCode: _same, ...alone } = decision
  return alone
}

/**
 * Baidu AI Cloud Qianfan (百度智能云千帆), both of its APIs. v2, OpenAI-compatible
 * (`https://qianfan.baidubce.com/v2/…`): `{"error":{"code":"rpm_rate_limit_exceeded","message":"Rate limit reached
 * for RPM","type":"rate_limit_exceeded"},"id":"as-…"}` with an HTTP status; `err.code` is `error.code` and
 * `err.parentCode` the `type`, so a code Baidu adds later under `rate_limit_exceeded` is still a rate limit. v1
 * (`https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/…`): `{"error_code":18,"error_msg":"Open api qps
 * request limit reached"}` with HTTP 200 (Baidu's rate-limit page also shows it as `{"code":336501,"msg":"…"}`).
 * The request id is the body's `id`. A body without a code is a success.
 */
export const qianfan = readMore(
  defineAdapter({
    catalog: qianfanCatalog,
    code: ['error.type', 'error_code', 'error.code', 'code'],
    subCode: 'error.code',
    message: ['error.message', 'error_msg', 'msg'],
    requestId: 'id',
    missingCode: 'success',
    hosts: ['qianfan.baidubce.com', 'aip.baidubce.com'],
    envelope: (f) =>
      typeof f.code === 'number'
        ? { error_code: f.code, error_msg: f.message ?? '', ...(f.requestId === undefined ? {} : { id: f.requestId }) }
        : {
            error: {
              code: f.code,
              message: f.message ?? '',
              type: f.parentCode ?? TYPES[f.entry?.category ?? ''] ?? f.code,
            },
            ...(f.requestId === undefined ? {} : { id: f.requestId }),
          },
  }),
  noSelfParent,
)
