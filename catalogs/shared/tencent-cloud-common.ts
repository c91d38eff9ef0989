// The common error codes of Tencent Cloud API 3.0, which every product at `*.tencentcloudapi.com` can answer
// (signature, credential, rate-limit, parameter and resource refusals). The tencent-sms and tencent-cloud
// catalogs both include this table, so each code is written once.
//
// Sources:
// - https://cloud.tencent.com/document/api/382/52075 (公共错误码, the same table on every product's error-code
//   page). Only the table's start could be read, up to `RequestLimitExceeded.IPLimitExceeded`, and in a copy
//   with full-width punctuation folded to ASCII (`，（）` as `,()`): those 25 texts are kept word for word
//   with the full-width marks the page uses.
// - Past that point the page could not be read: `UnauthorizedOperation`, `ResourceNotFound`, `ResourceInUse`,
//   `ResourceInsufficient`, `ResourceUnavailable` and `UnknownParameter` take the words of
//   `tencentcloud/cvm/v20170312/errors.go` or `tencentcloud/vpc/v20170312/errors.go`, and `UnsupportedRegion`
//   those of `tencentcloud/bma/v20221115/errors.go`, in `github.com/TencentCloud/tencentcloud-sdk-go` at
//   commit 144f6c8d39e410da77a70472f1416e9903740593. `RequestLimitExceeded.UinLimitExceeded` takes the words
//   of `tencentcloud/cam/v20190116/errors.go` there and, in English, of the same file in
//   `github.com/TencentCloud/tencentcloud-sdk-go-intl-en` at badc16e87d32730bcf830deeaefcaaf0039395d8 (both
//   the vendor's: nothing translated); `asr/v20190614`'s words for it are a variant.
// - `RequestSizeLimitExceeded`, `ResponseSizeLimitExceeded`, `ServiceUnavailable` and `UnsupportedProtocol`
//   are left out: no Tencent text for them could be read. They arrive as `UnknownApiError`.
//
// `description.en` is a translation unless an entry says otherwise (`translated`). How entries were judged:
// - Clock skew: `AuthFailure.SignatureExpire` (five minutes) is `clockSkew`, `refresh`: sign again with a
//   correct timestamp. `AuthFailure.TokenFailure` (the temporary credential's token) is `refresh` too; every
//   other credential failure is `never`.
// - `RequestLimitExceeded*` limit the credential, root account or IP: every request of this caller is
//   refused (scope `account`, `throttled`). `LimitExceeded` is a quota of the account (`never`).
// - `InternalError`, `ResourceInsufficient` and `ResourceUnavailable` are transient, `backoff` (not
//   replay-safe). `DryRunOperation` (the request would have succeeded) is an answer, `result`;
//   `FailedOperation` says nothing more than that it failed: `unknown`, `never`.

import type { CatalogEntryInput } from '../../src/catalog/define-catalog.js'
import { backoff, never, refresh, throttled } from '../../src/catalog/retry-rules.js'
import type { Translated } from '../../src/types.js'

/** The common table is Chinese: its English is a translation. */
const zhTable: Translated = { description: 'en' }

