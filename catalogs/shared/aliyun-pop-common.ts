// The errors of Alibaba Cloud's POP gateway, which answers in front of every product at `*.aliyuncs.com`
// (Dysmsapi, ECS, Alidns, STS, RAM, Green, …) before the product sees the request: signature, timestamp,
// nonce, AccessKey, permission and flow-control refusals. The aliyun-sms and aliyun-pop catalogs both
// include this table, so each code is written once.
//
// Sources, official pages of help.aliyun.com and the gateway's own troubleshooting pages:
// - document_detail/435312.html ("错误代码表": 客户端错误 and 服务器端错误, with a Chinese 语义 column),
//   the table most product references repeat (Alidns' error-code page, Mobile Push's, Auto Scaling's):
//   MissingParameter, InvalidParameter, UnsupportedOperation, NoSuchVersion, Throttling,
//   InvalidAccessKeyId.NotFound, Forbidden, Forbidden.RiskControl, SignatureDoesNotMatch,
//   Forbidden.UserVerification, InternalError and ServiceUnavailable.
// - document_detail/48054.html (the gateway's "客户端错误" in front of Mobile Push; its English edition is
//   help.aliyun.com/en/document_detail/434846.html): InvalidProduct.NotFound, InvalidApi.NotFound,
//   InvalidProtocol.NeedSsl, Missing{ParameterName}, InvalidTimeStamp.Format, InvalidTimeStamp.Expired,
//   SignatureNonceUsed, Throttling.User and Throttling.Api. Its advice on SignatureNonceUsed goes on about
//   Mobile Push's own sending; only its first sentence, which holds for every product, is kept.
// - The API Gateway's "管控OpenAPI的客户端公用错误码" (reposted at developer.aliyun.com/ask/278265; the
//   official page's copy ends before that section): InvalidAccessKeyId.Inactive, InvalidParameter.Format,
//   UnsupportedHTTPMethod and InvalidSignatureMethod, with their Chinese descriptions and advice.
// - document_detail/51132.html (client errors of the RDS-family gateway, English descriptions only):
//   IncompleteSignature, IllegalTimestamp, InvalidOwnerId, InvalidOwnerAccount, InvalidOwner,
//   InvalidAction, ActionUnauthorized, UnsupportedParameter, Forbidden.InstanceNotFound, Forbidden.RAM,
//   Forbedden.NotSupportRAM (the vendor's spelling, kept) and InsufficientBalance. Their `message` is the
//   wire text as the generated error-code pages print it (help.aliyun.com/zh/analyticdb-for-postgresql/
//   developer-reference/api-gpdb-2016-05-03-errorcodes: "doesn't" where 51132 typesets "doesn’t").
// - InvalidAction.NotFound: the gateway's error example on document_detail/87970.html (返回结果, with
//   `HostId` business.aliyuncs.com), its message the only text.
// - Missing{ParameterName}: the gateway names the missing parameter in the code. The instances listed are
//   the documented common parameters of an RPC request (Action, Version, AccessKeyId, Signature,
//   SignatureMethod, SignatureVersion, SignatureNonce, Timestamp), each with the pattern's message; a
//   product's own parameters give other instances (aliyun-sms lists MissingSignName), not listed here.
//
// Which texts are translations is said per entry (`translated`): the Chinese pages' 语义 and advice are the
// vendor's, with English translations; 51132's English descriptions are the vendor's, with Chinese ones.
//
// How entries were judged:
// - Request-signing and credential codes are `authentication`, `never`, apart from the clock and the nonce:
//   InvalidTimeStamp.Expired (more than 15 minutes from the server's clock) is `refresh` with the measured
//   clock skew, and SignatureNonceUsed is `refresh` (sign again with a new nonce) but not replay-safe: a
//   client that retried without a new nonce sees it, and its first attempt may have done the work.
// - Throttling, Throttling.User and Throttling.Api count the caller's account (HTTP 400, not 429):
//   `rate_limit`, scope `account`, `throttled`.
// - Forbidden*, ActionUnauthorized and the RAM codes are `permission`; Forbidden.InstanceNotFound is
//   `not_found` (HTTP 404); InsufficientBalance is `billing`.
// - InternalError (500) and ServiceUnavailable (503) are `backoff`, not replay-safe: the product may have
//   started the work.

