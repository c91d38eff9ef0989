import type { CatalogEntryInput } from '../src/catalog/define-catalog.js'
import { defineCatalog } from '../src/catalog/define-catalog.js'
import { backoff, never, throttled } from '../src/catalog/retry-rules.js'

/** One entry per name a code has on the wire (`InvalidApiKey` natively, `invalid_api_key` in compatible mode). */
const names = <const C extends string>(codes: readonly C[], entry: Omit<CatalogEntryInput, 'code'>) =>
  codes.map((code) => ({ ...entry, code }))

/** The cause the page gives for `Throttling.AllocationQuota`'s message "Free allocated quota exceeded." */
const FREE_QUOTA_SPENT = {
  zh: '免费额度已到期或耗尽，且该模型暂不支持按量计费。',
  en: 'The free quota expired or ran out, and the model does not support pay-as-you-go yet.',
} as const

/**
 * Alibaba Cloud Model Studio (阿里云百炼, DashScope): the codes of its OpenAI-compatible mode
 * (`dashscope.aliyuncs.com/compatible-mode/v1`, `{"error":{"code","message","type","param"},"request_id"}`) and of
 * its native API (`dashscope.aliyuncs.com/api/v1`, `{"code","message","request_id"}`). The page heads each code with
 * its names on the wire, native first and compatible after (`401-InvalidApiKey/invalid_api_key`): each name is an
 * entry here, with the same texts.
 *
 * Source: https://help.aliyun.com/zh/model-studio/error-code (错误码), read in a stored copy of the page: under
 * each code, the message the API returns (`message`), its 原因 (`description.zh`) and 解决方案 (`remedy.zh`). Where
 * a code lists several messages with different causes, the first cause that fits a chat call is the description
 * and the others are `variants`. `description.en` and `remedy.en` are translations. Also
 * https://help.aliyun.com/zh/model-studio/flow-agent-rate-limiting: "超出阈值的请求会被拒绝并返回 HTTP 429，错误码为
 * Throttling.RateQuota，通常在一分钟内自动恢复".
 *
 * What is missing: the page's 400 parameter codes (InvalidParameter and its many messages, DataInspectionFailed,
 * the InvalidURL, BadRequest and Audio codes), 401 NOT AUTHORIZED, 403 Model/App/Workspace.AccessDenied, 404
 * model_not_supported, WorkSpaceNotFound and NotFound, 409 Conflict, the 430 audio codes, the other 500 codes and
 * the SDK and WebSocket errors: the codes of chat calls that decide what an application does are here; the rest
 * arrive as `UnknownApiError` with Bailian's code and message.
 *
 * How entries were judged:
 * - `Arrearage` (the account is in arrears), `CommodityNotPurchased`, `PrepaidBillOverdue` and
 *   `PostpaidBillOverdue`: `billing`, never retried. `AllocationQuota.FreeTierOnly` (free tier used up while "stop
 *   when the free quota is used up" is on): `quota`, scope `account`.
 * - `Throttling.RateQuota` (RPS/RPM), `Throttling.BurstRate` and `Throttling` are rate limits. So is
 *   `Throttling.AllocationQuota`, whose compatible name is `insufficient_quota` like OpenAI's billing code: Alibaba
 *   gives its cause as tokens per second or minute (TPS/TPM), with a batch variant, and waits like the rate limit it
 *   mostly is. Its third message ("Free allocated quota exceeded.": the free quota expired or ran out and the model
 *   cannot be paid for) is read by `byMessage`: `quota`, scope `account`, never retried, since no wait brings the
 *   quota back. The same code with HTTP 400 counts cloned voices and hot words, not chat calls.
 * - `InternalError` and `SystemError` back off; `ModelServiceFailed`, `ModelServingError` (capacity) and
 *   `ModelUnavailable` are `unavailable`, back off.
 */
