// Resource Access Management (RAM, `ram.aliyuncs.com`, API version 2015-05-01): the codes of its error-code
// table, included by catalogs/aliyun-pop.ts after ECS.
//
// Source: Alibaba Cloud's own documentation source, github.com/AlibabaCloudDocs/ram at commit
// 20c6e869c2e70425c9507eae0fb9e39550048eae (2021-07-16): cn.zh-CN/API参考/错误代码表.md (help.aliyun.com's RAM
// "错误代码表": code, HTTP Status, Error Message, 解决方案) and its English edition,
// intl.en-US/API Reference/Error messages.md (Error message, Solution). The rows compared are in
// scripts/sources/aliyun-pop-ram.tsv (`npx tsx scripts/compare-catalog.ts aliyun-pop scripts/sources/aliyun-pop-ram.tsv`).
//
// How the rows became entries (80 codes):
// - `message` and `description.en` are the Error Message, the page's only description of the code, with its
//   typos ("PolicyNam", "defaul", "inccorrect") and its slips (EntityAlreadyExists.Policy says "The group
//   does already EXIST."): a code is what the API sends. `description.zh` is a translation of it.
// - `remedy.zh` is the 解决方案; `remedy.en` the English edition's Solution for the same code. Where the
//   English edition writes the same code's message without the typo (PolicyName.InvalidChars,
//   PolicyDocument.Length, DeleteConflict.Policy.Version), its message is a variant. The English edition
//   drops four rows and pairs four codes with a neighbour's message and Solution (AccountAlias.Format,
//   EntityNotExist.User.AccessKey, EntityNotExist.User.MFADevice, EntityNotExist.VirtualMFADevice); for those
//   eight codes `remedy.en` is a translation of the 解决方案 (`translated`).
// - Left out: InternalError, the gateway's common code (its common entry is kept), and NoPermission, which
//   STS's entry already holds: RAM's 解决方案 is a variant there.
//
// How entries were judged, by the page's HTTP status and the code's naming: InvalidParameter.* and
// MalformedPolicyDocument (400) `invalid_request`; NoPermission and Inactive (the RAM service not activated,
// 403) `permission`; CheckAuthenticationCodeFail (a wrong MFA code, 403) `authentication`; EntityNotExist.*
// (404) `not_found`; EntityAlreadyExists.* and DeleteConflict.* (409) `conflict`; LimitExceeded.* (409, the
// account's limits on users, groups, policies, roles and MFA devices) `quota`, scope `account`. None is
// worth retrying as it is.

import type { CatalogEntryInput } from '../../src/catalog/define-catalog.js'
import { never } from '../../src/catalog/retry-rules.js'

