import { feishuCatalog } from '../catalogs/feishu.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { getPath } from '../src/adapter/json-path.js'

const URL_IN_TEXT = /https?:\/\/\S+/

/** The `subject` of each `error.permission_violations[]` entry: the scopes the app or user lacks. */
function missingScopes(body: unknown): string[] {
  const list = getPath(body, ['error', 'permission_violations'])
  if (!Array.isArray(list)) return []
  return list.flatMap((v: unknown) => {
    const subject = getPath(v, ['subject'])
    return typeof subject === 'string' && subject !== '' ? [subject] : []
  })
}

/** The first link in `error.troubleshooter` or `error.message` ("Refer to the documentation …: https://…"). */
function linkIn(body: unknown): string | undefined {
  for (const field of ['troubleshooter', 'message']) {
    const text = getPath(body, ['error', field])
    const link = typeof text === 'string' ? URL_IN_TEXT.exec(text)?.[0] : undefined
    if (link !== undefined) return link
  }
  return undefined
}

/**
 * Feishu / Lark (飞书) open platform server APIs (`open.feishu.cn`, `open.larksuite.com`, `/open-apis/…`). Every
 * answer has `code` (0 is success) and `msg`; a failure may add `error` with `log_id` (the request id),
 * `troubleshooter` and `helps[].url` (links to diagnose it: `err.diagnosis`) and `permission_violations` (the
 * scopes the call lacks):
 * `{"code":99991672,"msg":"Access denied. One of the following scopes is required: [contact:user.id:readonly]",
 * "error":{"log_id":"202307211618216F3E9EB64DC7E1234","permission_violations":[{"type":"action_scope_required",
 * "subject":"contact:user.id:readonly"}],…}}`. A scope the `msg` does not name is added to the message.
 *
 * Most failures come with HTTP 200; a rate limit (99991400) with HTTP 429, or 400 on older APIs, and the
 * header `x-ogw-ratelimit-reset`: the seconds to wait, which the retry engine, the guard and pacing take as
 * they take `Retry-After`. Without `error.log_id` the request id is the `X-Tt-Logid` header.
 */
export const feishu = defineAdapter({
  catalog: feishuCatalog,
  code: 'code',
  message: 'msg',
  messageFrom: (body, message) => {
    const missing = missingScopes(body).filter((scope) => !message?.includes(scope))
    if (missing.length === 0) return message
    return `${message ?? ''} [${missing.join(', ')}]`.trimStart()
  },
  requestId: 'error.log_id',
  // The official SDK reads the log id from these headers (larksuite/oapi-sdk-go, core/constants.go).
  requestIdHeader: ['x-tt-logid', 'request-id'],
  // "等待 x-ogw-ratelimit-reset 中指定的秒数" (frequency-control page): the wait, in seconds.
  wait: { header: 'x-ogw-ratelimit-reset' },
  diagnosis: 'error.helps.0.url',
  diagnosisFrom: linkIn,
  success: [0],
  hosts: ['open.feishu.cn', 'open.larksuite.com'],
  envelope: (f) =>
    f.entry?.kind === 'success' || f.requestId === undefined
      ? { code: f.code, msg: f.message ?? '' }
      : { code: f.code, msg: f.message ?? '', error: { log_id: f.requestId } },
})
