import { defineCatalog } from '../src/catalog/define-catalog.js'
import { afterWindow, never, refresh, throttled } from '../src/catalog/retry-rules.js'

/**
 * Feishu / Lark (飞书) open platform server APIs (`open.feishu.cn`, `open.larksuite.com`): the platform's own codes
 * in `code`, where `0` is success.
 *
 * Source: 服务端错误码说明 (generic error codes), https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code
 * (also served as open.larkoffice.com/document/server-docs/api-call-guide/generic-error-code.md), read whole in a
 * stored copy of that Markdown page. Its columns are 错误码, 说明 (the `msg` the API returns, mostly English) and
 * 排查建议 (advice, in Chinese, with links and screenshots).
 *
 * What is here, and what is not:
 * - The open platform's gateway codes, 99991201 to 99993203: tokens, scopes, IP allow lists, rate and monthly
 *   limits, sessions and ID checks. Every Feishu API answers with them, so their meaning does not depend on the
 *   API called. All 66 codes (67 rows) of that part of the table are here.
 * - Of the product codes the same page lists (about 430 rows from 600 to 90003088: messaging, contacts,
 *   approval, sheets, docs, calendar, OKR…), only the three message-sending rate limits 11232, 11233 and 11247.
 *   The others depend on the API (the page gives 40001, 40003 and 40008 two meanings each) and arrive as
 *   `UnknownApiError` with their `code` and `msg`.
 * - `description.en` is the 说明 column verbatim (typos and `%s`/`%v` placeholders included) and is also
 *   `message`; `description.zh` is a translation. 99992402's 说明 is Chinese (具体错误信息, "the specific error
 *   message"): there the Chinese is the vendor's and the English the translation. 99992364 has two rows; the
 *   second is a variant. The 排查建议 column is not kept: the answer's own `error.troubleshooter` or
 *   `error.helps[].url` link becomes `err.diagnosis`.
 * - The rows, as compared: scripts/sources/feishu.md (`npx tsx scripts/compare-catalog.ts feishu …`).
 * - `0` (`"msg": "success"`) is what the APIs' response examples show; the table itself does not list it.
 * - Rate-limit windows: https://open.feishu.cn/document/server-docs/api-call-guide/frequency-control ("超过限制阈值
 *   时，飞书会返回 HTTP 状态码 429 … 部分旧版 OpenAPI … HTTP 状态码为 400 … 等待 x-ogw-ratelimit-reset 中指定的秒数").
 *
 * How entries were judged:
 * - 99991663 (tenant_access_token expired or unsupported), 99991664 (app_access_token invalid), 99991668
 *   (user_access_token invalid) and 99991677 (user token expired) are `refresh`: get a new token and retry.
 *   Tokens that are missing (99991661), malformed (99991671), a user refresh token (99991669), an SSO token
 *   (99991670) or a tenant code (99991665) need a fix or a new login: `never`. Sessions and logins
 *   (99991501 … 99991645, 99991681 … 99991693) are `authentication`, `never`.
 * - 99991672 (the app lacks an API scope) and 99991679 (the user has not granted it) are `permission`, `never`:
 *   an administrator or the user must grant the scope first. So are 99991401 (IP allow list), 99991662 (app
 *   disabled), 99991673 (app not usable in the tenant) and 99991676 (token without the permission).
 * - 99991400 is `rate_limit`, safe to replay, scope `account` (per app and tenant); its wait is the
 *   `x-ogw-ratelimit-reset` header the adapter reads, so the rule itself is `throttled`. 11232 (the message service
 *   at its limit) and 11247 are `throttled` for the `account`; 11233 limits sending into one chat: scope `recipient`.
 * - 99991403 (this month's API call quota) is `quota` until the first of the next month, scope `account`.
 * - Unknown IDs (99992351 … 99992501) are `not_found`; IDs of another app or tenant (99992361, 99992381) and
 *   malformed paths, methods, batches and parameters are `invalid_request`. 99991644 (内部错误) is `internal`.
 */
