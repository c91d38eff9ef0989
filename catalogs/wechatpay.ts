import { defineCatalog } from '../src/catalog/define-catalog.js'
import { never, queryFirst, sameRequest, throttled } from '../src/catalog/retry-rules.js'

/**
 * WeChat Pay (微信支付), both generations of the merchant API on `api.mch.weixin.qq.com`,
 * `api2.mch.weixin.qq.com` and `apihk.mch.weixin.qq.com`. The rows read from each source below are in
 * `scripts/sources/wechatpay.tsv`: `npx tsx scripts/compare-catalog.ts wechatpay scripts/sources/wechatpay.tsv`
 * compares them with this file row by row.
 *
 * - APIv3: JSON, the HTTP status says success (200, 204) or failure, and a failure's body is
 *   `{"code":"PARAM_ERROR","message":"…","detail":{…}}`. `202` with `USERPAYING` is a payment still waiting for
 *   the user's password: an answer (`result`), not a failure. Entries without `parent`.
 * - APIv2: XML. `return_code` `FAIL` is a failed call (`return_msg` says why); `result_code` `FAIL` a failed
 *   business step, with `err_code` and `err_code_des`. The adapter reads `result_code` (else `return_code`) as
 *   the top-level code and `err_code` as its sub-code: these entries have `parent: 'FAIL'`, so APIv2's
 *   `SYSTEMERROR` (query first) and APIv3's `SYSTEMERROR` (same request again) are told apart. An `err_code`
 *   listed only for APIv3 is found there; an `err_code` the catalog lacks falls back to `FAIL`.
 *
 * Sources, each read where it could be:
 * - APIv3 payment table (19 rows, HTTP status in each comment): the table of the basic payment APIs of WeChat
 *   Pay's APIv3 wiki, as https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_3.shtml prints it.
 *   The page itself could not be read; the table was read word for word from a copy of it in a Java SDK's
 *   Javadoc (package `top.gabin.tools.response.pay.combine`, `CombineTransactionsDetailResponse`; the
 *   repository could not be identified). The per-API pages of JSAPI, APP, H5 and Native orders, the query by
 *   transaction id and by merchant order number, and the close API (https://pay.weixin.qq.com/doc/v3/merchant/
 *   4012791856 and neighbours) could only be read from their start, not as far as their error tables: their
 *   codes are this table's, which the old wiki printed for each of them.
 * - APIv3 underscored spellings (`ACCOUNT_ERROR`, `RULE_LIMIT`, `ORDER_NOT_EXIST`, `BANK_ERROR`): the newer
 *   pages' table of the partner JSAPI order (`/v3/pay/partner/transactions/jsapi`), read from a copy in a
 *   third party's API notes (stored copy; its texts are identical to the older table's where both have a row).
 * - APIv3 refunds (`POST /v3/refund/domestic/refunds` and the refund query): WeChat Pay's own Go SDK,
 *   `github.com/wechatpay-apiv3/wechatpay-go`, `services/refunddomestic/api_refunds.go` at commit
 *   6dbd7ce2ec5967ac2de5fa053479b411967b9c29 (the "错误码" tables of `Create` and `QueryByOutRefundNo`). The
 *   codes the payment table lacks are listed from it; `PARAM_ERROR`, `MCH_NOT_EXISTS`, `SIGN_ERROR`,
 *   `FREQUENCY_LIMITED` and `INVALID_REQUEST` keep the payment table's words, and the refund tables' texts
 *   of each (描述 and 解决方案 of the refund and the refund query) are its variants. `SYSTEM_ERROR` and
 *   `NO_AUTH`, listed by the refund table and by the newer payment pages, keep the refund table's words,
 *   the other texts as variants.
 * - APIv2 code payment (付款码支付, `POST /pay/micropay`): the error table of
 *   https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1, read from a TypeScript
 *   transcription of it (stored copy; repository not identified) that keeps its 描述, 解决方案 and 支付状态
 *   columns. `POST_DATA_EMPTY` is from the unified order table (chapter 9_1 of the JSAPI pages) and
 *   `ORDERNOTEXIST` under `FAIL` from the order query table (chapter 9_2), both read from copies.
 * - Request ids: the `Request-ID` response header (wechatpay-java `core/…/http/Constant.java` `REQUEST_ID`,
 *   wechatpay-go `core/consts/const.go` `RequestID`).
 *
 * Missing: the transfer APIs' own tables (APIv2 `promotion/transfers`, APIv3 `transfer-bills`) could not be
 * read whole: only their `SYSTEMERROR` advice (请不要更换商户订单号，一定要使用原商户订单号重试) was, and
 * APIv2's `SYSTEMERROR` entry already asks to query before anything else. Their own codes (`AMOUNT_LIMIT`,
 * `OPENID_ERROR`, `NAME_MISMATCH`, `V2_ACCOUNT_SIMPLE_BAN`, `SEND_FAILED`, `FREQ_LIMIT`, …) arrive as
 * `UnknownApiError` under `FAIL`. So do APIv2 refund codes (`BIZERR_NEED_RETRY`, `TRADE_OVERDUE`, …) and the
 * APIv3 refund page's newer words for `FREQUENCY_LIMITED` ("并非明确的'未受理'，建议先查询订单状态确认"), which
 * no source that could be read carries: the SDK's refund table says "该笔退款未受理，请降低频率后重试" (not
 * accepted: slow down and retry), so `FREQUENCY_LIMITED` stays a replay-safe rate limit.
 *
 * How entries were judged (`description.en` and `remedy.en` are translations):
 * - The vendor's advice decides the retry. "请用相同参数重新调用" (APIv3 `SYSTEMERROR`, `SYSTEM_ERROR`,
 *   `BANKERROR`, `BANK_ERROR`): the outcome is unknown, and the very same request may be sent again
 *   (`sameRequest`: `outcome: 'unknown'`, `replaySafe: true`). "请立即调用被扫订单结果查询API" (APIv2
 *   `SYSTEMERROR`, `BANKERROR`, whose 支付状态 column reads 支付结果未知): query first, never replayed
 *   (`queryFirst`). APIv2's `SYSTEMERROR` means other things on other pages (unified order: same parameters;
 *   transfers: the original merchant order number; order query: query again): querying first is right for
 *   all of them, replaying is not right for the code payment.
 * - `USERPAYING` (both generations) is an answer, `result`: poll the order query (the vendor's advice: wait 5
 *   seconds, then query).
 * - `SIGN_ERROR` and `SIGNERROR` are `authentication`, never retried: a signature the vendor rejects is wrong,
 *   not stale. `FREQUENCY_LIMITED` and `RULELIMIT`/`RULE_LIMIT`
 *   ("因业务规则限制请求频率，请查看接口返回的详细信息": a business rule limits the rate) are replay-safe rate
 *   limits of the account: the request was refused for its rate, before it ran.
 * - `TRADE_ERROR`: APIv3's words say only "因业务原因交易失败", `unknown`; APIv2's code payment asks to check
 *   the account, `permission`.
 * - `SUCCESS` and `FAIL` are APIv2's `return_code`/`result_code` values, whose field names (返回状态码,
 *   业务结果) are their descriptions. `FAIL` decides for an `err_code` the catalog lacks: `unknown`, never
 *   retried (the transfer pages ask not to change the order number and to contact support on an unknown
 *   code).
 */
