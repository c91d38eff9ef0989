import { defineCatalog } from '../src/catalog/define-catalog.js'
import { never, refresh } from '../src/catalog/retry-rules.js'
import { popAlidnsEntries } from './shared/aliyun-pop-alidns.js'
import { popCommonEntries } from './shared/aliyun-pop-common.js'
import { popEcsEntries } from './shared/aliyun-pop-ecs.js'
import { popOssEntries, popOssVariants } from './shared/aliyun-pop-oss.js'
import { popRamEntries } from './shared/aliyun-pop-ram.js'
import { withCommon, withVariants } from './shared/with-common.js'

/**
 * Alibaba Cloud's OpenAPI behind the POP gateway (`*.aliyuncs.com`): the gateway's common errors, which every
 * product answers alike, and the codes of the products whose tables could be read. Codes are strings exactly
 * as `Code` carries them (`'Forbidden.RAM'`, `'Forbedden.NotSupportRAM'`, `'InvalidTimeStamp.Expired'`).
 *
 * Included:
 * - The POP gateway's common errors (45 codes): `catalogs/shared/aliyun-pop-common.ts`, whose sources and
 *   judgements are named there; the aliyun-sms catalog includes the same table.
 * - STS (Security Token Service, `sts.aliyuncs.com`, 2015-04-01), 13 codes:
 *   - https://help.aliyun.com/document_detail/42775.html ("使用STS访问OSS资源时发生报错的解决方法", and its
 *     earlier edition at www.alibabacloud.com/help/zh/doc-detail/42775.htm): the AssumeRole errors with the
 *     message the API returns and the vendor's cause (原因) in Chinese, `description.zh`.
 *   - https://help.aliyun.com/zh/ram/developer-reference/api-sts-2015-04-01-errorcodes: the
 *     `AuthenticationFail.*` rows of AssumeRoleWithOIDC, message and 描述. Only the page's first rows could
 *     be read; its later rows (SAML, and further OIDC rows) are left out. One code with several messages
 *     keeps the others in `variants`; `ODIC令牌` is the vendor's spelling.
 *   - STS's 错误代码表 and its English edition (github.com/AlibabaCloudDocs/ram at
 *     20c6e869c2e70425c9507eae0fb9e39550048eae, `API 参考（STS）/附录/错误代码表.md`): InvalidParameter.RoleArn
 *     and InvalidParameter.PolicySize (message and Solution Alibaba's, `description.zh` a translation), and
 *     the 解决方案/Solution of the codes above as their `remedy`; NoPermission keeps STS's and RAM's advice
 *     as variants. Rows compared: scripts/sources/aliyun-pop-ram.tsv.
 * - ECS (Elastic Compute Service, `ecs.aliyuncs.com`, 2014-05-26), 836 codes: `catalogs/shared/aliyun-pop-ecs.ts`,
 *   from the 错误码 tables of ECS's API reference (Alibaba Cloud's documentation source,
 *   github.com/AlibabaCloudDocs/ecs), whose edition, judgements and left-out rows are named there. Its rows
 *   for the gateway's common codes keep the common entry. Both languages are Alibaba's there.
 * - RAM (Resource Access Management, `ram.aliyuncs.com`, 2015-05-01), 80 codes: `catalogs/shared/aliyun-pop-ram.ts`,
 *   from RAM's 错误代码表 and its English edition (github.com/AlibabaCloudDocs/ram), named there.
 * - OSS (Object Storage Service, `<bucket>.oss-<region>.aliyuncs.com`), 40 codes: `catalogs/shared/aliyun-pop-oss.ts`,
 *   from OSS's 错误码汇总 table and its English edition (github.com/AlibabaCloudDocs/oss), named there. OSS has
 *   no POP side in its API reference: its REST API answers errors in the envelope the gateway uses in XML, which
 *   this adapter reads as it is. Its rows for SignatureDoesNotMatch and RequestTimeout are variants of the
 *   gateway's and ECS's entries.
 * - Alidns (Alibaba Cloud DNS, `alidns.aliyuncs.com`), 5 codes: `catalogs/shared/aliyun-pop-alidns.ts`, from
 *   the two Alibaba Cloud pages whose Alidns codes could be read (the API's error example and AddBatchDomainRecords'
 *   table); why the rest is left out is said there.
 *
 * Left out, and why: the product tables of Green (content moderation) and Bailian, and Alidns' other codes.
 * Green's generated pages (`api-<product>-<version>-errorcodes`) and its help.aliyun.com pages could only be
 * read in fragments, and Alibaba's SDK sources and OpenAPI metadata (github.com/aliyun/aliyun-openapi-meta at
 * 2563691c22229a0b493606e11166b95896707095) carry no error codes. Bailian: its model API (DashScope) has its own
 * adapter, `errcode-js/adapters/bailian`; no error table of a POP-side Bailian API (`bailian.aliyuncs.com`)
 * was found among Alibaba's pages that could be read. Their gateway errors are all here; a product's own code arrives
 * as `UnknownApiError` with its code, message, request id and `Recommend` link.
 *
 * `description.en` is a translation wherever the vendor's page was Chinese (`translated`). How entries were
 * judged: STS's credential and token refusals are `authentication` (`refresh` for an expired OIDC token,
 * which the caller renews), the role and policy refusals `permission`, malformed parameters
 * `invalid_request`; none is worth retrying as it is.
 */
