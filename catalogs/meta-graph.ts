import { defineCatalog } from '../src/catalog/define-catalog.js'
import { backoff, never, refresh, throttled } from '../src/catalog/retry-rules.js'

const THROTTLING = {
  en: 'Temporary issue due to throttling. Wait and retry the operation, or examine your API request volume.',
  zh: '限流造成的临时问题。请等待后重试，或检查 API 请求量。',
} as const
const PERMISSION = 'Permission is either not granted or has been removed. Handle the missing permissions.'
const PERMISSION_ZH = '未授予权限或权限已被移除。请处理缺失的权限。'

/**
 * Meta Graph API (`graph.facebook.com/vXX.X/…`) and the WhatsApp Cloud API built on it:
 * `{"error":{"message","type","code","error_subcode","error_user_title","error_user_msg","fbtrace_id"}}` with
 * HTTP 400, 401, 403 or 500. `code` is the error, `error_subcode` the detail: a sub-code is looked up within its
 * code, then alone, then the code decides.
 *
 * Sources:
 * - Codes and authentication sub-codes: https://developers.facebook.com/docs/graph-api/guides/error-handling
 *   ("Error Codes" and "Authentication Error Subcodes": `name` is the Name column, `remedy` the What To Do
 *   column), read in a saved copy of the page (© 2024). The row "200-299 API Permission (Multiple values
 *   depending on permission)" is one entry per code, 200 to 299. The row "OAuthException" names a `type`, not a
 *   code, and the sub-codes are listed under 190 (Access token has expired), where they come.
 * - Throttling codes 32 and 613: https://developers.facebook.com/docs/graph-api/overview/rate-limiting ("Throttle
 *   Error Codes"), as a public source file quotes it; the page itself could not be read here.
 * - WhatsApp Cloud API codes 130429, 131026, 131047 and 131056:
 *   https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes, whose tables
 *   could not be read whole here; their title, description and solution are Meta's as YCloud's WhatsApp error
 *   guide (docs.ycloud.com/…/handle-whatsapp-errors) and public SDK sources reproduce them. Meta: "build your
 *   app's error handling logic around `code` values and `details` payload properties".
 *
 * What is missing: the other WhatsApp codes (131000, 131048, 132000 …), Marketing API and Ads codes (100 and its
 * many sub-codes, 80000-range business use case limits) and sub-codes outside the authentication table. They
 * arrive as `UnknownApiError` with Meta's code and sub-code. `is_transient: true` in a body is Meta's own word that
 * a retry may pass; the catalog cannot know it ahead, so the adapter reads it: such a code backs off.
 *
 * `zh` texts are translations.
 *
 * How entries were judged:
 * - Throttling (4 app, 17 user, 32 Pages, 341 application limit, 613 custom limit, 130429 WhatsApp throughput)
 *   is `rate_limit`, replay-safe, scope `account` (the app, user or business number whose token is used), whatever
 *   the HTTP status: Graph answers them with 400 or 403. 131056 (one business number to one customer) is scope
 *   `recipient`: "You can still send messages to a different phone number without waiting."
 * - 1 and 2 (downtime) are `unavailable`, back off. 368 (temporarily blocked for policy violations; Meta: "Wait and
 *   retry the operation") blocks the app or account for a while, as a throttle does: `rate_limit`, scope `account`.
 * - 190, 102, 463 and 467 ("Get a new access token", "Handle expired access tokens") are `refresh`; 458, 459,
 *   460 and 464 need the person to log in again (or act on facebook.com), which no token renewal does: `never`.
 *   492 (no role on the Page) is `permission`.
 * - 131047 (the 24-hour customer service window is closed: send a template instead) is `permission`; 131026
 *   (the recipient cannot get the message) is `not_found`.
 */
