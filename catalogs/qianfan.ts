import type { CatalogEntryInput } from '../src/catalog/define-catalog.js'
import { defineCatalog } from '../src/catalog/define-catalog.js'
import { afterWindow, backoff, never, refresh, throttled } from '../src/catalog/retry-rules.js'

/** English words, and their translation: for the codes whose only words are English. */
const ENGLISH = { description: 'zh' } as const

/**
 * A code only the SDK's `APIErrorCode` enum names: its constant, that name in words (`description.en`) and a
 * translation (`description.zh`).
 */
const named = <const C extends number>(
  code: C,
  name: string,
  description: { en: string; zh: string },
  entry: Pick<CatalogEntryInput, 'category' | 'retry' | 'scope'>,
) => ({ code, name, description, translated: ENGLISH, ...entry })

/** A code Baidu gives only its English message for: the message is the description, with a translation. */
const said = <const C extends string | number>(
  code: C,
  message: string,
  zh: string,
  entry: Pick<CatalogEntryInput, 'category' | 'retry' | 'scope' | 'name'>,
) => ({ code, message, description: { en: message, zh }, translated: ENGLISH, ...entry })

/**
 * Baidu AI Cloud Qianfan (百度智能云千帆, ERNIE), both of its APIs:
 * - v2, OpenAI-compatible (`https://qianfan.baidubce.com/v2/chat/completions`): `{"error":{"code":"malformed_json",
 *   "message":"Invalid Argument","type":"invalid_request_error"},"id":"as-…"}` with an HTTP status;
 * - v1 (`https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/…`): `{"error_code":18,"error_msg":"Open
 *   api qps request limit reached"}`, with HTTP 200, and the request's `id` where it has one.
 *
 * Sources, each read in a stored copy:
 * - v1: https://cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh (错误码说明, 大模型能力API错误码): `message` is the
 *   错误信息 column and `description.zh` the 说明及排查建议 column, for codes 1 to 18; the copy read here ends inside
 *   18's advice ("如果仍未解决…"), and gives 110's message in its example only. The texts are as the copy has them
 *   (its commas are ASCII).
 * - v1 336501 and 336502: https://ai.baidu.com/ai-doc/WENXINWORKSHOP/hlzic283e (错误缓解方案): "请求失败错误码为
 *   336501，错误描述为Rate limit reached for RPM", and 336502 for TPM.
 * - The other v1 codes: the `APIErrorCode` enum of Baidu's SDK, github.com/baidubce/bce-qianfan-sdk
 *   `python/qianfan/consts.py` (the same codes in `go/qianfan/consts.go` and the Java `APIErrorCode`): `name` is the
 *   constant, `description.en` that name in words and `description.zh` a translation. 111's message ("Access token
 *   expired") is the SDK's mock server's (`python/qianfan/tests/utils/mock_server.py`).
 * - v2: https://cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w (错误码, updated 2026-03-31): its 400 rows, `message` the
 *   错误信息 column (where it names a text; "返回的具体错误信息" means the API's own text) and `description.zh` the 说明
 *   column; the types `invalid_request_error` and `rate_limit_exceeded` (类型 column) are entries of their own, so
 *   that a code under them that is not listed here still reads as its type. The 401 and 429 rows could not be read
 *   in the copy; `invalid_iam_token` ("IAM Certification failed", HTTP 401), `rpm_rate_limit_exceeded` ("Rate limit
 *   reached for RPM") and `tpm_rate_limit_exceeded` ("Rate limit reached for TPM"), both of type
 *   `rate_limit_exceeded` with HTTP 429, are the page's rows as a public integration's documentation quotes them
 *   (github.com/uditgoenka/neurolink `docs/getting-started/providers/baidu-qianfan.md`, which also records a live
 *   401 with `error.code` "invalid_iam_token"), and match the v1 texts above.
 *
 * What is missing: the rest of the v2 page (403, 404, 500 and the image rows) and of the v1 page (19 onward, the
 * 336xxx texts, the IAM and console-API codes) could not be read here, and no Baidu source read here shows the
 * `RATE_LIMIT_*`, `QUOTA_*` or `BILLING_INSUFFICIENT_BALANCE` codes (third-party pages give `RATE_LIMIT_*` codes
 * for Baidu's AI search API, not for Qianfan's chat APIs): none of them is in this catalog. Codes not here arrive as `UnknownApiError` with Baidu's
 * code and message.
 *
 * How entries were judged:
 * - 18 (QPS), 336501 (RPM), 336502 (TPM) and the v2 `rate_limit_exceeded` rows are rate limits of the account:
 *   they wait and are replay-safe (the SDK retries 18, 336501 and 336502).
 * - 17: "如果是付费接口,可能是付费接口未开通付费,或者当前账户已欠费…如果是免费接口,免费接口每天请求量超限额": a daily
 *   quota (or a paid API not paid for, which no retry today fixes either): `quota`, until the next day in Beijing
 *   time. 19 (total request limit) is a quota no day resets: never retried.
 * - 110 and 111 (access token invalid or expired): `refresh` (the SDK refreshes its access token on either and
 *   calls once more).
 *   13 and 14 (token or IAM signature refused) and `invalid_iam_token` are `authentication`, never retried.
 * - 1, 2, 4 ("请再次请求"), 15 ("重试调用可解决问题"), 336000, 336100 (the SDK retries it) and 500000 back off.
 */
