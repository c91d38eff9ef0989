import { defineCatalog } from '../src/catalog/define-catalog.js'
import { afterDelay, afterWindow, backoff, never, refresh, throttled } from '../src/catalog/retry-rules.js'
import { tencentCloudCommonEntries } from './shared/tencent-cloud-common.js'
import { withCommon } from './shared/with-common.js'

/**
 * Tencent Cloud SMS, API 3.0 (`sms.tencentcloudapi.com`, version 2021-01-11): the error codes of
 * `Response.Error.Code`, the common codes every Tencent Cloud API shares, and `Ok`, the per-number success
 * code of `SendSms` (`SendStatusSet[].Code`). Codes are the dotted strings exactly as the API sends them.
 *
 * Sources:
 * - SMS codes: the Tencent Cloud SDK for Go, `github.com/TencentCloud/tencentcloud-sdk-go`, file
 *   `tencentcloud/sms/v20210111/errors.go` at commit 144f6c8d39e410da77a70472f1416e9903740593 (v1.3.166):
 *   all 94 codes, each with the comment Tencent generates from its error table, which is `description.zh`.
 *   The comments carry Markdown links (and one `<a>` tag); only the link text is kept, as
 *   https://cloud.tencent.com/document/api/382/59177 renders it.
 * - Common codes: `catalogs/shared/tencent-cloud-common.ts`, the table every API 3.0 product shares (its
 *   sources and what it leaves out are named there); the tencent-cloud catalog includes the same table.
 *   `InvalidParameter`, `MissingParameter` and `UnsupportedOperation` are in both tables: the SMS rows are
 *   kept, with the common text of the first two as a variant.
 * - Vendor spellings: the same `errors.go` listed `UnauthorizedOperation.SerivceSuspendDueToArrears` and
 *   `UnsupportedOperation.UnsuportedRegion` from v1.0.181 (commit 098631f941, June 2021) until v1.0.762
 *   (commit 0ae94b1842b600cfa0ac2ceed1245760dd9956f1, October 2023), where each stands beside its corrected
 *   spelling with the same comment; v1.0.763 dropped them. Both spellings are kept, with the same words: a
 *   code is what the API sends. (`UnauthorizedOperation.SdkAppidIsDisabled` and `…SmsSdkAppidVerifyFail`
 *   stood in v1.0.181 only, replaced a day later, and are not kept.)
 * - `Ok`: the comment on `SendStatus.Code` in `tencentcloud/sms/v20210111/models.go`, same commit ("发送成功返回
 *   \"Ok\""); `message` is what the `SendSms` examples return (`tccli/services/sms/v20210111/examples.json` of
 *   `github.com/TencentCloud/tencentcloud-cli`, commit 6e53beb521ad49d551683fc7b1439a8543f7ea68).
 * - Windows: the default frequency policy (https://www.tencentcloud.com/document/product/382/13303: per number
 *   and content within 30 seconds, per number within a calendar day) and the rate-limit dimensions of
 *   cloud.tencent.com/document/product/1278/109059 (API, access region and sub-account; also per root account
 *   and per IP).
 *
 * `description.en` is a translation. How entries were judged:
 * - 签名 in SMS codes is the SMS signature, the sender's reviewed brand name: `FailedOperation.Signature…`,
 *   `…MissingSignature…`, `…SignId…` and `InvalidParameterValue.Sign…` are `invalid_request`, `not_found`,
 *   `conflict` or `quota`, never `authentication`. The request signature (TC3-HMAC-SHA256) is
 *   `AuthFailure.SignatureFailure`. `InternalError.SigFieldMissing` and `…SigVerificationFail` name a Sig of
 *   the backend packet, which an API 3.0 caller does not compute: `internal`.
 * - Clock skew: `AuthFailure.SignatureExpire` (five minutes) and `InternalError.RequestTimeException` (ten
 *   minutes) are `clockSkew`, `refresh`: sign again with a correct timestamp. `AuthFailure.TokenFailure` (the
 *   temporary credential's token) is `refresh` too; every other credential failure is `never`.
 * - Scopes. `account`: `RequestLimitExceeded*` (per credential, root account or IP: every request of this
 *   caller is refused), `LimitExceeded`, the application's daily caps (`LimitExceeded.App…DailyLimit`,
 *   `…DailyLimit`), `…DeliveryFrequencyLimit`, `…GlobalSmsSendingRateLimit`, the package balance and the
 *   signature and template counts. `recipient`: `LimitExceeded.PhoneNumberThirtySecondLimit`,
 *   `…OneHourLimit` and `…DailyLimit`, which name a single phone number. `request`:
 *   `…PhoneNumberSameContentDailyLimit`, because its words limit the same content to the same number: that
 *   number still takes other content, other numbers take this one, and only a replay is refused.
 * - Windows: 30 seconds and one hour are counted from the refused send (`afterDelay`, the rolling reading:
 *   waiting the whole span clears it either way); daily caps wait for 00:00 Asia/Shanghai (`afterWindow`),
 *   as the calendar-day default policy says. Rate limits without a stated window are `throttled`.
 *   `FailedOperation.InsufficientBalanceInSmsPackage` (套餐包余量, what is left of a bought package) is
 *   `quota`; `UnauthorizedOperation.ServiceSuspendDueToArrears` (arrears) is `billing`. Neither is retried.
 * - `LimitExceeded.PhoneNumberCountLimit` (over 200 numbers in one call) is a malformed request, and
 *   `LimitExceeded.AppCountryOrRegionInBlacklist` a refusal by configuration (`permission`), not limits.
 *   `FailedOperation.MarketingSendTimeConstraint` (08:00 to 22:00 only) is `never`: no rule waits until 08:00.
 * - Transient, `backoff` (not replay-safe: the message may already be on its way):
 *   `InternalError.SendAndRecvFail`, `…Timeout` and `…ParseBackendResponseFail` (`unavailable`),
 *   `InternalError`, `InternalError.UnknownError`, `ResourceInsufficient` and `ResourceUnavailable`.
 *   `InternalError.OtherError` asks to contact support with the number, and `InternalError.JsonParseFail`
 *   could not parse the caller's parameters: `never`.
 * - `DryRunOperation` (the request would have succeeded) is an answer, `result`; `FailedOperation` and
 *   `FailedOperation.ParametersOtherError` say nothing more than that they failed: `unknown`, `never`.
 */
