import { defineCatalog } from '../src/catalog/define-catalog.js'
import { backoff, never, refresh } from '../src/catalog/retry-rules.js'
import type { RetryRule } from '../src/types.js'

/**
 * Alipay open platform (`openapi.alipay.com`): the gateway codes of every answer (`code`, `"10000"` is
 * success), the sub-codes of the common error table (`sub_code` under `20000`, `20001`, `40001`, `40002` and
 * `40006`), and the `ACQ.*` sub-codes the trade APIs answer under `40004`. Each sub-code names its `parent`:
 * lookup tries a sub-code within its parent, then alone (v3 answers carry the `ACQ.*` code without a
 * parent), then falls back to the parent. Codes are exactly as on the wire: `isp.unknow-error`,
 * `ACQ.REASON_TRADE_BEEN_FREEZEN` and the cancel table's `AQC.SYSTEM_ERROR` are the vendor's spellings.
 *
 * Sources:
 * - Common table, "公共错误码", https://opendocs.alipay.com/common/02km9f (formerly
 *   https://opendocs.alipay.com/open/common/105806): code, msg, sub_code, sub_msg and 解决方案. The page itself
 *   could not be read. Read in Alibaba's copy https://open.alitrip.com/docs/doc.htm?articleId=105806 (up to
 *   `isv.decryption-error-missing-encrypt-type`) and in the copy of its 2020-02-06 version at
 *   https://cnblogs.com/rsapaper/p/9726452.html; the `40002` rows past that point, and the `40004` and
 *   `40006` rows, come from copies of the same five columns kept in public source files (two independent
 *   copies list the same `40002` sub-codes, up to `isv.not-support-app-auth`; the 解决方案 of rows past
 *   `isv.invalid-signature` is in one of them only). Those copies print the page's full-width punctuation
 *   (`（）`, `，`), which the page copies above fold to ASCII. The English `msg` of each gateway code is
 *   what the API returns: `Success`, `Invalid Arguments` and `Business Failed` in the bodies of
 *   alipay/alipay-sdk-nodejs-all (`test/alipay.exec.test.ts`, `src/alipay.ts`), `Insufficient Permissions`
 *   and `Insufficient Token Permissions` in answers quoted by developers, `Service Currently Unavailable` and
 *   `Missing Required Arguments` in the 2015 version of the table (copied at
 *   https://blog.csdn.net/zhangfeng1133/article/details/50437537).
 *   Left out: rows that only one copy lists (`isv.invalid-token`, `isv.suspected-attack`,
 *   `isv.forbidden-api`, `isv.ip-forbidden`) and the `40005` call limits (`isv.app-call-limited`,
 *   `isv.method-call-limited`), which no copy of the vendor's table read here has: they arrive as their
 *   parent's category, or as `UnknownApiError`.
 * - `10003`: the vendor's English copy of `alipay.trade.query`
 *   (https://developer.alibaba.com/docs/doc.htm?articleId=104634: "After calling the pay API, the result is
 *   “In-progress” (code=10003)"); the polling advice is the vendor's guide "轮询" (read in a mirror of
 *   opendocs, https://5851388.com/s01rfnt/pathhash=7f5c4462.html).
 * - `alipay.trade.pay` (统一收单交易支付接口), 业务错误码: the v2 table (错误码, 描述, 解决方案) in a copy kept
 *   in a public source file, 42 rows; the vendor's English copy
 *   (https://jaq-doc.alibaba.com/docs/doc.htm?articleId=104632) agrees on the rows it shows.
 * - `alipay.trade.refund` (统一收单交易退款接口), 业务错误码: the v2 table as copied in public source files: four
 *   independent copies list the same eleven codes with the same 描述; the 解决方案 is in one copy only, which
 *   joins each 描述 and 解决方案 with `,`. It adds `ACQ.REFUND_AMT_NOT_EQUAL_TOTAL`,
 *   `ACQ.DISCORDANT_REPEAT_REQUEST` and `ACQ.TRADE_NOT_ALLOW_REFUND`; its other rows are `variants`.
 * - `alipay.trade.query`, `alipay.trade.cancel`, `alipay.trade.close`: the v3 pages' 业务错误码 tables, read in
 *   the copy of the vendor's v3 reference at zhifubao.apifox.cn (api-126426144 query, api-126370346 cancel,
 *   api-126371943 close). That copy prints `,` where the vendor's pages may have `，`. A code that two tables
 *   word differently keeps the first table's words; the others are `variants`.
 * - v3 (`/v3/…`): the error body `{"code","message","links":[{"link","desc"}]}` and the `alipay-trace-id`
 *   header are read by alipay/alipay-sdk-nodejs-all (`src/alipay.ts`, v4.14.0); `invalid-auth-token`
 *   (HTTP 401, "无效的访问令牌") is the answer its test `test/alipay.test.ts` receives.
 * - Missing: the 业务错误码 tables of `alipay.trade.precreate`, `alipay.trade.create` and
 *   `alipay.trade.fastpay.refund.query` could not be read (neither the pages nor a copy); their codes that the
 *   tables above also list are here, the others arrive as `40004`'s category (`unknown`). The v3 common error
 *   table (https://opendocs.alipay.com/open-v3/054fcv) could not be read either: only `invalid-auth-token`.
 *
 * `description.en` and `remedy.en` are translations. How entries were judged (the vendor's 解决方案 decides):
 * - Outcome unknown. `isp.unknow-error` and `aop.unknow-error` ("稍后重试"): the request may have been carried
 *   out (the vendor's support note on code 20000: "此时业务处理结果是未知的"), so `backoff` with
 *   `outcome: 'unknown'`, not replay-safe. `ACQ.SYSTEM_ERROR` ("请立即调用查询订单API，查询当前订单的状态"):
 *   `outcome: 'unknown'` and `query: true`, never replayed: the pay table's advice, the strictest of the
 *   tables (query, close and cancel say to send again later, refund to call again with the same
 *   parameters: their words are `variants`, for an application that knows which API it called).
 *   `AQC.SYSTEM_ERROR` ("请使用相同的参数再次调用"):
 *   `outcome: 'unknown'`, and the vendor says the identical call may be sent again (`replaySafe`).
 * - Tokens: `aop.invalid-auth-token`, `aop.auth-token-time-out`, `aop.invalid-app-auth-token`,
 *   `aop.app-auth-token-time-out` ("请刷新…令牌") and v3 `invalid-auth-token` are `refresh`;
 *   `aop.invalid-app-auth-token-no-api` (the merchant did not authorise this API) and
 *   `aop.no-product-reg-by-partner` need the merchant: `permission`, `never`.
 * - `isv.upload-fail`, `isv.invalid-encrypt` and `isv.decryption-error-unknown` say "重试": `backoff`. Every
 *   other `isv.*` code asks to fix the request or the app's keys: `never`. Signature and key configuration
 *   are `authentication`; `isv.invalid-timestamp` is a format error (its 解决方案 asks for
 *   "yyyy-MM-dd HH:mm:ss"), not a clock-skew refusal.
 * - Trade sub-codes: the trade's own state (`ACQ.TRADE_HAS_SUCCESS` already paid, `…HAS_CLOSE`,
 *   `…CONTEXT_INCONSISTENT`, `…BUYER_NOT_MATCH`, cancel and close refusals) is `conflict`; the buyer's or the
 *   merchant's money (`ACQ.BUYER_BALANCE_NOT_ENOUGH`, `…BANKCARD_BALANCE_NOT_ENOUGH`,
 *   `ACQ.SELLER_BALANCE_NOT_ENOUGH`, `ACQ.SELLER_BEEN_BLOCKED`) is `billing`; switches, contracts, risk and
 *   certification are `permission`. The buyer's day and month limits are `quota` of the `recipient` (the
 *   vendor says to change buyer, so `never`); the merchant's receipt limits are `quota` of the `account`.
 *   None of them is retried: each 解决方案 asks for a change first (a new order number, another buyer, a
 *   contract).
 * - `10003` (the buyer has not confirmed yet) is a `result`: the application polls `alipay.trade.query`.
 *   `40004` without a known sub-code says only that the business call failed: `unknown`.
 */

