import { defineCatalog } from '../src/catalog/define-catalog.js'
import { backoff, never, throttled } from '../src/catalog/retry-rules.js'

/**
 * OpenAI API (`api.openai.com/v1`) and the services that answer in its envelope:
 * `{"error":{"message","type","param","code"}}`, with an HTTP status the SDKs go by. The `code` is the specific
 * reason and the `type` its family; when `code` is null the `type` is all there is, so both are codes here.
 *
 * Sources:
 * - OpenAI's error codes guide, https://platform.openai.com/docs/guides/error-codes (now
 *   developers.openai.com/api/docs/guides/error-codes), rows by status and message with their "Cause" and
 *   "Solution": `description` is the cause, `remedy` the solution, `message` the row's message where the API
 *   sends that message. The 500 row's solution is as https://help.openai.com/en/articles/6891839 words it.
 * - The billing codes that share the type `insufficient_quota`:
 *   https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits ("What it means" is
 *   the description, "Next step" the remedy: "Retrying these errors won’t restore access without addressing
 *   the relevant credits or limits").
 * - `requests` and `tokens` (the `type` of a rate limit whose `code` is null):
 *   https://help.openai.com/en/articles/5955604 (How can I solve 429: 'Too Many Requests' errors?).
 * - `slow_down` (type `rate_limit_error`) and `server_is_overloaded` (type `service_unavailable_error`): the
 *   OpenAI guide lists them, but its text could not be read here; their descriptions are Microsoft's words on
 *   https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/openai-rate-limit-reached, not
 *   OpenAI's.
 * - `context_length_exceeded` and `model_not_found` have no row in the guide: their description is the message
 *   the API sent in a real answer (quoted, with its model and token counts, in the tests' sources).
 * - The codes on the wire, with their types and statuses, come from real answers quoted in public issue
 *   threads (listed beside each body in test/vendors/openai.test.ts) and openai-node's `src/core/error.ts`, which
 *   reads `error.code`, `error.param` and `error.type` and the `x-request-id` header.
 *
 * What is missing: the guide's 401 rows "Invalid Authentication", "You must be a member of an organization to
 * use the API" and "IP not authorized", and 400 "Invalid service_tier argument", whose `code` values are not
 * published; the types `invalid_request_error`, `authentication_error`, `rate_limit_error` and
 * `service_unavailable_error` alone, for which OpenAI publishes no text. They arrive as `UnknownApiError` with
 * OpenAI's code, message and status.
 *
 * `zh` texts are translations.
 *
 * How entries were judged: every `insufficient_quota` code is `billing` and never retried, as OpenAI says, though
 * it comes with 429 like a rate limit; rate limits (`rate_limit_exceeded`, `requests`, `tokens`, `slow_down`) are
 * per organization and project, scope `account`, replay-safe, and wait for `Retry-After` or the
 * `x-ratelimit-reset-*` headers; `server_error` and `server_is_overloaded` back off.
 */
/** The text OpenAI gives for its rate limits, which are the `type` of a rate limit whose `code` is null. */
const RATE_LIMIT = {
  en: "Rate limit errors ('Too Many Requests', ‘Rate limit reached’) are caused by hitting your organization's rate limit which is the maximum number of requests and tokens that can be submitted per minute.",
  zh: '限流错误（“Too Many Requests”“Rate limit reached”）是因为达到了组织的速率上限，即每分钟可提交的最大请求数和 token 数。',
} as const