export const tencentSmsCatalog = defineCatalog({
  vendor: 'tencent-sms',
  title: 'Tencent Cloud SMS API 3.0 error codes',
  source: 'https://cloud.tencent.com/document/api/382/52075',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en' },
  entries: withCommon(tencentCloudCommonEntries, [
    {
      code: 'Ok',
      kind: 'success',
      message: 'send success',
      category: 'unknown',
      retry: never,
      description: { zh: '发送成功', en: 'Sent successfully' },
    },
    {
      code: 'FailedOperation.ContainSensitiveWord',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '短信内容中含有敏感词，请联系 腾讯云短信小助手。',
        en: 'The SMS content contains sensitive words; contact Tencent Cloud SMS Helper.',
      },
    },
    {
      code: 'FailedOperation.FailResolvePacket',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '请求包解析失败，通常情况下是由于没有遵守 API 接口说明规范导致的，请参考 请求包体解析1004错误详解。',
        en: 'Failed to parse the request packet, usually because the API specification was not followed; see the explanation of request-body parse error 1004.',
      },
    },
    {
      code: 'FailedOperation.ForbidAddMarketingTemplates',
      category: 'permission',
      retry: never,
      description: { zh: '个人用户不能申请营销短信。', en: 'Individual users cannot apply for marketing SMS.' },
    },
    {
      code: 'FailedOperation.InsufficientBalanceInSmsPackage',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: {
        zh: '套餐包余量不足，请 购买套餐包。',
        en: 'The remaining amount of the SMS package is insufficient; buy a package.',
      },
    },
    {
      code: 'FailedOperation.JsonParseFail',
      category: 'invalid_request',
      retry: never,
      description: { zh: '解析请求包体时候失败。', en: 'Failed to parse the request body.' },
    },
    {
      code: 'FailedOperation.MarketingSendTimeConstraint',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '营销短信发送时间限制，为避免骚扰用户，营销短信只允许在8点到22点发送。',
        en: 'Marketing SMS sending-time restriction: to avoid disturbing users, marketing SMS may only be sent between 08:00 and 22:00.',
      },
    },
    {
      code: 'FailedOperation.MissingSignature',
      category: 'not_found',
      retry: never,
      description: {
        zh: '没有申请签名之前，无法申请模板，请根据 创建签名 申请完成之后再次申请。',
        en: 'A template cannot be applied for before an SMS signature has been applied for; apply for the template again after creating a signature.',
      },
    },
    {
      code: 'FailedOperation.MissingSignatureList',
      category: 'not_found',
      retry: never,
      description: {
        zh: '无法识别签名，请确认是否已有签名通过申请，一般是签名未通过申请，可以查看 签名审核。',
        en: 'The SMS signature cannot be recognised; check that a signature has passed review (usually the signature has not been approved); see Signature Review.',
      },
    },
    {
      code: 'FailedOperation.MissingSignatureToModify',
      category: 'not_found',
      retry: never,
      description: {
        zh: '此签名 ID 未提交申请或不存在，不能进行修改操作，请检查您的 SignId 是否填写正确。',
        en: 'This signature ID was never submitted or does not exist and cannot be modified; check that SignId is correct.',
      },
    },
    {
      code: 'FailedOperation.MissingTemplateList',
      category: 'not_found',
      retry: never,
      description: {
        zh: '无法识别模板，请确认是否已有模板通过申请，一般是模板未通过申请，可以查看 模板审核。',
        en: 'The template cannot be recognised; check that a template has passed review (usually the template has not been approved); see Template Review.',
      },
    },
    {
      code: 'FailedOperation.MissingTemplateToModify',
      category: 'not_found',
      retry: never,
      description: {
        zh: '此模板 ID 未提交申请或不存在，不能进行修改操作，请检查您的 TemplateId是否填写正确。',
        en: 'This template ID was never submitted or does not exist and cannot be modified; check that TemplateId is correct.',
      },
    },
    {
      code: 'FailedOperation.NotEnterpriseCertification',
      category: 'permission',
      retry: never,
      description: {
        zh: '非企业认证无法使用签名及模板相关接口，您可以 变更实名认证模式，变更为企业认证用户后，约1小时左右生效。',
        en: 'Without enterprise verification the signature and template APIs cannot be used; after changing the real-name verification mode to enterprise, it takes effect in about an hour.',
      },
    },
    {
      code: 'FailedOperation.OtherError',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '其他错误，一般是由于参数携带不符合要求导致，请参考API接口说明，如有需要请联系 腾讯云短信小助手。',
        en: 'Other error, usually caused by parameters that do not meet the requirements; see the API description, or contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'FailedOperation.ParametersOtherError',
      category: 'unknown',
      retry: never,
      description: {
        zh: '未知错误，如有需要请联系 腾讯云短信小助手。',
        en: 'Unknown error; contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'FailedOperation.PhoneNumberInBlacklist',
      category: 'permission',
      retry: never,
      description: {
        zh: '手机号在免打扰名单库中，通常是用户退订或者命中运营商免打扰名单导致的，可联系 腾讯云短信小助手 解决。',
        en: 'The phone number is on the do-not-disturb list, usually because the user unsubscribed or it is on a carrier do-not-disturb list; contact Tencent Cloud SMS Helper to resolve it.',
      },
    },
    {
      code: 'FailedOperation.PhoneNumberParseFail',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '号码解析失败，请检查号码是否符合 E.164 标准。',
        en: 'Failed to parse the phone number; check that it follows the E.164 standard.',
      },
    },
    {
      code: 'FailedOperation.ProhibitSubAccountUse',
      category: 'permission',
      retry: never,
      description: {
        zh: '非主账号无法使用拉取模板列表功能。您可以使用主账号下云 API 密钥来调用接口。',
        en: 'Only the root account can pull the template list; call the API with a cloud API key of the root account.',
      },
    },
    {
      code: 'FailedOperation.QualificationIdNotApproved',
      category: 'permission',
      retry: never,
      description: {
        zh: '资质ID未审核通过。资质 ID 信息可前往国内短信的 实名资质管理 页查看。',
        en: 'The qualification ID has not been approved; see the real-name qualification management page of domestic SMS.',
      },
    },
    {
      code: 'FailedOperation.SignIdNotExist',
      category: 'not_found',
      retry: never,
      description: { zh: '签名 ID 不存在。', en: 'The signature ID does not exist.' },
    },
    {
      code: 'FailedOperation.SignNumberLimit',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { zh: '签名个数达到最大值。', en: 'The number of signatures has reached the maximum.' },
    },
    {
      code: 'FailedOperation.SignatureIncorrectOrUnapproved',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '签名未审批或格式错误。（1）可登录 短信控制台，核查签名是否已审批并且审批通过；（2）核查是否符合格式规范，签名只能由中英文、数字组成，要求2 - 12个字，若存在疑问可联系 腾讯云短信小助手。',
        en: 'The SMS signature is unapproved or malformed. (1) Check in the SMS console that the signature has been reviewed and approved; (2) check the format: a signature may only contain Chinese and English characters and digits, 2 to 12 characters long; contact Tencent Cloud SMS Helper with questions.',
      },
    },
    {
      code: 'FailedOperation.TemplateAlreadyPassedCheck',
      category: 'conflict',
      retry: never,
      description: {
        zh: '此模板已经通过审核，无法再次进行修改。',
        en: 'This template has already passed review and cannot be modified again.',
      },
    },
    {
      code: 'FailedOperation.TemplateIdNotExist',
      category: 'not_found',
      retry: never,
      description: { zh: '模板 ID 不存在。', en: 'The template ID does not exist.' },
    },
    {
      code: 'FailedOperation.TemplateIncorrectOrUnapproved',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '模板未审批或内容不匹配。（1）可登录 短信控制台，核查模板是否已审批并审批通过；（2）核查是否符合 格式规范，若存在疑问可联系 腾讯云短信小助手。',
        en: 'The template is unapproved or the content does not match. (1) Check in the SMS console that the template has been reviewed and approved; (2) check that it follows the format rules; contact Tencent Cloud SMS Helper with questions.',
      },
    },
    {
      code: 'FailedOperation.TemplateNumberLimit',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { zh: '模板个数达到最大值。', en: 'The number of templates has reached the maximum.' },
    },
    {
      code: 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '请求内容与审核通过的模板内容不匹配。请检查请求中模板参数的个数是否与申请的模板一致。若存在疑问可联系 腾讯云短信小助手。',
        en: 'The request content does not match the approved template; check that the number of template parameters in the request matches the template as applied for; contact Tencent Cloud SMS Helper with questions.',
      },
    },
    {
      code: 'FailedOperation.TemplateUnapprovedOrNotExist',
      category: 'not_found',
      retry: never,
      description: {
        zh: '模板未审批或不存在。可登录 短信控制台，核查模板是否已审批并审批通过。若存在疑问可联系 腾讯云短信小助手。',
        en: 'The template is unapproved or does not exist; check in the SMS console that the template has been reviewed and approved; contact Tencent Cloud SMS Helper with questions.',
      },
    },
    {
      code: 'InternalError.JsonParseFail',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '解析用户参数失败，可联系 腾讯云短信小助手。',
        en: 'Failed to parse the user parameters; contact Tencent Cloud SMS Helper.',
      },
    },
    {
      code: 'InternalError.OtherError',
      category: 'internal',
      retry: never,
      description: {
        zh: '其他错误，请联系 腾讯云短信小助手 并提供失败手机号。',
        en: 'Other error; contact Tencent Cloud SMS Helper and give the failed phone number.',
      },
    },
    {
      code: 'InternalError.ParseBackendResponseFail',
      category: 'unavailable',
      retry: backoff,
      description: {
        zh: '解析运营商包体失败，可联系 sms helper 。',
        en: 'Failed to parse the carrier response packet; contact SMS Helper.',
      },
    },
    {
      code: 'InternalError.RequestTimeException',
      category: 'authentication',
      retry: refresh,
      clockSkew: true,
      description: {
        zh: '请求发起时间不正常，通常是由于您的服务器时间与腾讯云服务器时间差异超过10分钟导致的，请核对服务器时间及 API 接口中的时间字段是否正常。',
        en: "The request time is abnormal, usually because your server clock differs from Tencent Cloud's by more than 10 minutes; check the server time and the time fields of the API call.",
      },
    },
    {
      code: 'InternalError.RestApiInterfaceNotExist',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '不存在该 RESTAPI 接口，请核查 REST API 接口说明。',
        en: 'This REST API does not exist; check the REST API description.',
      },
    },
    {
      code: 'InternalError.SendAndRecvFail',
      category: 'unavailable',
      retry: backoff,
      description: {
        zh: '接口超时或短信收发包超时，请检查您的网络是否有波动，或联系 腾讯云短信小助手 解决。',
        en: 'The API or the SMS send/receive timed out; check whether your network is fluctuating, or contact Tencent Cloud SMS Helper.',
      },
    },
    {
      code: 'InternalError.SigFieldMissing',
      category: 'internal',
      retry: never,
      description: {
        zh: '后端包体中请求包体没有 Sig 字段或 Sig 为空。',
        en: 'The request body in the backend packet has no Sig field, or Sig is empty.',
      },
    },
    {
      code: 'InternalError.SigVerificationFail',
      category: 'internal',
      retry: never,
      description: { zh: '后端校验 Sig 失败。', en: 'The backend failed to verify Sig.' },
    },
    {
      code: 'InternalError.Timeout',
      category: 'unavailable',
      retry: backoff,
      description: {
        zh: '请求下发短信超时，请参考 60008错误详解。',
        en: 'The request to deliver the SMS timed out; see the explanation of error 60008.',
      },
    },
    {
      code: 'InternalError.UnknownError',
      category: 'internal',
      retry: backoff,
      description: { zh: '未知错误类型。', en: 'Unknown error type.' },
    },
    {
      code: 'InvalidParameter',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数错误。', en: 'Parameter error.' },
      variants: [
        {
          zh: '参数错误（包括参数格式、类型等错误）。',
          en: 'Parameter error (including wrong parameter format or type).',
        },
      ],
    },
    {
      code: 'InvalidParameter.AppidAndBizId',
      category: 'invalid_request',
      retry: never,
      description: { zh: '账号与应用id不匹配。', en: 'The account and the application ID do not match.' },
    },
    {
      code: 'InvalidParameter.DirtyWordFound',
      category: 'invalid_request',
      retry: never,
      description: { zh: '存在敏感词。', en: 'Sensitive words found.' },
    },
    {
      code: 'InvalidParameter.InvalidParameters',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '参数有误，如有需要请联系 腾讯云短信小助手。',
        en: 'Invalid parameters; contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'InvalidParameterValue.BeginTimeVerifyFail',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数 BeginTime 校验失败。', en: 'Parameter BeginTime failed validation.' },
    },
    {
      code: 'InvalidParameterValue.ContentLengthLimit',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '请求的短信内容太长，短信长度规则请参考 国内短信内容长度计算规则 或 国际/港澳台短信内容长度计算规则。',
        en: 'The requested SMS content is too long; see the length rules for domestic SMS or for international/Hong Kong, Macao and Taiwan SMS.',
      },
    },
    {
      code: 'InvalidParameterValue.EndTimeVerifyFail',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数 EndTime 校验失败。', en: 'Parameter EndTime failed validation.' },
    },
    {
      code: 'InvalidParameterValue.ImageInvalid',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '上传的转码图片格式错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 腾讯云短信小助手。',
        en: 'The uploaded transcoded image has a wrong format; see the description of this field in the API documentation, or contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'InvalidParameterValue.IncorrectPhoneNumber',
      category: 'invalid_request',
      retry: never,
      description: { zh: '手机号格式错误。', en: 'Malformed phone number.' },
    },
    {
      code: 'InvalidParameterValue.InvalidDocumentType',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'DocumentType 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 腾讯云短信小助手。',
        en: 'The DocumentType field failed validation; see the description of this field in the API documentation, or contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'InvalidParameterValue.InvalidInternational',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'International 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 腾讯云短信小助手。',
        en: 'The International field failed validation; see the description of this field in the API documentation, or contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'InvalidParameterValue.InvalidSignPurpose',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'SignPurpose 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 腾讯云短信小助手。',
        en: 'The SignPurpose field failed validation; see the description of this field in the API documentation, or contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'InvalidParameterValue.InvalidSmsType',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'SmsType 字段校验错误，请参照 API 接口说明中对该字段的描述，更多疑问可咨询 腾讯云短信小助手。',
        en: 'The SmsType field failed validation; see the description of this field in the API documentation, or ask Tencent Cloud SMS Helper.',
      },
    },
    {
      code: 'InvalidParameterValue.InvalidStartTime',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '无效的拉取起始/截止时间，具体原因可能是请求的 SendDateTime 大于 EndDateTime。',
        en: 'Invalid pull start or end time, possibly because the requested SendDateTime is later than EndDateTime.',
      },
    },
    {
      code: 'InvalidParameterValue.InvalidTemplateFormat',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '模板格式错误，请参考正文模板审核标准。',
        en: 'Malformed template; see the body template review standards.',
      },
    },
    {
      code: 'InvalidParameterValue.InvalidUsedMethod',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'UsedMethod 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 腾讯云短信小助手。',
        en: 'The UsedMethod field failed validation; see the description of this field in the API documentation, or contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'InvalidParameterValue.LimitVerifyFail',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数 Limit 校验失败。', en: 'Parameter Limit failed validation.' },
    },
    {
      code: 'InvalidParameterValue.MarketingTemplateWithoutUnsubscribe',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '营销短信必须包含退订方式，请在短信模板尾部添加“拒收请回复R”后提交。可参考 关于营销短信退订标识修改的公告。',
        en: 'Marketing SMS must include a way to unsubscribe; add "拒收请回复R" (reply R to opt out) at the end of the template and submit it again; see the announcement on the marketing SMS unsubscribe marker.',
      },
    },
    {
      code: 'InvalidParameterValue.MultiSmsInfoSetEmpty',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '传入的 MultiSmsInfoSet 列表为空，请确认您的参数中是否传入 MultiSmsInfoSet。',
        en: 'The MultiSmsInfoSet list passed is empty; check that MultiSmsInfoSet is among your parameters.',
      },
    },
    {
      code: 'InvalidParameterValue.OffsetVerifyFail',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数 Offset 校验失败。', en: 'Parameter Offset failed validation.' },
    },
    {
      code: 'InvalidParameterValue.ProhibitedUseUrlInTemplateParameter',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '禁止在模板变量中使用 URL。您可以参考正文模板审核标准下关于 变量规范 的描述',
        en: 'URLs are not allowed in template variables; see the variable rules in the body template review standards.',
      },
    },
    {
      code: 'InvalidParameterValue.QualificationIdNotFound',
      category: 'not_found',
      retry: never,
      description: {
        zh: '资质ID未找到。资质 ID 信息可前往国内短信的 实名资质管理 页查看。',
        en: 'The qualification ID was not found; see the real-name qualification management page of domestic SMS.',
      },
    },
    {
      code: 'InvalidParameterValue.SdkAppIdNotExist',
      category: 'not_found',
      retry: never,
      description: { zh: 'SdkAppId 不存在。', en: 'The SdkAppId does not exist.' },
    },
    {
      code: 'InvalidParameterValue.SignAlreadyPassedCheck',
      category: 'conflict',
      retry: never,
      description: {
        zh: '此签名已经通过审核，无法再次进行修改。',
        en: 'This signature has already passed review and cannot be modified again.',
      },
    },
    {
      code: 'InvalidParameterValue.SignExistAndUnapproved',
      category: 'conflict',
      retry: never,
      description: { zh: '已存在相同的待审核签名。', en: 'An identical signature pending review already exists.' },
    },
    {
      code: 'InvalidParameterValue.SignNameLengthTooLong',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名内容长度过长。', en: 'The signature content is too long.' },
    },
    {
      code: 'InvalidParameterValue.TemplateParameterFormatError',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '验证码模板参数格式错误，验证码类模板，模板变量只能传入0 - 6位（包括6位）纯数字。',
        en: 'Malformed verification-code template parameter: for verification-code templates a variable may only be 0 to 6 digits (6 included).',
      },
    },
    {
      code: 'InvalidParameterValue.TemplateParameterLengthLimit',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '单个模板变量字符数超过规定的限制数。您可以参考 正文模板审核标准下变量规范中关于长度的描述，对于长期未使用的账号及2024年1月25日后开通新账号默认最长支持6个字符，您的账号具体可支持字符长度以控制台显示为准。更多疑问可联系 腾讯云短信小助手 。',
        en: 'A single template variable has more characters than allowed; see the length rules in the variable section of the body template review standards. Accounts unused for a long time and accounts opened after 25 January 2024 support at most 6 characters by default; the console shows what your account supports. Contact Tencent Cloud SMS Helper with questions.',
      },
    },
    {
      code: 'InvalidParameterValue.TemplateWithDirtyWords',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '模板内容存在敏感词，请参考正文模板审核标准。',
        en: 'The template content contains sensitive words; see the body template review standards.',
      },
    },
    {
      code: 'InvalidParameterValue.UnsupportedTemplateVariable',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '申请国内短信通知和营销短信模板不支持添加变量。可参考 控制台说明，更多疑问可咨询 腾讯云短信小助手',
        en: 'Domestic notification and marketing SMS templates do not support variables; see the console description, or ask Tencent Cloud SMS Helper.',
      },
    },
    {
      code: 'LimitExceeded.AppCountryOrRegionDailyLimit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '业务短信国家/地区日下发条数超过设定的上限，可自行到控制台应用管理>基础配置下调整国际港澳台短信发送限制。',
        en: 'The daily number of business SMS to this country or region exceeds the configured limit; adjust the international/Hong Kong, Macao and Taiwan SMS sending limits under Application Management > Basic Configuration in the console.',
      },
    },
    {
      code: 'LimitExceeded.AppCountryOrRegionInBlacklist',
      category: 'permission',
      retry: never,
      description: {
        zh: '业务短信国家/地区不在国际港澳台短信发送限制设置的列表中而禁发，可自行到控制台应用管理>基础配置下调整国际港澳台短信发送限制。',
        en: 'Business SMS to this country or region is blocked because it is not in the list of the international/Hong Kong, Macao and Taiwan SMS sending limits; adjust them under Application Management > Basic Configuration in the console.',
      },
    },
    {
      code: 'LimitExceeded.AppDailyLimit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '业务短信日下发条数超过设定的上限 ，可自行到控制台调整短信频率限制策略。',
        en: 'The daily number of business SMS exceeds the configured limit; adjust the SMS frequency limit policy in the console.',
      },
    },
    {
      code: 'LimitExceeded.AppGlobalDailyLimit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '业务短信国际/港澳台日下发条数超过设定的上限，可自行到控制台应用管理>基础配置下调整发送总量阈值。',
        en: 'The daily number of international/Hong Kong, Macao and Taiwan business SMS exceeds the configured limit; adjust the total sending threshold under Application Management > Basic Configuration in the console.',
      },
    },
    {
      code: 'LimitExceeded.AppMainlandChinaDailyLimit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '业务短信中国大陆日下发条数超过设定的上限，可自行到控制台应用管理>基础配置下调整发送总量阈值。',
        en: 'The daily number of Chinese mainland business SMS exceeds the configured limit; adjust the total sending threshold under Application Management > Basic Configuration in the console.',
      },
    },
    {
      code: 'LimitExceeded.DailyLimit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '短信日下发条数超过设定的上限 (国际/港澳台)，如需调整限制，可联系 腾讯云短信小助手。',
        en: 'The daily number of SMS exceeds the configured limit (international/Hong Kong, Macao and Taiwan); to change the limit, contact Tencent Cloud SMS Helper.',
      },
    },
    {
      code: 'LimitExceeded.DeliveryFrequencyLimit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        zh: '下发短信命中了频率限制策略，可自行到控制台调整短信频率限制策略，如有其他需求请联系 腾讯云短信小助手。',
        en: 'The SMS delivery hit the frequency limit policy; adjust the SMS frequency limit policy in the console, or contact Tencent Cloud SMS Helper for other needs.',
      },
    },
    {
      code: 'LimitExceeded.GlobalSmsSendingRateLimit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        zh: '国际短信发送速率限制。若存在疑问可联系 腾讯云短信小助手。',
        en: 'International SMS sending rate limit; contact Tencent Cloud SMS Helper with questions.',
      },
    },
    {
      code: 'LimitExceeded.PhoneNumberCountLimit',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '调用接口单次提交的手机号个数超过200个，请遵守 API 接口输入参数描述。',
        en: 'More than 200 phone numbers were submitted in one call; follow the API input parameter description.',
      },
    },
    {
      code: 'LimitExceeded.PhoneNumberDailyLimit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'recipient',
      description: {
        zh: '单个手机号日下发短信条数超过设定的上限，可自行到控制台调整短信频率限制策略。',
        en: 'The daily number of SMS to a single phone number exceeds the configured limit; adjust the SMS frequency limit policy in the console.',
      },
    },
    {
      code: 'LimitExceeded.PhoneNumberOneHourLimit',
      category: 'rate_limit',
      retry: afterDelay(60 * 60_000),
      scope: 'recipient',
      description: {
        zh: '单个手机号1小时内下发短信条数超过设定的上限，可自行到控制台调整短信频率限制策略。',
        en: 'The number of SMS to a single phone number within 1 hour exceeds the configured limit; adjust the SMS frequency limit policy in the console.',
      },
    },
    {
      code: 'LimitExceeded.PhoneNumberSameContentDailyLimit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'request',
      description: {
        zh: '单个手机号下发相同内容超过设定的上限，可自行到控制台调整短信频率限制策略。',
        en: 'The same content sent to a single phone number exceeds the configured limit; adjust the SMS frequency limit policy in the console.',
      },
    },
    {
      code: 'LimitExceeded.PhoneNumberThirtySecondLimit',
      category: 'rate_limit',
      retry: afterDelay(30_000),
      scope: 'recipient',
      description: {
        zh: '单个手机号30秒内下发短信条数超过设定的上限，可自行到控制台调整短信频率限制策略。',
        en: 'The number of SMS to a single phone number within 30 seconds exceeds the configured limit; adjust the SMS frequency limit policy in the console.',
      },
    },
    {
      code: 'MissingParameter',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少参数错误。', en: 'Missing parameter.' },
      variants: [{ zh: '缺少参数。', en: 'Missing parameter.' }],
    },
    {
      code: 'MissingParameter.EmptyPhoneNumberSet',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '传入的号码列表为空，请确认您的参数中是否传入号码。',
        en: 'The phone number list passed is empty; check that phone numbers are among your parameters.',
      },
    },
    {
      code: 'UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny',
      category: 'permission',
      retry: never,
      description: {
        zh: '个人用户没有发营销短信的权限，请参考 权益区别。',
        en: 'Individual users have no permission to send marketing SMS; see the differences in entitlements.',
      },
    },
    {
      code: 'UnauthorizedOperation.RequestIpNotInWhitelist',
      category: 'permission',
      retry: never,
      description: {
        zh: '请求 IP 不在白名单中，您配置了校验请求来源 IP，但是检测到当前请求 IP 不在配置列表中，如有需要请联系 腾讯云短信小助手。',
        en: 'The request IP is not on the allow list: request source IP checking is configured and the current IP is not in the configured list; contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'UnauthorizedOperation.RequestPermissionDeny',
      category: 'permission',
      retry: never,
      description: {
        zh: '请求没有权限，请联系 腾讯云短信小助手。',
        en: 'The request has no permission; contact Tencent Cloud SMS Helper.',
      },
    },
    {
      code: 'UnauthorizedOperation.SdkAppIdIsDisabled',
      category: 'permission',
      retry: never,
      description: {
        zh: '此 SdkAppId 禁止提供服务，如有需要请联系 腾讯云短信小助手。',
        en: 'Service is disabled for this SdkAppId; contact Tencent Cloud SMS Helper if needed.',
      },
    },
    {
      code: 'UnauthorizedOperation.ServiceSuspendDueToArrears',
      category: 'billing',
      retry: never,
      description: {
        zh: '欠费被停止服务，可自行登录腾讯云充值来缴清欠款。',
        en: 'Service suspended for overdue payment; log in to Tencent Cloud and top up to clear the arrears.',
      },
    },
    {
      // The vendor's own spelling, as the SDK listed it until v1.0.762 (see the file's sources).
      code: 'UnauthorizedOperation.SerivceSuspendDueToArrears',
      category: 'billing',
      retry: never,
      description: {
        zh: '欠费被停止服务，可自行登录腾讯云充值来缴清欠款。',
        en: 'Service suspended for overdue payment; log in to Tencent Cloud and top up to clear the arrears.',
      },
    },
    {
      code: 'UnauthorizedOperation.SmsSdkAppIdVerifyFail',
      category: 'permission',
      retry: never,
      description: {
        zh: 'SmsSdkAppId 校验失败，请检查 SmsSdkAppId 是否属于 云API密钥 的关联账户。',
        en: 'SmsSdkAppId verification failed; check that the SmsSdkAppId belongs to the account of the cloud API key.',
      },
    },
    {
      code: 'UnsupportedOperation',
      category: 'invalid_request',
      retry: never,
      description: { zh: '操作不支持。', en: 'Unsupported operation.' },
    },
    {
      code: 'UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '国内短信模板不支持发送国际/港澳台手机号。发送国际/港澳台手机号请使用国际/港澳台短信正文模板。',
        en: 'Domestic SMS templates cannot be sent to international/Hong Kong, Macao and Taiwan numbers; use an international/Hong Kong, Macao and Taiwan body template for those numbers.',
      },
    },
    {
      code: 'UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '群发请求里既有国内手机号也有国际手机号。请排查是否存在（1）使用国内签名或模板却发送短信到国际手机号；（2）使用国际签名或模板却发送短信到国内手机号。',
        en: 'A bulk request contains both domestic and international numbers; check whether (1) a domestic signature or template is used to send to international numbers, or (2) an international signature or template is used to send to domestic numbers.',
      },
    },
    {
      code: 'UnsupportedOperation.ContainDomesticPhoneNumber',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '包含中国大陆号码，该接口仅支持国际/港澳台号码。',
        en: 'Chinese mainland numbers included: this API only supports international/Hong Kong, Macao and Taiwan numbers.',
      },
    },
    {
      code: 'UnsupportedOperation.GlobalTemplateToChineseMainlandPhone',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '国际/港澳台短信模板不支持发送国内手机号。发送国内手机号请使用国内短信正文模板。',
        en: 'International/Hong Kong, Macao and Taiwan SMS templates cannot be sent to domestic numbers; use a domestic body template for domestic numbers.',
      },
    },
    {
      // The vendor's own spelling, as the SDK listed it until v1.0.762 (see the file's sources).
      code: 'UnsupportedOperation.UnsuportedRegion',
      category: 'invalid_request',
      retry: never,
      description: { zh: '不支持该地区短信下发。', en: 'SMS delivery to this region is not supported.' },
    },
    {
      code: 'UnsupportedOperation.UnsupportedRegion',
      category: 'invalid_request',
      retry: never,
      description: { zh: '不支持该地区短信下发。', en: 'SMS delivery to this region is not supported.' },
    },
  ]),
})