/** RAM's codes, in the shape of catalog entries. */
export const popRamEntries = [
  {
    code: 'InvalidParameter.UserName.InvalidChars',
    message: 'The parameter - "UserName" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数 “UserName” 含有不合法的字符。', en: 'The parameter - "UserName" contains invalid chars.' },
    remedy: {
      zh: '修改 “UserName” 的值，允许输入大小写英文字母、数字、“.”、“_” 或 “-”。',
      en: 'Modify the value of UserName. The value can contain letters, numbers, periods (.), underscores (_), and hyphens (-).',
    },
  },
  {
    code: 'InvalidParameter.UserName.Length',
    message: 'The parameter - "UserName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数 “UserName” 超出长度限制。', en: 'The parameter - "UserName" beyond the length limit.' },
    remedy: {
      zh: '修改 “UserName” 的长度，长度范围为： 1-64 个字符。',
      en: 'Modify the length of UserName. The value must be 1 to 64 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.NewUserName.InvalidChars',
    message: 'The parameter - "NewUserName" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewUserName” 含有不合法的字符。',
      en: 'The parameter - "NewUserName" contains invalid chars.',
    },
    remedy: {
      zh: '修改 “NewUserName” 的值，允许输入大小写英文字母、数字、“.”、“_” 或 “-”。',
      en: 'Modify the value of NewUserName. The value can contain letters, numbers, periods (.), underscores (_), and hyphens (-).',
    },
  },
  {
    code: 'InvalidParameter.NewUserName.Length',
    message: 'The parameter - "NewUserName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewUserName” 超出长度限制。',
      en: 'The parameter - "NewUserName" beyond the length limit.',
    },
    remedy: {
      zh: '修改 “NewUserName” 的长度，长度范围为： 1-64 个字符。',
      en: 'Modify the length of NewUserName. The value must be 1 to 64 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.DisplayName.InvalidChars',
    message: 'The parameter - "DisplayName" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “DisplayName” 含有不合法的字符。',
      en: 'The parameter - "DisplayName" contains invalid chars.',
    },
    remedy: {
      zh: '修改 “DisplayName” 的值，允许输入英文字母、数字、“@”、“.”、“_” 或 “-”。',
      en: 'Modify the value of DisplayName. The value can contain letters, numbers, at signs (@), periods (.), underscores (_), and hyphens (-).',
    },
  },
  {
    code: 'InvalidParameter.DisplayName.Length',
    message: 'The parameter - "DisplayName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “DisplayName” 超出长度限制。',
      en: 'The parameter - "DisplayName" beyond the length limit.',
    },
    remedy: {
      zh: '修改 “DisplayName” 的长度，长度范围为： 1-128 个字符或汉字。',
      en: 'Modify the length of DisplayName. The value must be 1 to 128 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.NewDisplayName.InvalidChars',
    message: 'The parameter - "NewDisplayName" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewDisplayName” 含有不合法的字符。',
      en: 'The parameter - "NewDisplayName" contains invalid chars.',
    },
    remedy: {
      zh: '修改 “NewDisplayName” 的值，允许输入英文字母、数字、“@”、“.”、“_” 或 “-”。',
      en: 'Modify the value of NewDisplayName. The value can contain letters, numbers, at signs (@), periods (.), underscores (_), and hyphens (-).',
    },
  },
  {
    code: 'InvalidParameter.NewDisplayName.Length',
    message: 'The parameter - "NewDisplayName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewDisplayName” 超出长度限制。',
      en: 'The parameter - "NewDisplayName" beyond the length limit.',
    },
    remedy: {
      zh: '修改 “NewDisplayName” 的长度，长度范围为： 1-128 个字符或汉字。',
      en: 'Modify the length of NewDisplayName. The value must be 1 to 128 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.MobilePhone.Format',
    message: 'The format of the parameter - "MobilePhone" is incorrect.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “MobilePhone” 的格式不正确。',
      en: 'The format of the parameter - "MobilePhone" is incorrect.',
    },
    remedy: {
      zh: '修改 “MobilePhone” 的值，输入正确的手机号码。',
      en: 'Modify the value of MobilePhone to a correct mobile phone number.',
    },
  },
  {
    code: 'InvalidParameter.NewMobilePhone.Format',
    message: 'The format of the parameter - "NewMobilePhone" is incorrect.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewMobilePhone” 的格式不正确。',
      en: 'The format of the parameter - "NewMobilePhone" is incorrect.',
    },
    remedy: {
      zh: '修改 “NewMobilePhone” 的值，输入正确的手机号码。',
      en: 'Modify the value of NewMobilePhone to a correct mobile phone number.',
    },
  },
  {
    code: 'InvalidParameter.Email.Format',
    message: 'The format of the parameter - "Email" is incorrect.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数 “Email” 的格式不正确。', en: 'The format of the parameter - "Email" is incorrect.' },
    remedy: {
      zh: '修改 “Email” 的值，输入正确的邮箱地址。',
      en: 'Modify the value of Email to a correct email address.',
    },
  },
  {
    code: 'InvalidParameter.NewEmail.Format',
    message: 'The format of the parameter - "NewEmail" is incorrect.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数 “NewEmail” 的格式不正确。', en: 'The format of the parameter - "NewEmail" is incorrect.' },
    remedy: {
      zh: '修改 “NewEmail” 的值，输入正确的邮箱地址。',
      en: 'Modify the value of NewEmail to a correct email address.',
    },
  },
  {
    code: 'InvalidParameter.Comments.Length',
    message: 'The parameter - "Comments" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数 “Comments” 超出长度限制。', en: 'The parameter - "Comments" beyond the length limit.' },
    remedy: {
      zh: '“Comments” 长度超出限制，最大长度为 128 个字符。',
      en: 'Modify the length of Comments. The length cannot exceed 128 characters.',
    },
  },
  {
    code: 'InvalidParameter.NewComments.Length',
    message: 'The parameter - "NewComments" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewComments” 超出长度限制。',
      en: 'The parameter - "NewComments" beyond the length limit.',
    },
    remedy: {
      zh: '“NewComments” 长度超出限制，最大长度为 128 个字符。',
      en: 'Modify the length of NewComments. The length cannot exceed 128 characters.',
    },
  },
  {
    code: 'InvalidParameter.Password.TooWeak',
    message: 'The parameter - "Password" is not compliant with the password policy.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “Password” 不符合密码策略。',
      en: 'The parameter - "Password" is not compliant with the password policy.',
    },
    remedy: {
      zh: '所设置的密码不符合密码强度设置。',
      en: 'Set a new password that meets password strength requirements.',
    },
  },
  {
    code: 'InvalidParameter.VirtualMFADeviceName.InvalidChars',
    message: 'The parameter - "VirtualMFADeviceName" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “VirtualMFADeviceName” 含有不合法的字符。',
      en: 'The parameter - "VirtualMFADeviceName" contains invalid chars.',
    },
    remedy: {
      zh: '虚拟 MFA 设备名字包含不合法字符，请输入正确的虚拟 MFA 设备名字。',
      en: 'Enter the correct name of the virtual MFA device.',
    },
  },
  {
    code: 'InvalidParameter.VirtualMFADeviceName.Length',
    message: 'The parameter - "VirtualMFADeviceName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “VirtualMFADeviceName” 超出长度限制。',
      en: 'The parameter - "VirtualMFADeviceName" beyond the length limit.',
    },
    remedy: {
      zh: '虚拟 MFA 设备名字超过长度限制，最大长度为 64 个字符。',
      en: 'Modify the length of VirtualMFADeviceName. The length cannot exceed 64 characters.',
    },
  },
  {
    code: 'InvalidParameter.GroupName.InvalidChars',
    message: 'The parameter - "GroupName" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “GroupName” 含有不合法的字符。',
      en: 'The parameter - "GroupName" contains invalid chars.',
    },
    remedy: {
      zh: '修改 “GroupName” 值，允许英文字母、数字，或 “-”。',
      en: 'Modify the value of GroupName. The value can contain letters, numbers, and hyphens (-).',
    },
  },
  {
    code: 'InvalidParameter.GroupName.Length',
    message: 'The parameter - "GroupName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数 “GroupName” 超出长度限制。', en: 'The parameter - "GroupName" beyond the length limit.' },
    remedy: {
      zh: '修改 “GroupName” 的值，长度范围为： 1-64 个字符。',
      en: 'Modify the length of GroupName. The value must be 1 to 64 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.NewGroupName.InvalidChars',
    message: 'The parameter - "NewGroupName" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewGroupName” 含有不合法的字符。',
      en: 'The parameter - "NewGroupName" contains invalid chars.',
    },
    remedy: {
      zh: '修改 “NewGroupName” 的值，允许英文字母、数字，或 “-”。',
      en: 'Modify the value of NewGroupName. The value can contain letters, numbers, and hyphens (-).',
    },
  },
  {
    code: 'InvalidParameter.NewGroupName.Length',
    message: 'The parameter - "NewGroupName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “NewGroupName” 超出长度限制。',
      en: 'The parameter - "NewGroupName" beyond the length limit.',
    },
    remedy: {
      zh: '修改 “NewGroupName” 的值，长度范围为：1-64 个字符。',
      en: 'Modify the length of NewGroupName. The value must be 1 to 64 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.PolicyType',
    message: 'The parameter - "PolicyType" is incorrect.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数 “PolicyType” 不正确。', en: 'The parameter - "PolicyType" is incorrect.' },
    remedy: {
      zh: '修改 “PolicyType” 的值，取值为 System 或 Custom。',
      en: 'Modify the value of PolicyType. The value can be System or Custom.',
    },
  },
  {
    code: 'InvalidParameter.PolicyName.InvalidChars',
    message: 'The parameter - "PolicyNam" contains invalid chars.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “PolicyNam” 含有不合法的字符。',
      en: 'The parameter - "PolicyNam" contains invalid chars.',
    },
    remedy: {
      zh: '修改 “PolicyName” 的值，允许英文字母、数字，或 “-”。',
      en: 'Modify the value of PolicyName. The value can contain letters, numbers, and hyphens (-).',
    },
    variants: [{ en: 'The parameter - "PolicyName" contains invalid chars.' }],
  },
  {
    code: 'InvalidParameter.PolicyName.Length',
    message: 'The parameter - "PolicyName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “PolicyName” 超出长度限制。',
      en: 'The parameter - "PolicyName" beyond the length limit.',
    },
    remedy: {
      zh: '修改 “PolicyName” 的值，长度范围为：1-128 个字符。',
      en: 'Modify the length of PolicyName. The value must be 1 to 128 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.PolicyDocument.Length',
    message: 'The parameter - "PolicyName" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “PolicyName” 超出长度限制。',
      en: 'The parameter - "PolicyName" beyond the length limit.',
    },
    remedy: {
      zh: '修改 “PolicyDocument” 的值，最大长度为 2048 字节。',
      en: 'Modify the value of PolicyDocument. The value cannot exceed 2,048 bytes.',
    },
    variants: [{ en: 'The parameter - "PolicyDocument" beyond the length limit.' }],
  },
  {
    code: 'InvalidParameter.Description.Length',
    message: 'The parameter - "Description" beyond the length limit.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “Description” 超出长度限制。',
      en: 'The parameter - "Description" beyond the length limit.',
    },
    remedy: {
      zh: '修改 “Description” 的值，最大长度 1024 字节。',
      en: 'Modify the value of Description. The value cannot exceed 1,024 bytes.',
    },
  },
  {
    code: 'InvalidParameter.VersionId.Format',
    message: 'The format of the parameter - "VersionId" is incorrect.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “VersionId” 的格式不正确。',
      en: 'The format of the parameter - "VersionId" is incorrect.',
    },
    remedy: {
      zh: '修改 “VersionId” 的值，使其与系统中真实存在的授权策略的 VersionId 保持一致。',
      en: 'Modify the value of VersionId. The value must be consistent with the VersionId of the existing policy in the system.',
    },
  },
  {
    code: 'InvalidParameter.AccountAlias.Format',
    message: 'The format of parameter - "AccountAlias" is incorrect.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “AccountAlias” 的格式不正确。',
      en: 'The format of parameter - "AccountAlias" is incorrect.',
    },
    remedy: {
      zh: '修改 “AccountAlias” 的值，仅可以包含小写字母，数字以及中划线，不能以中划线作为开头或结尾，并且不能有两个连续的中划线。',
      en: 'Change the value of “AccountAlias”: only lowercase letters, digits and hyphens, not starting or ending with a hyphen, and no two hyphens in a row.',
    },
  },
  {
    code: 'InvalidParameter.AccountAlias.Length',
    message: 'The parameter - "AccountAlias" MUST be in the range of 3 and 63.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “AccountAlias” 必须在 3 到 63 之间。',
      en: 'The parameter - "AccountAlias" MUST be in the range of 3 and 63.',
    },
    remedy: {
      zh: '修改 “AccountAlias” 的值，长度范围为：3-63 个字符。',
      en: 'Change the value of “AccountAlias”: 3 to 63 characters long.',
    },
  },
  {
    code: 'InvalidParameter.MinimumPasswordLength.Range',
    message: 'The parameter - "MinimumPasswordLength" MUST be in the range of 8 and 32.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “MinimumPasswordLength” 必须在 8 到 32 之间。',
      en: 'The parameter - "MinimumPasswordLength" MUST be in the range of 8 and 32.',
    },
    remedy: {
      zh: '修改 “MinimumPasswordLength” 的值，范围在 8-32 之间，包含 8 和 32。',
      en: 'Modify the length of MinimumPasswordLength. The value must be 8 to 32 characters in length.',
    },
  },
  {
    code: 'InvalidParameter.AuthenticationCode.Format',
    message: 'The parameter - "AuthenticationCode" MUST be 6 numbers.',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '参数 “AuthenticationCode” 必须为 6 位数字。',
      en: 'The parameter - "AuthenticationCode" MUST be 6 numbers.',
    },
    remedy: {
      zh: '修改 “AuthenticationCode” 的值，必须为 6 位数字。',
      en: 'Modify the value of AuthenticationCode. The value must contain 6 numbers.',
    },
  },
  {
    code: 'MalformedPolicyDocument',
    message: '{The error details}',
    translated: { description: 'zh' },
    category: 'invalid_request',
    retry: never,
    description: { zh: '策略文档格式错误（错误详情见消息）。', en: '{The error details}' },
    remedy: { zh: '修改策略内容。', en: 'Modify the policy content.' },
  },
  {
    code: 'Inactive',
    message: 'Your ram service is inactive, please activate it.',
    translated: { description: 'zh' },
    category: 'permission',
    retry: never,
    description: { zh: '您的 RAM 服务未开通，请开通。', en: 'Your ram service is inactive, please activate it.' },
    remedy: { zh: '未开通 RAM，请先开通访问控制（RAM）服务。', en: 'Activate the Alibaba Cloud RAM service.' },
  },
  {
    code: 'CheckAuthenticationCodeFail',
    message: 'The parameter - "AuthenticationCode" is inccorrect.',
    translated: { description: 'zh' },
    category: 'authentication',
    retry: never,
    description: {
      zh: '参数 “AuthenticationCode” 不正确。',
      en: 'The parameter - "AuthenticationCode" is inccorrect.',
    },
    remedy: { zh: '请输入正确的 MFA 安全码。', en: 'Enter the correct MFA authentication code.' },
  },
  {
    code: 'EntityNotExist.User',
    message: 'The user does not exist.',
    translated: { description: 'zh' },
    category: 'not_found',
    retry: never,
    description: { zh: '用户不存在。', en: 'The user does not exist.' },
    remedy: { zh: '请确认当前子用户在系统中是否存在。', en: 'Verify that the current RAM user exists in the system.' },
  },
  {
    code: 'EntityNotExist.User.AccessKey',
    message: 'The user access key does not exist.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'not_found',
    retry: never,
    description: { zh: '用户的 AccessKey 不存在。', en: 'The user access key does not exist.' },
    remedy: { zh: '请确认当前 AccessKey 在系统中是否存在。', en: 'Check that this AccessKey exists in the system.' },
  },
  {
    code: 'EntityNotExist.User.LoginProfile',
    message: 'The user login profile does not exist.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'not_found',
    retry: never,
    description: { zh: '用户的登录配置不存在。', en: 'The user login profile does not exist.' },
    remedy: {
      zh: '未给子用户启用控制台登录，请启用子用户控制台登录。',
      en: 'Console logon is not enabled for the RAM user: enable it.',
    },
  },
  {
    code: 'EntityNotExist.User.MFADevice',
    message: 'The user has not bound any MFA device.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'not_found',
    retry: never,
    description: { zh: '用户未绑定 MFA 设备。', en: 'The user has not bound any MFA device.' },
    remedy: { zh: '请给子用户绑定 MFA 设备。', en: 'Bind an MFA device to the RAM user.' },
  },
  {
    code: 'EntityNotExist.User.Policy',
    message: 'The indicate policy of the user does not exist.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'not_found',
    retry: never,
    description: { zh: '用户的指定策略不存在。', en: 'The indicate policy of the user does not exist.' },
    remedy: {
      zh: '子用户没有这个策略，请确认授权策略名称和子用户名是否正确。',
      en: 'The RAM user does not have this policy: check that the policy name and the RAM user name are right.',
    },
  },
  {
    code: 'EntityNotExist.User.Group',
    message: 'The user has not joined the group.',
    translated: { description: 'zh' },
    category: 'not_found',
    retry: never,
    description: { zh: '用户未加入该群组。', en: 'The user has not joined the group.' },
    remedy: {
      zh: '群组没有这个子用户，请确认群组名称和子用户名是否正确。',
      en: 'Verify that the group name and RAM user name are correct.',
    },
  },
  {
    code: 'EntityNotExist.VirtualMFADevice',
    message: 'The virtual mfa device does not exist.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'not_found',
    retry: never,
    description: { zh: '虚拟 MFA 设备不存在。', en: 'The virtual mfa device does not exist.' },
    remedy: {
      zh: '虚拟 MFA 设备不存在，请确认虚拟 MFA 设备名称是否正确。',
      en: 'The virtual MFA device does not exist: check that its name is right.',
    },
  },
  {
    code: 'EntityNotExist.Group',
    message: 'The group does not exist.',
    translated: { description: 'zh', remedy: 'en' },
    category: 'not_found',
    retry: never,
    description: { zh: '群组不存在。', en: 'The group does not exist.' },
    remedy: { zh: '请确认群组是否真实存在。', en: 'Check that the group exists.' },
  },
  {
    code: 'EntityNotExist.Group.Policy',
    message: 'The indicate policy attached to the group does not exist.',
    translated: { description: 'zh' },
    category: 'not_found',
    retry: never,
    description: { zh: '群组的指定策略不存在。', en: 'The indicate policy attached to the group does not exist.' },
    remedy: {
      zh: '请确认群组是否有这个策略，并确认群组名、授权策略名是否正确。',
      en: 'Verify that the group is attached to the policy and that the group name and policy name are correct.',
    },
  },
  {
    code: 'EntityNotExist.Policy',
    message: 'The policy does not exist.',
    translated: { description: 'zh' },
    category: 'not_found',
    retry: never,
    description: { zh: '策略不存在。', en: 'The policy does not exist.' },
    remedy: { zh: '请确认策略是否真实存在。', en: 'Verify that the policy exists.' },
  },
  {
    code: 'EntityNotExist.Policy.Version',
    message: 'The policy version does not exist.',
    translated: { description: 'zh' },
    category: 'not_found',
    retry: never,
    description: { zh: '策略版本不存在。', en: 'The policy version does not exist.' },
    remedy: {
      zh: '请确认策略版本是否真实存在或者已被删除。',
      en: 'Verify that the policy version exists or has been deleted.',
    },
  },
  {
    code: 'EntityAlreadyExists.User',
    message: 'The user does already EXIST.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '用户已经存在。', en: 'The user does already EXIST.' },
    remedy: {
      zh: '有相同用户名的 RAM 子用户已经存在，不可重新创建。',
      en: 'Edit the RAM user name. Each RAM user name must be unique.',
    },
  },
  {
    code: 'EntityAlreadyExists.User.LoginProfile',
    message: 'The user login profile does already EXIST.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '用户的登录配置已经存在。', en: 'The user login profile does already EXIST.' },
    remedy: {
      zh: '已经启用子用户控制台登录，不需要再次启用。',
      en: 'Do not attempt to enable console logon for RAM users repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.User.MFADevice',
    message: 'The user has already bound a MFA device.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '用户已经绑定了 MFA 设备。', en: 'The user has already bound a MFA device.' },
    remedy: {
      zh: '子用户已经被绑定过 MFA 设，不需要再次绑定。',
      en: 'Do not attempt to attach the MFA device to the RAM user repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.User.Group',
    message: 'The user has already joined the group.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '用户已经加入该群组。', en: 'The user has already joined the group.' },
    remedy: {
      zh: '子用户已经存在于群组中，不需要再次加入群组。',
      en: 'Do not attempt to add the RAM user to the group repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.User.Policy',
    message: 'The user has already been attached this policy.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '用户已经被授予此策略。', en: 'The user has already been attached this policy.' },
    remedy: {
      zh: '子用户已经有此策略，不需要再次授权此策略给子用户。',
      en: 'Do not attempt to attach the policy to the RAM user repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.VirtualMFADevice',
    message: 'The virtual mfa device does already EXIST.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '虚拟 MFA 设备已经存在。', en: 'The virtual mfa device does already EXIST.' },
    remedy: {
      zh: '虚拟 MFA 设备已经存在，不需要再次创建虚拟 MFA 设备。',
      en: 'Do not attempt to create the virtual MFA device repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.VirtualMFADevice.User',
    message: 'The virtual mfa device does already been bound to a user.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '虚拟 MFA 设备已经绑定给一个用户。',
      en: 'The virtual mfa device does already been bound to a user.',
    },
    remedy: {
      zh: '虚拟 MFA 设已经绑定给子用户，不需要再次绑定虚拟 MFA 设备给子用户。',
      en: 'Do not attempt to attach the virtual MFA device to the RAM user repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.Group',
    message: 'The group does already EXIST.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '群组已经存在。', en: 'The group does already EXIST.' },
    remedy: { zh: '有相同群组名的群组已经存在，不可重复创建。', en: 'Do not attempt to create a group repeatedly.' },
  },
  {
    code: 'EntityAlreadyExists.Group.Policy',
    message: 'The group has already been attached this policy.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '群组已经被授予此策略。', en: 'The group has already been attached this policy.' },
    remedy: {
      zh: '群组已经有此策略，不可重复授权相同的策略给群组。',
      en: 'Do not attempt to attach the policy to the group repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.Policy',
    message: 'The group does already EXIST.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '群组已经存在。', en: 'The group does already EXIST.' },
    remedy: {
      zh: '策略已经存在，不可重复创建同样策略名字且同样策略类型的授权策略。',
      en: 'Do not attempt to create a policy repeatedly.',
    },
  },
  {
    code: 'EntityAlreadyExists.AccountAlias',
    message: 'The account alias does already exist.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '账户别名已经存在。', en: 'The account alias does already exist.' },
    remedy: {
      zh: '账户别名已经存在，不可再设置。可使用 ClearAccountAlias 清除账户别名后重新设置。',
      en: 'Set a new account alias after deleting existing account aliases by using ClearAccountAlias.',
    },
  },
  {
    code: 'DeleteConflict.User.Group',
    message: 'The user CAN NOT be in any group while deleting the user.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除用户时，用户不能在任何群组中。',
      en: 'The user CAN NOT be in any group while deleting the user.',
    },
    remedy: {
      zh: '删除 RAM 子用户时，子用户不能在群组中。请将子用户从群组中移除，然后再删除 RAM 子用户。',
      en: 'Remove the RAM user from the group before deleting it.',
    },
  },
  {
    code: 'DeleteConflict.User.AccessKey',
    message: 'The user CAN NOT has any access key while deleting the user.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除用户时，用户不能有任何 AccessKey。',
      en: 'The user CAN NOT has any access key while deleting the user.',
    },
    remedy: {
      zh: '删除子用户时，子用户不能有 AccessKey。请先删除子用户的 AccessKey，然后再删除子用户。',
      en: 'Delete the AK of the RAM user before deleting the user.',
    },
  },
  {
    code: 'DeleteConflict.User.LoginProfile',
    message: 'The user CAN NOT has any login profile while deleting the user.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除用户时，用户不能有任何登录配置。',
      en: 'The user CAN NOT has any login profile while deleting the user.',
    },
    remedy: {
      zh: '删除子用户时，子用户不能有 login profile。请先删除子用户的 login profile，然后再删除子用户。',
      en: 'Delete the logon profile of the RAM user before deleting the user.',
    },
  },
  {
    code: 'DeleteConflict.User.MFADevice',
    message: 'The user CAN NOT has any mfa device while deleting the user.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除用户时，用户不能有任何 MFA 设备。',
      en: 'The user CAN NOT has any mfa device while deleting the user.',
    },
    remedy: {
      zh: '删除子用户时，子用户不能有 MFA 设备。请先从子用户解绑 MFA 设备，然后再删除子用户。',
      en: 'Detach the MFA device from the RAM user before deleting the user.',
    },
  },
  {
    code: 'DeleteConflict.User.Policy',
    message: 'The user CAN NOT has any attached policy while deleting the user.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除用户时，用户不能有任何已授予的策略。',
      en: 'The user CAN NOT has any attached policy while deleting the user.',
    },
    remedy: {
      zh: '删除子用户时，子用户不能有授权策略。请先给子用户取消授权，然后再删除。',
      en: 'Revoke the policies of the RAM user before deleting the user.',
    },
  },
  {
    code: 'DeleteConflict.VirtualMFADevice.User',
    message: 'The virtual mfa device CAN NOT been bound to any user while deleting it.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除虚拟 MFA 设备时，它不能绑定任何用户。',
      en: 'The virtual mfa device CAN NOT been bound to any user while deleting it.',
    },
    remedy: {
      zh: '删除虚拟 MFA 设备时，虚拟 MFA 设备不能被绑定子用户。请先将虚拟 MFA 设备从子用户解绑，然后再删除虚拟MFA设备。',
      en: 'Detach the virtual MFA device from the RAM user before deleting the device.',
    },
  },
  {
    code: 'DeleteConflict.Group.User',
    message: 'The group CAN NOT has any user member while deleting the group.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除群组时，群组不能有任何用户成员。',
      en: 'The group CAN NOT has any user member while deleting the group.',
    },
    remedy: {
      zh: '删除群组时，群组中不能存在子用户。请将子用户从群组中移除，然后再删除群组。',
      en: 'Remove the RAM user from the group before deleting the group.',
    },
  },
  {
    code: 'DeleteConflict.Group.Policy',
    message: 'The entity CAN NOT has any attached policy while deleting the group.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除群组时，该实体不能有任何已授予的策略。',
      en: 'The entity CAN NOT has any attached policy while deleting the group.',
    },
    remedy: {
      zh: '删除群组时，群组不能有授权策略。请取消对群组的授权，然后再删除群组。',
      en: 'Revoke the policies of the group before deleting the group.',
    },
  },
  {
    code: 'DeleteConflict.Policy.User',
    message: 'The policy CAN NOT been attached to any user while deleting the policy.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除策略时，策略不能已授予任何用户。',
      en: 'The policy CAN NOT been attached to any user while deleting the policy.',
    },
    remedy: {
      zh: '删除策略时，策略不能已经被授权给子用户。请将此策略从子用户解除授权，然后再删除策略。',
      en: 'Revoke the policies of the RAM user before deleting the policy.',
    },
  },
  {
    code: 'DeleteConflict.Policy.Group',
    message: 'The policy CAN NOT been attached to any group while deleting the policy.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除策略时，策略不能已授予任何群组。',
      en: 'The policy CAN NOT been attached to any group while deleting the policy.',
    },
    remedy: {
      zh: '删除策略时，策略不能已经被授权给群组。请将策略从群组解除授权，然后再删除策略。',
      en: 'Revoke the policies of the group before deleting the policy.',
    },
  },
  {
    code: 'DeleteConflict.Policy.Version',
    message: 'The policy CAN NOT has any version except the defaul version.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '策略除默认版本外不能有其他版本。',
      en: 'The policy CAN NOT has any version except the defaul version.',
    },
    remedy: {
      zh: '当前策略有超过 1 个版本，不允许删除。请删除其它版本，当策略只有默认版本时才可以被删除。',
      en: 'Retain only the default policy version before deleting the policy.',
    },
    variants: [{ en: 'The policy CAN NOT has any version except the default version.' }],
  },
  {
    code: 'DeleteConflict.Policy.Version.Default',
    message: 'The default policy version CAN NOT been deleted directly.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: { zh: '默认策略版本不能直接删除。', en: 'The default policy version CAN NOT been deleted directly.' },
    remedy: {
      zh: '当前策略版本为默认版本，不能删除。请确认要删除的版本号。',
      en: 'Verify the policy version you want to delete.',
    },
  },
  {
    code: 'DeleteConflict.Role.Policy',
    message: 'The role CAN NOT has any attached policy while deleting the role.',
    translated: { description: 'zh' },
    category: 'conflict',
    retry: never,
    description: {
      zh: '删除角色时，角色不能有任何已授予的策略。',
      en: 'The role CAN NOT has any attached policy while deleting the role.',
    },
    remedy: {
      zh: '删除角色时，角色不能有授权策略。请取消对角色的授权，然后再删除角色。',
      en: 'Revoke the policies of the role before deleting the role.',
    },
  },
  {
    code: 'LimitExceeded.User',
    message: 'The count of users beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: '用户数量超出当前限制。', en: 'The count of users beyond the current limits.' },
    remedy: {
      zh: '子用户数量超过当前上限 （子用户数上限 100）。当前子用户数据已经到达上限，不可再创建新的RAM子用户。',
      en: 'Remove one or more RAM users that you no longer require. The maximum number of RAM users allowed is 100.',
    },
  },
  {
    code: 'LimitExceeded.User.AccessKey',
    message: 'The access key count of the user access keys beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: {
      zh: '用户的 AccessKey 数量超出当前限制。',
      en: 'The access key count of the user access keys beyond the current limits.',
    },
    remedy: {
      zh: '子用户的 AccessKey 数量超过上限（子用户 AccessKey 上限 2 个）。',
      en: 'Remove one or more AKs you no longer require. The maximum number of AKs allowed is 2.',
    },
  },
  {
    code: 'LimitExceeded.User.Group',
    message: 'The count of groups the target user joined beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: {
      zh: '目标用户加入的群组数量超出当前限制。',
      en: 'The count of groups the target user joined beyond the current limits.',
    },
    remedy: {
      zh: '子用户加入的群组数量超过上限（子用户可加入的群组上限为 5）。',
      en: 'Remove the target RAM user from one or more user groups. The maximum number of groups a RAM user can join is 5.',
    },
  },
  {
    code: 'LimitExceeded.User.Policy',
    message: 'The policy count of the user attached policies beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: {
      zh: '用户已授予的策略数量超出当前限制。',
      en: 'The policy count of the user attached policies beyond the current limits.',
    },
    remedy: {
      zh: '子用户的策略数超过上限（单个子用户的系统策略数上限为 20， 单个子用户的自定义策略数上限为 5）。',
      en: 'Remove one or more of the target policy type (system or custom) from the target RAM user. Each RAM user can be granted up to 20 system policies and up to 5 custom policies.',
    },
  },
  {
    code: 'LimitExceeded.VirtualMFADevice',
    message: 'The count of virtual mfa devices beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: {
      zh: '虚拟 MFA 设备数量超出当前限制。',
      en: 'The count of virtual mfa devices beyond the current limits.',
    },
    remedy: {
      zh: '虚拟 MFA 设备数超过上限（虚拟 MFA 设备数上限 100）。',
      en: 'Remove one or more virtual MFA devices you no longer require. The maximum number of virtual MFA devices allowed is 100.',
    },
  },
  {
    code: 'LimitExceeded.Group',
    message: 'The count of groups beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: '群组数量超出当前限制。', en: 'The count of groups beyond the current limits.' },
    remedy: {
      zh: '群组数量超过上限（群组数量上限 50）。',
      en: 'Remove one or more groups you no longer require. The maximum number of groups allowed is 50.',
    },
  },
  {
    code: 'LimitExceeded.Group.Policy',
    message: 'The policy count of the group beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: '群组的策略数量超出当前限制。', en: 'The policy count of the group beyond the current limits.' },
    remedy: {
      zh: '群组的授权策略数量超过上限（单个群组的系统策略数量上限 20，单个群组的自定义策略数量上限 20）。',
      en: 'Remove one or more policies you no longer require from the group. The maximum numbers of system policies and custom policies allowed are 20 and 5, respectively.',
    },
  },
  {
    code: 'LimitExceeded.Policy',
    message: 'The count of policy beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: '策略数量超出当前限制。', en: 'The count of policy beyond the current limits.' },
    remedy: {
      zh: '自定义策略数量超过上限（自定义策略数量上限 200）。',
      en: 'Remove one or more custom policies you no longer require. The maximum number of custom policies allowed is 200.',
    },
  },
  {
    code: 'LimitExceeded.Policy.Version',
    message: 'The count of policy version beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: '策略版本数量超出当前限制。', en: 'The count of policy version beyond the current limits.' },
    remedy: {
      zh: '现存自定义策略版本超过上限（现存自定义策略版本上限 5）。',
      en: 'Remove one or more versions of the custom policy you no longer require. The maximum number of versions allowed is 5.',
    },
  },
  {
    code: 'LimitExceeded.Role',
    message: 'The count of roles beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: '角色数量超出当前限制。', en: 'The count of roles beyond the current limits.' },
    remedy: {
      zh: '角色数量超过上限（角色数量上限 100）。',
      en: 'Remove one or more roles you no longer require. The maximum number of roles allowed is 100.',
    },
  },
  {
    code: 'LimitExceeded.Role.Policy',
    message: 'The count of policies attached to the role beyond the current limits.',
    translated: { description: 'zh' },
    category: 'quota',
    retry: never,
    scope: 'account',
    description: {
      zh: '角色已授予的策略数量超出当前限制。',
      en: 'The count of policies attached to the role beyond the current limits.',
    },
    remedy: {
      zh: '角色的策略数超过上限（单个角色的系统策略数上限 20， 单个角色的自定义策略数上限 5）。',
      en: 'Remove one or more policies attached to the role. The maximum numbers of system policies and custom policies that can be granted to a role is 20 and 5, respectively.',
    },
  },
] as const satisfies readonly CatalogEntryInput[]