/** Tencent Cloud API 3.0's common errors, in the shape of catalog entries. */
export const tencentCloudCommonEntries = [
  {
    code: 'ActionOffline',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '接口已下线。', en: 'The API has been taken offline.' },
  },
  {
    code: 'AuthFailure.InvalidAuthorization',
    translated: zhTable,
    category: 'authentication',
    retry: never,
    description: {
      zh: '请求头部的 Authorization 不符合腾讯云标准。',
      en: 'The Authorization request header does not meet the Tencent Cloud standard.',
    },
  },
  {
    code: 'AuthFailure.InvalidSecretId',
    translated: zhTable,
    category: 'authentication',
    retry: never,
    description: { zh: '密钥非法（不是云 API 密钥类型）。', en: 'Invalid key (not a cloud API key type).' },
  },
  {
    code: 'AuthFailure.MFAFailure',
    translated: zhTable,
    category: 'authentication',
    retry: never,
    description: { zh: 'MFA 错误。', en: 'MFA error.' },
  },
  {
    code: 'AuthFailure.SecretIdNotFound',
    translated: zhTable,
    category: 'authentication',
    retry: never,
    description: {
      zh: '密钥不存在。请在 控制台 检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。',
      en: 'The key does not exist. Check in the console whether the key was deleted or disabled; if its status is normal, check that the key was entered correctly, with no spaces before or after it.',
    },
  },
  {
    code: 'AuthFailure.SignatureExpire',
    translated: zhTable,
    category: 'authentication',
    retry: refresh,
    clockSkew: true,
    description: {
      zh: '签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。',
      en: 'Signature expired. Timestamp must not differ from the server time by more than five minutes; check that the local clock is synchronised with standard time.',
    },
  },
  {
    code: 'AuthFailure.SignatureFailure',
    translated: zhTable,
    category: 'authentication',
    retry: never,
    description: {
      zh: '签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。',
      en: 'Signature error. The signature was computed wrongly; check the computation against the signature method document of the calling guide.',
    },
  },
  {
    code: 'AuthFailure.TokenFailure',
    translated: zhTable,
    category: 'authentication',
    retry: refresh,
    description: { zh: 'token 错误。', en: 'Token error.' },
  },
  {
    code: 'AuthFailure.UnauthorizedOperation',
    translated: zhTable,
    category: 'permission',
    retry: never,
    description: {
      zh: '请求未授权。请参考 CAM 文档对鉴权的说明。',
      en: 'The request is not authorised. See the CAM documentation on authorisation.',
    },
  },
  {
    code: 'DryRunOperation',
    translated: zhTable,
    kind: 'result',
    category: 'unknown',
    retry: never,
    description: {
      zh: 'DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。',
      en: 'DryRun operation: the request would have succeeded, but the DryRun parameter was passed.',
    },
  },
  {
    code: 'FailedOperation',
    translated: zhTable,
    category: 'unknown',
    retry: never,
    description: { zh: '操作失败。', en: 'Operation failed.' },
  },
  {
    code: 'InternalError',
    translated: zhTable,
    category: 'internal',
    retry: backoff,
    description: { zh: '内部错误。', en: 'Internal error.' },
  },
  {
    code: 'InvalidAction',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '接口不存在。', en: 'The API does not exist.' },
  },
  {
    code: 'InvalidParameterValue',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数取值错误。', en: 'Invalid parameter value.' },
  },
  {
    code: 'InvalidRequest',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '请求 body 的 multipart 格式错误。',
      en: 'The multipart format of the request body is wrong.',
    },
  },
  {
    code: 'IpInBlacklist',
    translated: zhTable,
    category: 'permission',
    retry: never,
    description: { zh: 'IP 地址在黑名单中。', en: 'The IP address is on the block list.' },
  },
  {
    code: 'IpNotInWhitelist',
    translated: zhTable,
    category: 'permission',
    retry: never,
    description: { zh: 'IP 地址不在白名单中。', en: 'The IP address is not on the allow list.' },
  },
  {
    code: 'LimitExceeded',
    translated: zhTable,
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: '超过配额限制。', en: 'Quota limit exceeded.' },
  },
  {
    code: 'NoSuchProduct',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '产品不存在', en: 'The product does not exist' },
  },
  {
    code: 'NoSuchVersion',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '接口版本不存在。', en: 'The API version does not exist.' },
  },
  {
    code: 'RequestLimitExceeded',
    translated: zhTable,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '请求的次数超过了频率限制。', en: 'The number of requests exceeds the frequency limit.' },
  },
  {
    code: 'RequestLimitExceeded.GlobalRegionUinLimitExceeded',
    translated: zhTable,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '主账号超过频率限制。', en: 'The root account exceeds the frequency limit.' },
  },
  {
    code: 'RequestLimitExceeded.IPLimitExceeded',
    translated: zhTable,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: 'IP 限频。', en: 'Rate limited by IP.' },
  },
  {
    code: 'RequestLimitExceeded.UinLimitExceeded',
    translated: {},
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '用户账号超出了限制。', en: 'The user account limit has been reached.' },
    variants: [{ zh: '超出请求频率。', en: 'Requests are sent too frequently.' }],
  },
  {
    code: 'ResourceInUse',
    translated: zhTable,
    category: 'conflict',
    retry: never,
    description: { zh: '资源被占用。', en: 'The resource is in use.' },
  },
  {
    code: 'ResourceInsufficient',
    translated: zhTable,
    category: 'unavailable',
    retry: backoff,
    description: { zh: '资源不足。', en: 'Insufficient resources.' },
  },
  {
    code: 'ResourceNotFound',
    translated: zhTable,
    category: 'not_found',
    retry: never,
    description: { zh: '资源不存在。', en: 'The resource does not exist.' },
  },
  {
    code: 'ResourceUnavailable',
    translated: zhTable,
    category: 'unavailable',
    retry: backoff,
    description: { zh: '资源不可用。', en: 'The resource is unavailable.' },
  },
  {
    code: 'UnauthorizedOperation',
    translated: zhTable,
    category: 'permission',
    retry: never,
    description: { zh: '未授权操作。', en: 'Unauthorised operation.' },
  },
  {
    code: 'UnknownParameter',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '未知参数错误。', en: 'Unknown parameter error.' },
  },
  {
    code: 'UnsupportedRegion',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '接口不支持所传地域。', en: 'The API does not support the region passed.' },
  },
  {
    code: 'InvalidParameter',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数错误（包括参数格式、类型等错误）。',
      en: 'Parameter error (including wrong parameter format or type).',
    },
  },
  {
    code: 'MissingParameter',
    translated: zhTable,
    category: 'invalid_request',
    retry: never,
    description: { zh: '缺少参数。', en: 'Missing parameter.' },
  },
] as const satisfies readonly CatalogEntryInput[]
