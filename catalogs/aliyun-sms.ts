import { defineCatalog } from '../src/catalog/define-catalog.js'
import { afterDelay, afterWindow, backoff, never, refresh } from '../src/catalog/retry-rules.js'
import { popCommonEntries } from './shared/aliyun-pop-common.js'
import { withCommon } from './shared/with-common.js'

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25, `dysmsapi.aliyuncs.com`): the domestic API error codes, and the
 * errors of the POP gateway in front of it. Codes are strings exactly as `Code` carries them: `'OK'`,
 * `'isv.BUSINESS_LIMIT_CONTROL'`, `'SignatureDoesNotMatch'`, `'template_parameter_count_illegal'`.
 *
 * Sources, and how much of each could be read:
 * - https://help.aliyun.com/zh/sms/developer-reference/api-error-codes (also document_detail/101346.html),
 *   the vendor's table "错误码(Code) | 错误信息(Message) | 原因及解决方案". Only a stored copy of its first part
 *   was readable, through isv.MONTH_LIMIT_CONTROL; that copy had full-width punctuation folded to ASCII.
 * - document_detail/101347.html and 101347.htm: older editions of the same rows (the delivery-receipt page
 *   once repeated them), readable through isv.OUT_OF_SERVICE and isv.ACCOUNT_ABNORMAL; the 2023 copy of the
 *   page at blog.csdn.net/weixin_46681279/article/details/132269297 and developer.aliyun.com/ask/278548 (2020)
 *   for the row of OK and the older Message of isp.RAM_PERMISSION_DENY.
 * - The rest of the table as a public project copied it into code comments: github.com/yuenxillar/next-web
 *   at 7e59fe4910353abd04f8a5215527d7b1c658d1d7, next-web-framework/next-web-sms/src/aliyun/respnose/sms_respnose.rs.
 *   Its wording matches the official rows wherever both could be read. It also holds delivery-receipt
 *   codes of another page (MOBILE_NOT_ON_SERVICE, …, PORT_NOT_REGISTERED): those are left out, since they
 *   arrive as a receipt's ErrCode, not as an API `Code`. Whether the last six isv.* rows of that file
 *   (isv.UNSUPPORTED_CONTENT to isv.SIGN_SOURCE_ILLEGAL) sit in the API table or the receipt table could not
 *   be confirmed; they are isv.* platform codes, so they are kept.
 * - The 2023-03 Message column (github.com/vnjohn/sms-provider-gateway at 7b14e8da6d852640cc77bda76b18c31288ea348e,
 *   src/main/java/org/vnjohn/sms/constants/AliCloudCommonErrorCodeEnum.java): where it differs from today's
 *   text, the older text is kept in `variants`, since accounts may still receive it.
 * - The POP gateway's common errors (signature, timestamp, AccessKey, RAM, flow control, …), which it answers
 *   in front of Dysmsapi as in front of every product, come from `catalogs/shared/aliyun-pop-common.ts`
 *   (its sources are named there); the aliyun-pop catalog includes the same table. Where the SMS table has
 *   its own row for one of them (SignatureDoesNotMatch, InvalidTimeStamp.Expired, SignatureNonceUsed,
 *   InvalidAction.NotFound), the
 *   SMS row is kept. MissingSignName is the documented `Missing{ParameterName}` as a real dysmsapi body
 *   spelled it.
 *
 * Fields: `message` is what `Message` says (the table's Message column; for gateway codes the English text
 * the gateway returns). `description.zh` is the table's Chinese description column verbatim, `remedy.zh` its
 * "原因…解决方案…" column verbatim (list items joined); every `.en` is a translation. Where a row is known only
 * from a width-folded copy, its punctuation is given full-width, as the vendor's pages print it.
 *
 * How entries were judged:
 * - 签名 in isv.* codes is the SMS signature (the sender's reviewed brand name), not a request signature:
 *   those codes are `invalid_request`, `permission` or `not_found`. Only the gateway's request-signing
 *   codes (SignatureDoesNotMatch, InvalidAccessKeyId.*) are `authentication`.
 * - isv.BUSINESS_LIMIT_CONTROL limits one phone number ("发送频率上限针对手机号码的维度而言"; by default 1/min,
 *   5/h and 10/day per signature and number, and 40/day per number across Aliyun): `rate_limit`, scope
 *   `recipient`, after 60 s, the shortest of those windows. Only `Message` says which window was hit, so
 *   `byMessage` reads it: "触发分钟级流控Permits:1" keeps the 60 s; "触发小时级流控Permits:5" waits an hour;
 *   "触发天级流控Permits:10" (the per-signature cap, set "每个自然日" in the console: document_detail/108293.html)
 *   is `quota` until 00:00 UTC+8; "触发号码天级流控Permits:40" (the cross-platform cap, whose day is "当下时间往后推
 *   24小时": developer.aliyun.com/ask/474934) is `quota` for 24 hours. No vendor page lists the four texts;
 *   they are as applications logged the API's answers in public code, and each pattern matches its window's
 *   words only (`号码天级流控` is tried before `天级流控`).
 * - isv.DAY_LIMIT_CONTROL and isv.MONTH_LIMIT_CONTROL are the account's own caps set in the console:
 *   `quota`, scope `account`, until the next day or month (UTC+8). The per-natural-day caps on applying for
 *   signatures, templates and short links wait for the next day; isv.SMS_OVER_LIMIT says "24小时后".
 * - Throttling, Throttling.User and Throttling.Api count the caller's account: `rate_limit`, scope
 *   `account`, `throttled`.
 * - InvalidTimeStamp.Expired (more than 15 minutes from the server's clock): `refresh`, with the measured
 *   clock skew. SignatureNonceUsed: sign again with a new nonce (`refresh`), but not replay-safe: it is what
 *   a client sees when it retried without a new nonce, and the first attempt may have sent the message.
 * - isp.SYSTEM_ERROR, isp.GATEWAY_ERROR and IS_CLOSE ask to try again: `backoff`. Balance codes are
 *   `billing`; review-state codes (cannot delete or modify while under review or after approval) `conflict`.
 */
export const aliyunSmsCatalog = defineCatalog({
  vendor: 'aliyun-sms',
  title: 'Alibaba Cloud SMS API error codes',
  source: 'https://help.aliyun.com/zh/sms/developer-reference/api-error-codes',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en', remedy: 'en' },
  entries: withCommon(popCommonEntries, [
    {
      code: 'OK',
      kind: 'success',
      message: 'OK',
      category: 'unknown',
      retry: never,
      description: { zh: '表示接口调用成功。', en: 'The call succeeded.' },
    },
    {
      code: 'isv.SMS_SIGNATURE_SCENE_ILLEGAL',
      message: '签名和模板类型不一致',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '签名和模板类型不一致',
        en: 'The SMS signature type does not match the template type',
      },
      remedy: {
        zh: '原因：模板和签名类型不一致。错误示例：用验证码签名发送了通知短信或推广短信。解决方案：签名分为验证码和通用两种类型。模板分为验证码、短信通知和推广短信三种类型。其中验证码类签名只能发送验证码模板，通用类签名可以发送全部类型的模板。建议您把签名更改为通用类型。',
        en: 'Cause: the template and signature types differ, for example a verification-code signature used to send a notification or promotional message. Solution: signatures are of two types, verification code and general; templates of three, verification code, notification and promotion. A verification-code signature can only send verification-code templates; a general signature can send every type. Change the signature to the general type.',
      },
    },
    {
      code: 'isv.EXTEND_CODE_ERROR',
      message: '扩展码使用错误，相同的扩展码不可用于多个签名',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '扩展码使用错误，相同的扩展码不可用于多个签名',
        en: 'Extension code misused: one extension code cannot serve several signatures',
      },
      remedy: {
        zh: '原因：发送短信时，不同签名的短信使用了相同的扩展码。解决方案：在调用短信发送接口时，不同的短信签名使用不同的扩展码。',
        en: 'Cause: messages with different signatures were sent with the same extension code. Solution: when calling the send API, use a different extension code for each SMS signature.',
      },
    },
    {
      code: 'isv.SIGN_STATE_ILLEGAL',
      message: '签名状态为“不可用”',
      category: 'permission',
      retry: never,
      description: { zh: '签名状态为“不可用”', en: 'The SMS signature is in the "unavailable" state' },
      remedy: {
        zh: '原因：无法使用“不可用”状态的签名发送短信。解决方案：请查看签名状态详情说明，并根据具体的“不可用”原因做签名编辑修正。',
        en: 'Cause: a signature in the "unavailable" state cannot send messages. Solution: read the signature status details and edit the signature according to the reason it is unavailable.',
      },
    },
    {
      code: 'isv.DOMESTIC_NUMBER_NOT_SUPPORTED',
      message: '国际/港澳台消息模板不支持发送境内号码',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '国际/港澳台消息模板不支持发送境内号码',
        en: 'International/Hong Kong, Macao and Taiwan templates cannot send to mainland numbers',
      },
      remedy: {
        zh: '原因：国际/港澳台消息模板仅支持发送国际、中国港澳台地区的号码。解决方案：如果要发送中国内地短信，请申请国内消息短信模板。',
        en: 'Cause: international/Hong Kong, Macao and Taiwan templates only send to international numbers and numbers in Hong Kong, Macao and Taiwan. Solution: to send to the Chinese mainland, apply for a domestic message template.',
      },
    },
    {
      code: 'isv.DENY_IP_RANGE',
      message: 'IP地址所在的地区被禁用',
      category: 'permission',
      retry: never,
      description: { zh: 'IP地址所在的地区被禁用', en: 'The region of the calling IP address is blocked' },
      remedy: {
        zh: '原因：被系统检测到原IP属于非中国内地地区。解决方案：请将原IP地址修改为中国内地地区的IP地址。国际/港澳台的IP地址禁止发送中国内地短信业务。更多详情，请参见服务接入点。',
        en: 'Cause: the system found that the source IP is outside the Chinese mainland. Solution: call from an IP address in the Chinese mainland; IP addresses outside it (international, Hong Kong, Macao, Taiwan) may not send mainland SMS. See the service endpoints for details.',
      },
      variants: [
        { zh: '原IP地址所在的地区被禁用', en: 'The region of the source IP address is blocked' },
        { zh: '源IP地址所在的地区被禁用', en: 'The region of the source IP address is blocked' },
      ],
    },
    {
      code: 'isv.DAY_LIMIT_CONTROL',
      message: '触发日发送限额',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: { zh: '触发日发送限额', en: 'Daily sending cap reached' },
      remedy: {
        zh: '原因：已经达到您在控制台设置的短信日发送量限额值。解决方案：如果需要修改限额，请登录短信服务控制台，在通用设置 > 国内消息设置 > 安全设置页面，修改日发送量总量阈值。',
        en: 'Cause: the daily sending cap you set in the console has been reached. Solution: to change the cap, log on to the SMS console and edit the daily total threshold under General Settings > Domestic Message Settings > Security Settings.',
      },
    },
    {
      code: 'isv.MONTH_LIMIT_CONTROL',
      message: '触发月发送限额',
      category: 'quota',
      retry: afterWindow('month'),
      scope: 'account',
      description: { zh: '触发月发送限额', en: 'Monthly sending cap reached' },
      remedy: {
        zh: '原因：已经达到您在控制台设置的短信月发送量限额值。解决方案：如果需要修改限额，请登录短信服务控制台，在通用设置 > 国内消息设置 > 安全设置页面，修改月发送量总量阈值。',
        en: 'Cause: the monthly sending cap you set in the console has been reached. Solution: to change the cap, log on to the SMS console and edit the monthly total threshold under General Settings > Domestic Message Settings > Security Settings.',
      },
    },
    {
      code: 'isv.SMS_CONTENT_ILLEGAL',
      message: '短信内容包含禁止发送内容',
      category: 'invalid_request',
      retry: never,
      description: { zh: '短信内容包含禁止发送内容', en: 'The message contains forbidden content' },
      remedy: {
        zh: '原因：短信内容包含禁止发送内容。解决方案：修改短信文案，规范详情请参见短信模板规范。',
        en: 'Cause: the message contains content that may not be sent. Solution: revise the text; see the SMS template rules.',
      },
    },
    {
      code: 'isv.SMS_SIGN_ILLEGAL',
      message: '签名禁止使用',
      category: 'permission',
      retry: never,
      description: { zh: '签名禁止使用', en: 'The SMS signature is banned' },
      remedy: {
        zh: '原因：签名禁止使用。解决方案：请在短信服务控制台申请符合规定的签名。更多操作，请参见申请短信签名。',
        en: 'Cause: the signature may not be used. Solution: apply for a compliant signature in the SMS console; see "Apply for an SMS signature".',
      },
    },
    {
      code: 'isp.RAM_PERMISSION_DENY',
      message: 'RAM权限不足',
      category: 'permission',
      retry: never,
      description: { zh: 'RAM权限不足', en: 'Insufficient RAM permissions' },
      remedy: {
        zh: '原因：RAM权限不足。解决方案：请为当前使用的AccessKey对应的RAM用户进行授权：AliyunDysmsFullAccess（管理权限）。具体操作请参见授权RAM用户。',
        en: 'Cause: the RAM permissions are insufficient. Solution: grant the RAM user of the AccessKey in use the AliyunDysmsFullAccess (management) policy; see "Grant permissions to a RAM user".',
      },
      variants: [{ zh: 'RAM权限DENY', en: 'RAM permission denied' }],
    },
    {
      code: 'isv.OUT_OF_SERVICE',
      message: '业务停机',
      category: 'billing',
      retry: never,
      description: { zh: '业务停机', en: 'Service suspended' },
      remedy: {
        zh: '原因：余额不足导致的业务停机，更多详情请参见欠费说明。解决方案：请及时充值。',
        en: 'Cause: the service was suspended because the balance is insufficient; see the overdue-payment notes. Solution: top up the account.',
      },
    },
    {
      code: 'isv.PRODUCT_UN_SUBSCRIPT',
      message: '未开通云通信产品的阿里云客户',
      category: 'permission',
      retry: never,
      description: {
        zh: '未开通云通信产品的阿里云客户',
        en: 'The Alibaba Cloud account has not activated cloud communication products',
      },
      remedy: {
        zh: '原因：该AccessKey所属的账号尚未开通云通信的服务，包括短信、语音、流量等服务。解决方案：当出现此类报错信息时，需要检查当前AccessKey是否已经开通阿里云短信服务。如果已开通短信服务，请调用接口即可。',
        en: 'Cause: the account of this AccessKey has not activated cloud communication services (SMS, voice, data and others). Solution: check whether the AccessKey has Alibaba Cloud SMS activated; once it has, call the API.',
      },
    },
    {
      code: 'isv.PRODUCT_UNSUBSCRIBE',
      message: '产品未开通',
      category: 'permission',
      retry: never,
      description: { zh: '产品未开通', en: 'Product not activated' },
      remedy: {
        zh: '原因：该AccessKey所属的账号尚未开通当前接口的产品，如仅开通了短信服务的用户调用语音服务接口时会产生此报错信息。解决方案：检查AccessKey对应账号是否已开通调用对应接口的服务。如需开通服务，请参见短信服务或语音服务。',
        en: "Cause: the account of this AccessKey has not activated the product of this API, for example a user with only SMS calling a voice API. Solution: check whether the AccessKey's account has activated the service of the API; to activate it, see SMS or Voice Service.",
      },
    },
    {
      code: 'isv.ACCOUNT_NOT_EXISTS',
      message: '账户不存在',
      category: 'authentication',
      retry: never,
      description: { zh: '账户不存在', en: 'The account does not exist' },
      remedy: {
        zh: '原因：使用了错误的账户名称或AccessKey。解决方案：请确认账号信息。',
        en: 'Cause: a wrong account name or AccessKey was used. Solution: check the account details.',
      },
    },
    {
      code: 'isv.ACCOUNT_ABNORMAL',
      message: '账户异常',
      category: 'permission',
      retry: never,
      description: { zh: '账户异常', en: 'The account is abnormal' },
      remedy: {
        zh: '原因：账户异常。解决方案：计费服务查询异常，请点击链接，打开钉钉扫码进入短信服务专属钉群。',
        en: "Cause: the account is abnormal. Solution: the billing service query failed; follow the link and scan the code with DingTalk to join the SMS service's support group.",
      },
    },
    {
      code: 'isv.SMS_TEMPLATE_ILLEGAL',
      message: '模板非法',
      category: 'not_found',
      retry: never,
      description: { zh: '模板非法', en: 'Invalid template' },
      remedy: {
        zh: '原因：传入的模板Code有误。传入的模板内容或格式有误。解决方案：请检查AccessKey账号和模板是否属于同一个账号。若账号模板属于同一账号，请登录短信服务控制台，在模板管理页面查看此模板是否审核通过，若未通过审核，建议模板审核通过后再使用此模板。请检查模板传参格式。更多模板规范请参见短信模板规范。确保TemplateCode不含有空格。确保传入的TemplateCode对应的模板变量与TemplateParam中的变量一致。确保传入的TemplateParam为JSON字符串。确保TemplateParam传入的变量值个数和模板实际的变量个数相符。确保TemplateParam传入的变量名称与模板对应变量的名称相符。',
        en: "Cause: the template code passed is wrong, or the template content or format passed is wrong. Solution: check that the AccessKey and the template belong to the same account. If they do, log on to the SMS console and check on the template management page whether the template was approved; if not, use it once approved. Check the format of the template parameters (see the template rules). Make sure TemplateCode has no spaces, that the template's variables match those in TemplateParam, that TemplateParam is a JSON string, and that its number and names of variables match the template's.",
      },
      variants: [{ zh: '该账号下找不到对应模板', en: 'No such template under this account' }],
    },
    {
      code: 'isv.SMS_SIGNATURE_ILLEGAL',
      message: '签名非法',
      category: 'not_found',
      retry: never,
      description: { zh: '签名非法', en: 'Invalid SMS signature' },
      remedy: {
        zh: '原因：在您的账号下找不到对应编号的签名，可能是AccessKey账号和签名归属于不同账号，或使用了未审核通过的签名。您传入的签名有空格、问号、错别字等导致乱码。解决方案：请检查您的AccessKey和签名是否属于同一个账号，或登录短信服务控制台，在签名管理页面查看此签名是否审核通过。请检查您传入的签名格式是否正确，删除签名中的空格、特殊符号，修改错别字。签名规范请参见短信签名规范。',
        en: 'Cause: no signature with that name exists under your account: the AccessKey and the signature may belong to different accounts, or the signature was not approved; or the signature passed contains spaces, question marks or typos that garble it. Solution: check that the AccessKey and the signature belong to the same account, or check on the signature management page of the SMS console whether it was approved. Check the signature passed: remove spaces and special symbols and fix typos; see the SMS signature rules.',
      },
      variants: [{ zh: '该账号下找不到对应签名', en: 'No such SMS signature under this account' }],
    },
    {
      code: 'isv.INVALID_PARAMETERS',
      message: '参数格式不正确',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数格式不正确', en: 'Malformed parameter' },
      remedy: {
        zh: '原因：参数格式不正确。解决方案：请根据对应的API文档检查参数格式。如，短信查询QuerySendDetails接口的参数SendDate日期格式为yyyyMMdd，正确格式为20170101，错误格式为2017-01-01。',
        en: 'Cause: a parameter is malformed. Solution: check the parameter formats against the API reference. For example, SendDate of QuerySendDetails is yyyyMMdd: 20170101 is right, 2017-01-01 is wrong.',
      },
    },
    {
      code: 'isp.SYSTEM_ERROR',
      message: '系统错误，请重新调用',
      category: 'internal',
      retry: backoff,
      description: { zh: '系统错误，请重新调用', en: 'System error; call again' },
      remedy: {
        zh: '原因：系统出现错误。解决方案：请重新调用接口。',
        en: 'Cause: a system error occurred. Solution: call the API again.',
      },
      variants: [{ zh: '系统出现错误，请重新调用', en: 'A system error occurred; call again' }],
    },
    {
      code: 'isv.MOBILE_NUMBER_ILLEGAL',
      message: '手机号码格式错误',
      category: 'invalid_request',
      retry: never,
      description: { zh: '手机号码格式错误', en: 'Malformed mobile number' },
      remedy: {
        zh: '原因：手机号码格式错误。解决方案：参数PhoneNumbers请传入正确的格式。国内消息：+/+86/0086/86或无任何前缀的11位手机号码，如1595195****。国际/港澳台消息：国际区号+号码，如8520000****。',
        en: 'Cause: the mobile number is malformed. Solution: pass PhoneNumbers in the right format. Domestic messages: an 11-digit mobile number with a +, +86, 0086 or 86 prefix or none, such as 1595195****. International/Hong Kong, Macao and Taiwan messages: country code plus number, such as 8520000****.',
      },
    },
    {
      code: 'isv.MOBILE_COUNT_OVER_LIMIT',
      message: '调用接口时参数PhoneNumbers中指定的手机号码数量超出限制',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '调用接口时参数PhoneNumbers中指定的手机号码数量超出限制',
        en: 'Too many mobile numbers in PhoneNumbers',
      },
      remedy: {
        zh: '原因：参数PhoneNumbers中指定的手机号码数量超出限制。解决方案：请将手机号码数量限制在规定范围以内。各接口参数PhoneNumbers数量限制如下：SendSms接口、SendCardSms接口：上限为1000个手机号码；SendBatchSms接口、SendBatchCardSms接口：最多可以向100个手机号码发送短信。',
        en: 'Cause: PhoneNumbers holds more numbers than allowed. Solution: stay within the limit. PhoneNumbers limits per API: SendSms and SendCardSms, up to 1000 numbers; SendBatchSms and SendBatchCardSms, up to 100 numbers.',
      },
      variants: [
        { zh: '手机号码数量超过限制，最多支持1000条', en: 'Too many mobile numbers; at most 1000 are supported' },
      ],
    },
    {
      code: 'isv.TEMPLATE_MISSING_PARAMETERS',
      message: '模板变量中存在未赋值变量',
      category: 'invalid_request',
      retry: never,
      description: { zh: '模板变量中存在未赋值变量', en: 'A template variable has no value' },
      remedy: {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the vendor's example template, not a placeholder.
        zh: '原因：参数TemplateParam中，变量未全部赋值。解决方案：请用JSON格式字符串为模板变量赋值。如：模板为您好，${name}已成功预约，预约号为${code}，则参数TemplateParam可以指定为{"name":"Tom","code":"123"}。',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the vendor's example template, not a placeholder.
        en: 'Cause: not every variable has a value in TemplateParam. Solution: give the template variables values in a JSON string. For the template "您好，${name}已成功预约，预约号为${code}", TemplateParam can be {"name":"Tom","code":"123"}.',
      },
    },
    {
      code: 'isv.BUSINESS_LIMIT_CONTROL',
      message: '触发云通信流控限制',
      category: 'rate_limit',
      retry: afterDelay(60_000),
      scope: 'recipient',
      description: { zh: '触发云通信流控限制', en: 'Cloud communication rate limit triggered for this number' },
      // The window is in `Message` only ("触发分钟级流控Permits:1" keeps the entry's 60 s).
      byMessage: [
        {
          message: /小时级流控/,
          retry: afterDelay(3_600_000),
          description: { zh: '触发小时级流控', en: 'Hourly limit of this number reached' },
        },
        {
          message: /号码天级流控/,
          category: 'quota',
          retry: afterDelay(86_400_000),
          description: { zh: '触发号码天级流控', en: 'Daily limit of this number across Alibaba Cloud reached' },
        },
        {
          message: /天级流控/,
          category: 'quota',
          retry: afterWindow('day'),
          description: { zh: '触发天级流控', en: 'Daily limit of this number reached' },
        },
      ],
      remedy: {
        zh: '原因：达到云通信短信发送频率上限。说明 发送频率上限针对手机号码的维度而言，并不是针对平台而言，即该手机号码可能收到了多个平台的验证码短信，导致触发流控限制。即使您未在阿里云短信服务有发送记录或只发送了一条短信，也有可能达到发送频率上限。解决方案：请您将短信发送频率限制在正常的业务流控范围内，默认流控详情，请参见短信发送频率限制。您登录短信服务控制台，在通用设置 > 国内消息设置 > 发送频率设置页面，调整流控阈值。具体操作，请参见设置短信发送频率。您可开启验证码防盗刷保障您的资金安全和业务稳定，帮助您有效预防验证码被盗刷或短信轰炸带来的不良影响。',
        en: 'Cause: the SMS sending frequency limit was reached. Note: the limit is counted per mobile number, not per platform: the number may have received verification codes from several platforms. Even with no or only one message sent from your Alibaba Cloud SMS account, the limit can be reached. Solution: keep the sending frequency within the normal limits (see the default sending frequency limits); adjust the thresholds in the SMS console under General Settings > Domestic Message Settings > Frequency Settings (see "Set the sending frequency"); you can enable verification-code anti-fraud protection against code theft and SMS bombing.',
      },
    },
    {
      code: 'isv.INVALID_JSON_PARAM',
      message: '参数格式错误，请修改为字符串值',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数格式错误，请修改为字符串值', en: 'Malformed parameter; use string values' },
      remedy: {
        zh: '原因：参数格式错误，不是合法的JSON格式，修改为字符串值。解决方案：请在参数TemplateParam中指定正确的JSON格式字符串，比如{"code":"123"}。',
        en: 'Cause: the parameter is not valid JSON; use string values. Solution: pass a valid JSON string in TemplateParam, such as {"code":"123"}.',
      },
    },
    {
      code: 'isv.BLACK_KEY_CONTROL_LIMIT',
      message: '黑名单管控',
      category: 'permission',
      retry: never,
      description: { zh: '黑名单管控', en: 'Blocklist control' },
      remedy: {
        zh: '原因：黑名单管控是指短信号码命中黑名单，此类号码曾有过退订或投诉记录（如用户在12321等平台提交过短信投诉或退订过短信导致的），不支持下发该类推广短信。命中黑名单的号码暂无法解除。解决方案：推广短信建议规避该号码下发。',
        en: 'Cause: the number is on the blocklist because it unsubscribed or complained before (for example on 12321), so promotional messages cannot be sent to it. Blocklisted numbers cannot be released for now. Solution: leave the number out of promotional messages.',
      },
      variants: [{ zh: '变量中传入疑似违规信息', en: 'A variable carries content suspected to break the rules' }],
    },
    {
      code: 'isv.PARAM_LENGTH_LIMIT',
      message: '参数超过长度限制',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数超过长度限制', en: 'Parameter too long' },
      remedy: {
        zh: '原因：参数超过长度限制。解决方案：针对2018年01月10日之后申请的短信通知类模板，变量限制为1~35个字符；验证码类模板，变量限制为4～6个字符，请修改参数长度。短信模板规范详情，请参见短信模板规范。',
        en: 'Cause: a parameter exceeds the length limit. Solution: for notification templates applied for after 2018-01-10 a variable holds 1 to 35 characters; for verification-code templates 4 to 6. Shorten the parameter; see the SMS template rules.',
      },
    },
    {
      code: 'isv.PARAM_NOT_SUPPORT_URL',
      message: '变量不支持传入URL',
      category: 'invalid_request',
      retry: never,
      description: { zh: '变量不支持传入URL', en: 'Variables cannot carry URLs' },
      remedy: {
        zh: '原因：变量内容中含有限制发送的内容，例如变量中不允许透传URL。解决方案：请检查通过变量是否透传了URL或敏感信息。短信模板内容规范，请参见短信模板规范。',
        en: 'Cause: a variable holds restricted content, such as a URL passed through. Solution: check whether a variable passes a URL or sensitive content; see the SMS template rules.',
      },
    },
    {
      code: 'isv.AMOUNT_NOT_ENOUGH',
      message: '账户余额不足',
      category: 'billing',
      retry: never,
      description: { zh: '账户余额不足', en: 'Insufficient account balance' },
      remedy: {
        zh: '原因：当前账户余额不足。解决方案：及时充值。发送短信前可以按照国内短信服务定价、国际/港澳台短信服务定价确认当前账户余额（含套餐包的余量，如果已购买套餐包）是否足以抵扣预计发送的短信量，否则会导致短信发送失败。已购买的套餐包须与短信接收地区一致。错误示例：使用已购买的新加坡套餐包往泰国发送短信，会发送失败。建议购买全球通用套餐包或对应地区的套餐包。计费以及套餐包购买详情，请参见计费概述。',
        en: "Cause: the account balance is insufficient. Solution: top up. Before sending, check against domestic and international/Hong Kong, Macao and Taiwan pricing that the balance (including any purchased package) covers the expected volume, or sending fails. A package must match the recipients' region: a Singapore package cannot send to Thailand, for example; buy a global package or one for that region. See the billing overview.",
      },
    },
    {
      code: 'isv.TEMPLATE_PARAMS_ILLEGAL',
      message: '传入的变量内容和实际申请模板时变量所选择的属性类型不配',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '传入的变量内容和实际申请模板时变量所选择的属性类型不配',
        en: 'A variable value does not match the attribute type chosen for it in the template',
      },
      remedy: {
        zh: '原因：例如申请模板时对phone变量，选择变量属性为"电话号码"，但实际入参时对这个变量赋值非号码类型的内容。解决方案：针对上述原因，phone变量入参应为：5~11位的国内标准手机号或固定电话号码，更多变量属性规范，请参见验证码模板变量属性规范或通知短信模板变量属性规范。',
        en: 'Cause: for example, the phone variable was given the attribute "phone number" when the template was applied for, but a value that is not a number was passed. Solution: pass phone as a domestic mobile or landline number of 5 to 11 digits; see the variable attribute rules for verification-code or notification templates.',
      },
    },
    {
      code: 'SignatureDoesNotMatch',
      message: 'Specified signature is not matched with our calculation.',
      category: 'authentication',
      retry: never,
      description: {
        zh: '客户端生成的签名与服务端不匹配',
        en: "The client's request signature does not match the server's",
      },
      remedy: {
        zh: '原因：签名（Signature）加密错误。解决方案：如果使用SDK调用接口，请注意AccessKey ID和AccessKey Secret字符串赋值正确。如果自行加密签名（Signature），请参见请求签名检查加密逻辑。',
        en: 'Cause: the request Signature was computed wrongly. Solution: with an SDK, check that the AccessKey ID and AccessKey Secret strings are right; when computing Signature yourself, check the logic against "Request signatures".',
      },
    },
    {
      code: 'InvalidTimeStamp.Expired',
      message: 'Specified time stamp or date value is expired.',
      category: 'authentication',
      retry: refresh,
      clockSkew: true,
      description: { zh: '时间戳或日期已过期', en: 'The timestamp or date has expired' },
      remedy: {
        zh: '原因：一般由于时区差异造成时间戳错误，发出请求的时间和服务器接收到请求的时间不在15分钟内。解决方案：请使用GMT时间。说明 阿里云网关使用的时间是GMT时间。',
        en: "Cause: usually a time-zone mistake in the timestamp: the time the request was sent and the time the server received it are more than 15 minutes apart. Solution: use GMT. Note: Alibaba Cloud's gateway uses GMT.",
      },
    },
    {
      code: 'SignatureNonceUsed',
      message: 'Specified signature nonce was used already.',
      category: 'authentication',
      retry: { kind: 'refresh', replaySafe: false },
      description: { zh: '签名随机数已被使用', en: 'The signature nonce was already used' },
      remedy: {
        zh: '原因：唯一随机数重复，SignatureNonce为唯一随机数，用于防止网络重复攻击。解决方案：不同请求请使用不同的随机数值。',
        en: 'Cause: the unique nonce repeats; SignatureNonce is a unique random value that protects against replay attacks. Solution: use a different nonce for every request.',
      },
    },
    {
      code: 'InvalidVersion',
      message: 'Specified parameter Version is not valid.',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'API版本号错误', en: 'Wrong API version' },
      remedy: {
        zh: '原因：版本号（Version）错误。解决方案：请确认接口的版本号，短信服务的API版本号（Version）为2017-05-25。',
        en: 'Cause: the Version is wrong. Solution: check the API version; the SMS API version is 2017-05-25.',
      },
    },
    {
      code: 'InvalidAction.NotFound',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '未找到指定的API，请检查您的URL和方法',
        en: 'The specified API was not found; check the URL and method',
      },
      remedy: {
        zh: '原因：参数Action中指定的接口名错误。解决方案：请在参数Action中使用正确的接口地址和接口名。',
        en: 'Cause: the API name in Action is wrong. Solution: use the right endpoint and API name in Action.',
      },
    },
    {
      code: 'isv.SIGN_COUNT_OVER_LIMIT',
      message: '超过单自然日签名申请数量上限',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '超过单自然日签名申请数量上限',
        en: 'Daily cap on signature applications exceeded',
      },
      remedy: {
        zh: '原因：一个自然日中申请签名数量超过限制。解决方案：合理安排每天的签名申请数量，次日重新申请。更多信息，请参见个人用户和企业用户权益区别。',
        en: 'Cause: more signatures were applied for in one calendar day than allowed. Solution: spread the applications over days and apply again tomorrow; see the differences between individual and enterprise users.',
      },
    },
    {
      code: 'isv.TEMPLATE_COUNT_OVER_LIMIT',
      message: '超过单自然日模板申请数量上限',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: { zh: '超过单自然日模板申请数量上限', en: 'Daily cap on template applications exceeded' },
      remedy: {
        zh: '原因：一个自然日中申请模板数量超过限制。解决方案：合理安排每天的模板申请数量，次日重新申请。更多信息，请参见个人用户和企业用户权益区别。',
        en: 'Cause: more templates were applied for in one calendar day than allowed. Solution: spread the applications over days and apply again tomorrow; see the differences between individual and enterprise users.',
      },
    },
    {
      code: 'isv.SIGN_NAME_ILLEGAL',
      message: '签名名称不符合规范',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名名称不符合规范', en: 'The signature name breaks the rules' },
      remedy: {
        zh: '原因：签名名称不符合规范。解决方案：请重新申请签名。签名规范，请参见短信签名规范。',
        en: 'Cause: the signature name does not follow the rules. Solution: apply for the signature again; see the SMS signature rules.',
      },
    },
    {
      code: 'isv.SIGN_FILE_LIMIT',
      message: '签名认证材料附件大小超过限制',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名认证材料附件大小超过限制', en: "The signature's supporting file is too large" },
      remedy: {
        zh: '原因：签名认证材料附件大小超过限制。解决方案：压缩签名认证材料至2 MB以下。',
        en: 'Cause: the attached supporting material exceeds the size limit. Solution: compress it below 2 MB.',
      },
    },
    {
      code: 'isv.SIGN_OVER_LIMIT',
      message: '签名字符数量超过限制',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名字符数量超过限制', en: 'Too many characters in the signature' },
      remedy: {
        zh: '原因：签名的名称或申请说明的字数超过限制。解决方案：修改签名名称或申请说明，并重新提交审核。签名规范，请参见短信签名规范。',
        en: 'Cause: the signature name or the application note is too long. Solution: shorten it and submit it for review again; see the SMS signature rules.',
      },
    },
    {
      code: 'isv.TEMPLATE_OVER_LIMIT',
      message: '模板字符数量超过限制',
      category: 'invalid_request',
      retry: never,
      description: { zh: '模板字符数量超过限制', en: 'Too many characters in the template' },
      remedy: {
        zh: '原因：模板的名称、内容或申请说明的字数超过限制。解决方案：修改模板的名称、内容或申请说明，并重新提交审核。',
        en: 'Cause: the template name, content or application note is too long. Solution: shorten it and submit it for review again.',
      },
    },
    {
      code: 'SIGNATURE_BLACKLIST',
      message: '签名内容涉及违规信息',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名内容涉及违规信息', en: 'The signature content breaks the rules' },
      remedy: {
        zh: '原因：签名内容涉及违规信息。解决方案：重新修改签名内容。签名规范，请参见短信签名规范。',
        en: 'Cause: the signature contains prohibited content. Solution: revise it; see the SMS signature rules.',
      },
    },
    {
      code: 'isv.SHORTURL_OVER_LIMIT',
      message: '超过单自然日短链申请数量上限',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: { zh: '超过单自然日短链申请数量上限', en: 'Daily cap on short-link applications exceeded' },
      remedy: {
        zh: '原因：一天创建短链数量超过限制。解决方案：合理预估一天申请短链数量，次日重新创建短链。',
        en: 'Cause: more short links were created in one day than allowed. Solution: plan the daily number and create the short link again tomorrow.',
      },
    },
    {
      code: 'isv.NO_AVAILABLE_SHORT_URL',
      message: '该账号无有效短链',
      category: 'not_found',
      retry: never,
      description: { zh: '该账号无有效短链', en: 'The account has no valid short link' },
      remedy: {
        zh: '原因：企业客户当前并无有效短链。解决方案：企业客户需重新申请有效短链，保证在短链有效期内调用短链生成接口。',
        en: 'Cause: the enterprise customer has no valid short link. Solution: apply for a valid short link again, and call the short-link API within its validity.',
      },
    },
    {
      code: 'isv.SHORTURL_NAME_ILLEGAL',
      message: '短链名不能超过13字符',
      category: 'invalid_request',
      retry: never,
      description: { zh: '短链名不能超过13字符', en: 'A short-link name cannot exceed 13 characters' },
      remedy: {
        zh: '原因：短链名不能超过13个字符。解决方案：请根据短链规范重新创建。',
        en: 'Cause: the short-link name exceeds 13 characters. Solution: create it again following the short-link rules.',
      },
    },
    {
      code: 'isv.SOURCEURL_OVER_LIMIT',
      message: '原始链接字符数量超过限制',
      category: 'invalid_request',
      retry: never,
      description: { zh: '原始链接字符数量超过限制', en: 'The original link is too long' },
      remedy: {
        zh: '原因：原始链接字符数量超过限制。解决方案：重新创建判断字符长度是否符合平台规则。',
        en: "Cause: the original link has too many characters. Solution: create it again and check its length against the platform's rules.",
      },
    },
    {
      code: 'isv.SHORTURL_TIME_ILLEGAL',
      message: '短链有效期期限超过限制',
      category: 'invalid_request',
      retry: never,
      description: { zh: '短链有效期期限超过限制', en: "The short link's validity is too long" },
      remedy: {
        zh: '原因：选择短链有效期限超过30天限制。解决方案：请保证短链有效期输入在30天以内。',
        en: 'Cause: the chosen validity exceeds 30 days. Solution: set a validity of 30 days or less.',
      },
    },
    {
      code: 'isv.PHONENUMBERS_OVER_LIMIT',
      message: '上传手机号个数超过上限',
      category: 'invalid_request',
      retry: never,
      description: { zh: '上传手机号个数超过上限', en: 'Too many mobile numbers uploaded' },
      remedy: {
        zh: '原因：单次调用上传手机号个数超过50000个上限。解决方案：分多次调用短参生成接口，单次上传手机号个数不超过50000个。',
        en: 'Cause: one call uploaded more than the limit of 50000 numbers. Solution: call the short-parameter API several times, with at most 50000 numbers each.',
      },
    },
    {
      code: 'isv.SHORTURL_STILL_AVAILABLE',
      message: '原始链接生成的短链仍在有效期内',
      category: 'conflict',
      retry: never,
      description: {
        zh: '原始链接生成的短链仍在有效期内',
        en: 'The short link made from this original link is still valid',
      },
      remedy: {
        zh: '原因：原始链接生成的短链仍在有效期内，无需重复创建。解决方案：待原始链接生成的短链失效或删除该短链后，重新创建。使用新的原始链接，创建新的短链。',
        en: 'Cause: the short link made from the original link is still valid; there is no need to create it again. Solution: create it again after that short link expires or is deleted, or create a new short link from a new original link.',
      },
    },
    {
      code: 'isv.ERROR_EMPTY_FILE',
      message: '签名文件为空',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名文件为空', en: 'The signature file is empty' },
      remedy: {
        zh: '原因：签名文件为空。解决方案：检查签名文件，补充签名资质证明、授权书等相关文件截图。相关操作，请参见申请短信签名。',
        en: 'Cause: the signature file is empty. Solution: check it and add screenshots of the qualification proof, authorization letter and other documents; see "Apply for an SMS signature".',
      },
    },
    {
      code: 'isp.GATEWAY_ERROR',
      message: '调用发送应用模块失败',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '调用发送应用模块失败', en: 'Calling the sending module failed' },
      remedy: {
        zh: '原因：调用发送应用模块失败。解决方案：调用发送应用模块失败，请尝试重新发送。',
        en: 'Cause: the call to the sending module failed. Solution: try sending again.',
      },
    },
    {
      code: 'isv.ERROR_SIGN_NOT_DELETE',
      message: '审核中的签名，暂时无法删除',
      category: 'conflict',
      retry: never,
      description: { zh: '审核中的签名，暂时无法删除', en: 'A signature under review cannot be deleted yet' },
      remedy: {
        zh: '原因：签名正在审核中，暂时无法删除。解决方案：请签名审核结束后，再删除对应签名。',
        en: 'Cause: the signature is under review and cannot be deleted for now. Solution: delete it after the review ends.',
      },
    },
    {
      code: 'isv.ERROR_SIGN_NOT_MODIFY',
      message: '已通过的签名不支持修改',
      category: 'conflict',
      retry: never,
      description: { zh: '已通过的签名不支持修改', en: 'An approved signature cannot be modified' },
      remedy: {
        zh: '原因：已通过的签名不支持修改。解决方案：请按签名规范，重新提交申请签名。具体操作，请参见申请短信签名。',
        en: 'Cause: approved signatures cannot be modified. Solution: apply for a new signature following the rules; see "Apply for an SMS signature".',
      },
    },
    {
      code: 'isv.ERROR_TEMPLATE_NOT_DELETE',
      message: '审核中的模板，暂时无法删除',
      category: 'conflict',
      retry: never,
      description: { zh: '审核中的模板，暂时无法删除', en: 'A template under review cannot be deleted yet' },
      remedy: {
        zh: '原因：模板正在审核中，暂时无法删除。解决方案：请模板审核结束后，再删除对应模板。',
        en: 'Cause: the template is under review and cannot be deleted for now. Solution: delete it after the review ends.',
      },
    },
    {
      code: 'isv.ERROR_TEMPLATE_NOT_MODIFY',
      message: '已通过的模板不支持修改',
      category: 'conflict',
      retry: never,
      description: { zh: '已通过的模板不支持修改', en: 'An approved template cannot be modified' },
      remedy: {
        zh: '原因：已通过的模板不支持修改。解决方案：请按模板规范，重新提交申请模板。更多信息，请参见短信模板规范。',
        en: 'Cause: approved templates cannot be modified. Solution: apply for a new template following the rules; see the SMS template rules.',
      },
    },
    {
      code: 'isv.SMS_OVER_LIMIT',
      message: '单日最多申请模板或签名100条',
      category: 'quota',
      retry: afterDelay(86_400_000),
      scope: 'account',
      description: {
        zh: '单日最多申请模板或签名100条',
        en: 'At most 100 templates or signatures can be applied for a day',
      },
      remedy: {
        zh: '原因：您已超过单日最多申请模板或签名100条的上限。解决方案：请您24小时后继续申请，或单击链接，打开钉钉扫码进入短信服务专属钉群处理。',
        en: "Cause: you exceeded the daily cap of 100 template or signature applications. Solution: apply again after 24 hours, or follow the link and scan the code with DingTalk to join the SMS service's support group.",
      },
    },
    {
      code: 'isv.CUSTOMER_REFUSED',
      message: '用户已退订推广短信',
      category: 'permission',
      retry: never,
      description: { zh: '用户已退订推广短信', en: 'The user unsubscribed from promotional messages' },
      remedy: {
        zh: '原因：该手机用户已退订推广短信。解决方案：请尊重手机用户意愿，减少对该客户的推广短信发送。',
        en: "Cause: the mobile user unsubscribed from promotional messages. Solution: respect the user's choice and send them fewer promotional messages.",
      },
    },
    {
      code: 'isv.SMS_TEST_SIGN_TEMPLATE_LIMIT',
      message: '测试模板和签名限制',
      category: 'invalid_request',
      retry: never,
      description: { zh: '测试模板和签名限制', en: 'Test template and signature restriction' },
      remedy: {
        zh: '原因：测试专用签名和模板必须结合使用。解决方案：请使用短信服务提供的测试专用签名和测试专用模板。相关操作，请参见发送测试短信。',
        en: 'Cause: the test signature and the test template must be used together. Solution: use the test signature and test template that SMS provides; see "Send a test message".',
      },
    },
    {
      code: 'isv.SHORTURL_DOMAIN_EMPTY',
      message: '短链创建失败',
      category: 'permission',
      retry: never,
      description: { zh: '短链创建失败', en: 'Short link creation failed' },
      remedy: {
        zh: '解决方案：请先提交该链接的一级域名报备。',
        en: "Solution: first register the link's top-level domain.",
      },
    },
    {
      code: 'template_parameter_count_illegal',
      message: '验证码模板仅支持一个验证码作为变量',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '验证码模板仅支持一个验证码作为变量',
        en: 'A verification-code template supports only one code as its variable',
      },
      remedy: {
        zh: '原因：在验证码模板变量中只能定义一个参数。解决方案：请修改验证码模板变量。更多信息，请参见验证码模板规范。',
        en: 'Cause: a verification-code template can define only one variable. Solution: change the template variables; see the verification-code template rules.',
      },
    },
    {
      code: 'isv.SMS_TEST_TEMPLATE_PARAMS_ILLEGAL',
      message: '测试专用模板中的变量仅支持4~6位纯数字',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '测试专用模板中的变量仅支持4~6位纯数字',
        en: 'Variables of the test template take 4 to 6 digits only',
      },
      remedy: {
        zh: '解决方案：使用测试模板时变量仅支持传入4~6位纯数字。',
        en: 'Solution: with the test template, pass only 4 to 6 digits as the variable.',
      },
    },
    {
      code: 'isv.SMS_TEST_NUMBER_LIMIT',
      message: '只能向已绑定的手机号发送',
      category: 'permission',
      retry: never,
      description: { zh: '只能向已绑定的手机号发送', en: 'Only bound mobile numbers can receive' },
      remedy: {
        zh: '原因：接收测试短信号码未在控制台绑定，或绑定过程未完成、未生效。解决方案：通过测试功能发送短信，需要绑定测试手机号才可以发送。请确认绑定操作已完成并且已生效。有时系统处理或同步可能会有延时。说明 您登录短信服务控制台，在快速学习和测试页面，发送测试区域，绑定测试手机号即可。更多有关测试短信内容，请参见发送测试短信。原因：接口调用与绑定手机号不匹配。解决方案：请检查在API请求或控制台调用中指定的手机号是否与在控制台绑定的测试手机号完全一致，包括国家码和格式。原因：如您在生产环境遇到此错误码，请排查您是否将测试环境与生产环境混淆。解决方案：测试签名和模板（在控制台显示有绿色“测”标记）会限制发送对象仅为已绑定的测试号码。请确保在正式发送短信时使用的是非测试的签名和模板。',
        en: 'Cause: the test recipient is not bound in the console, or binding is unfinished or not yet in effect. Solution: the test feature only sends to bound test numbers; make sure the binding is complete and in effect (processing or sync may lag). Note: bind test numbers in the SMS console, Quick Start and Test page, Send Test section; see "Send a test message". Cause: the number in the call does not match the bound number. Solution: check that the number in the API request or console call equals the bound test number exactly, country code and format included. Cause: seen in production, test and production may be mixed up. Solution: the test signature and template (marked with a green "测" in the console) only send to bound test numbers; use non-test ones in production.',
      },
      variants: [{ zh: '只能向已回复授权信息的手机号发送', en: 'Only numbers that replied to authorize can receive' }],
    },
    {
      code: 'isv.SMS_SIGN_EMOJI_ILLEGAL',
      message: '签名不能包含emoji表情',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名不能包含emoji表情', en: 'A signature cannot contain emoji' },
      remedy: {
        zh: '解决方案：签名中不支持使用emoji表情。',
        en: 'Solution: signatures do not support emoji.',
      },
    },
    {
      code: 'isv.SECURITY_FROZEN_ACCOUNT',
      message: '因该账号长时间未使用，出于对您的账号安全考虑，已限制您账号的短信发送',
      category: 'permission',
      retry: never,
      description: {
        zh: '因该账号长时间未使用，出于对您的账号安全考虑，已限制您账号的短信发送',
        en: 'The account was unused for a long time, so sending has been restricted for its security',
      },
      remedy: {
        zh: '您若需要继续使用该账号，请与您的商务经理联系。',
        en: 'To keep using the account, contact your account manager.',
      },
    },
    {
      code: 'IS_CLOSE',
      message: '短信下发时通道被关停',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '短信下发时通道被关停', en: 'The channel was shut down while sending' },
      remedy: {
        zh: '阿里云会自动剔除被关停通道，建议稍后重试。',
        en: 'Alibaba Cloud removes shut-down channels automatically; try again later.',
      },
    },
    {
      code: 'PARAMS_ILLEGAL',
      message: '参数错误',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数错误', en: 'Parameter error' },
      remedy: {
        zh: '请检查短信签名、短信文案或手机号码等参数是否传入正确。',
        en: 'Check that the SMS signature, the text, the mobile numbers and the other parameters are passed correctly.',
      },
    },
    {
      code: 'isv.UNSUPPORTED_CONTENT',
      message: '不支持的短信内容',
      category: 'invalid_request',
      retry: never,
      description: { zh: '不支持的短信内容', en: 'Unsupported message content' },
      remedy: {
        zh: '原因：短信内容包含不支持的发送内容，如短信内容中包含繁体字、emoji表情符号、 其他非常用字符（例如【】〖〗『』「」m² • ①★※→ ❤™）。解决方案：请检查短信模板内容以及您传入的变量内容，修改短信文案并去掉不支持的文字或符号。更详细的短信模板及变量规范，请参见短信模板规范。',
        en: 'Cause: the message contains unsupported content, such as traditional characters, emoji or other uncommon characters (for example 【】〖〗『』「」m² • ①★※→ ❤™). Solution: check the template and the variable values, and remove the unsupported characters; see the SMS template rules.',
      },
    },
    {
      code: 'isv.SMS_CONTENT_MISMATCH_TEMPLATE_TYPE',
      message: '短信内容和模板属性不匹配',
      category: 'invalid_request',
      retry: never,
      description: { zh: '短信内容和模板属性不匹配', en: 'The content does not match the template type' },
      remedy: {
        zh: '原因：通知模板发送推广、营销的文案无法支持。解决方案：请使用推广短信模板发送短信，模板末尾需加“拒收请回复R”。',
        en: 'Cause: a notification template cannot send promotional or marketing text. Solution: send with a promotional template, ending with "拒收请回复R" (reply R to opt out).',
      },
    },
    {
      code: 'isv.ONE_CODE_MULTIPLE_SIGN',
      message: '一码多签',
      category: 'invalid_request',
      retry: never,
      description: { zh: '一码多签', en: 'One extension code, several signatures' },
      remedy: {
        zh: '原因：当前传入的扩展码和签名，与历史传入扩展码对应的签名不一致。解决方案：建议您确保扩展码对应的签名在发送过程中保持不变，或更新扩展码签名映射关系中该扩展码对应的新签名，具体操作请参见扩展码管理。',
        en: 'Cause: the signature passed with this extension code differs from the one it was used with before. Solution: keep the signature of an extension code unchanged, or update the extension code to its new signature in the extension-code mapping; see extension code management.',
      },
    },
    {
      code: 'isv.CODE_EXCEED_LIMIT',
      message: '自拓扩展码个数已超过上限',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { zh: '自拓扩展码个数已超过上限', en: 'Too many self-assigned extension codes' },
      remedy: {
        zh: '原因：自拓扩展码数量上限为10n，n即自拓扩展位数，每个用户的自拓扩展位数不同，超过后无法分配新的扩展码发送新签名。解决方案：建议您联系产品运营经理修改自拓扩展码位数，或删除扩展码签名映射关系中可回收的扩展码和签名，具体操作请参见扩展码管理。',
        en: "Cause: the number of self-assigned extension codes is capped at 10n (presumably 10 to the power n), n being the account's own number of extension digits, which differs per user; past the cap no new code can be assigned for a new signature. Solution: ask your product operations manager to change the number of digits, or delete reclaimable codes and signatures from the mapping; see extension code management.",
      },
    },
    {
      code: 'isv.CODE_ERROR',
      message: '传入扩展码不可用',
      category: 'invalid_request',
      retry: never,
      description: { zh: '传入扩展码不可用', en: 'The extension code passed is unusable' },
      remedy: {
        zh: '原因：传入的自拓扩展位数超限，不可直接作为下发扩展码使用。解决方案：建议传入标准位长的扩展码。',
        en: 'Cause: the self-assigned extension code has too many digits to be used as is. Solution: pass an extension code of standard length.',
      },
    },
    {
      code: 'isv.SIGN_SOURCE_ILLEGAL',
      message: '签名来源不支持',
      category: 'invalid_request',
      retry: never,
      description: { zh: '签名来源不支持', en: 'Unsupported signature source' },
      remedy: {
        zh: '原因：创建和修改签名时使用了不支持的签名来源。解决方案：请选择符合规范的签名来源。',
        en: 'Cause: an unsupported signature source was used when creating or modifying a signature. Solution: choose a compliant source.',
      },
    },
    {
      code: 'MissingSignName',
      message: 'SignName is mandatory for this action.',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少必填参数。', en: 'A required parameter is missing.' },
      remedy: { zh: '指定参数为必填参数，请传入。', en: 'The parameter is required; pass it.' },
    },
  ]),
})