export const openaiCatalog = defineCatalog({
  vendor: 'openai',
  title: 'OpenAI API error codes',
  source: 'https://platform.openai.com/docs/guides/error-codes',
  timeZone: 'UTC',
  translated: { description: 'zh', remedy: 'zh' },
  entries: [
    {
      code: 'invalid_api_key',
      message: 'Incorrect API key provided',
      category: 'authentication',
      retry: never,
      description: { en: 'The requesting API key is not correct.', zh: '请求使用的 API 密钥不正确。' },
      remedy: {
        en: 'Ensure the API key used is correct, clear your browser cache, or generate a new one.',
        zh: '确认所用的 API 密钥正确，清除浏览器缓存，或生成一个新密钥。',
      },
    },
    {
      code: 'unsupported_country_region_territory',
      message: 'Country, region, or territory not supported',
      category: 'permission',
      retry: never,
      description: {
        en: 'You are accessing the API from an unsupported country, region, or territory.',
        zh: '你正从不受支持的国家、地区或领土访问 API。',
      },
      remedy: { en: 'Please see this page for more information.', zh: '详见此页面。' },
    },
    {
      code: 'model_not_found',
      category: 'not_found',
      retry: never,
      description: {
        en: 'The model `gpt-4o-2024-05-13` does not exist or you do not have access to it.',
        zh: '模型 `gpt-4o-2024-05-13` 不存在，或你无权访问它。',
      },
    },
    {
      code: 'context_length_exceeded',
      category: 'invalid_request',
      retry: never,
      description: {
        en: "This model's maximum context length is 4097 tokens. However, your messages resulted in 4294 tokens. Please reduce the length of the messages.",
        zh: '该模型的最大上下文长度为 4097 个 token，但你的消息有 4294 个 token。请缩短消息。',
      },
    },
    {
      code: 'rate_limit_exceeded',
      message: 'Rate limit reached for requests',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'You are sending requests too quickly.', zh: '你发送请求的速度过快。' },
      remedy: { en: 'Pace your requests. Read the Rate limit guide.', zh: '控制请求节奏。请阅读限流指南。' },
    },
    {
      code: 'requests',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: RATE_LIMIT,
    },
    {
      code: 'tokens',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: RATE_LIMIT,
    },
    {
      code: 'slow_down',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: "Your traffic grew too quickly, even though you're within your RPM and TPM limits.",
        zh: '你的流量增长过快，即使仍在 RPM 和 TPM 上限之内。',
      },
    },
    {
      code: 'insufficient_quota',
      message: 'You exceeded your current quota, please check your plan and billing details',
      category: 'billing',
      retry: never,
      description: {
        en: 'You have run out of credits or hit your maximum monthly spend.',
        zh: '你的额度已用完，或已达到每月最高支出。',
      },
      remedy: {
        en: 'Buy more credits or learn how to increase your limits.',
        zh: '购买更多额度，或了解如何提高上限。',
      },
    },
    {
      code: 'organization_usage_limit_exceeded',
      category: 'billing',
      retry: never,
      description: {
        en: 'Your organization reached its OpenAI-assigned usage limit.',
        zh: '你的组织已达到 OpenAI 分配的用量上限。',
      },
      remedy: {
        en: 'Review your approved limit and options for an increase.',
        zh: '查看已批准的上限以及提高上限的方式。',
      },
    },
    {
      code: 'organization_spend_limit_exceeded',
      category: 'billing',
      retry: never,
      description: {
        en: 'Your organization reached a configured hard spend limit.',
        zh: '你的组织已达到所配置的硬性支出上限。',
      },
      remedy: { en: 'Review the organization’s spend controls.', zh: '检查组织的支出控制设置。' },
    },
    {
      code: 'project_spend_limit_exceeded',
      category: 'billing',
      retry: never,
      description: {
        en: 'Your project reached a configured hard spend limit.',
        zh: '你的项目已达到所配置的硬性支出上限。',
      },
      remedy: { en: 'Review that project’s spend controls.', zh: '检查该项目的支出控制设置。' },
    },
    {
      code: 'credit_balance_exhausted',
      category: 'billing',
      retry: never,
      description: { en: 'Your organization has no prepaid credits remaining.', zh: '你的组织已没有剩余的预付额度。' },
      remedy: { en: 'Add credits to your API balance.', zh: '为 API 余额充值。' },
    },
    {
      code: 'server_error',
      message: 'The server had an error while processing your request',
      category: 'internal',
      retry: backoff,
      description: { en: 'Issue on our servers.', zh: '我们的服务器出现问题。' },
      remedy: {
        en: 'Retry your request after a brief wait and contact us if the issue persists. Read status page.',
        zh: '稍等片刻后重试请求，问题持续时请联系我们。查看状态页面。',
      },
    },
    {
      code: 'server_is_overloaded',
      category: 'unavailable',
      retry: backoff,
      description: { en: "OpenAI's servers are busy.", zh: 'OpenAI 的服务器繁忙。' },
    },
  ],
})