/** The request may have been carried out; the vendor says to try again later. */
const unknownOutcome: RetryRule = Object.freeze({ kind: 'backoff', replaySafe: false, outcome: 'unknown' })
/** The request may have been carried out; the vendor says to query the order before anything else. */
const queryFirst: RetryRule = Object.freeze({ kind: 'backoff', replaySafe: false, outcome: 'unknown', query: true })
/** The request may have been carried out; the vendor says to call again with the same parameters. */
const sameRequest: RetryRule = Object.freeze({ kind: 'backoff', replaySafe: true, outcome: 'unknown' })

export const alipayCatalog = defineCatalog({
  vendor: 'alipay',
  title: 'Alipay open platform gateway codes and trade API sub-codes',
  source: 'https://opendocs.alipay.com/common/02km9f',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en', remedy: 'en' },
  entries: [
    {
      code: '10000',
      kind: 'success',
      message: 'Success',
      category: 'unknown',
      retry: never,
      description: {
        zh: '接口调用成功，调用结果请参考具体的API文档所对应的业务返回参数',
        en: 'The call succeeded; see the business response parameters of the API’s own documentation for its result.',
      },
    },
    {
      code: '10003',
      kind: 'result',
      category: 'unknown',
      retry: never,
      description: { en: 'In-progress', zh: '处理中' },
      remedy: {
        zh: '轮询间隔设为 3~6 秒,轮询总时长 60 秒左右。',
        en: 'Poll every 3 to 6 seconds, for about 60 seconds in all.',
      },
      translated: { description: 'zh', remedy: 'en' },
    },
    {
      code: '20000',
      message: 'Service Currently Unavailable',
      category: 'unavailable',
      retry: unknownOutcome,
      description: { zh: '服务不可用', en: 'Service unavailable' },
    },
    {
      code: 'isp.unknow-error',
      parent: '20000',
      category: 'unavailable',
      retry: unknownOutcome,
      description: {
        zh: '服务暂不可用（业务系统不可用）',
        en: 'Service temporarily unavailable (the business system is unavailable)',
      },
      remedy: { zh: '稍后重试', en: 'Retry later' },
    },
    {
      code: 'aop.unknow-error',
      parent: '20000',
      category: 'unavailable',
      retry: unknownOutcome,
      description: {
        zh: '服务暂不可用（网关自身的未知错误）',
        en: 'Service temporarily unavailable (an unknown error of the gateway itself)',
      },
      remedy: { zh: '稍后重试', en: 'Retry later' },
    },
    {
      code: '20001',
      message: 'Insufficient Token Permissions',
      category: 'authentication',
      retry: refresh,
      description: { zh: '授权权限不足', en: 'Insufficient authorisation' },
    },
    {
      code: 'aop.invalid-auth-token',
      parent: '20001',
      category: 'authentication',
      retry: refresh,
      description: { zh: '无效的访问令牌', en: 'Invalid access token' },
      remedy: {
        zh: '请刷新授权令牌或重新授权获取新的令牌',
        en: 'Refresh the authorisation token, or authorise again to get a new one',
      },
    },
    {
      code: 'aop.auth-token-time-out',
      parent: '20001',
      category: 'authentication',
      retry: refresh,
      description: { zh: '访问令牌已过期', en: 'The access token has expired' },
      remedy: {
        zh: '请刷新授权令牌或重新授权获取新的令牌',
        en: 'Refresh the authorisation token, or authorise again to get a new one',
      },
    },
    {
      code: 'aop.invalid-app-auth-token',
      parent: '20001',
      category: 'authentication',
      retry: refresh,
      description: { zh: '无效的应用授权令牌', en: 'Invalid app authorisation token' },
      remedy: {
        zh: '请刷新应用授权令牌或重新授权获取新的令牌',
        en: 'Refresh the app authorisation token, or authorise again to get a new one',
      },
    },
    {
      code: 'aop.invalid-app-auth-token-no-api',
      parent: '20001',
      category: 'permission',
      retry: never,
      description: { zh: '商户未授权当前接口', en: 'The merchant has not authorised this API' },
      remedy: {
        zh: '请重新授权获取新的应用授权令牌',
        en: 'Authorise again to get a new app authorisation token',
      },
    },
    {
      code: 'aop.app-auth-token-time-out',
      parent: '20001',
      category: 'authentication',
      retry: refresh,
      description: { zh: '应用授权令牌已过期', en: 'The app authorisation token has expired' },
      remedy: {
        zh: '请刷新应用授权令牌或重新授权获取新的令牌',
        en: 'Refresh the app authorisation token, or authorise again to get a new one',
      },
    },
    {
      code: 'aop.no-product-reg-by-partner',
      parent: '20001',
      category: 'permission',
      retry: never,
      description: { zh: '商户未签约任何产品', en: 'The merchant has signed no product' },
      remedy: {
        zh: 'ISV代理调用的场景，请上线商户的服务窗',
        en: 'When an ISV calls on the merchant’s behalf, bring the merchant’s service window online',
      },
    },
    {
      code: '40001',
      message: 'Missing Required Arguments',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少必选参数', en: 'A required argument is missing' },
    },
    {
      code: 'isv.missing-method',
      parent: '40001',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少方法名参数', en: 'The method parameter is missing' },
      remedy: { zh: '请求参数里面必须要有method参数', en: 'The request parameters must include method' },
    },
    {
      code: 'isv.missing-signature',
      parent: '40001',
      category: 'authentication',
      retry: never,
      description: { zh: '缺少签名参数', en: 'The signature parameter is missing' },
      remedy: { zh: '检查请求参数，缺少sign参数', en: 'Check the request parameters: sign is missing' },
    },
    {
      code: 'isv.missing-signature-type',
      parent: '40001',
      category: 'authentication',
      retry: never,
      description: { zh: '缺少签名类型参数', en: 'The signature type parameter is missing' },
      remedy: { zh: '检查请求参数，缺少sign_type参数', en: 'Check the request parameters: sign_type is missing' },
    },
    {
      code: 'isv.missing-signature-key',
      parent: '40001',
      category: 'authentication',
      retry: never,
      description: { zh: '缺少签名配置', en: 'The signature configuration is missing' },
      remedy: { zh: '未上传公钥配置', en: 'No public key has been uploaded' },
    },
    {
      code: 'isv.missing-app-id',
      parent: '40001',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少appId参数', en: 'The appId parameter is missing' },
      remedy: { zh: '检查请求参数，缺少app_id参数', en: 'Check the request parameters: app_id is missing' },
    },
    {
      code: 'isv.missing-timestamp',
      parent: '40001',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少时间戳参数', en: 'The timestamp parameter is missing' },
      remedy: { zh: '检查请求参数，缺少timestamp参数', en: 'Check the request parameters: timestamp is missing' },
    },
    {
      code: 'isv.missing-version',
      parent: '40001',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少版本参数', en: 'The version parameter is missing' },
      remedy: { zh: '检查请求参数，缺少version参数', en: 'Check the request parameters: version is missing' },
    },
    {
      code: 'isv.decryption-error-missing-encrypt-type',
      parent: '40001',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '解密出错, 未指定加密算法',
        en: 'Decryption error: no encryption algorithm was given',
      },
      remedy: { zh: '检查参数，缺少encrypt_type参数', en: 'Check the parameters: encrypt_type is missing' },
    },
    {
      code: '40002',
      message: 'Invalid Arguments',
      category: 'invalid_request',
      retry: never,
      description: { zh: '非法的参数', en: 'Invalid arguments' },
    },
    {
      code: 'isv.invalid-parameter',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数无效', en: 'Invalid parameter' },
      remedy: {
        zh: '检查参数，格式不对、非法值、越界等',
        en: 'Check the parameters: wrong format, illegal value, out of range and the like',
      },
    },
    {
      code: 'isv.upload-fail',
      parent: '40002',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '文件上传失败', en: 'File upload failed' },
      remedy: { zh: '文件写入失败，重试', en: 'Writing the file failed; retry' },
    },
    {
      code: 'isv.invalid-file-extension',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '文件扩展名无效', en: 'Invalid file extension' },
      remedy: {
        zh: '检查传入的文件扩展名称，目前支持格式：csv,txt,zip,rar,gz,doc,docx,xls,xlsx,pdf,bmp,gif,jpg,jpeg,png',
        en: 'Check the file extension; supported today: csv,txt,zip,rar,gz,doc,docx,xls,xlsx,pdf,bmp,gif,jpg,jpeg,png',
      },
    },
    {
      code: 'isv.invalid-file-size',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '文件大小无效', en: 'Invalid file size' },
      remedy: { zh: '检查文件大小，目前支持最大为：50MB', en: 'Check the file size; the maximum today is 50MB' },
    },
    {
      code: 'isv.invalid-method',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '不存在的方法名', en: 'No such method' },
      remedy: { zh: '检查入参method是否正确', en: 'Check that the method parameter is right' },
    },
    {
      code: 'isv.invalid-format',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '无效的数据格式', en: 'Invalid data format' },
      remedy: {
        zh: '检查入参format，目前只支持json和xml 2种格式',
        en: 'Check the format parameter; only json and xml are supported today',
      },
    },
    {
      code: 'isv.invalid-signature-type',
      parent: '40002',
      category: 'authentication',
      retry: never,
      description: { zh: '无效的签名类型', en: 'Invalid signature type' },
      remedy: {
        zh: '检查入参sign_type,目前只支持RSA,RSA2,HMAC_SHA1',
        en: 'Check the sign_type parameter; only RSA, RSA2 and HMAC_SHA1 are supported today',
      },
    },
    {
      code: 'isv.invalid-signature',
      parent: '40002',
      category: 'authentication',
      retry: never,
      description: { zh: '无效签名', en: 'Invalid signature' },
      remedy: {
        zh: '1.公私钥是否是一对; 2.检查公钥上传是否与私钥匹配; 3.存在中文需要做urlencode; 4.签名算法是否无误',
        en: '1. Are the public and private keys a pair; 2. does the uploaded public key match the private key; 3. Chinese text must be URL-encoded; 4. is the signature algorithm right',
      },
    },
    {
      code: 'isv.invalid-encrypt-type',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '无效的加密类型', en: 'Invalid encryption type' },
      remedy: { zh: '检查入参encrypt_type，目前只支持AES', en: 'Check encrypt_type; only AES is supported today' },
    },
    {
      code: 'isv.invalid-encrypt',
      parent: '40002',
      category: 'internal',
      retry: backoff,
      description: { zh: '解密异常', en: 'Decryption exception' },
      remedy: { zh: '重试', en: 'Retry' },
    },
    {
      code: 'isv.invalid-app-id',
      parent: '40002',
      category: 'authentication',
      retry: never,
      description: { zh: '无效的appId参数', en: 'Invalid appId parameter' },
      remedy: {
        zh: '检查入参app_id，app_id不存在，或者未上线',
        en: 'Check app_id: it does not exist, or the app is not online',
      },
    },
    {
      code: 'isv.invalid-timestamp',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '非法的时间戳参数', en: 'Illegal timestamp parameter' },
      remedy: {
        zh: '时间戳参数timestamp非法，请检查格式需要为"yyyy-MM-dd HH:mm:ss"',
        en: 'The timestamp parameter is illegal; its format must be "yyyy-MM-dd HH:mm:ss"',
      },
    },
    {
      code: 'isv.invalid-charset',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '字符集错误', en: 'Wrong character set' },
      remedy: {
        zh: '请求参数charset错误，目前支持格式：GBK,UTF-8',
        en: 'The charset parameter is wrong; GBK and UTF-8 are supported today',
      },
    },
    {
      code: 'isv.invalid-digest',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '摘要错误', en: 'Wrong digest' },
      remedy: {
        zh: '检查请求参数，文件摘要参数必填',
        en: 'Check the request parameters: the file digest is required',
      },
    },
    {
      code: 'isv.decryption-error-not-valid-encrypt-type',
      parent: '40002',
      category: 'invalid_request',
      retry: never,
      description: { zh: '解密出错，不支持的加密算法', en: 'Decryption error: unsupported encryption algorithm' },
      remedy: { zh: '检查入参encrypt_type，目前只支持AES', en: 'Check encrypt_type; only AES is supported today' },
    },
    {
      code: 'isv.decryption-error-not-valid-encrypt-key',
      parent: '40002',
      category: 'authentication',
      retry: never,
      description: {
        zh: '解密出错, 未配置加密密钥或加密密钥格式错误',
        en: 'Decryption error: no encryption key is configured, or its format is wrong',
      },
      remedy: { zh: '没有配置加密密钥', en: 'No encryption key is configured' },
    },
    {
      code: 'isv.decryption-error-unknown',
      parent: '40002',
      category: 'internal',
      retry: backoff,
      description: { zh: '解密出错，未知异常', en: 'Decryption error: unknown exception' },
      remedy: { zh: '重试', en: 'Retry' },
    },
    {
      code: 'isv.missing-signature-config',
      parent: '40002',
      category: 'authentication',
      retry: never,
      description: {
        zh: '验签出错, 未配置对应签名算法的公钥或者证书',
        en: 'Signature check error: no public key or certificate is configured for the signature algorithm',
      },
      remedy: { zh: '没有配置应用公钥', en: 'No app public key is configured' },
    },
    {
      code: 'isv.not-support-app-auth',
      parent: '40002',
      category: 'permission',
      retry: never,
      description: { zh: '本接口不支持第三方代理调用', en: 'This API does not support calls by a third party' },
      remedy: { zh: '本接口不支持第三方代理调用', en: 'This API does not support calls by a third party' },
    },
    {
      code: '40004',
      message: 'Business Failed',
      category: 'unknown',
      retry: never,
      description: { zh: '业务处理失败', en: 'Business processing failed' },
      remedy: {
        zh: '对应业务错误码，明细错误码和解决方案请参见具体的API接口文档',
        en: 'A business error: see the API’s own documentation for the sub-code and what to do',
      },
    },
    {
      code: 'ACQ.SYSTEM_ERROR',
      parent: '40004',
      category: 'internal',
      retry: queryFirst,
      description: { zh: '接口返回错误', en: 'The API returned an error' },
      remedy: {
        zh: '请立即调用查询订单API，查询当前订单的状态，并根据订单状态决定下一步的操作，如果多次调用依然报此错误码，请联系支付宝客服',
        en: 'Call the order query API at once, and decide the next step by the order’s state; if repeated calls still return this code, contact Alipay customer service',
      },
      variants: [
        { zh: '系统错误' },
        { zh: '重新发起请求' },
        { zh: '系统异常' },
        { zh: '请过一段时间后进行重试' },
        { zh: '请使用相同的参数再次调用' },
      ],
    },
    {
      code: 'AQC.SYSTEM_ERROR',
      parent: '40004',
      category: 'internal',
      retry: sameRequest,
      description: { zh: '系统错误', en: 'System error' },
      remedy: { zh: '请使用相同的参数再次调用', en: 'Call again with the same parameters' },
    },
    {
      code: 'ACQ.INVALID_PARAMETER',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数无效', en: 'Invalid parameter' },
      remedy: { zh: '检查请求参数，修改后重新发起请求', en: 'Check the request parameters, fix them and send again' },
      variants: [
        { zh: '检查请求参数,修改后重新发起请求' },
        { zh: '请求参数有错,重新检查请求后,再调用撤销' },
        { zh: '请求参数有错，重新检查请求后，再调用退款' },
      ],
    },
    {
      code: 'ACQ.ACCESS_FORBIDDEN',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '无权限使用接口', en: 'No permission to use the API' },
      remedy: {
        zh: '未签约条码支付或者合同已到期',
        en: 'Barcode payment is not signed, or the contract has expired',
      },
    },
    {
      code: 'ACQ.EXIST_FORBIDDEN_WORD',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '订单信息中包含违禁词', en: 'The order contains forbidden words' },
      remedy: { zh: '修改订单信息后，重新发起请求', en: 'Change the order, then send again' },
    },
    {
      code: 'ACQ.PARTNER_ERROR',
      parent: '40004',
      category: 'authentication',
      retry: never,
      description: { zh: '应用APP_ID填写错误', en: 'Wrong APP_ID' },
      remedy: {
        zh: '联系支付宝小二（联系支付宝文档右边的客服头像或到支持中心咨询），确认APP_ID的状态',
        en: 'Contact Alipay staff (the support avatar beside the documentation, or the support centre) to confirm the APP_ID’s status',
      },
    },
    {
      code: 'ACQ.TOTAL_FEE_EXCEED',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '订单总金额超过限额', en: 'The order total exceeds the limit' },
      remedy: { zh: '修改订单金额再发起请求', en: 'Change the order amount, then send again' },
    },
    {
      code: 'ACQ.PAYMENT_AUTH_CODE_INVALID',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '支付授权码无效', en: 'Invalid payment authorisation code' },
      remedy: {
        zh: '用户刷新条码后，重新扫码发起请求',
        en: 'Have the user refresh the barcode, then scan again and send a new request',
      },
    },
    {
      code: 'ACQ.CONTEXT_INCONSISTENT',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易信息被篡改', en: 'The trade information was altered' },
      remedy: { zh: '更换商家订单号后，重新发起请求', en: 'Use a new merchant order number, then send again' },
    },
    {
      code: 'ACQ.TRADE_HAS_SUCCESS',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易已被支付', en: 'The trade has been paid' },
      remedy: {
        zh: '确认该笔交易信息是否为当前买家的，如果是则认为交易付款成功，如果不是则更换商家订单号后，重新发起请求',
        en: 'Check whether the trade is the current buyer’s: if so, treat it as paid; if not, use a new merchant order number and send again',
      },
    },
    {
      code: 'ACQ.TRADE_HAS_CLOSE',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易已经关闭', en: 'The trade is closed' },
      remedy: { zh: '更换商家订单号后，重新发起请求', en: 'Use a new merchant order number, then send again' },
    },
    {
      code: 'ACQ.BUYER_BALANCE_NOT_ENOUGH',
      parent: '40004',
      category: 'billing',
      retry: never,
      description: { zh: '买家余额不足', en: 'The buyer’s balance is insufficient' },
      remedy: {
        zh: '买家绑定新的银行卡或者支付宝余额有钱后再发起支付',
        en: 'Pay again once the buyer has bound a new bank card or has money in the Alipay balance',
      },
    },
    {
      code: 'ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH',
      parent: '40004',
      category: 'billing',
      retry: never,
      description: { zh: '用户银行卡余额不足', en: 'The user’s bank card balance is insufficient' },
      remedy: {
        zh: '建议买家更换支付宝进行支付或者更换其它付款方式',
        en: 'Suggest the buyer pay with the Alipay balance or another payment method',
      },
    },
    {
      code: 'ACQ.ERROR_BALANCE_PAYMENT_DISABLE',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '余额支付功能关闭', en: 'Balance payment is switched off' },
      remedy: {
        zh: '用户打开余额支付开关后，再重新进行支付',
        en: 'Pay again once the user has switched balance payment on',
      },
    },
    {
      code: 'ACQ.BUYER_SELLER_EQUAL',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '买卖家不能相同', en: 'The buyer and the seller cannot be the same' },
      remedy: { zh: '更换买家重新付款', en: 'Pay again with another buyer' },
    },
    {
      code: 'ACQ.TRADE_BUYER_NOT_MATCH',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易买家不匹配', en: 'The trade’s buyer does not match' },
      remedy: { zh: '更换商家订单号后，重新发起请求', en: 'Use a new merchant order number, then send again' },
    },
    {
      code: 'ACQ.BUYER_ENABLE_STATUS_FORBID',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '买家状态非法', en: 'The buyer’s status is illegal' },
      remedy: {
        zh: '用户联系支付宝小二（联系支付宝文档右边的客服头像或到支持中心咨询），确认买家状态为什么非法',
        en: 'The user contacts Alipay staff (the support avatar beside the documentation, or the support centre) to learn why the status is illegal',
      },
    },
    {
      code: 'ACQ.PULL_MOBILE_CASHIER_FAIL',
      parent: '40004',
      category: 'unavailable',
      retry: never,
      description: { zh: '唤起移动收银台失败', en: 'Opening the mobile cashier failed' },
      remedy: {
        zh: '用户刷新条码后，重新扫码发起请求',
        en: 'Have the user refresh the barcode, then scan again and send a new request',
      },
    },
    {
      code: 'ACQ.MOBILE_PAYMENT_SWITCH_OFF',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '用户的无线支付开关关闭', en: 'The user’s mobile payment switch is off' },
      remedy: {
        zh: '用户在PC上打开无线支付开关后，再重新发起支付',
        en: 'Pay again once the user has switched mobile payment on from a PC',
      },
    },
    {
      code: 'ACQ.PAYMENT_FAIL',
      parent: '40004',
      category: 'unknown',
      retry: never,
      description: { zh: '支付失败', en: 'Payment failed' },
      remedy: {
        zh: '用户刷新条码后，重新发起请求，如果重试一次后仍未成功，更换其它方式付款',
        en: 'Have the user refresh the barcode and send again; if one more try fails, pay another way',
      },
    },
    {
      code: 'ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR',
      parent: '40004',
      category: 'quota',
      scope: 'recipient',
      retry: never,
      description: { zh: '买家付款日限额超限', en: 'The buyer’s daily payment limit is exceeded' },
      remedy: { zh: '更换买家进行支付', en: 'Pay with another buyer' },
    },
    {
      code: 'ACQ.BEYOND_PAY_RESTRICTION',
      parent: '40004',
      category: 'quota',
      scope: 'account',
      retry: never,
      description: { zh: '商户收款额度超限', en: 'The merchant’s receipt limit is exceeded' },
      remedy: {
        zh: '联系支付宝小二提高限额（联系电话：0571-88158090）',
        en: 'Contact Alipay staff to raise the limit (phone: 0571-88158090)',
      },
    },
    {
      code: 'ACQ.BEYOND_PER_RECEIPT_RESTRICTION',
      parent: '40004',
      category: 'quota',
      scope: 'account',
      retry: never,
      description: { zh: '商户收款金额超过月限额', en: 'The merchant’s receipts exceed the monthly limit' },
      remedy: {
        zh: '联系支付宝小二提高限额（联系电话：0571-88158090）',
        en: 'Contact Alipay staff to raise the limit (phone: 0571-88158090)',
      },
    },
    {
      code: 'ACQ.BUYER_PAYMENT_AMOUNT_MONTH_LIMIT_ERROR',
      parent: '40004',
      category: 'quota',
      scope: 'recipient',
      retry: never,
      description: { zh: '买家付款月额度超限', en: 'The buyer’s monthly payment limit is exceeded' },
      remedy: {
        zh: '让买家更换账号后，重新付款或者更换其它付款方式',
        en: 'Have the buyer pay again with another account, or pay another way',
      },
    },
    {
      code: 'ACQ.SELLER_BEEN_BLOCKED',
      parent: '40004',
      category: 'billing',
      retry: never,
      description: { zh: '商家账号被冻结', en: 'The merchant account is frozen' },
      remedy: {
        zh: '联系支付宝小二，解冻账号（联系电话：95188）',
        en: 'Contact Alipay staff to unfreeze the account (phone: 95188)',
      },
    },
    {
      code: 'ACQ.ERROR_BUYER_CERTIFY_LEVEL_LIMIT',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '买家未通过人行认证', en: 'The buyer has not passed the central bank’s certification' },
      remedy: {
        zh: '让用户联系支付宝小二并更换其它付款方式（联系电话：95188）',
        en: 'Have the user contact Alipay staff and pay another way (phone: 95188)',
      },
    },
    {
      code: 'ACQ.PAYMENT_REQUEST_HAS_RISK',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '支付有风险', en: 'The payment is risky' },
      remedy: { zh: '更换其它付款方式', en: 'Pay another way' },
    },
    {
      code: 'ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE',
      parent: '40004',
      category: 'billing',
      retry: never,
      description: { zh: '没用可用的支付工具', en: 'No payment instrument is available' },
      remedy: { zh: '更换其它付款方式', en: 'Pay another way' },
    },
    {
      code: 'ACQ.USER_FACE_PAYMENT_SWITCH_OFF',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '用户当面付付款开关关闭', en: 'The user’s in-person payment switch is off' },
      remedy: {
        zh: '让用户在手机上打开当面付付款开关',
        en: 'Have the user switch in-person payment on in the phone',
      },
    },
    {
      code: 'ACQ.INVALID_STORE_ID',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '商户门店编号无效', en: 'Invalid merchant store id' },
      remedy: { zh: '检查传入的门店编号是否有效', en: 'Check that the store id sent is valid' },
    },
    {
      code: 'ACQ.SUB_MERCHANT_CREATE_FAIL',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '二级商户创建失败', en: 'Creating the sub-merchant failed' },
      remedy: { zh: '检查上送的二级商户信息是否有效', en: 'Check that the sub-merchant information sent is valid' },
    },
    {
      code: 'ACQ.SUB_MERCHANT_TYPE_INVALID',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '二级商户类型非法', en: 'Illegal sub-merchant type' },
      remedy: { zh: '检查上传的二级商户类型是否有效', en: 'Check that the sub-merchant type sent is valid' },
    },
    {
      code: 'ACQ.AGREEMENT_NOT_EXIST',
      parent: '40004',
      category: 'not_found',
      retry: never,
      description: { zh: '用户协议不存在', en: 'The user agreement does not exist' },
      remedy: {
        zh: '确认代扣业务传入的协议号对应的协议是否已解约',
        en: 'Check whether the agreement of the number sent for the withholding has been terminated',
      },
    },
    {
      code: 'ACQ.AGREEMENT_INVALID',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '用户协议失效', en: 'The user agreement is no longer valid' },
      remedy: {
        zh: '代扣业务传入的协议号对应的用户协议已经失效，需要用户重新签约',
        en: 'The user agreement of the number sent has lapsed: the user must sign again',
      },
    },
    {
      code: 'ACQ.AGREEMENT_STATUS_NOT_NORMAL',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '用户协议状态非NORMAL', en: 'The user agreement’s status is not NORMAL' },
      remedy: {
        zh: '代扣业务用户协议状态非正常状态，需要用户解约后重新签约',
        en: 'The user agreement is not in a normal state: the user must terminate it and sign again',
      },
    },
    {
      code: 'ACQ.MERCHANT_AGREEMENT_NOT_EXIST',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '商户协议不存在', en: 'The merchant agreement does not exist' },
      remedy: { zh: '确认商户与支付宝是否已签约', en: 'Check whether the merchant has signed with Alipay' },
    },
    {
      code: 'ACQ.MERCHANT_AGREEMENT_INVALID',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '商户协议已失效', en: 'The merchant agreement has lapsed' },
      remedy: {
        zh: '商户与支付宝合同已失效，需要重新签约',
        en: 'The merchant’s contract with Alipay has lapsed: sign again',
      },
    },
    {
      code: 'ACQ.MERCHANT_STATUS_NOT_NORMAL',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '商户协议状态非正常状态', en: 'The merchant agreement is not in a normal state' },
      remedy: {
        zh: '商户与支付宝的合同非正常状态，需要重新签商户合同',
        en: 'The merchant’s contract with Alipay is not in a normal state: sign the merchant contract again',
      },
    },
    {
      code: 'ACQ.CARD_USER_NOT_MATCH',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '脱机记录用户信息不匹配', en: 'The offline record’s user does not match' },
      remedy: {
        zh: '请检查传入的进展出站记录是否正确',
        en: 'Check that the entry and exit records sent are right',
      },
    },
    {
      code: 'ACQ.CARD_TYPE_ERROR',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '卡类型错误', en: 'Wrong card type' },
      remedy: { zh: '检查传入的卡类型', en: 'Check the card type sent' },
    },
    {
      code: 'ACQ.CERT_EXPIRED',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '凭证过期', en: 'The voucher has expired' },
      remedy: { zh: '凭证已经过期', en: 'The voucher has expired' },
    },
    {
      code: 'ACQ.AMOUNT_OR_CURRENCY_ERROR',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '订单金额或币种信息错误', en: 'Wrong order amount or currency' },
      remedy: {
        zh: '检查订单传入的金额信息是否有误，或者是不是当前币种未签约',
        en: 'Check the order’s amount, or whether the currency is not signed',
      },
    },
    {
      code: 'ACQ.CURRENCY_NOT_SUPPORT',
      parent: '40004',
      category: 'permission',
      retry: never,
      description: { zh: '订单币种不支持', en: 'The order’s currency is not supported' },
      remedy: { zh: '请检查是否签约对应的币种', en: 'Check whether the currency is signed' },
    },
    {
      code: 'ACQ.TRADE_NOT_EXIST',
      parent: '40004',
      category: 'not_found',
      retry: never,
      description: { zh: '查询的交易不存在', en: 'The trade queried does not exist' },
      remedy: {
        zh: '检查传入的交易号是否正确,修改后重新发起请求',
        en: 'Check the trade number sent, fix it and send again',
      },
      variants: [
        { zh: '交易不存在' },
        { zh: '检查传入的交易号和外部订单号是否正确,修改后再重新发起' },
        { zh: '检查请求中的交易号和商户订单号是否正确，确认后重新发起' },
      ],
    },
    {
      code: 'ACQ.CANCEL_NOT_ALLOWED',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易不允许撤销', en: 'The trade may not be cancelled' },
      remedy: { zh: '该笔交易不支持撤销', en: 'This trade does not support cancelling' },
    },
    {
      code: 'ACQ.REASON_TRADE_BEEN_FREEZEN',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '当前交易被冻结,不允许进行撤销', en: 'The trade is frozen and may not be cancelled' },
      remedy: {
        zh: '联系支付宝小二,确认该笔交易的具体情况',
        en: 'Contact Alipay staff about this trade',
      },
      variants: [{ zh: '请求退款的交易被冻结' }],
    },
    {
      code: 'ACQ.REASON_TRADE_REFUND_FEE_ERR',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '退款金额无效', en: 'Invalid refund amount' },
      remedy: {
        zh: '请确认交易是否已经发起过退款,已经退款场景下不能再发起撤销',
        en: 'Check whether a refund was already made: a refunded trade cannot be cancelled',
      },
      variants: [{ zh: '检查退款请求的金额是否正确请使用相同的参数再次调用' }],
    },
    {
      code: 'ACQ.SELLER_BALANCE_NOT_ENOUGH',
      parent: '40004',
      category: 'billing',
      retry: never,
      description: {
        zh: '商户的支付宝账户中无足够的资金进行撤销',
        en: 'The merchant’s Alipay account has not enough funds for the cancellation',
      },
      remedy: {
        zh: '商户支付宝账户充值后重新发起撤销即可',
        en: 'Top up the merchant’s Alipay account, then cancel again',
      },
      variants: [{ zh: '卖家余额不足' }, { zh: '商户支付宝账户充值后重新发起退款即可' }],
    },
    {
      code: 'ACQ.TRADE_CANCEL_TIME_OUT',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '超过撤销时间范围', en: 'Past the time allowed for cancelling' },
      remedy: {
        zh: '交易超过了撤销的时间范围,可使用退款接口发起交易退款',
        en: 'The trade is past its cancelling time: refund it with the refund API',
      },
    },
    {
      code: 'ACQ.TRADE_HAS_FINISHED',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易已经完结', en: 'The trade is finished' },
      remedy: { zh: '交易已完结状态下不允许退款', en: 'A finished trade cannot be refunded' },
      variants: [{ zh: '交易已完结' }, { zh: '该交易已完结，不允许进行退款，确认请求的退款的交易信息是否正确' }],
    },
    {
      code: 'ACQ.REASON_ILLEGAL_STATUS',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易状态异常', en: 'Abnormal trade state' },
      remedy: {
        zh: '确认交易状态,非待支付状态下不支持关单操作',
        en: 'Check the trade’s state: only a trade waiting for payment can be closed',
      },
    },
    {
      code: 'ACQ.REASON_TRADE_STATUS_INVALID',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易状态异常', en: 'Abnormal trade state' },
      remedy: {
        zh: '确认交易状态,非待支付状态下不支持关单操作',
        en: 'Check the trade’s state: only a trade waiting for payment can be closed',
      },
    },
    {
      code: 'ACQ.TRADE_STATUS_ERROR',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '交易状态不合法', en: 'Illegal trade state' },
      remedy: {
        zh: '检查当前交易的状态是不是等待买家付款,只有等待买家付款状态下才能发起交易关闭。',
        en: 'Check whether the trade is waiting for the buyer to pay: only then can it be closed.',
      },
      variants: [{ zh: '交易状态非法' }, { zh: '查询交易，确认交易是否已经付款' }],
    },
    {
      code: 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL',
      parent: '40004',
      category: 'invalid_request',
      retry: never,
      description: { zh: '退款金额超限', en: 'The refund amount exceeds the limit' },
      remedy: {
        zh: '检查退款金额是否正确，重新修改请求后，重新发起退款',
        en: 'Check the refund amount, fix the request and refund again',
      },
    },
    {
      code: 'ACQ.DISCORDANT_REPEAT_REQUEST',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '不一致的请求', en: 'Inconsistent request' },
      remedy: {
        zh: '检查该退款号是否已退过款或更换退款号重新发起请求',
        en: 'Check whether this refund number was already refunded, or send again with a new refund number',
      },
    },
    {
      code: 'ACQ.TRADE_NOT_ALLOW_REFUND',
      parent: '40004',
      category: 'conflict',
      retry: never,
      description: { zh: '当前交易不允许退款', en: 'This trade may not be refunded' },
      remedy: {
        zh: '检查当前交易的状态是否为交易成功状态以及签约的退款属性是否允许退款，确认后，重新发起请求',
        en: 'Check that the trade succeeded and that the signed refund terms allow a refund, then send again',
      },
    },
    {
      code: '40006',
      message: 'Insufficient Permissions',
      category: 'permission',
      retry: never,
      description: { zh: '权限不足', en: 'Insufficient permissions' },
    },
    {
      code: 'isv.insufficient-isv-permissions',
      parent: '40006',
      category: 'permission',
      retry: never,
      description: { zh: 'ISV权限不足', en: 'Insufficient ISV permissions' },
      remedy: {
        zh: '请检查配置的账户是否有当前接口权限',
        en: 'Check whether the configured account has permission for this API',
      },
    },
    {
      code: 'isv.insufficient-user-permissions',
      parent: '40006',
      category: 'permission',
      retry: never,
      description: { zh: '用户权限不足', en: 'Insufficient user permissions' },
      remedy: {
        zh: '代理的商户没有当前接口权限',
        en: 'The merchant called for has no permission for this API',
      },
    },
    {
      code: 'invalid-auth-token',
      category: 'authentication',
      retry: refresh,
      description: { zh: '无效的访问令牌', en: 'Invalid access token' },
    },
  ],
})