export const aliyunPopCatalog = defineCatalog({
  vendor: 'aliyun-pop',
  title: 'Alibaba Cloud OpenAPI (POP gateway) error codes',
  source: 'https://help.aliyun.com/document_detail/435312.html',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en', remedy: 'en' },
  entries: withVariants(
    withCommon(popCommonEntries, [
      {
        code: 'NoPermission',
        message: 'Roles may not be assumed by root accounts.',
        category: 'permission',
        retry: never,
        description: {
          zh: '使用主用户的密钥调用AssumeRole，请使用子用户的密钥。',
          en: "AssumeRole was called with the root account's key: use a RAM user's key.",
        },
        remedy: {
          zh: '请使用RAM子用户的密钥信息，不要使用主账户的密钥信息，AssumeRole接口需要用RAM子用户调用。',
          en: "Use a RAM user's key, not the root account's: AssumeRole must be called by a RAM user.",
        },
        variants: [
          {
            zh: 'STS Token 没有权限。请在生成 STSToken 时正确授权。',
            en: 'The STS token has no permission: grant it when generating the token.',
          },
          { zh: '子用户权限不够，请给子用户授权。', en: 'The RAM user lacks permissions: grant them.' },
        ],
      },
      {
        code: 'MissingSecurityToken',
        message: 'SecurityToken is mandatory for this action.',
        category: 'authentication',
        retry: never,
        description: {
          zh: '使用临时用户的密钥调用AssumeRole，请使用子用户的密钥。',
          en: "AssumeRole was called with a temporary user's key: use a RAM user's key.",
        },
        remedy: {
          zh: '使用RAM子用户调用RAM的AssumeRole接口会生成一对STS信息，这个STS信息包含了STS的AccessKeyId、AccessSecret和SecurityToken，如果需要使用这对STS去调用其他服务的接口的时候，需要把这个三个参数都传进去。',
          en: "A RAM user's AssumeRole call returns STS credentials: an AccessKeyId, an AccessSecret and a SecurityToken. To call other services with them, pass all three.",
        },
      },
      {
        code: 'InvalidParameter.PolicyGrammar',
        message: 'The parameter Policy has not passed grammar check.',
        translated: { description: 'en' },
        category: 'invalid_request',
        retry: never,
        description: {
          zh: '角色扮演时指定的授权策略无效。',
          en: 'The policy given when assuming the role is invalid.',
        },
        remedy: { zh: 'Policy 语法错误。请修改 Policy 内容。', en: 'Modify the policy content.' },
      },
      {
        code: 'InvalidParameter.RoleSessionName',
        message: 'The parameter RoleSessionName is wrongly formed.',
        translated: { description: 'en' },
        category: 'invalid_request',
        retry: never,
        description: {
          zh: '角色扮演时指定RoleSessionName无效。',
          en: 'The RoleSessionName given when assuming the role is invalid.',
        },
        remedy: {
          zh: 'RoleSessionName 输入错误。支持输入 2-32 个字符，请输入至少 2 个字符；允许输入^[a-zA-Z0-9\\.@\\-_]+$。',
          en: 'Modify the value of RoleSessionName. The value must be 2 to 32 characters in length and can contain letters, numbers, and special characters.',
        },
      },
      {
        code: 'InvalidParameter.DurationSeconds',
        message: 'The Min/Max value of DurationSeconds is 15min/1hr.',
        translated: { description: 'en' },
        category: 'invalid_request',
        retry: never,
        description: {
          zh: '角色扮演时指定的过期时间无效，即AssumeRoleRequest.setDurationSeconds参数无效。',
          en: 'The expiry given when assuming the role is invalid: the AssumeRoleRequest.setDurationSeconds parameter is invalid.',
        },
        remedy: {
          zh: 'DurationSeconds 参数设置错误。取值范围 900 ~ 3600。',
          en: 'Modify the value of DurationSeconds. The value must be in the range of 900 and 3600.',
        },
      },
      {
        code: 'AuthenticationFail.NoPermission',
        message: 'There is no permission',
        category: 'permission',
        retry: never,
        description: { zh: '没有权限。', en: 'No permission.' },
        variants: [{ zh: '未注册对应的 OIDC Provider。', en: 'No such OIDC Provider registered.' }],
      },
      {
        code: 'AuthenticationFail.OIDCToken.AudienceNotMatch',
        message: 'Invalid audience.',
        category: 'authentication',
        retry: never,
        description: { zh: 'Token中的audience不匹配', en: 'The audience in the token does not match' },
      },
      {
        code: 'AuthenticationFail.OIDCToken.Expired',
        message: 'This JsonWebToken is expired.',
        category: 'authentication',
        retry: refresh,
        description: { zh: 'OIDC令牌过期', en: 'The OIDC token has expired' },
      },
      {
        code: 'AuthenticationFail.OIDCToken.HttpsUrlInvalid',
        message: 'Invoke url failed due to certificate chain validation',
        category: 'authentication',
        retry: never,
        description: {
          zh: 'OIDC Provider URL 证书链校验失败。',
          en: "The certificate chain of the OIDC Provider's URL failed validation.",
        },
        variants: [
          {
            zh: 'URL %s 的根 CA 证书不在信任白名单中。',
            en: 'The root ca certificate is not in ca whitelist of this url: %s',
          },
        ],
      },
      {
        code: 'AuthenticationFail.OIDCToken.Invalid',
        message: 'The OIDCToken can not empty.',
        category: 'authentication',
        retry: never,
        description: { zh: 'OIDCToken字段不能为空值。', en: 'The OIDCToken field cannot be empty.' },
        variants: [
          {
            zh: 'Jwt 需要能够被‘.’字符划分为3部分。',
            en: "The number of Jwt field should be divided into 3 parts with '.' .",
          },
          {
            zh: '格式错误，无法解码base64编码的返回结果。',
            en: 'Cannot decode base64 encoded response(format invalided).',
          },
          {
            zh: 'Jwt报头中指定的HS256算法未知。',
            en: 'The algorithm HS256 that be specified in Jwt header is unknown.',
          },
          { zh: 'Jwt内容无效且无法识别。', en: 'The Jwt content is invalid that cannot be recognized.' },
        ],
      },
      {
        code: 'AuthenticationFail.OIDCToken.InvalidSignature',
        message: 'OIDC token validate failed: invalid signature.',
        category: 'authentication',
        retry: never,
        description: { zh: 'ODIC令牌的验证签名失败', en: 'Verifying the OIDC token’s signature failed' },
      },
      {
        code: 'InvalidParameter.RoleArn',
        message: 'The parameter RoleArn is wrongly formed.',
        translated: { description: 'zh' },
        category: 'invalid_request',
        retry: never,
        description: { zh: '参数 RoleArn 格式不正确。', en: 'The parameter RoleArn is wrongly formed.' },
        remedy: { zh: '角色 Arn 不正确。请确认该角色 Arn。', en: 'Use the correct role Arn.' },
      },
      {
        code: 'InvalidParameter.PolicySize',
        message: 'The size of Policy must be smaller than 1024 bytes.',
        translated: { description: 'zh' },
        category: 'invalid_request',
        retry: never,
        description: {
          zh: 'Policy 的大小必须小于 1024 字节。',
          en: 'The size of Policy must be smaller than 1024 bytes.',
        },
        remedy: {
          zh: 'Policy 最大长度为 1024 字节。请修改 Policy 以缩减长度。',
          en: 'Modify the size of Policy. The size cannot exceed 1,024 bytes.',
        },
      },
      ...popEcsEntries,
      ...popRamEntries,
      ...popOssEntries,
      ...popAlidnsEntries,
    ]),
    popOssVariants,
  ),
})