export const bailianCatalog = defineCatalog({
  vendor: 'bailian',
  title: 'Alibaba Cloud Model Studio (Bailian) error codes',
  source: 'https://help.aliyun.com/zh/model-studio/error-code',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en', remedy: 'en' },
  entries: [
    {
      code: 'Arrearage',
      message: 'Access denied, please make sure your account is in good standing.',
      category: 'billing',
      retry: never,
      description: {
        zh: 'API Key 所属的阿里云账号存在欠费，导致访问被拒绝。',
        en: 'The Alibaba Cloud account the API key belongs to is in arrears, so access was denied.',
      },
      remedy: {
        zh: '前往费用与成本查看是否欠费：未欠费：请确认该 API Key 是否属于当前账号；欠费：请及时充值。充值后，系统余额可能存在延迟，请稍等后重试。',
        en: 'Check for arrears under Expenses and Costs. No arrears: confirm the API key belongs to this account. In arrears: top up; the balance may take a moment to update, so wait and retry.',
      },
    },
    ...names(['InvalidApiKey', 'invalid_api_key'], {
      message: 'Invalid API-key provided. / Incorrect API key provided.',
      category: 'authentication' as const,
      retry: never,
      description: { zh: 'API Key 填写错误。', en: 'The API key is wrong.' },
    }),
    ...names(['AccessDenied', 'access_denied'], {
      message: 'Access denied.',
      category: 'permission' as const,
      retry: never,
      description: {
        zh: '无权访问此模型。可能因该模型需申请权限，或模型免费额度已耗尽且不支持付费使用（如 deepseek-r1-distill-llama-70b）。',
        en: 'No access to this model: it may require an application for access, or its free quota is used up and it cannot be used on a paid basis (deepseek-r1-distill-llama-70b, for example).',
      },
      variants: [
        { zh: '接口不支持异步调用。', en: 'The API does not support asynchronous calls.' },
        { zh: '接口不支持同步调用。', en: 'The API does not support synchronous calls.' },
      ],
    }),
    {
      code: 'AccessDenied.Unpurchased',
      message: 'Access to model denied. Please make sure you are eligible for using the model.',
      category: 'permission',
      retry: never,
      description: { zh: '未开通阿里云百炼服务。', en: 'Alibaba Cloud Model Studio (Bailian) has not been activated.' },
    },
    {
      code: 'AllocationQuota.FreeTierOnly',
      message:
        'The free tier of the model has been exhausted. If you wish to continue access the model on a paid basis, please disable the "use free tier only" mode in the management console.',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: {
        zh: '开启了免费额度用完即停，且免费额度耗尽后发起请求。',
        en: '"Stop when the free quota is used up" is on, and the request came after the free quota ran out.',
      },
      remedy: {
        zh: '如需付费调用，请等待控制台显示免费额度用完后，关闭免费额度用完即停按钮。',
        en: 'To call on a paid basis, wait until the console shows the free quota used up, then turn off "stop when the free quota is used up".',
      },
    },
    ...names(['ModelNotFound', 'model_not_found'], {
      message:
        'Model can not be found. / The model xxx does not exist. / The model xxx does not exist or you do not have access to it.',
      category: 'not_found' as const,
      retry: never,
      description: {
        zh: '当前访问的模型不存在，或您还未开通阿里云百炼服务。',
        en: 'The model does not exist, or Model Studio has not been activated.',
      },
    }),
    {
      code: 'Throttling',
      message: 'Requests throttling triggered.',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { zh: '接口调用触发限流。', en: 'The API call triggered throttling.' },
      remedy: { zh: '请降低调用频率或稍后重试。', en: 'Lower the call rate or retry later.' },
    },
    ...names(['Throttling.RateQuota', 'LimitRequests', 'limit_requests'], {
      message:
        'You have exceeded your request limit./Requests rate limit exceeded, please try again later. /You exceeded your current requests list.',
      category: 'rate_limit' as const,
      retry: throttled,
      scope: 'account' as const,
      description: { zh: '调用频率（RPS/RPM）触发限流。', en: 'The call rate (RPS/RPM) triggered throttling.' },
      remedy: { zh: '请参考限流，控制调用频率。', en: 'See Rate limits and control the call rate.' },
    }),
    ...names(['Throttling.BurstRate', 'limit_burst_rate'], {
      message:
        'Request rate increased too quickly. To ensure system stability, please adjust your client logic to scale requests more smoothly over time.',
      category: 'rate_limit' as const,
      retry: throttled,
      scope: 'account' as const,
      description: {
        zh: '在未达到限流条件时，调用频率骤增，触发系统稳定性保护机制。',
        en: 'The call rate rose sharply before reaching the rate limit, which triggered the system-stability protection.',
      },
      remedy: {
        zh: '建议优化客户端调用逻辑，采用平滑请求策略（如匀速调度、指数退避或请求队列缓冲），将请求均匀分散在时间窗口内，避免瞬时高峰。',
        en: "Smooth the client's requests (even scheduling, exponential backoff or a request queue) so that they spread evenly and avoid sudden peaks.",
      },
    }),
    ...names(['Throttling.AllocationQuota', 'insufficient_quota'], {
      message:
        'Allocated quota exceeded, please increase your quota limit./ You exceeded your current quota, please check your plan and billing details.',
      category: 'rate_limit' as const,
      retry: throttled,
      scope: 'account' as const,
      description: {
        zh: '每秒钟或每分钟消耗Token数（TPS/TPM）触发限流。',
        en: 'The tokens consumed per second or per minute (TPS/TPM) triggered throttling.',
      },
      remedy: {
        zh: '前往限流文档查看模型限流条件并调整调用策略。',
        en: "See the rate-limit documentation for the model's limits and adjust the calling strategy.",
      },
      variants: [
        { zh: 'Batch请求过多触发限流。', en: 'Too many batch requests triggered throttling.' },
        { zh: FREE_QUOTA_SPENT.zh, en: FREE_QUOTA_SPENT.en },
      ],
      // The page's third message: the free quota is spent and the model cannot be paid for. No wait brings it
      // back: a quota of the account, never retried.
      byMessage: [
        {
          message: /Free allocated quota exceeded/i,
          category: 'quota' as const,
          retry: never,
          scope: 'account' as const,
          description: FREE_QUOTA_SPENT,
        },
      ],
    }),
    {
      code: 'CommodityNotPurchased',
      message: 'Commodity has not purchased yet.',
      category: 'billing',
      retry: never,
      description: { zh: '业务空间未订购。', en: 'The workspace has not been subscribed.' },
      remedy: { zh: '请先订购业务空间服务。', en: 'Subscribe to the workspace service first.' },
    },
    {
      code: 'PrepaidBillOverdue',
      message: 'The prepaid bill is overdue.',
      category: 'billing',
      retry: never,
      description: { zh: '业务空间预付费账单到期。', en: "The workspace's prepaid bill is due." },
    },
    {
      code: 'PostpaidBillOverdue',
      message: 'The postpaid bill is overdue.',
      category: 'billing',
      retry: never,
      description: { zh: '模型推理商品已失效。', en: 'The model inference product has lapsed.' },
    },
    ...names(['InternalError', 'internal_error'], {
      message: 'An internal error has occured, please try again later or contact service support.',
      category: 'internal' as const,
      retry: backoff,
      description: { zh: '内部错误。', en: 'Internal error.' },
    }),
    {
      code: 'SystemError',
      message: 'An system error has occured, please try again later.',
      category: 'internal',
      retry: backoff,
      description: { zh: '系统错误。', en: 'System error.' },
    },
    {
      code: 'ModelServiceFailed',
      message: 'Failed to request model service.',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '模型服务调用失败。', en: 'The call to the model service failed.' },
      remedy: { zh: '请稍后重试。', en: 'Retry later.' },
    },
    {
      code: 'ModelServingError',
      message:
        'Too many requests. Your requests are being throttled due to system capacity limits. Please try again later.',
      category: 'unavailable',
      retry: backoff,
      description: {
        zh: '网络资源目前处于饱和状态，暂时无法处理您的请求。',
        en: 'Network resources are saturated and cannot handle the request for now.',
      },
      remedy: { zh: '请稍后再进行尝试。', en: 'Try again later.' },
    },
    {
      code: 'ModelUnavailable',
      message: 'Model is unavailable, please try again later.',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '模型暂时无法提供服务。', en: 'The model is temporarily unavailable.' },
      remedy: { zh: '请稍后重试。', en: 'Retry later.' },
    },
  ],
})