export const feishuCatalog = defineCatalog({
  vendor: 'feishu',
  title: 'Feishu / Lark open platform generic error codes',
  source: 'https://open.feishu.cn/document/server-docs/api-call-guide/generic-error-code',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'zh' },
  entries: [
    {
      code: 0,
      kind: 'success',
      message: 'success',
      category: 'unknown',
      retry: never,
      description: { en: 'success', zh: '成功' },
    },
    {
      code: 11232,
      message: 'create message service trigger rate limit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'create message service trigger rate limit', zh: '创建消息触发服务限流' },
    },
    {
      code: 11233,
      message: 'create message chat trigger rate limit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'recipient',
      description: { en: 'create message chat trigger rate limit', zh: '创建消息触发会话限流' },
    },
    {
      code: 11247,
      message: 'internal send message trigger rate limit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'internal send message trigger rate limit', zh: '内部发送消息触发限流' },
    },
    {
      code: 99991201,
      message: 'resource not find',
      category: 'invalid_request',
      retry: never,
      description: { en: 'resource not find', zh: '资源未找到（请求路径错误）' },
    },
    {
      code: 99991300,
      message: 'invalid next parameter:%s',
      category: 'invalid_request',
      retry: never,
      description: { en: 'invalid next parameter:%s', zh: 'next 参数无效：%s' },
    },
    {
      code: 99991301,
      message: 'request method doesn’t match',
      category: 'invalid_request',
      retry: never,
      description: { en: 'request method doesn’t match', zh: '请求方法不匹配' },
    },
    {
      code: 99991400,
      message: 'request trigger frequency limit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'request trigger frequency limit', zh: '请求触发频率限制' },
    },
    {
      code: 99991401,
      message: 'ip %s is denied by app setting',
      category: 'permission',
      retry: never,
      description: { en: 'ip %s is denied by app setting', zh: 'IP %s 被应用设置拒绝' },
    },
    {
      code: 99991403,
      message: "This month's API call quota has been exceeded",
      category: 'quota',
      retry: afterWindow('month'),
      scope: 'account',
      description: { en: "This month's API call quota has been exceeded", zh: '本月 API 调用量已超出' },
    },
    {
      code: 99991501,
      message: 'auth login invalid code',
      category: 'authentication',
      retry: never,
      description: { en: 'auth login invalid code', zh: '登录 code 无效' },
    },
    {
      code: 99991503,
      message: 'invalid next parameter: invalid host',
      category: 'invalid_request',
      retry: never,
      description: { en: 'invalid next parameter: invalid host', zh: 'next 参数无效：host 无效' },
    },
    {
      code: 99991543,
      message: 'login_user invalid',
      category: 'authentication',
      retry: never,
      description: { en: 'login_user invalid', zh: 'login_user 无效' },
    },
    {
      code: 99991611,
      message: 'get session fail',
      category: 'authentication',
      retry: never,
      description: { en: 'get session fail', zh: '获取 session 失败' },
    },
    {
      code: 99991612,
      message: 'session invalid',
      category: 'authentication',
      retry: never,
      description: { en: 'session invalid', zh: 'session 无效' },
    },
    {
      code: 99991621,
      message: 'get session fail',
      category: 'authentication',
      retry: never,
      description: { en: 'get session fail', zh: '获取 session 失败' },
    },
    {
      code: 99991622,
      message: 'session invalid',
      category: 'authentication',
      retry: never,
      description: { en: 'session invalid', zh: 'session 无效' },
    },
    {
      code: 99991631,
      message: 'get session fail',
      category: 'authentication',
      retry: never,
      description: { en: 'get session fail', zh: '获取 session 失败' },
    },
    {
      code: 99991632,
      message: 'session invalid',
      category: 'authentication',
      retry: never,
      description: { en: 'session invalid', zh: 'session 无效' },
    },
    {
      code: 99991641,
      message: 'auth open invalid session',
      category: 'authentication',
      retry: never,
      description: { en: 'auth open invalid session', zh: '开放平台鉴权：session 无效' },
    },
    {
      code: 99991642,
      message: 'auth open invalid session mina',
      category: 'authentication',
      retry: never,
      description: { en: 'auth open invalid session mina', zh: '开放平台鉴权：小程序 session 无效' },
    },
    {
      code: 99991643,
      message: 'auth open invalid session sso',
      category: 'authentication',
      retry: never,
      description: { en: 'auth open invalid session sso', zh: '开放平台鉴权：SSO session 无效' },
    },
    {
      code: 99991644,
      message: 'auth open invalid config',
      category: 'internal',
      retry: never,
      description: { en: 'auth open invalid config', zh: '开放平台鉴权：配置无效' },
    },
    {
      code: 99991645,
      message: 'auth open invalid user',
      category: 'authentication',
      retry: never,
      description: { en: 'auth open invalid user', zh: '开放平台鉴权：用户无效' },
    },
    {
      code: 99991661,
      message: 'Need a token',
      category: 'authentication',
      retry: never,
      description: { en: 'Need a token', zh: '需要 token' },
    },
    {
      code: 99991662,
      message: 'app not in use',
      category: 'permission',
      retry: never,
      description: { en: 'app not in use', zh: '应用未启用' },
    },
    {
      code: 99991663,
      message: 'Invalid access token for authorization. Please make a request with token attached',
      category: 'authentication',
      retry: refresh,
      description: {
        en: 'Invalid access token for authorization. Please make a request with token attached',
        zh: '用于鉴权的访问凭证无效。请携带 token 发起请求',
      },
    },
    {
      code: 99991664,
      message: 'invalid app token',
      category: 'authentication',
      retry: refresh,
      description: { en: 'invalid app token', zh: 'app token 无效' },
    },
    {
      code: 99991665,
      message: 'invalid tenant code',
      category: 'authentication',
      retry: never,
      description: { en: 'invalid tenant code', zh: 'tenant code 无效' },
    },
    {
      code: 99991668,
      message: 'Invalid access token for authorization. Please make a request with token attached.',
      category: 'authentication',
      retry: refresh,
      description: {
        en: 'Invalid access token for authorization. Please make a request with token attached.',
        zh: '用于鉴权的访问凭证无效。请携带 token 发起请求。',
      },
    },
    {
      code: 99991669,
      message: 'invalid user refresh token',
      category: 'authentication',
      retry: never,
      description: { en: 'invalid user refresh token', zh: '用户 refresh token 无效' },
    },
    {
      code: 99991670,
      message: 'invalid sso token',
      category: 'authentication',
      retry: never,
      description: { en: 'invalid sso token', zh: 'SSO token 无效' },
    },
    {
      code: 99991671,
      message: 'Invalid token: must start with t-/u-',
      category: 'authentication',
      retry: never,
      description: { en: 'Invalid token: must start with t-/u-', zh: 'token 无效：必须以 t- 或 u- 开头' },
    },
    {
      code: 99991672,
      message: 'Access denied. One of the following scopes is required',
      category: 'permission',
      retry: never,
      description: {
        en: 'Access denied. One of the following scopes is required',
        zh: '访问被拒绝。需要以下权限之一',
      },
    },
    {
      code: 99991673,
      message: 'unauthorized app',
      category: 'permission',
      retry: never,
      description: { en: 'unauthorized app', zh: '应用未获授权' },
    },
    {
      code: 99991674,
      message: 'user type not support',
      category: 'invalid_request',
      retry: never,
      description: { en: 'user type not support', zh: '不支持该用户类型' },
    },
    {
      code: 99991675,
      message: 'parse user error',
      category: 'invalid_request',
      retry: never,
      description: { en: 'parse user error', zh: '解析用户出错' },
    },
    {
      code: 99991676,
      message: 'token no permission',
      category: 'permission',
      retry: never,
      description: { en: 'token no permission', zh: 'token 没有权限' },
    },
    {
      code: 99991677,
      message: 'token expire',
      category: 'authentication',
      retry: refresh,
      description: { en: 'token expire', zh: 'token 已过期' },
    },
    {
      code: 99991679,
      message:
        'Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again.',
      category: 'permission',
      retry: never,
      description: {
        en: 'Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again.',
        zh: '未授权。你没有对该资源执行所请求操作的权限。请请求用户重新授权后重试。',
      },
    },
    {
      code: 99991681,
      message: 'auth fail',
      category: 'authentication',
      retry: never,
      description: { en: 'auth fail', zh: '鉴权失败' },
    },
    {
      code: 99991691,
      message: 'get session fail',
      category: 'authentication',
      retry: never,
      description: { en: 'get session fail', zh: '获取 session 失败' },
    },
    {
      code: 99991692,
      message: 'auth fail',
      category: 'authentication',
      retry: never,
      description: { en: 'auth fail', zh: '鉴权失败' },
    },
    {
      code: 99991693,
      message: 'session not exist',
      category: 'authentication',
      retry: never,
      description: { en: 'session not exist', zh: 'session 不存在' },
    },
    {
      code: 99992351,
      message: 'these open ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these open ids not existed: %v', zh: '以下 open id 不存在：%v' },
    },
    {
      code: 99992352,
      message: 'these lark ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these lark ids not existed: %v', zh: '以下 lark id 不存在：%v' },
    },
    {
      code: 99992353,
      message: 'these lark ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these lark ids not existed: %v', zh: '以下 lark id 不存在：%v' },
    },
    {
      code: 99992354,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992355,
      message: 'these lark ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these lark ids not existed: %v', zh: '以下 lark id 不存在：%v' },
    },
    {
      code: 99992356,
      message: 'these open_chat ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these open_chat ids not existed: %v', zh: '以下 open_chat id 不存在：%v' },
    },
    {
      code: 99992357,
      message: 'these open_department ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these open_department ids not existed: %v', zh: '以下 open_department id 不存在：%v' },
    },
    {
      code: 99992358,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992359,
      message: 'these user ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these user ids not existed: %v', zh: '以下 user id 不存在：%v' },
    },
    {
      code: 99992360,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992361,
      message: 'open_id cross app',
      category: 'invalid_request',
      retry: never,
      description: { en: 'open_id cross app', zh: 'open_id 属于其他应用' },
    },
    {
      code: 99992363,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992364,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
      variants: [{ en: 'user id cross tenant', zh: 'user id 属于其他租户' }],
    },
    {
      code: 99992370,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992375,
      message: 'these open_room ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these open_room ids not existed: %v', zh: '以下 open_room id 不存在：%v' },
    },
    {
      code: 99992376,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992378,
      message: 'these open_room ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these open_room ids not existed: %v', zh: '以下 open_room id 不存在：%v' },
    },
    {
      code: 99992379,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992380,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992381,
      message: 'union_id cross tenant',
      category: 'invalid_request',
      retry: never,
      description: { en: 'union_id cross tenant', zh: 'union_id 属于其他租户' },
    },
    {
      code: 99992402,
      message: '具体错误信息',
      category: 'invalid_request',
      retry: never,
      translated: { description: 'en' },
      description: { zh: '具体错误信息', en: 'The specific error message' },
    },
    {
      code: 99992500,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99992501,
      message: 'these ids not existed: %v',
      category: 'not_found',
      retry: never,
      description: { en: 'these ids not existed: %v', zh: '以下 id 不存在：%v' },
    },
    {
      code: 99993201,
      message: "method don't support batch",
      category: 'invalid_request',
      retry: never,
      description: { en: "method don't support batch", zh: '该方法不支持批量调用' },
    },
    {
      code: 99993202,
      message: "the id of subrequest can't be empty",
      category: 'invalid_request',
      retry: never,
      description: { en: "the id of subrequest can't be empty", zh: '子请求的 id 不能为空' },
    },
    {
      code: 99993203,
      message: 'the id of subrequest is duplicated',
      category: 'invalid_request',
      retry: never,
      description: { en: 'the id of subrequest is duplicated', zh: '子请求的 id 重复' },
    },
  ],
})