export const metaGraphCatalog = defineCatalog({
  vendor: 'meta-graph',
  title: 'Meta Graph API and WhatsApp Cloud API error codes',
  source: 'https://developers.facebook.com/docs/graph-api/guides/error-handling',
  timeZone: 'UTC',
  translated: { description: 'zh', remedy: 'zh' },
  entries: [
    {
      code: 102,
      name: 'API Session',
      category: 'authentication',
      retry: refresh,
      description: {
        en: 'If no subcode is present, the login status or access token has expired, been revoked, or is otherwise invalid. Get a new access token.',
        zh: '如果没有子代码，表示登录状态或访问令牌已过期、被撤销或因其他原因无效。请获取新的访问令牌。',
      },
      variants: [{ en: 'If a subcode is present, see the subcode.', zh: '如果有子代码，请查看子代码。' }],
    },
    {
      code: 1,
      name: 'API Unknown',
      category: 'unavailable',
      retry: backoff,
      description: {
        en: 'Possibly a temporary issue due to downtime. Wait and retry the operation. If it occurs again, check that you are requesting an existing API.',
        zh: '可能是停机造成的临时问题。请等待后重试。如果再次出现，请确认请求的是存在的 API。',
      },
    },
    {
      code: 2,
      name: 'API Service',
      category: 'unavailable',
      retry: backoff,
      description: {
        en: 'Temporary issue due to downtime. Wait and retry the operation.',
        zh: '停机造成的临时问题。请等待后重试。',
      },
    },
    {
      code: 3,
      name: 'API Method',
      category: 'permission',
      retry: never,
      description: {
        en: 'Capability or permissions issue. Make sure your app has the necessary capability or permissions to make this call.',
        zh: '功能或权限问题。请确认应用具备进行此调用所需的功能或权限。',
      },
    },
    {
      code: 4,
      name: 'API Too Many Calls',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: THROTTLING,
      variants: [
        {
          en: 'the app whose token is being used in the request has reached its rate limit.',
          zh: '请求所用令牌所属的应用已达到速率上限。',
        },
      ],
    },
    {
      code: 17,
      name: 'API User Too Many Calls',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: THROTTLING,
    },
    {
      code: 10,
      name: 'API Permission Denied',
      category: 'permission',
      retry: never,
      description: { en: PERMISSION, zh: PERMISSION_ZH },
    },
    {
      code: 190,
      name: 'Access token has expired',
      category: 'authentication',
      retry: refresh,
      description: { en: 'Get a new access token.', zh: '获取新的访问令牌。' },
    },
    ...Array.from({ length: 100 }, (_, i) => ({
      code: 200 + i,
      name: 'API Permission (Multiple values depending on permission)',
      category: 'permission' as const,
      retry: never,
      description: { en: PERMISSION, zh: PERMISSION_ZH },
    })),
    {
      code: 341,
      name: 'Application limit reached',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'Temporary issue due to downtime or throttling. Wait and retry the operation, or examine your API request volume.',
        zh: '停机或限流造成的临时问题。请等待后重试，或检查 API 请求量。',
      },
    },
    {
      code: 368,
      name: 'Temporarily blocked for policies violations',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'Wait and retry the operation.', zh: '请等待后重试。' },
    },
    {
      code: 506,
      name: 'Duplicate Post',
      category: 'conflict',
      retry: never,
      description: {
        en: 'Duplicate posts cannot be published consecutively. Change the content of the post and try again.',
        zh: '不能连续发布重复的帖子。请修改帖子内容后重试。',
      },
    },
    {
      code: 1609005,
      name: 'Error Posting Link',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'There was a problem scraping data from the provided link. Check the URL and try again.',
        zh: '从所提供的链接抓取数据时出错。请检查 URL 后重试。',
      },
    },
    {
      code: 32,
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'the User or app whose token is being used in the Pages API request has reached its rate limit.',
        zh: 'Pages API 请求所用令牌所属的用户或应用已达到速率上限。',
      },
    },
    {
      code: 613,
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'a custom rate limit has been reached.', zh: '已达到自定义速率上限。' },
    },
    {
      code: 458,
      parent: 190,
      name: 'App Not Installed',
      category: 'authentication',
      retry: never,
      description: {
        en: 'The User has not logged into your app. Reauthenticate the User.',
        zh: '用户尚未登录你的应用。请重新验证用户身份。',
      },
    },
    {
      code: 459,
      parent: 190,
      name: 'User Checkpointed',
      category: 'authentication',
      retry: never,
      description: {
        en: 'The User needs to log in at https://www.facebook.com or https://m.facebook.com to correct an issue.',
        zh: '用户需要登录 https://www.facebook.com 或 https://m.facebook.com 来解决问题。',
      },
    },
    {
      code: 460,
      parent: 190,
      name: 'Password Changed',
      category: 'authentication',
      retry: never,
      description: {
        en: 'On iOS 6 and above, if the person logged in using the OS-integrated flow, direct them to Facebook OS settings on the device to update their password. Otherwise, they must log in to the app again.',
        zh: '在 iOS 6 及以上版本中，如果用户通过系统集成的流程登录，请引导其到设备的 Facebook 系统设置中更新密码；否则须重新登录应用。',
      },
    },
    {
      code: 463,
      parent: 190,
      name: 'Expired',
      category: 'authentication',
      retry: refresh,
      description: {
        en: 'Login status or access token has expired, been revoked, or is otherwise invalid. Handle expired access tokens.',
        zh: '登录状态或访问令牌已过期、被撤销或因其他原因无效。请处理过期的访问令牌。',
      },
    },
    {
      code: 464,
      parent: 190,
      name: 'Unconfirmed User',
      category: 'authentication',
      retry: never,
      description: {
        en: 'The User needs to log in at https://www.facebook.com or https://m.facebook.com to correct an issue.',
        zh: '用户需要登录 https://www.facebook.com 或 https://m.facebook.com 来解决问题。',
      },
    },
    {
      code: 467,
      parent: 190,
      name: 'Invalid Access Token',
      category: 'authentication',
      retry: refresh,
      description: {
        en: 'Access token has expired, been revoked, or is otherwise invalid. Handle expired access tokens.',
        zh: '访问令牌已过期、被撤销或因其他原因无效。请处理过期的访问令牌。',
      },
    },
    {
      code: 492,
      parent: 190,
      name: 'Invalid Session',
      category: 'permission',
      retry: never,
      description: {
        en: 'User associated with the Page access token does not have an appropriate role on the Page.',
        zh: '与公共主页访问令牌关联的用户在该主页上没有相应的角色。',
      },
    },
    {
      code: 130429,
      name: 'Rate limit hit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { en: 'Cloud API message throughput has been reached.', zh: '已达到 Cloud API 的消息吞吐量上限。' },
      remedy: {
        en: 'The app has reached the API’s throughput limit. See Throughput. Try again later or reduce the frequency with which the app sends messages.',
        zh: '应用已达到 API 的吞吐量上限。参见“吞吐量”。请稍后重试，或降低应用发送消息的频率。',
      },
    },
    {
      code: 131056,
      name: '(Business Account, Consumer Account) pair rate limit hit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'recipient',
      description: {
        en: 'Too many messages sent from the sender phone number to the same recipient phone number in a short period of time.',
        zh: '短时间内从发送方号码向同一接收方号码发送的消息过多。',
      },
      remedy: {
        en: 'Wait and retry the operation, if you intend to send messages to the same phone number. You can still send messages to a different phone number without waiting.',
        zh: '如需继续向同一号码发消息，请等待后重试。向其他号码发消息无需等待。',
      },
    },
    {
      code: 131047,
      name: 'Re-engagement message',
      category: 'permission',
      retry: never,
      description: {
        en: 'More than 24 hours have passed since the recipient last replied to the sender number.',
        zh: '距接收方上次回复发送方号码已超过 24 小时。',
      },
      remedy: { en: 'Send the recipient a template message instead.', zh: '请改为向接收方发送模板消息。' },
    },
    {
      code: 131026,
      name: 'Message Undeliverable',
      category: 'not_found',
      retry: never,
      description: {
        en: 'Unable to deliver message. Reasons can include: The recipient phone number is not a WhatsApp phone number.',
        zh: '无法投递消息。原因可能包括：接收方号码不是 WhatsApp 号码。',
      },
    },
  ],
})