export const wechatPayCatalog = defineCatalog({
  vendor: 'wechatpay',
  title: 'WeChat Pay merchant API error codes (APIv3 and APIv2)',
  source: 'https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_3.shtml',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en', remedy: 'en' },
  entries: [
    {
      code: 'SUCCESS',
      kind: 'success',
      category: 'unknown',
      retry: never,
      description: { zh: '业务结果', en: 'Business result: SUCCESS' },
    },
    {
      code: 'FAIL',
      category: 'unknown',
      retry: never,
      description: { zh: '返回状态码', en: 'Return code: FAIL' },
    },
    // APIv3, the error table of the basic payment APIs (HTTP status in the comment).
    // 202
    {
      code: 'USERPAYING',
      kind: 'result',
      category: 'unknown',
      retry: never,
      description: { zh: '用户支付中，需要输入密码', en: 'The user is paying and must enter the password' },
      remedy: {
        zh: '等待5秒，然后调用被扫订单结果查询API，查询当前订单的不同状态，决定下一步的操作',
        en: 'Wait 5 seconds, then call the order query API for the scanned-code order, and decide the next step by the order’s state',
      },
    },
    // 403
    {
      code: 'TRADE_ERROR',
      category: 'unknown',
      retry: never,
      description: { zh: '交易错误', en: 'Transaction error' },
      remedy: {
        zh: '因业务原因交易失败，请查看接口返回的详细信息',
        en: 'The transaction failed for a business reason; see the details the API returned',
      },
    },
    // 500
    {
      code: 'SYSTEMERROR',
      category: 'internal',
      retry: sameRequest,
      description: { zh: '系统错误', en: 'System error' },
      remedy: { zh: '系统异常，请用相同参数重新调用', en: 'System error; call again with the same parameters' },
    },
    // 401
    {
      code: 'SIGN_ERROR',
      category: 'authentication',
      retry: never,
      description: { zh: '签名错误', en: 'Signature error' },
      remedy: {
        zh: '请检查签名参数和方法是否都符合签名算法要求',
        en: 'Check that the signed parameters and the method both follow the signature algorithm',
      },
    },
    // 403
    {
      code: 'RULELIMIT',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { zh: '业务规则限制', en: 'Business rule limit' },
      remedy: {
        zh: '因业务规则限制请求频率，请查看接口返回的详细信息',
        en: 'A business rule limits the request rate; see the details the API returned',
      },
    },
    // 400
    {
      code: 'PARAM_ERROR',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数错误', en: 'Parameter error' },
      remedy: {
        zh: '请根据接口返回的详细信息检查请求参数',
        en: 'Check the request parameters against the details the API returned',
      },
      variants: [
        {
          zh: '请求参数错误，请重新检查再调用退款申请',
          en: 'The request parameters are wrong: check them, then call the refund again',
        },
        {
          zh: '请求参数错误，请检查参数再调用退款查询',
          en: 'The request parameters are wrong: check them, then call the refund query again',
        },
      ],
    },
    // 403
    {
      code: 'OUT_TRADE_NO_USED',
      category: 'conflict',
      retry: never,
      description: { zh: '商户订单号重复', en: 'Merchant order number already used' },
      remedy: { zh: '请核实商户订单号是否重复提交', en: 'Check whether the merchant order number was submitted twice' },
    },
    // 404
    {
      code: 'ORDERNOTEXIST',
      category: 'not_found',
      retry: never,
      description: { zh: '订单不存在', en: 'Order does not exist' },
      remedy: { zh: '请检查订单是否发起过交易', en: 'Check whether the order was ever submitted for payment' },
    },
    // 400
    {
      code: 'ORDER_CLOSED',
      category: 'conflict',
      retry: never,
      description: { zh: '订单已关闭', en: 'Order closed' },
      remedy: { zh: '当前订单已关闭，请重新下单', en: 'The order is closed; place a new order' },
    },
    // 500
    {
      code: 'OPENID_MISMATCH',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'openid和appid不匹配', en: 'openid and appid do not match' },
      remedy: { zh: '请确认openid和appid是否匹配', en: 'Check that the openid and the appid match' },
    },
    // 403
    {
      code: 'NOTENOUGH',
      category: 'billing',
      retry: never,
      description: { zh: '余额不足', en: 'Insufficient balance' },
      remedy: {
        zh: '用户帐号余额不足，请用户充值或更换支付卡后再支付',
        en: 'The user’s balance is insufficient; the user should top up or change card, then pay',
      },
    },
    // 403
    {
      code: 'NOAUTH',
      category: 'permission',
      retry: never,
      description: { zh: '商户无权限', en: 'Merchant not authorized' },
      remedy: { zh: '请商户前往申请此接口相关权限', en: 'The merchant should apply for this API’s permission' },
    },
    // 400
    {
      code: 'MCH_NOT_EXISTS',
      category: 'invalid_request',
      retry: never,
      description: { zh: '商户号不存在', en: 'Merchant ID does not exist' },
      remedy: { zh: '请检查商户号是否正确', en: 'Check that the merchant ID is correct' },
      variants: [
        { zh: 'MCHID不存在', en: 'MCHID does not exist' },
        { zh: '请检查MCHID是否正确', en: 'Check that the MCHID is correct' },
      ],
    },
    // 500
    {
      code: 'INVALID_TRANSACTIONID',
      category: 'invalid_request',
      retry: never,
      description: { zh: '订单号非法', en: 'Invalid order number' },
      remedy: { zh: '请检查微信支付订单号是否正确', en: 'Check that the WeChat Pay order number is correct' },
    },
    // 400
    {
      code: 'INVALID_REQUEST',
      category: 'invalid_request',
      retry: never,
      description: { zh: '无效请求', en: 'Invalid request' },
      remedy: { zh: '请根据接口返回的详细信息检查', en: 'Check against the details the API returned' },
      variants: [
        {
          zh: '请求参数符合参数格式，但不符合业务规则',
          en: 'The parameters are well formed but break a business rule',
        },
        {
          zh: '此状态代表退款申请失败，商户可根据具体的错误提示做相应的处理。',
          en: 'The refund request failed; act on the error’s details',
        },
      ],
    },
    // 429
    {
      code: 'FREQUENCY_LIMITED',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { zh: '频率超限', en: 'Rate limit exceeded' },
      remedy: { zh: '请降低请求接口频率', en: 'Lower the rate of calls to the API' },
      variants: [
        { zh: '频率限制', en: 'Frequency limit' },
        { zh: '该笔退款未受理，请降低频率后重试', en: 'This refund was not accepted: lower the rate and retry' },
      ],
    },
    // 500
    {
      code: 'BANKERROR',
      category: 'unavailable',
      retry: sameRequest,
      description: { zh: '银行系统异常', en: 'Bank system error' },
      remedy: {
        zh: '银行系统异常，请用相同参数重新调用',
        en: 'Bank system error; call again with the same parameters',
      },
    },
    // 400
    {
      code: 'APPID_MCHID_NOT_MATCH',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'appid和mch_id不匹配', en: 'appid and mch_id do not match' },
      remedy: { zh: '请确认appid和mch_id是否匹配', en: 'Check that the appid and the mch_id match' },
    },
    // 403
    {
      code: 'ACCOUNTERROR',
      category: 'permission',
      retry: never,
      description: { zh: '账号异常', en: 'Account error' },
      remedy: { zh: '用户账号异常，无需更多操作', en: 'The user’s account is abnormal; nothing more to do' },
    },
    // APIv3, the codes the newer pages spell with an underscore.
    // 403
    {
      code: 'ACCOUNT_ERROR',
      category: 'permission',
      retry: never,
      description: { zh: '账号异常', en: 'Account error' },
      remedy: { zh: '用户账号异常，无需更多操作', en: 'The user’s account is abnormal; nothing more to do' },
    },
    // 403
    {
      code: 'RULE_LIMIT',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { zh: '业务规则限制', en: 'Business rule limit' },
      remedy: {
        zh: '因业务规则限制请求频率，请查看接口返回的详细信息',
        en: 'A business rule limits the request rate; see the details the API returned',
      },
    },
    // 404
    {
      code: 'ORDER_NOT_EXIST',
      category: 'not_found',
      retry: never,
      description: { zh: '订单不存在', en: 'Order does not exist' },
      remedy: { zh: '请检查订单是否发起过交易', en: 'Check whether the order was ever submitted for payment' },
    },
    // 500
    {
      code: 'BANK_ERROR',
      category: 'unavailable',
      retry: sameRequest,
      description: { zh: '银行系统异常', en: 'Bank system error' },
      remedy: {
        zh: '银行系统异常，请用相同参数重新调用',
        en: 'Bank system error; call again with the same parameters',
      },
    },
    // APIv3 refunds: the codes of the refund table that the payment table lacks.
    // 500; 原因: 系统超时等
    {
      code: 'SYSTEM_ERROR',
      category: 'internal',
      retry: sameRequest,
      description: { zh: '接口返回错误', en: 'The API returned an error' },
      remedy: {
        zh: '请不要更换商户退款单号，请使用相同参数再次调用API。',
        en: 'Do not change the merchant refund number; call the API again with the same parameters',
      },
      variants: [
        { zh: '请尝试再次调用API。', en: 'Try calling the API again (refund query)' },
        { zh: '系统错误', en: 'System error' },
        { zh: '系统异常，请用相同参数重新调用', en: 'System error; call again with the same parameters' },
      ],
    },
    // 403; 原因: 用户帐号注销
    {
      code: 'USER_ACCOUNT_ABNORMAL',
      category: 'permission',
      retry: never,
      description: { zh: '退款请求失败', en: 'Refund request failed' },
      remedy: {
        zh: '此状态代表退款申请失败，商户可自行处理退款。',
        en: 'The refund request failed; the merchant may handle the refund by itself',
      },
    },
    // 403; 原因: 商户可用退款余额不足
    {
      code: 'NOT_ENOUGH',
      category: 'billing',
      retry: never,
      description: { zh: '余额不足', en: 'Insufficient balance' },
      remedy: {
        zh: '此状态代表退款申请失败，商户可根据具体的错误提示做相应的处理。',
        en: 'The refund request failed; act on the error’s details',
      },
    },
    // 404; 原因: 缺少有效的订单号
    {
      code: 'RESOURCE_NOT_EXISTS',
      category: 'not_found',
      retry: never,
      description: { zh: '订单号不存在', en: 'Order number does not exist' },
      remedy: {
        zh: '请检查你的订单号是否正确且是否已支付，未支付的订单不能发起退款',
        en: 'Check that the order number is correct and the order was paid: an unpaid order cannot be refunded',
      },
      variants: [
        { zh: '退款单查询失败', en: 'Refund query failed' },
        {
          zh: '请检查退款单号是否有误以及订单状态是否正确，如：未支付、已支付未退款',
          en: 'Check the refund number and the order’s state (for example unpaid, or paid and not refunded)',
        },
      ],
    },
    // 403; 原因: 没有此单的退款权限
    {
      code: 'NO_AUTH',
      category: 'permission',
      retry: never,
      description: { zh: '没有退款权限', en: 'No refund permission' },
      remedy: {
        zh: '此状态代表退款申请失败，请检查是否有退这笔订单的权限',
        en: 'The refund request failed; check the permission to refund this order',
      },
      variants: [
        { zh: '商户无权限', en: 'Merchant not authorized' },
        { zh: '请商户前往申请此接口相关权限', en: 'The merchant should apply for this API’s permission' },
      ],
    },
    // APIv2: result_code FAIL (the parent), then err_code.
    {
      code: 'SYSTEMERROR',
      parent: 'FAIL',
      category: 'internal',
      retry: queryFirst,
      description: { zh: '接口返回错误', en: 'The API returned an error' },
      remedy: {
        zh: '请立即调用被扫订单结果查询API，查询当前订单状态，并根据订单的状态决定下一步的操作。',
        en: 'Call the order query API at once, and decide the next step by the order’s state',
      },
    },
    {
      code: 'PARAM_ERROR',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数错误', en: 'Parameter error' },
      remedy: {
        zh: '请根据接口返回的详细信息检查您的程序',
        en: 'Check your program against the details the API returned',
      },
    },
    {
      code: 'ORDERPAID',
      parent: 'FAIL',
      category: 'conflict',
      retry: never,
      description: { zh: '订单已支付', en: 'Order already paid' },
      remedy: {
        zh: '请确认该订单号是否重复支付，如果是新单，请使用新订单号提交',
        en: 'Check whether this order number was paid twice; for a new order, submit a new order number',
      },
    },
    {
      code: 'NOAUTH',
      parent: 'FAIL',
      category: 'permission',
      retry: never,
      description: { zh: '商户无权限', en: 'Merchant not authorized' },
      remedy: {
        zh: '请开通商户号权限。请联系产品或商务申请',
        en: 'Have the merchant account authorized: apply through product or business contacts',
      },
    },
    {
      code: 'AUTHCODEEXPIRE',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '二维码已过期，请用户在微信上刷新后再试',
        en: 'The code has expired; the user should refresh it in WeChat and try again',
      },
      remedy: {
        zh: '请收银员提示用户，请用户在微信上刷新条码，然后请收银员重新扫码。;直接将错误展示给收银员',
        en: 'The cashier asks the user to refresh the code in WeChat, then scans again; show the error to the cashier as it is',
      },
    },
    {
      code: 'NOTENOUGH',
      parent: 'FAIL',
      category: 'billing',
      retry: never,
      description: { zh: '余额不足', en: 'Insufficient balance' },
      remedy: {
        zh: '请收银员提示用户更换当前支付的卡，然后请收银员重新扫码。建议：商户系统返回给收银台的提示为“用户余额不足.提示用户换卡支付”',
        en: 'The cashier asks the user to change card, then scans again. Suggested till message: “insufficient balance, ask the user to pay with another card”',
      },
    },
    {
      code: 'NOTSUPORTCARD',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '不支持卡类型', en: 'Card type not supported' },
      remedy: {
        zh: '请用户重新选择卡种;建议：商户系统返回给收银台的提示为“该卡不支持当前支付，提示用户换卡支付或绑新卡支付”',
        en: 'The user chooses another card; suggested till message: “this card cannot pay here, ask the user to pay with another or a new card”',
      },
    },
    {
      code: 'ORDERCLOSED',
      parent: 'FAIL',
      category: 'conflict',
      retry: never,
      description: { zh: '订单已关闭', en: 'Order closed' },
      remedy: {
        zh: '商户订单号异常，请重新下单支付',
        en: 'The merchant order number is invalid; place a new order and pay',
      },
    },
    {
      code: 'ORDERREVERSED',
      parent: 'FAIL',
      category: 'conflict',
      retry: never,
      description: { zh: '订单已撤销', en: 'Order reversed' },
      remedy: {
        zh: '当前订单状态为“订单已撤销”，请提示用户重新支付',
        en: 'The order’s state is “reversed”; ask the user to pay again',
      },
    },
    {
      code: 'BANKERROR',
      parent: 'FAIL',
      category: 'unavailable',
      retry: queryFirst,
      description: { zh: '银行系统异常', en: 'Bank system error' },
      remedy: {
        zh: '请立即调用被扫订单结果查询API，查询当前订单的不同状态，决定下一步的操作。',
        en: 'Call the order query API at once, and decide the next step by the order’s state',
      },
    },
    {
      code: 'USERPAYING',
      parent: 'FAIL',
      kind: 'result',
      category: 'unknown',
      retry: never,
      description: { zh: '用户支付中，需要输入密码', en: 'The user is paying and must enter the password' },
      remedy: {
        zh: '等待5秒，然后调用被扫订单结果查询API，查询当前订单的不同状态，决定下一步的操作。',
        en: 'Wait 5 seconds, then call the order query API, and decide the next step by the order’s state',
      },
    },
    {
      code: 'AUTH_CODE_ERROR',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '授权码参数错误', en: 'Authorization code parameter error' },
      remedy: {
        zh: '每个二维码仅限使用一次，请刷新再试',
        en: 'Each code can be used once only; refresh it and try again',
      },
    },
    {
      code: 'AUTH_CODE_INVALID',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '授权码检验错误', en: 'Authorization code check failed' },
      remedy: { zh: '请扫描微信支付被扫条码/二维码', en: 'Scan a WeChat Pay payment barcode or QR code' },
    },
    {
      code: 'XML_FORMAT_ERROR',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'XML格式错误', en: 'XML format error' },
      remedy: { zh: '请检查XML参数格式是否正确', en: 'Check that the XML parameters are well formed' },
    },
    {
      code: 'REQUIRE_POST_METHOD',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '请使用post方法', en: 'Use the POST method' },
      remedy: { zh: '请检查请求参数是否通过post方法提交', en: 'Check that the parameters are sent by POST' },
    },
    {
      code: 'SIGNERROR',
      parent: 'FAIL',
      category: 'authentication',
      retry: never,
      description: { zh: '签名错误', en: 'Signature error' },
      remedy: {
        zh: '请检查签名参数和方法是否都符合签名算法要求',
        en: 'Check that the signed parameters and the method both follow the signature algorithm',
      },
    },
    {
      code: 'LACK_PARAMS',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少参数', en: 'Missing parameters' },
      remedy: { zh: '请检查参数是否齐全', en: 'Check that every parameter is given' },
    },
    {
      code: 'NOT_UTF8',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '编码格式错误', en: 'Wrong encoding' },
      remedy: { zh: '请使用UTF-8编码格式', en: 'Use the UTF-8 encoding' },
    },
    {
      code: 'BUYER_MISMATCH',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '支付帐号错误', en: 'Wrong paying account' },
      remedy: { zh: '请确认支付方是否相同', en: 'Check that the payer is the same' },
    },
    {
      code: 'APPID_NOT_EXIST',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'APPID不存在', en: 'APPID does not exist' },
      remedy: { zh: '请检查APPID是否正确', en: 'Check that the APPID is correct' },
    },
    {
      code: 'MCHID_NOT_EXIST',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'MCHID不存在', en: 'MCHID does not exist' },
      remedy: { zh: '请检查MCHID是否正确', en: 'Check that the MCHID is correct' },
    },
    {
      code: 'OUT_TRADE_NO_USED',
      parent: 'FAIL',
      category: 'conflict',
      retry: never,
      description: { zh: '商户订单号重复', en: 'Merchant order number already used' },
      remedy: { zh: '请核实商户订单号是否重复提交', en: 'Check whether the merchant order number was submitted twice' },
    },
    {
      code: 'APPID_MCHID_NOT_MATCH',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'appid和mch_id不匹配', en: 'appid and mch_id do not match' },
      remedy: { zh: '请确认appid和mch_id是否匹配', en: 'Check that the appid and the mch_id match' },
    },
    {
      code: 'INVALID_REQUEST',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '无效请求', en: 'Invalid request' },
      remedy: {
        zh: '请确认商户系统是否正常，是否具有相应支付权限，确认证书是否正确，控制频率',
        en: 'Check that the merchant system works, has the payment permission and the right certificate, and control the rate',
      },
    },
    {
      code: 'TRADE_ERROR',
      parent: 'FAIL',
      category: 'permission',
      retry: never,
      description: { zh: '交易错误', en: 'Transaction error' },
      remedy: { zh: '请确认帐号是否存在异常', en: 'Check whether the account is abnormal' },
    },
    {
      code: 'POST_DATA_EMPTY',
      parent: 'FAIL',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'post数据为空', en: 'POST data empty' },
      remedy: { zh: '请检查post数据是否为空', en: 'Check whether the POST data is empty' },
    },
    {
      code: 'ORDERNOTEXIST',
      parent: 'FAIL',
      category: 'not_found',
      retry: never,
      description: { zh: '此交易订单号不存在', en: 'This order number does not exist' },
      remedy: {
        zh: '该API只能查提交支付交易返回成功的订单，请商户检查需要查询的订单号是否正确',
        en: 'The API finds only orders whose payment was submitted successfully; check the order number',
      },
    },
  ],
})
