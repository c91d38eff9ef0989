import { defineCatalog } from '../src/catalog/define-catalog.js'
import { backoff, never, throttled } from '../src/catalog/retry-rules.js'

/**
 * Telegram Bot API (`api.telegram.org/bot<token>/<method>`): the integer `error_code` of
 * `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 34","parameters":{"retry_after":34}}`.
 * A success is `{"ok":true,"result":…}`, without `error_code`.
 *
 * Sources:
 * - https://core.telegram.org/bots/api#making-requests: "An Integer 'error_code' field is also returned, but its
 *   contents are subject to change in the future. Some errors may also have an optional field 'parameters' of the
 *   type ResponseParameters, which can help to automatically handle the error." The error codes follow HTTP
 *   statuses; the Bot API publishes no table of them, and its `description` texts ("Bad Request: chat not found")
 *   are not a published list either.
 * - The codes' meanings: https://core.telegram.org/api/errors (Error handling, the MTProto API that the Bot API
 *   runs on), read in the copy `MarshalX/telegram-crawler` keeps of it, `data/web/core.telegram.org/api/errors.html`
 *   (commit 09858599ec29fff5893cd1699b24ae44c3418d54). `name` is the page's heading (`400 BAD_REQUEST`).
 * - 429: the Bot API's own flood answer, whose wait is `parameters.retry_after`; its description is the Bot API's
 *   text for `ResponseParameters.retry_after` (https://core.telegram.org/bots/api#responseparameters).
 *
 * What is missing: 303 SEE_OTHER (data-center redirects, which the Bot API server handles itself) is left out;
 * 409 (a second `getUpdates` poller, or `getUpdates` while a webhook is set) and 502 are seen in practice but
 * Telegram publishes no text for them: they arrive as `UnknownApiError` with the description Telegram sent.
 *
 * `zh` texts are translations.
 *
 * How entries were judged: 420 FLOOD and 429 are rate limits whose wait Telegram gives in seconds (the adapter
 * reads `parameters.retry_after`); Telegram does not say whether a given 429 counts one chat or the whole bot, so
 * the scope is `account` (the bot token), which waits out the longer reading. 500 INTERNAL backs off; 403 (the
 * user blocked the bot, a privacy setting) is `permission`; 406 is shown to the user, like 400.
 */
export const telegramCatalog = defineCatalog({
  vendor: 'telegram',
  title: 'Telegram Bot API error codes',
  source: 'https://core.telegram.org/api/errors',
  timeZone: 'UTC',
  translated: { description: 'zh', remedy: 'zh' },
  entries: [
    {
      code: 400,
      name: 'BAD_REQUEST',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The query contains errors. In the event that a request was created using a form and contains user generated data, the user should be notified that the data must be corrected before the query is repeated.',
        zh: '查询包含错误。如果请求由表单生成并含有用户输入的数据，应通知用户先改正数据再重复查询。',
      },
    },
    {
      code: 401,
      name: 'UNAUTHORIZED',
      category: 'authentication',
      retry: never,
      description: {
        en: 'There was an unauthorized attempt to use functionality available only to authorized users.',
        zh: '有人未经授权尝试使用仅对已授权用户开放的功能。',
      },
    },
    {
      code: 403,
      name: 'FORBIDDEN',
      category: 'permission',
      retry: never,
      description: {
        en: 'Privacy violation. For example, an attempt to write a message to someone who has blacklisted the current user.',
        zh: '违反隐私设置。例如，尝试给已将当前用户拉黑的人发消息。',
      },
    },
    {
      code: 404,
      name: 'NOT_FOUND',
      category: 'not_found',
      retry: never,
      description: {
        en: 'An attempt to invoke a non-existent object, such as a method.',
        zh: '尝试调用不存在的对象，例如方法。',
      },
    },
    {
      code: 406,
      name: 'NOT_ACCEPTABLE',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Similar to 400 BAD_REQUEST, but the app must display the error to the user a bit differently.',
        zh: '与 400 BAD_REQUEST 类似，但应用须以稍有不同的方式向用户展示该错误。',
      },
    },
    {
      code: 420,
      name: 'FLOOD',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'The maximum allowed number of attempts to invoke the given method with the given input parameters has been exceeded. For example, in an attempt to request a large number of text messages (SMS) for the same phone number.',
        zh: '以相同输入参数调用该方法的次数超过了允许的最大值。例如，为同一手机号请求大量短信。',
      },
    },
    {
      code: 429,
      message: 'Too Many Requests',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'In case of exceeding flood control, the number of seconds left to wait before the request can be repeated',
        zh: '超出防洪控制时，需再等待多少秒才能重复请求',
      },
    },
    {
      code: 500,
      name: 'INTERNAL',
      category: 'internal',
      retry: backoff,
      description: {
        en: 'An internal server error occurred while a request was being processed; for example, there was a disruption while accessing a database or file storage.',
        zh: '处理请求时发生服务器内部错误，例如访问数据库或文件存储时出现中断。',
      },
    },
  ],
})