export const qianfanCatalog = defineCatalog({
  vendor: 'qianfan',
  title: 'Baidu AI Cloud Qianfan error codes',
  source: 'https://cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en', remedy: 'en' },
  entries: [
    {
      code: 1,
      name: 'UnknownError',
      message: 'Unknown error',
      category: 'internal',
      retry: backoff,
      description: {
        zh: '【系统内部错误】服务器内部错误,请再次请求, 如果持续出现此类错误,请在百度云控制台内提交工单反馈。',
        en: '[Internal error] Server internal error: send the request again; if it keeps happening, file a ticket in the Baidu AI Cloud console.',
      },
    },
    {
      code: 2,
      name: 'ServiceUnavailable',
      message: 'Service temporarily unavailable',
      category: 'unavailable',
      retry: backoff,
      description: {
        zh: '【系统内部错误】服务暂不可用,请再次请求, 如果持续出现此类错误,请在百度云控制台内提交工单反馈。',
        en: '[Internal error] The service is temporarily unavailable: send the request again; if it keeps happening, file a ticket in the Baidu AI Cloud console.',
      },
    },
    {
      code: 3,
      name: 'UnsupportedMethod',
      message: 'Unsupported openapi method',
      category: 'not_found',
      retry: never,
      description: {
        zh: '【用户输入错误】调用的API不存在,请检查后重新尝试。',
        en: '[Input error] The API called does not exist: check it and try again.',
      },
    },
    {
      code: 4,
      name: 'RequestLimitReached',
      message: 'Open api request limit reached',
      category: 'unavailable',
      retry: backoff,
      description: {
        zh: '【系统内部错误】集群超限额,请再次请求,如果持续出现此类错误,请在百度云控制台内提交工单反馈。',
        en: '[Internal error] The cluster is over its limit: send the request again; if it keeps happening, file a ticket in the Baidu AI Cloud console.',
      },
    },
    {
      code: 6,
      name: 'NoPermissionToAccessData',
      message: 'No permission to access data',
      category: 'permission',
      retry: never,
      description: {
        zh: '【鉴权错误】app无权限访问服务。 定制服务:检查定制服务是否处于【已发布】状态,定制服务发布成功以后会自动授权。 插件服务:请为在应用接入为应用配置插件服务的权限。',
        en: '[Authorization error] The app has no permission to access the service. Custom services: check that the service is Published (it is authorized once published). Plugin services: grant the app the plugin service under app access.',
      },
    },
    {
      code: 13,
      name: 'GetServiceTokenFailed',
      message: 'Get service token failed',
      category: 'authentication',
      retry: never,
      description: { zh: '【鉴权错误】获取token失败。', en: '[Authorization error] Getting the token failed.' },
    },
    {
      code: 14,
      name: 'IAMCertificationFailed',
      message: 'IAM Certification failed',
      category: 'authentication',
      retry: never,
      description: { zh: '【鉴权错误】IAM鉴权失败。', en: '[Authorization error] IAM authentication failed.' },
    },
    {
      code: 15,
      name: 'AppNotExist',
      message: 'app not exists or create failed',
      category: 'internal',
      retry: backoff,
      description: {
        zh: '应用不存在或者创建失败。 重试调用可解决问题。',
        en: 'The app does not exist or could not be created. Calling again can solve it.',
      },
    },
    {
      code: 17,
      name: 'DailyLimitReached',
      message: 'Open api daily request limit reached',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '【用户配额超限】如果是付费接口,可能是付费接口未开通付费,或者当前账户已欠费,请在控制台计费管理开通计费,或者检查账户余额。如果是免费接口,免费接口每天请求量超限额。',
        en: '[Quota exceeded] For a paid API: billing may not be enabled for it, or the account is in arrears; enable billing under billing management in the console, or check the balance. For a free API: its daily request quota is used up.',
      },
    },
    {
      code: 18,
      name: 'QPSLimitReached',
      message: 'Open api qps request limit reached',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        zh: '【用户配额超限】QPS超限额,可以尝试通过以下方法解决: · 适当控制请求频率,避免失败,请参考速率限制说明 · 通过调用SDK解决,SDK有限流/重试机制等避免一些问题,请查看错误缓解方案',
        en: '[Quota exceeded] Over the QPS limit. Ways to solve it: keep the request rate within bounds (see the rate-limit notes); call through the SDK, whose rate limiting and retries avoid some failures (see the error mitigation page).',
      },
    },
    named(
      19,
      'TotalRequestLimitReached',
      { en: 'Total request limit reached', zh: '请求总量超限额' },
      {
        category: 'quota',
        retry: never,
        scope: 'account',
      },
    ),
    named(
      100,
      'InvalidRequest',
      { en: 'Invalid request', zh: '无效请求' },
      { category: 'invalid_request', retry: never },
    ),
    said(110, 'Access token invalid or no longer valid', 'Access token 无效或已失效', {
      name: 'APITokenInvalid',
      category: 'authentication',
      retry: refresh,
    }),
    said(111, 'Access token expired', 'Access token 已过期', {
      name: 'APITokenExpired',
      category: 'authentication',
      retry: refresh,
    }),
    named(336000, 'InternalError', { en: 'Internal error', zh: '内部错误' }, { category: 'internal', retry: backoff }),
    named(
      336001,
      'InvalidArgument',
      { en: 'Invalid argument', zh: '无效参数' },
      { category: 'invalid_request', retry: never },
    ),
    named(
      336002,
      'InvalidJSON',
      { en: 'Invalid JSON', zh: '无效的 JSON' },
      { category: 'invalid_request', retry: never },
    ),
    named(
      336003,
      'InvalidParam',
      { en: 'Invalid parameter', zh: '无效参数' },
      { category: 'invalid_request', retry: never },
    ),
    named(
      336004,
      'PermissionError',
      { en: 'Permission error', zh: '权限错误' },
      { category: 'permission', retry: never },
    ),
    named(
      336005,
      'APINameNotExist',
      { en: 'API name does not exist', zh: 'API 名称不存在' },
      { category: 'not_found', retry: never },
    ),
    named(
      336100,
      'ServerHighLoad',
      { en: 'Server high load', zh: '服务器负载过高' },
      { category: 'unavailable', retry: backoff },
    ),
    named(
      336101,
      'InvalidHTTPMethod',
      { en: 'Invalid HTTP method', zh: '无效的 HTTP 方法' },
      { category: 'invalid_request', retry: never },
    ),
    named(
      336104,
      'InvalidArgumentSystem',
      { en: 'Invalid argument (system)', zh: '无效参数（系统）' },
      {
        category: 'invalid_request',
        retry: never,
      },
    ),
    named(
      336105,
      'InvalidArgumentUserSetting',
      { en: 'Invalid argument (user setting)', zh: '无效参数（用户设置）' },
      {
        category: 'invalid_request',
        retry: never,
      },
    ),
    said(336501, 'Rate limit reached for RPM', '每分钟请求数（RPM）达到速率限制', {
      name: 'RPMLimitReached',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
    }),
    said(336502, 'Rate limit reached for TPM', '每分钟 token 数（TPM）达到速率限制', {
      name: 'TPMLimitReached',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
    }),
    named(
      500000,
      'ConsoleInternalError',
      { en: 'Console internal error', zh: '控制台内部错误' },
      { category: 'internal', retry: backoff },
    ),
    // v2: the types, then the codes under them.
    {
      code: 'invalid_request_error',
      category: 'invalid_request',
      retry: never,
      description: { en: 'invalid_request_error', zh: '无效请求错误' },
      translated: ENGLISH,
    },
    {
      code: 'rate_limit_exceeded',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'rate_limit_exceeded', zh: '超出速率限制' },
      translated: ENGLISH,
    },
    {
      code: 'malformed_json',
      message: 'Invalid Argument',
      category: 'invalid_request',
      retry: never,
      description: { zh: '入参格式有误,不是标准json格式', en: 'The input is malformed: not standard JSON.' },
    },
    {
      code: 'invalid_model',
      message: 'model is empty',
      category: 'invalid_request',
      retry: never,
      description: { zh: '未指定model参数', en: 'No model parameter was given.' },
    },
    {
      code: 'invalid_messages',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'message格式不符合规范,message中有详细说明',
        en: 'The messages are not in the required format; the message says what is wrong.',
      },
    },
    {
      code: 'characters_too_long',
      message: 'the max input characters is xxx',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '请求长度不能超过最大字符限制,即用户输入大模型内容过长,可以尝试以下方法解决: · 适当缩短输入',
        en: 'The request is longer than the character limit: the input to the model is too long. Shorten the input.',
      },
    },
    {
      code: 'tokens_too_long',
      message: 'Prompt tokens too long',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '【用户输入错误】请求内容超过大模型内部限制,即用户输入大模型内容过长,可以尝试以下方法解决: · 适当缩短输入',
        en: "[Input error] The request exceeds the model's internal limit: the input to the model is too long. Shorten the input.",
      },
    },
    {
      code: 'invalid_argument',
      category: 'invalid_request',
      retry: never,
      description: { zh: '请参考返回的错误信息', en: 'See the error message returned.' },
    },
    said('invalid_iam_token', 'IAM Certification failed', 'IAM 鉴权失败', { category: 'authentication', retry: never }),
    said('rpm_rate_limit_exceeded', 'Rate limit reached for RPM', '每分钟请求数（RPM）达到速率限制', {
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
    }),
    said('tpm_rate_limit_exceeded', 'Rate limit reached for TPM', '每分钟 token 数（TPM）达到速率限制', {
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
    }),
  ],
})