import type { CatalogEntryInput } from '../../src/catalog/define-catalog.js'
import { backoff, never, refresh, throttled } from '../../src/catalog/retry-rules.js'
import type { Translated } from '../../src/types.js'

/** The Chinese page is the vendor's words, the English a translation. */
const zhPage: Translated = { description: 'en', remedy: 'en' }
/** The English page is the vendor's words, the Chinese a translation. */
const enPage: Translated = { description: 'zh', remedy: 'zh' }
/** Both languages are the vendor's (the page and its English edition). */
const bothPages: Translated = {}

const missing = <const P extends string>(parameter: P) =>
  ({
    code: `Missing${parameter}`,
    message: `${parameter} is mandatory for this action.`,
    translated: bothPages,
    category: 'invalid_request',
    retry: never,
    description: { zh: '缺少必选参数。', en: 'A required parameter is missing.' },
  }) as const

/** The POP gateway's common errors, in the shape of catalog entries. */
export const popCommonEntries = [
  {
    code: 'InvalidAccessKeyId.NotFound',
    message: 'Specified access key is not found.',
    // 435312's 描述 (English) and 语义 (Chinese) are both the vendor's; so are the variant's, the API Gateway
    // table's Chinese 描述 beside its English 错误信息. Only the remedy's English is a translation.
    translated: { remedy: 'en' },
    category: 'authentication',
    retry: never,
    description: { zh: '无效的Access Key', en: 'The Access Key ID provided does not exist in our records.' },
    variants: [{ zh: 'AccessKeyId 找不到', en: 'Specified access key is not found.' }],
    remedy: {
      zh: '请检查调用时是否传入正确的 AccessKeyId。',
      en: 'Check that the call passes the right AccessKeyId.',
    },
  },
  {
    code: 'InvalidAccessKeyId.Inactive',
    message: 'Specified access key is disabled.',
    translated: zhPage,
    category: 'authentication',
    retry: never,
    description: { zh: 'AccessKeyId 被禁用。', en: 'The AccessKeyId is disabled.' },
    remedy: { zh: '检查 AK 是否可用。', en: 'Check whether the AccessKey is enabled.' },
  },
  {
    code: 'InvalidTimeStamp.Format',
    message: 'Specified time stamp or date value is not well formatted.',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '时间戳格式不对（ Date 和 Timestamp）。',
      en: 'Malformed timestamp (Date and Timestamp).',
    },
    remedy: { zh: '检查时间戳。', en: 'Check the timestamp.' },
  },
  {
    code: 'InvalidApi.NotFound',
    message: 'Specified api is not found, please check your url and method.',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: 'API 找不到。', en: 'API not found.' },
    remedy: {
      zh: '请检查指定的 action 接口名称是否正确，注意大小写区分。',
      en: 'Check that the action name is right; it is case-sensitive.',
    },
  },
  {
    code: 'InvalidParameter.Format',
    message: 'Specified parameter format is not valid.',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: '返回值格式不正确。', en: 'Invalid response format.' },
    remedy: { zh: '仅支持 XML/JSON。', en: 'Only XML and JSON are supported.' },
  },
  {
    code: 'UnsupportedHTTPMethod',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: 'Http 请求方法不支持。', en: 'Unsupported HTTP method.' },
    remedy: { zh: '请检查请求Method。', en: 'Check the request method.' },
  },
  {
    code: 'InvalidSignatureMethod',
    message: 'Specified signature method is not valid.',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: '签名方法不支持。', en: 'Unsupported signature method.' },
    remedy: { zh: '默认可以不填写该值。', en: 'The value may be left out; the default applies.' },
  },
  {
    code: 'MissingParameter',
    message: 'The input parameter "<parameter name>" that is mandatory for processing this request is not supplied',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: '缺少参数', en: 'Missing parameter' },
  },
  {
    code: 'Throttling.User',
    message: 'Request was denied due to user flow control.',
    translated: zhPage,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '用户调用频率超限。', en: "The user's call rate limit was exceeded." },
    remedy: { zh: '请稍后访问，降低访问频率。', en: 'Call again later, and less often.' },
  },
  {
    code: 'Throttling.Api',
    message: 'Request was denied due to api flow control.',
    translated: zhPage,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: 'API 访问频率超限。', en: "The API's call rate limit was exceeded." },
  },
  {
    code: 'Throttling',
    message: 'Request was denied due to request throttling.',
    translated: zhPage,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '操作被流量控制系统拒绝', en: 'The operation was refused by flow control' },
  },
  {
    code: 'InvalidParameter',
    message: 'The specified value of parameter "<parameter name>" is not valid.',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数取值无效', en: 'Invalid parameter value' },
  },
  {
    code: 'UnsupportedOperation',
    message: 'The specified action is not supported.',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的接口', en: 'Invalid API' },
  },
  {
    code: 'NoSuchVersion',
    message: 'The specified version does not exist.',
    translated: zhPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的版本', en: 'Invalid version' },
  },
  {
    code: 'Forbidden',
    message: 'User not authorized to operate on the specified resource.',
    translated: zhPage,
    category: 'permission',
    retry: never,
    description: { zh: '操作被禁止', en: 'The operation is forbidden' },
  },
  {
    code: 'Forbidden.RiskControl',
    message: 'This operation is forbidden by Aliyun Risk Control system.',
    translated: zhPage,
    category: 'permission',
    retry: never,
    description: { zh: '操作被风险控制系统禁止', en: 'The operation is forbidden by the risk control system' },
  },
  {
    code: 'SignatureDoesNotMatch',
    message: 'Specified signature is not matched with our calculation.',
    // As InvalidAccessKeyId.NotFound: 435312's English 描述 and Chinese 语义 are both the vendor's, and so are
    // the variant's (the API Gateway table's 描述 and 错误信息).
    translated: bothPages,
    category: 'authentication',
    retry: never,
    description: {
      zh: '无效的签名',
      en: 'The signature we calculated does not match the one you provided. Please refer to the API reference about authentication for details.',
    },
    variants: [{ zh: '签名不通过。', en: 'Specified signature is not matched with our calculation.' }],
  },
  {
    code: 'Forbidden.UserVerification',
    message: 'Your user account is not verified by Aliyun.',
    translated: zhPage,
    category: 'permission',
    retry: never,
    description: { zh: '无实名验证', en: 'The account has no real-name verification' },
  },
  {
    code: 'InternalError',
    message: 'The request processing has failed due to some unknown error, exception or failure.',
    translated: zhPage,
    category: 'internal',
    retry: backoff,
    description: { zh: '服务器无法完成对请求的处理', en: 'The server could not complete the request' },
  },
  {
    code: 'ServiceUnavailable',
    message: 'The request has failed due to a temporary failure of the server.',
    translated: zhPage,
    category: 'unavailable',
    retry: backoff,
    description: { zh: '服务器当前无法处理请求', en: 'The server cannot handle the request at the moment' },
  },
  {
    code: 'InvalidProduct.NotFound',
    message: 'Cannot find product according to your specified domain.',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: {
      en: 'Cannot find product according to your specified domain.',
      zh: '根据指定的域名找不到产品。',
    },
  },
  {
    code: 'InvalidProtocol.NeedSsl',
    message: 'Your request is denied as lack of ssl protect.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { en: 'Your request is denied as lack of ssl protect.', zh: '请求因缺少 SSL 保护被拒绝。' },
    remedy: {
      zh: 'API配置只支持HTTPS协议：request.setProtocol(ProtocolType.HTTPS);',
      en: 'The API configuration only supports the HTTPS protocol: request.setProtocol(ProtocolType.HTTPS);',
    },
  },
  {
    code: 'InvalidTimeStamp.Expired',
    message: 'Specified time stamp or date value is expired.',
    translated: zhPage,
    category: 'authentication',
    retry: refresh,
    clockSkew: true,
    description: {
      zh: '用户时间和服务器时间超过15分钟。',
      en: "The user's time and the server's time are more than 15 minutes apart.",
    },
    remedy: {
      zh: '用户请求时间（由请求中携带的Timestamp参数标识）和服务器接收到请求的时间间隔大于15分钟，请检查调用代码中所传时间戳。例如：用户请求时间是北京时间上午10点，需要在参数里传02点。',
      en: 'The request time (the Timestamp parameter of the request) and the time the server received the request are more than 15 minutes apart: check the timestamp the calling code passes. For example, for a request made at 10:00 Beijing time, pass 02:00.',
    },
  },
  {
    code: 'SignatureNonceUsed',
    message: 'Specified signature nonce was used already.',
    translated: zhPage,
    category: 'authentication',
    retry: { kind: 'refresh', replaySafe: false },
    description: { zh: 'SignatureNonce 重复', en: 'The SignatureNonce repeats' },
    remedy: {
      zh: 'SignatureNonce重复，每次请求的SignatureNonce参数不能重复。',
      en: 'The SignatureNonce repeats: the SignatureNonce parameter of each request must be different.',
    },
  },
  {
    code: 'IncompleteSignature',
    message: 'The request signature does not conform to Aliyun standards.',
    translated: enPage,
    category: 'authentication',
    retry: never,
    description: {
      en: 'The request signature does not conform to Aliyun standards.',
      zh: '请求签名不符合阿里云的标准。',
    },
  },
  {
    code: 'IllegalTimestamp',
    message: 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: {
      en: 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.',
      zh: '未提供处理此请求所必需的输入参数“Timestamp”。',
    },
  },
  {
    code: 'InvalidOwnerId',
    message: 'The specified OwnerId is not valid.',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: { en: 'The specified OwnerId is not valid.', zh: '指定的 OwnerId 无效。' },
  },
  {
    code: 'InvalidOwnerAccount',
    message: 'The specified OwnerAccount is not valid.',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: { en: 'The specified OwnerAccount is not valid.', zh: '指定的 OwnerAccount 无效。' },
  },
  {
    code: 'InvalidOwner',
    message: "OwnerId and OwnerAccount can't be used at one API access.",
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: {
      en: "OwnerId and OwnerAccount can't be used at one API access.",
      zh: 'OwnerId 和 OwnerAccount 不能在同一次 API 调用中使用。',
    },
  },
  {
    code: 'InvalidAction',
    message: 'The specified action is not valid.',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: { en: 'The specified action is not valid.', zh: '指定的操作无效。' },
  },
  {
    code: 'ActionUnauthorized',
    message: 'The specified action is not available for you',
    translated: enPage,
    category: 'permission',
    retry: never,
    description: { en: 'The specified action is not available for you', zh: '指定的操作对您不可用' },
  },
  {
    code: 'UnsupportedParameter',
    message: 'The parameter "" is not supported.',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: { en: 'The parameter "" is not supported.', zh: '不支持参数“”。' },
  },
  {
    code: 'Forbidden.InstanceNotFound',
    message: 'The specified Instance is not found.',
    translated: enPage,
    category: 'not_found',
    retry: never,
    description: { en: 'The specified Instance is not found.', zh: '找不到指定的实例。' },
  },
  {
    code: 'Forbidden.RAM',
    message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
    translated: enPage,
    category: 'permission',
    retry: never,
    description: {
      en: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
      zh: '用户无权操作指定的资源，或此 API 不支持 RAM。',
    },
  },
  {
    code: 'Forbedden.NotSupportRAM',
    message: 'This action does not support accessed by RAM mode.',
    translated: enPage,
    category: 'permission',
    retry: never,
    description: { en: 'This action does not support accessed by RAM mode.', zh: '此操作不支持以 RAM 方式访问。' },
  },
  {
    code: 'InsufficientBalance',
    message: 'Your account does not have enough balance.',
    translated: enPage,
    category: 'billing',
    retry: never,
    description: { en: 'Your account does not have enough balance.', zh: '您的账户余额不足。' },
  },
  {
    code: 'InvalidAction.NotFound',
    message: 'Specified api is not found, please check your url and method.',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: {
      en: 'Specified api is not found, please check your url and method.',
      zh: '找不到指定的 API，请检查 URL 和请求方法。',
    },
  },
  missing('Action'),
  missing('Version'),
  missing('AccessKeyId'),
  missing('Signature'),
  missing('SignatureMethod'),
  missing('SignatureVersion'),
  missing('SignatureNonce'),
  missing('Timestamp'),
] as const satisfies readonly CatalogEntryInput[]
