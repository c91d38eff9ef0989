import { defineCatalog } from '../src/catalog/define-catalog.js'
import { backoff, never, refresh, throttled } from '../src/catalog/retry-rules.js'
import type { RetryRule } from '../src/types.js'

/** "It's possible some aspect of the operation succeeded before the error was raised." */
const outcomeUnknown: RetryRule = Object.freeze({ kind: 'backoff', outcome: 'unknown' })

/**
 * Slack Web API (`slack.com/api/<method>`): the `error` strings of `{"ok":false,"error":"…"}`, which Slack sends
 * with HTTP 200 (and with 429 for `ratelimited`). The common errors every method can return, and the errors of
 * `chat.postMessage` and of every `conversations.*`, `users.*` and `files.*` method. 245 codes.
 *
 * Sources:
 * - Texts: Slack's method pages (`https://api.slack.com/methods/<method>#errors`, now docs.slack.dev) and its
 *   common-errors table, as `slack-ruby/slack-api-ref` keeps them word for word in `methods/**\/*.json` and
 *   `methods/_errors/common.json` (commit f4837c0cb6dba1b1122ce66a5b69195ce47213f8, August 2026). A code's
 *   `description` is its text in the common table, or else in the first method that lists it (chat.postMessage,
 *   then conversations.*, users.*, files.* in alphabetical order); where other methods word it differently,
 *   their texts are `variants`. Slack's Markdown links and backticks are kept as the pages have them.
 * - `invalid_auth` and `msg_too_long` are no longer in the current copy of the pages, which leaves the
 *   common `invalid_auth` out of every method listed here: their texts are chat.postMessage's as the same
 *   repository kept it on 2019-10-01 (commit 00f88b7caf3d30c9dce26ca5807a4f053318fcb1).
 * - Codes: Slack's own OpenAPI description, `slackapi/slack-api-specs` `web-api/slack_web_openapi_v2.json`
 *   (archived October 2020), lists the error enums of each method but no texts: of its 102 codes for these
 *   methods, 92 are here; `comment_not_found`, `invalid_json`, `json_not_object`, `missing_charset`, `not_found`,
 *   `superfluous_charset`, `timezone_count_failed`, `upgrade_required`, `user_is_bot` and
 *   `user_is_ultra_restricted` have no text on the pages and are left out.
 * - What is missing: errors of other method families (admin.*, reactions.*, views.* …) arrive as
 *   `UnknownApiError` with Slack's code; `response_metadata.messages` (the detail of `invalid_arguments` and
 *   `invalid_blocks`) stays in `err.body`. Slack documents no request id in the body.
 *
 * `description.zh` is a translation.
 *
 * How entries were judged (the category and retry rule are errcode's reading; the words are Slack's):
 * - `fatal_error` and `internal_error`: "It's possible some aspect of the operation succeeded before the error
 *   was raised": `internal`, back off, with `outcome: 'unknown'` and not replay-safe, so a POST such as
 *   `chat.postMessage` (which may have posted) is not replayed blindly.
 * - `ratelimited` (429, with `Retry-After`), `rate_limited` (chat.postMessage: the app posted too many
 *   messages), `ratelimit` and `message_limit_exceeded`: `rate_limit`, replay-safe, scope `account` (the app's
 *   token on that workspace). Limits of one channel or invited user (`member_limit_exceeded`,
 *   `connection_limit_exceeded`, `ura_max_channels` …) are `quota` with scope `recipient`; `storage_limit_reached`
 *   (the team's file storage) is `quota` with scope `account`.
 * - `token_expired` (token rotation) is `refresh`; `not_authed`, `invalid_auth`, `account_inactive` and
 *   `token_revoked` are `authentication`, never retried: a new token will not come from retrying.
 * - `service_unavailable`, `team_added_to_org`, `org_login_required` (a migration "will not be available until
 *   migration is complete"), `channel_conversion_in_progress` and `external_channel_migrating`: `unavailable`,
 *   back off. `request_timeout` ("POST data was either missing or truncated") lost its data on the way and did not
 *   run: `unavailable`, back off, replay-safe.
 * - `…_failed` codes (`profile_set_failed`, `canvas_creation_failed` …): `internal`, back off.
 * - Scopes, tokens types, admin settings, archived or read-only channels: `permission`; `…_not_found`:
 *   `not_found`; `already_…`, `…_taken`: `conflict`; the rest are malformed requests, `invalid_request`.
 */
export const slackCatalog = defineCatalog({
  vendor: 'slack',
  title: 'Slack Web API errors',
  source: 'https://api.slack.com/web#errors',
  timeZone: 'UTC',
  translated: { description: 'zh' },
  entries: [
    {
      code: 'ratelimited',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'The request has been ratelimited. Refer to the Retry-After header for when to retry the request.',
        zh: '请求已被限流。请按 Retry-After 响应头所示的时间重试。',
      },
      variants: [{ en: 'too many attempts' }, { en: 'You are attempting to call this method too frequently.' }],
    },
    {
      code: 'unknown_method',
      category: 'invalid_request',
      retry: never,
      description: { en: 'This method is currently not available.', zh: '该方法当前不可用。' },
    },
    {
      code: 'access_denied',
      category: 'permission',
      retry: never,
      description: { en: 'Access to a resource specified in the request is denied.', zh: '拒绝访问请求中指定的资源。' },
      variants: [{ en: 'User is not the owner of the file.' }, { en: 'Unable to access the file (slack connect)' }],
    },
    {
      code: 'account_inactive',
      category: 'authentication',
      retry: never,
      description: {
        en: 'Authentication token is for a deleted user or workspace when using a bot token.',
        zh: '使用 bot 令牌时，认证令牌属于已删除的用户或工作区。',
      },
    },
    {
      code: 'deprecated_endpoint',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The endpoint has been deprecated.', zh: '该端点已弃用。' },
    },
    {
      code: 'ekm_access_denied',
      category: 'permission',
      retry: never,
      description: {
        en: 'Administrators have suspended the ability to post a message.',
        zh: '管理员已暂停发送消息的权限。',
      },
      variants: [
        { en: 'Your message couldn’t be sent because your admins have disabled sending messages to this channel.' },
      ],
    },
    {
      code: 'enterprise_is_restricted',
      category: 'permission',
      retry: never,
      description: {
        en: 'The method cannot be called from an Enterprise.',
        zh: '不能从企业（Enterprise）调用该方法。',
      },
      variants: [{ en: 'This method was called with an inappropriate enterprise-level token.' }],
    },
    {
      code: 'is_bot',
      category: 'permission',
      retry: never,
      description: { en: 'This method cannot be called by a legacy bot.', zh: '旧版 bot 不能调用该方法。' },
    },
    {
      code: 'method_deprecated',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The method has been deprecated.', zh: '该方法已弃用。' },
      variants: [
        {
          en: 'This API is deprecated. Please refer to https://docs.slack.dev/changelog/2024-04-a-better-way-to-upload-files-is-here-to-stay',
        },
      ],
    },
    {
      code: 'missing_scope',
      category: 'permission',
      retry: never,
      description: {
        en: 'The token used is not granted the specific scope permissions required to complete this request.',
        zh: '所用令牌未被授予完成此请求所需的权限范围（scope）。',
      },
      variants: [
        { en: 'The calling token is not granted the necessary scopes to complete this operation.' },
        { en: 'The calling token has not been granted the necessary scopes to complete this operation.' },
      ],
    },
    {
      code: 'not_allowed_token_type',
      category: 'permission',
      retry: never,
      description: {
        en: 'The token type used in this request is not allowed.',
        zh: '不允许在此请求中使用该类型的令牌。',
      },
    },
    {
      code: 'not_authed',
      category: 'authentication',
      retry: never,
      description: { en: 'No authentication token provided.', zh: '未提供认证令牌。' },
    },
    {
      code: 'no_permission',
      category: 'permission',
      retry: never,
      description: {
        en: "The workspace token used in this request does not have the permissions necessary to complete the request. Make sure your app is a member of the conversation it's attempting to post a message to.",
        zh: '此请求所用的工作区令牌没有完成请求所需的权限。请确认应用是其要发消息的会话的成员。',
      },
      variants: [{ en: 'User does not have permission to invite that specific user to the channel' }],
    },
    {
      code: 'org_login_required',
      category: 'unavailable',
      retry: backoff,
      description: {
        en: 'The workspace is undergoing an enterprise migration and will not be available until migration is complete.',
        zh: '工作区正在进行企业迁移，迁移完成前不可用。',
      },
    },
    {
      code: 'token_expired',
      category: 'authentication',
      retry: refresh,
      description: { en: 'Authentication token has expired.', zh: '认证令牌已过期。' },
    },
    {
      code: 'token_revoked',
      category: 'authentication',
      retry: never,
      description: {
        en: 'Authentication token is for a deleted user or workspace or the app has been removed when using a user token.',
        zh: '使用用户令牌时，认证令牌属于已删除的用户或工作区，或应用已被移除。',
      },
      variants: [{ en: 'The token being used is not valid.' }],
    },
    {
      code: 'two_factor_setup_required',
      category: 'permission',
      retry: never,
      description: { en: 'Two factor setup is required.', zh: '需要设置双重认证。' },
    },
    {
      code: 'accesslimited',
      category: 'permission',
      retry: never,
      description: {
        en: 'Access to this method is limited on the current network.',
        zh: '在当前网络上对该方法的访问受限。',
      },
    },
    {
      code: 'fatal_error',
      category: 'internal',
      retry: outcomeUnknown,
      description: {
        en: "The server could not complete your operation(s) without encountering a catastrophic error. It's possible some aspect of the operation succeeded before the error was raised.",
        zh: '服务器在完成操作时遇到了灾难性错误。操作的某些部分可能在出错前已经成功。',
      },
    },
    {
      code: 'invalid_arg_name',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The method was passed an argument whose name falls outside the bounds of accepted or expected values. This includes very long names and names with non-alphanumeric characters other than _. If you get this error, it is typically an indication that you have made a very malformed API call.',
        zh: '传给方法的参数名超出了接受或预期的范围，包括过长的名称和含有 _ 以外非字母数字字符的名称。出现此错误通常说明 API 调用格式严重错误。',
      },
    },
    {
      code: 'invalid_array_arg',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The method was passed an array as an argument. Please only input valid strings.',
        zh: '传给方法的参数是数组。请只传入有效的字符串。',
      },
    },
    {
      code: 'invalid_charset',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The method was called via a POST request, but the charset specified in the Content-Type header was invalid. Valid charset names are: utf-8 iso-8859-1.',
        zh: '方法通过 POST 请求调用，但 Content-Type 头中指定的字符集无效。有效的字符集名称为：utf-8、iso-8859-1。',
      },
    },
    {
      code: 'invalid_form_data',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The method was called via a POST request with Content-Type application/x-www-form-urlencoded or multipart/form-data, but the form data was either missing or syntactically invalid.',
        zh: '方法通过 Content-Type 为 application/x-www-form-urlencoded 或 multipart/form-data 的 POST 请求调用，但表单数据缺失或语法无效。',
      },
    },
    {
      code: 'invalid_post_type',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The method was called via a POST request, but the specified Content-Type was invalid. Valid types are: application/json application/x-www-form-urlencoded multipart/form-data text/plain.',
        zh: '方法通过 POST 请求调用，但指定的 Content-Type 无效。有效的类型为：application/json、application/x-www-form-urlencoded、multipart/form-data、text/plain。',
      },
    },
    {
      code: 'missing_post_type',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The method was called via a POST request and included a data payload, but the request did not include a Content-Type header.',
        zh: '方法通过 POST 请求调用并带有数据，但请求没有 Content-Type 头。',
      },
    },
    {
      code: 'request_timeout',
      category: 'unavailable',
      retry: throttled,
      description: {
        en: 'The method was called via a POST request, but the POST data was either missing or truncated.',
        zh: '方法通过 POST 请求调用，但 POST 数据缺失或被截断。',
      },
    },
    {
      code: 'service_unavailable',
      category: 'unavailable',
      retry: backoff,
      description: { en: 'The service is temporarily unavailable.', zh: '服务暂时不可用。' },
    },
    {
      code: 'team_added_to_org',
      category: 'unavailable',
      retry: backoff,
      description: {
        en: 'The workspace associated with your request is currently undergoing migration to an Enterprise Organization. Web API and other platform operations will be intermittently unavailable until the transition is complete.',
        zh: '与请求关联的工作区正在迁移到企业组织。迁移完成前，Web API 及其他平台操作会间歇性不可用。',
      },
    },
    {
      code: 'app_access_restricted',
      category: 'permission',
      retry: never,
      description: { en: 'The user does not have permission to use this app.', zh: '该用户无权使用此应用。' },
    },
    {
      code: 'as_user_not_supported',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The `as_user` parameter does not function with workspace apps.',
        zh: '`as_user` 参数对工作区应用不起作用。',
      },
    },
    {
      code: 'attachment_payload_limit_exceeded',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Attachment payload size is too long.', zh: '附件数据过大。' },
    },
    {
      code: 'cannot_reply_to_message',
      category: 'permission',
      retry: never,
      description: { en: 'This message type cannot have thread replies.', zh: '此类消息不能有线程回复。' },
    },
    {
      code: 'channel_not_found',
      category: 'not_found',
      retry: never,
      description: { en: 'Value passed for `channel` was invalid.', zh: '`channel` 的值无效。' },
      variants: [
        { en: "The channel associated with this invite wasn't found." },
        { en: 'Cannot find channel' },
        { en: 'The channel provided was not found.' },
        { en: 'Value for `channel` was missing or invalid.' },
        {
          en: 'The provided channel was not found or the channel is no longer visible to the user who requested the invite.',
        },
        { en: 'We could not find the channel where the request was made.' },
        { en: 'Value passed for `channel_id` was invalid.' },
        { en: 'At least one of the values passed for `channels` was invalid.' },
      ],
    },
    {
      code: 'draft_already_deleted',
      category: 'conflict',
      retry: never,
      description: { en: 'The draft has already been deleted.', zh: '草稿已被删除。' },
    },
    {
      code: 'draft_already_sent',
      category: 'conflict',
      retry: never,
      description: { en: 'The draft has already been sent.', zh: '草稿已发送。' },
    },
    {
      code: 'draft_has_conflict',
      category: 'conflict',
      retry: never,
      description: {
        en: 'The client draft version is out of sync with the server draft version.',
        zh: '客户端草稿版本与服务器草稿版本不一致。',
      },
    },
    {
      code: 'draft_not_found',
      category: 'not_found',
      retry: never,
      description: { en: 'The draft was not found.', zh: '未找到草稿。' },
    },
    {
      code: 'duplicate_channel_not_found',
      category: 'not_found',
      retry: never,
      description: {
        en: 'Channel associated with `client_msg_id` was invalid.',
        zh: '与 `client_msg_id` 关联的频道无效。',
      },
    },
    {
      code: 'duplicate_message_not_found',
      category: 'not_found',
      retry: never,
      description: {
        en: 'No duplicate message exists associated with `client_msg_id`.',
        zh: '不存在与 `client_msg_id` 关联的重复消息。',
      },
    },
    {
      code: 'invalid_blocks',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Blocks submitted with this message are not valid.', zh: '随消息提交的 blocks 无效。' },
      variants: [{ en: 'Provided blocks are in the incorrect format.' }],
    },
    {
      code: 'invalid_blocks_format',
      category: 'invalid_request',
      retry: never,
      description: {
        en: "The `blocks` is not a valid JSON object or doesn't match the Block Kit syntax.",
        zh: '`blocks` 不是有效的 JSON 对象，或不符合 Block Kit 语法。',
      },
    },
    {
      code: 'invalid_metadata_format',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Invalid metadata format provided.', zh: '提供的元数据格式无效。' },
    },
    {
      code: 'invalid_metadata_schema',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Invalid metadata schema provided.', zh: '提供的元数据模式无效。' },
    },
    {
      code: 'is_archived',
      category: 'permission',
      retry: never,
      description: { en: 'Channel has been archived.', zh: '频道已归档。' },
      variants: [{ en: 'Cannot rename archived channel.' }],
    },
    {
      code: 'markdown_text_conflict',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Markdown text cannot be used in conjunction with `blocks` or `text` argument.',
        zh: 'Markdown 文本不能与 `blocks` 或 `text` 参数同时使用。',
      },
    },
    {
      code: 'message_limit_exceeded',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'Members on this team are sending too many messages. For more details, see https://slack.com/help/articles/115002422943-Usage-limits-for-free-workspaces.',
        zh: '该团队成员发送的消息过多。详见 https://slack.com/help/articles/115002422943-Usage-limits-for-free-workspaces。',
      },
    },
    {
      code: 'messages_tab_disabled',
      category: 'permission',
      retry: never,
      description: { en: 'Messages tab for the app is disabled.', zh: '应用的消息标签页已被禁用。' },
    },
    {
      code: 'metadata_must_be_sent_from_app',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Message metadata can only be posted or updated using an app-level token.',
        zh: '消息元数据只能用应用级令牌发布或更新。',
      },
    },
    {
      code: 'metadata_too_large',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Metadata exceeds size limit.', zh: '元数据超出大小限制。' },
    },
    {
      code: 'missing_file_data',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Attempted to share a file but some required data was missing.',
        zh: '尝试分享文件，但缺少部分必需数据。',
      },
    },
    {
      code: 'msg_blocks_too_long',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Blocks submitted with this message are too long.', zh: '随消息提交的 blocks 过长。' },
    },
    {
      code: 'no_text',
      category: 'invalid_request',
      retry: never,
      description: { en: 'No message text provided.', zh: '未提供消息文本。' },
    },
    {
      code: 'not_in_channel',
      category: 'permission',
      retry: never,
      description: {
        en: 'Cannot post user messages to a channel they are not in.',
        zh: '不能向用户不在其中的频道发布用户消息。',
      },
      variants: [
        { en: 'The token can not be found in channel.' },
        {
          en: 'The token used does not have access to the proper channel. Only user tokens can access public channels they are not in.',
        },
        { en: 'Authenticated user is not in the channel.' },
        { en: 'The app is not a member of the channel to invite.' },
        { en: 'User was not in the channel.' },
        { en: 'Caller is not a member of the channel.' },
        { en: 'User/bot membership is required for the specified channel.' },
        { en: 'Authenticated user is not in at least one of the the provided channels.' },
      ],
    },
    {
      code: 'rate_limited',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'Application has posted too many messages, [read the Rate Limit documentation](/apis/web-api/rate-limits) for more information.',
        zh: '应用发布的消息过多，详见限流文档。',
      },
    },
    {
      code: 'restricted_action',
      category: 'permission',
      retry: never,
      description: {
        en: 'A workspace preference prevents the authenticated user from posting.',
        zh: '工作区设置禁止已认证的用户发布消息。',
      },
      variants: [
        { en: 'A team preference prevents the authenticated user from creating private channels.' },
        { en: 'A team preference prevents the authenticated user from archiving.' },
        { en: 'User does not have permission to perform this action.' },
        { en: 'A team (workspace) preference prevents the authenticated user from creating channels.' },
        { en: 'A team preference prevents the authenticated user from declining Slack Connect invites..' },
        { en: 'A team preference prevents the user from taking this action.' },
        { en: 'A team preference does not allow this authorization to send invites.' },
        { en: 'A team preference prevents the authenticated user from kicking.' },
        { en: 'A team preference prevents the authenticated user from viewing shared channel invites.' },
        { en: 'A team preference prevents the invite from being approved.' },
        { en: 'A team preference prevents the invite from being denied.' },
        { en: 'A team preference prevents the user from listing invitation requests.' },
        { en: 'user is restricted from calling this API' },
      ],
    },
    {
      code: 'restricted_action_non_threadable_channel',
      category: 'permission',
      retry: never,
      description: {
        en: 'Cannot post thread replies into a non_threadable channel.',
        zh: '不能在不支持线程的频道中发布线程回复。',
      },
    },
    {
      code: 'restricted_action_read_only_channel',
      category: 'permission',
      retry: never,
      description: { en: 'Cannot post any message into a read-only channel.', zh: '不能在只读频道中发布任何消息。' },
    },
    {
      code: 'restricted_action_thread_locked',
      category: 'permission',
      retry: never,
      description: {
        en: 'Cannot post replies to a thread that has been locked by admins.',
        zh: '不能回复已被管理员锁定的线程。',
      },
    },
    {
      code: 'restricted_action_thread_only_channel',
      category: 'permission',
      retry: never,
      description: {
        en: 'Cannot post top-level messages into a thread-only channel.',
        zh: '不能在仅限线程的频道中发布顶层消息。',
      },
    },
    {
      code: 'send_on_behalf_not_allowed',
      category: 'permission',
      retry: never,
      description: { en: 'Cannot send on behalf of the provided user.', zh: '不能代表所提供的用户发送。' },
    },
    {
      code: 'slack_connect_canvas_sharing_blocked',
      category: 'permission',
      retry: never,
      description: {
        en: 'Admin has disabled Canvas File sharing in all Slack Connect communications.',
        zh: '管理员已在所有 Slack Connect 通信中禁用 Canvas 文件分享。',
      },
      variants: [{ en: 'Admin has disabled sharing of Canvas links in all Slack Connect communications' }],
    },
    {
      code: 'slack_connect_file_link_sharing_blocked',
      category: 'permission',
      retry: never,
      description: {
        en: 'Admin has disabled Slack File sharing in all Slack Connect communications.',
        zh: '管理员已在所有 Slack Connect 通信中禁用 Slack 文件分享。',
      },
    },
    {
      code: 'slack_connect_lists_sharing_blocked',
      category: 'permission',
      retry: never,
      description: {
        en: 'Admin has disabled Lists sharing in all Slack Connect communications.',
        zh: '管理员已在所有 Slack Connect 通信中禁用 Lists 分享。',
      },
    },
    {
      code: 'team_not_found',
      category: 'not_found',
      retry: never,
      description: {
        en: 'This error occurs if, when using an org-wide token, the `channel_name` is passed instead of the `channel_id`.',
        zh: '使用组织级令牌时传入了 `channel_name` 而不是 `channel_id`，会出现此错误。',
      },
      variants: [
        { en: 'The team provided in the `team_id` argument does not exits.' },
        { en: 'Can not find the team who requested the invite.' },
        { en: 'We could not find the team which made the invite request.' },
      ],
    },
    {
      code: 'too_many_attachments',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Too many attachments were provided with this message. A maximum of 100 attachments are allowed on a message.',
        zh: '消息附带的附件过多。一条消息最多允许 100 个附件。',
      },
    },
    {
      code: 'too_many_contact_cards',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Too many contact_cards were provided with this message. A maximum of 10 contact cards are allowed on a message.',
        zh: '消息附带的联系人卡片过多。一条消息最多允许 10 张联系人卡片。',
      },
    },
    {
      code: 'channel_conversion_in_progress',
      category: 'unavailable',
      retry: backoff,
      description: {
        en: 'Unable to create a channel connection while a channel conversion is in progress',
        zh: '频道转换进行中，无法创建频道连接',
      },
      variants: [{ en: 'A channel conversion is in progress' }],
    },
    {
      code: 'connection_limit_exceeded',
      category: 'quota',
      retry: never,
      scope: 'recipient',
      description: {
        en: 'This channel has hit the limit of external connections.',
        zh: '该频道的外部连接数已达上限。',
      },
    },
    {
      code: 'email_does_not_match',
      category: 'invalid_request',
      retry: never,
      description: {
        en: "User's email does not match the email in the invite.",
        zh: '用户的邮箱与邀请中的邮箱不一致。',
      },
    },
    {
      code: 'failed_to_start_trial',
      category: 'internal',
      retry: backoff,
      description: { en: 'Unable to initiate a trial on shared invite acceptance', zh: '接受共享邀请时无法开始试用' },
    },
    {
      code: 'has_already_connected_to_org',
      category: 'conflict',
      retry: never,
      description: {
        en: 'A team on the workspace of the org is already in the channel.',
        zh: '该组织的某个工作区的团队已在频道中。',
      },
    },
    {
      code: 'invalid_arguments',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Invalid API arguments were provided. Either `sig` or `invite_id` must be specified.',
        zh: '提供的 API 参数无效。必须指定 `sig` 或 `invite_id`。',
      },
      variants: [
        { en: 'An invalid argument was supplied to the method.' },
        { en: 'Invalid arguments (including exceeding character count)' },
      ],
    },
    {
      code: 'invalid_emoji_not_allowed',
      category: 'permission',
      retry: never,
      description: { en: 'The desired name contains emoji.', zh: '所需名称包含表情符号。' },
      variants: [{ en: 'Invalid emoji not allowed.' }],
    },
    {
      code: 'invalid_host_team',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The host workspace is invalid.', zh: '主持工作区无效。' },
    },
    {
      code: 'invalid_link',
      category: 'invalid_request',
      retry: never,
      description: {
        en: "We couldn't find an invite associated with the ID provided.",
        zh: '找不到与所提供 ID 关联的邀请。',
      },
      variants: [{ en: 'The link provided was invalid.' }],
    },
    {
      code: 'invalid_name',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The value passed for `channel_name` was invalid.', zh: '`channel_name` 的值无效。' },
      variants: [{ en: 'Value passed for `name` was invalid.' }],
    },
    {
      code: 'invalid_name_maxlength',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The value passed for `channel_name` exceeded the maximum length.',
        zh: '`channel_name` 的值超过最大长度。',
      },
      variants: [{ en: 'Value passed for `name` exceeded max length.' }],
    },
    {
      code: 'invalid_name_punctuation',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The value passed for `channel_name` contained only punctuation.',
        zh: '`channel_name` 的值只含标点符号。',
      },
      variants: [{ en: 'Value passed for `name` contained only punctuation.' }],
    },
    {
      code: 'invalid_name_required',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The value passed for `channel_name` was empty.', zh: '`channel_name` 的值为空。' },
      variants: [{ en: 'Value passed for `name` was empty.' }],
    },
    {
      code: 'invalid_name_specials',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The value passed for `channel_name` contained unallowed special characters or upper case characters.',
        zh: '`channel_name` 的值含有不允许的特殊字符或大写字母。',
      },
      variants: [{ en: 'Value passed for `name` contained unallowed special characters or upper case characters.' }],
    },
    {
      code: 'invalid_privacy',
      category: 'invalid_request',
      retry: never,
      description: { en: 'An invalid channel privacy was provided.', zh: '提供的频道隐私设置无效。' },
    },
    {
      code: 'invalid_recipient_team',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The accepting team does not match the expected recipient team.',
        zh: '接受邀请的团队与预期的接收团队不一致。',
      },
    },
    {
      code: 'invalid_target_team',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The target workspace is invalid.', zh: '目标工作区无效。' },
      variants: [{ en: 'The target team provided is not valid for the channel.' }],
    },
    {
      code: 'invite_from_same_org',
      category: 'permission',
      retry: never,
      description: {
        en: "You can't accept an invite from the same org or workspace.",
        zh: '不能接受来自同一组织或工作区的邀请。',
      },
    },
    {
      code: 'invite_not_found',
      category: 'not_found',
      retry: never,
      description: {
        en: "We couldn't find a Slack Connect channel invite with the ID provided.",
        zh: '找不到与所提供 ID 对应的 Slack Connect 频道邀请。',
      },
      variants: [
        { en: "The invite specified wasn't found." },
        { en: 'We could not find a Slack Connect invite associated with the ID provided.' },
        { en: 'An error occurred while inviting users.' },
      ],
    },
    {
      code: 'invite_used',
      category: 'conflict',
      retry: never,
      description: { en: 'This invite has already been accepted.', zh: '该邀请已被接受。' },
    },
    {
      code: 'is_pending_connected_to_org',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'A team pending to join the channel is on the org of the team trying to accept.',
        zh: '待加入频道的团队与尝试接受邀请的团队属于同一组织。',
      },
    },
    {
      code: 'legacy_connection_invalid_org',
      category: 'invalid_request',
      retry: never,
      description: {
        en: "Teams not previously connected to this legacy channel can't connect.",
        zh: '此前未连接到该旧版频道的团队不能连接。',
      },
    },
    {
      code: 'legacy_connection_limit_exceeded',
      category: 'quota',
      retry: never,
      scope: 'recipient',
      description: {
        en: 'You cannot share a legacy ESC channel with a third team',
        zh: '不能与第三个团队共享旧版 ESC 频道',
      },
    },
    {
      code: 'name_taken',
      category: 'conflict',
      retry: never,
      description: {
        en: 'The desired channel name is already taken in your workspace.',
        zh: '所需频道名称在工作区中已被占用。',
      },
      variants: [{ en: 'A channel cannot be created with the given name.' }, { en: 'New channel name is taken.' }],
    },
    {
      code: 'not_allowed_for_grid_workspace',
      category: 'permission',
      retry: never,
      description: { en: 'Acceptance is not allowed for this workspace.', zh: '该工作区不允许接受邀请。' },
      variants: [{ en: 'This workspace does not have Slack Connect enabled.' }],
    },
    {
      code: 'not_paid',
      category: 'permission',
      retry: never,
      description: { en: "This workspace doesn't have access to this feature.", zh: '该工作区无权使用此功能。' },
      variants: [
        { en: 'The team attempting to approve this invite is not paid and therefore not eligible.' },
        { en: 'The workspace is not eligible to use Slack Connect.' },
        { en: 'This feature is only available to paid teams.' },
      ],
    },
    {
      code: 'user_cannot_create_channel',
      category: 'permission',
      retry: never,
      description: { en: 'This user is not allowed to create a channel.', zh: '该用户不允许创建频道。' },
    },
    {
      code: 'user_is_restricted',
      category: 'permission',
      retry: never,
      description: { en: 'This user is restricted and cannot accept the invite.', zh: '该用户受限，不能接受邀请。' },
      variants: [
        { en: 'An invited user is a guest user that is restricted from accessing this conversation.' },
        { en: 'Restricted and guest users cannot leave channel' },
        { en: 'Setting the channel description is a restricted action.' },
        { en: 'Setting the topic is a restricted action.' },
      ],
    },
    {
      code: 'user_not_found',
      category: 'not_found',
      retry: never,
      description: {
        en: 'The user accepting the invite is not a member of the team provided in the `team_id` argument.',
        zh: '接受邀请的用户不是 `team_id` 参数所指团队的成员。',
      },
      variants: [
        { en: 'Value passed for `users` was invalid.' },
        { en: 'User lookup failed.' },
        { en: 'Value passed for `user` was invalid.' },
        { en: 'Value(s) passed for `users` was invalid.' },
        { en: 'Can not find the user who requested the invite.' },
        { en: 'We could not find the user who made the invite request.' },
        { en: 'Value passed for `user` was invalid' },
      ],
    },
    {
      code: 'user_required_to_accept_as_private_but_cannot',
      category: 'permission',
      retry: never,
      description: { en: 'This uer cannot accept a private channel invitation.', zh: '该用户不能接受私有频道邀请。' },
    },
    {
      code: 'already_approved',
      category: 'conflict',
      retry: never,
      description: { en: 'This invite was already approved by this team.', zh: '该邀请已被此团队批准。' },
    },
    {
      code: 'approval_inactive',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The approval associated with the invite ID is not active.',
        zh: '与邀请 ID 关联的审批不处于有效状态。',
      },
      variants: [{ en: 'This approval is no longer active, it may have expired or been declined.' }],
    },
    {
      code: 'approval_not_found',
      category: 'not_found',
      retry: never,
      description: {
        en: 'We could not find an approval associated with the invite ID provided.',
        zh: '找不到与所提供邀请 ID 关联的审批。',
      },
      variants: [{ en: 'We could not find a Slack Connect approval for the invite provided.' }],
    },
    {
      code: 'invalid_action',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'This action is no longer valid, e.g., trying to approve an invite that has already been approved.',
        zh: '该操作已不再有效，例如尝试批准已被批准的邀请。',
      },
      variants: [{ en: "The user did not provid a valid action. Valid actions are 'upgrade' or 'downgrade'." }],
    },
    {
      code: 'missing_target_team',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The `target_team` parameter is required for this request. The inviting team must provide this argument.',
        zh: '此请求必须提供 `target_team` 参数，发出邀请的团队须提供它。',
      },
      variants: [{ en: 'The `target_team` parameter is required for this request.' }],
    },
    {
      code: 'already_archived',
      category: 'conflict',
      retry: never,
      description: { en: 'Channel has already been archived.', zh: '频道已被归档。' },
    },
    {
      code: 'cant_archive_general',
      category: 'permission',
      retry: never,
      description: { en: 'You cannot archive the general channel', zh: '不能归档 general 频道' },
    },
    {
      code: 'cant_archive_required',
      category: 'permission',
      retry: never,
      description: { en: 'You cannot archive a required channel', zh: '不能归档必需频道' },
    },
    {
      code: 'method_not_supported_for_channel_type',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'This type of conversation cannot be used with this method.',
        zh: '该类型的会话不能用于此方法。',
      },
      variants: [{ en: 'This conversation type cannot be used with this method.' }],
    },
    {
      code: 'canvas_creation_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Canvas was unable to be created.', zh: '无法创建 Canvas。' },
    },
    {
      code: 'canvas_disabled_user_team',
      category: 'permission',
      retry: never,
      description: { en: "Canvas is disabled on user's team", zh: '用户所在团队已禁用 Canvas' },
      variants: [{ en: "Canvas is disabled on user's team for connected Channels" }],
    },
    {
      code: 'canvas_tab_creation_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Canvas tab was unable to be created.', zh: '无法创建 Canvas 标签页。' },
    },
    {
      code: 'channel_canvas_already_exists',
      category: 'conflict',
      retry: never,
      description: {
        en: 'Channel canvas for the specified channel already exists.',
        zh: '指定频道的频道 Canvas 已存在。',
      },
    },
    {
      code: 'channel_canvas_creation_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Channel canvas was unable to be created.', zh: '无法创建频道 Canvas。' },
    },
    {
      code: 'free_team_canvas_tab_already_exists',
      category: 'conflict',
      retry: never,
      description: {
        en: 'Canvas tab for specified channel and team tier already exists.',
        zh: '指定频道和团队级别的 Canvas 标签页已存在。',
      },
    },
    {
      code: 'team_tier_cannot_create_channel_canvases',
      category: 'permission',
      retry: never,
      description: { en: 'Team tier cannot create channel canvases', zh: '该团队级别不能创建频道 Canvas' },
    },
    {
      code: 'external_channel_migrating',
      category: 'unavailable',
      retry: backoff,
      description: { en: 'External channel migrating.', zh: '外部频道迁移中。' },
    },
    {
      code: 'not_permitted',
      category: 'permission',
      retry: never,
      description: { en: 'Not permitted.', zh: '不允许。' },
    },
    {
      code: 'user_does_not_own_channel',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Calling user does not own this DM channel.', zh: '调用者不拥有此私信频道。' },
    },
    {
      code: 'cannot_create_channel',
      category: 'permission',
      retry: never,
      description: { en: 'This channel is unable to be created.', zh: '无法创建该频道。' },
    },
    {
      code: 'missing_argument',
      category: 'invalid_request',
      retry: never,
      description: { en: 'A required argument is missing.', zh: '缺少必需的参数。' },
      variants: [
        { en: 'A required argument was not provided. Typically only occurs when the `length` provided is 0.' },
      ],
    },
    {
      code: 'no_channel',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed for `name` was empty.', zh: '`name` 的值为空。' },
    },
    {
      code: 'inactive_invite',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'This invitation is no longer active, it may have expired or been revoked.',
        zh: '该邀请已失效，可能已过期或被撤销。',
      },
    },
    {
      code: 'not_supported',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Attempting to upgrade a channel that cannot be upgraded', zh: '尝试升级一个不能升级的频道' },
      variants: [
        { en: 'This channel cannot be shared.' },
        { en: 'This is not supported for this channel and user combination.' },
      ],
    },
    {
      code: 'channel_is_limited_access',
      category: 'permission',
      retry: never,
      description: {
        en: 'The user has no access to the channel. This is only applicable to private Salesforce record channels.',
        zh: '用户无权访问该频道。仅适用于私有 Salesforce 记录频道。',
      },
      variants: [
        { en: 'The user has no access to the channel. Only applicable to Salesforce limited access channels.' },
      ],
    },
    {
      code: 'invalid_cursor',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Value passed for `cursor` was not valid or is no longer valid.',
        zh: '`cursor` 的值无效或已失效。',
      },
      variants: [{ en: 'Value passed for `cursor` was invalid.' }, { en: 'The provided cursor is not valid.' }],
    },
    {
      code: 'invalid_metadata_filter_keys',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Value passed for `metadata_keys_to_include` was invalid. Must be valid json array of strings.',
        zh: '`metadata_keys_to_include` 的值无效，必须是字符串组成的有效 JSON 数组。',
      },
    },
    {
      code: 'invalid_ts_latest',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed for `latest` was invalid', zh: '`latest` 的值无效' },
    },
    {
      code: 'invalid_ts_oldest',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed for `oldest` was invalid', zh: '`oldest` 的值无效' },
    },
    {
      code: 'already_in_channel',
      category: 'conflict',
      retry: never,
      description: { en: 'Invited user is already in the channel.', zh: '被邀请的用户已在频道中。' },
      variants: [{ en: 'User is already in the channel.' }],
    },
    {
      code: 'app_cannot_join_channel',
      category: 'permission',
      retry: never,
      description: { en: 'This app cannot be invited to this channel.', zh: '该应用不能被邀请到此频道。' },
    },
    {
      code: 'cant_invite',
      category: 'permission',
      retry: never,
      description: { en: 'User cannot be invited to this channel.', zh: '该用户不能被邀请到此频道。' },
    },
    {
      code: 'cant_invite_self',
      category: 'permission',
      retry: never,
      description: {
        en: 'Authenticated user cannot invite themselves to a channel.',
        zh: '已认证的用户不能邀请自己加入频道。',
      },
    },
    {
      code: 'invitee_cant_see_channel',
      category: 'permission',
      retry: never,
      description: {
        en: 'The Enterprise org multi-workspace channel you are inviting a user to is not shared with any workspaces the user is currently a member of.',
        zh: '你邀请用户加入的企业组织多工作区频道未共享给该用户当前所在的任何工作区。',
      },
    },
    {
      code: 'no_external_invite_permission',
      category: 'permission',
      retry: never,
      description: {
        en: 'User does not have permission to invite that external user to the channel',
        zh: '用户无权邀请该外部用户加入频道',
      },
      variants: [
        { en: 'User does not have permission to invite an external user.' },
        { en: 'Channel manager has restricted external invites for a given channel.' },
      ],
    },
    {
      code: 'no_user',
      category: 'invalid_request',
      retry: never,
      description: { en: 'No value was passed for `users`.', zh: '未传入 `users` 的值。' },
    },
    {
      code: 'org_user_not_in_team',
      category: 'permission',
      retry: never,
      description: {
        en: "One or more members invited are part of the Enterprise organization but not the specific workspace you're interfacing with.",
        zh: '被邀请的一名或多名成员属于企业组织，但不属于当前交互的这个工作区。',
      },
    },
    {
      code: 'ura_max_channels',
      category: 'quota',
      retry: never,
      scope: 'recipient',
      description: {
        en: "An invited user is a single-channel guest user ('ultra restricted access') that is already in the maximum number of conversations.",
        zh: '被邀请的用户是单频道访客（"ultra restricted access"），其所在会话数已达上限。',
      },
    },
    {
      code: 'cannot_share_cross_workspace_channel',
      category: 'permission',
      retry: never,
      description: {
        en: 'You cannot share a cross-workspace or org-wide channel.',
        zh: '不能共享跨工作区或组织级频道。',
      },
    },
    {
      code: 'cannot_share_mandatory_channel',
      category: 'permission',
      retry: never,
      description: { en: 'You cannot share #general or mandatory channels.', zh: '不能共享 #general 或必需频道。' },
    },
    {
      code: 'channel_archived',
      category: 'permission',
      retry: never,
      description: { en: 'You cannot share an archived channel.', zh: '不能共享已归档的频道。' },
    },
    {
      code: 'connection_limit_exceeded_pending',
      category: 'conflict',
      retry: never,
      description: { en: 'This channel already has a pending invite.', zh: '该频道已有一个待处理的邀请。' },
    },
    {
      code: 'invalid_channel_type',
      category: 'invalid_request',
      retry: never,
      description: { en: 'You cannot share MPDMs or DMs.', zh: '不能共享多人私信或私信。' },
    },
    {
      code: 'invalid_email',
      category: 'invalid_request',
      retry: never,
      description: { en: 'At least one email address provided is invalid.', zh: '提供的邮箱地址中至少有一个无效。' },
    },
    {
      code: 'invite_lookup_error',
      category: 'internal',
      retry: backoff,
      description: {
        en: 'An error occurred while attempting to look for existing invites.',
        zh: '查找已有邀请时出错。',
      },
    },
    {
      code: 'member_limit_exceeded',
      category: 'quota',
      retry: never,
      scope: 'recipient',
      description: { en: 'This channel that has hit the limit of members', zh: '该频道成员数已达上限' },
    },
    {
      code: 'message_too_long',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The provided message was longer than 560 characters.', zh: '提供的消息超过 560 个字符。' },
      variants: [
        { en: 'If the passed in approve message is greater than 560 characters.' },
        { en: 'If the passed in deny message is greater than 560 characters.' },
      ],
    },
    {
      code: 'not_owner',
      category: 'permission',
      retry: never,
      description: {
        en: 'Only the host organization for a channel can request to share it.',
        zh: '只有频道的主持组织才能申请共享频道。',
      },
    },
    {
      code: 'ratelimit',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: {
        en: 'The rate-limit for this method has been reached. The ratelimit is applied on a per-user basis when you pass the `emails` parameter.',
        zh: '已达到该方法的限流。传入 `emails` 参数时，限流按用户计算。',
      },
    },
    {
      code: 'recipients_not_specified',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Bots are required to specify which users to invite.', zh: 'bot 必须指定要邀请哪些用户。' },
    },
    {
      code: 'too_many_emails',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Too many email recipients were passed in the `emails` parameter.',
        zh: '`emails` 参数中的邮件收件人过多。',
      },
    },
    {
      code: 'url_in_message',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The message contained a URL.', zh: '消息中含有 URL。' },
    },
    {
      code: 'too_many_members',
      category: 'quota',
      retry: never,
      scope: 'recipient',
      description: {
        en: 'The membership in the channel has exceeded our maximum member limit. No more users can join the channel.',
        zh: '频道成员数已超过最大上限，其他用户无法再加入。',
      },
    },
    {
      code: 'cant_kick_from_general',
      category: 'permission',
      retry: never,
      description: { en: 'User cannot be removed from #general.', zh: '不能将用户移出 #general。' },
    },
    {
      code: 'cant_kick_self',
      category: 'permission',
      retry: never,
      description: {
        en: "Authenticated user can't kick themselves from a channel.",
        zh: '已认证的用户不能将自己移出频道。',
      },
    },
    {
      code: 'cant_leave_general',
      category: 'permission',
      retry: never,
      description: {
        en: 'Authenticated user cannot leave the general channel',
        zh: '已认证的用户不能离开 general 频道',
      },
    },
    {
      code: 'last_member',
      category: 'permission',
      retry: never,
      description: {
        en: 'The last member party to a channel cannot leave the channel. Someone else must join the channel before this user is permitted to exit.',
        zh: '频道的最后一个成员方不能离开频道。须有其他人加入后，该用户才能退出。',
      },
    },
    {
      code: 'invalid_limit',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed for `limit` is not understood.', zh: '无法理解 `limit` 的值。' },
      variants: [{ en: 'Value passed for `limit` was invalid.' }],
    },
    {
      code: 'invalid_types',
      category: 'invalid_request',
      retry: never,
      description: {
        en: "Value passed for `type` could not be used based on the method's capabilities or the permission scopes granted to the used token.",
        zh: '根据方法的能力或所用令牌被授予的权限范围，`type` 的值无法使用。',
      },
    },
    {
      code: 'invalid_timestamp',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed for `timestamp` was invalid.', zh: '`timestamp` 的值无效。' },
    },
    {
      code: 'fetch_members_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Failed to fetch members for the conversation.', zh: '获取会话成员失败。' },
    },
    {
      code: 'invalid_user_combination',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'All external people must already be in at least one channel together to send a message.',
        zh: '所有外部人员必须至少已在同一个频道中，才能发送消息。',
      },
    },
    {
      code: 'not_enough_users',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Needs at least 2 users to open', zh: '至少需要 2 个用户才能打开' },
    },
    {
      code: 'too_many_users',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Needs at most 8 users to open', zh: '最多 8 个用户才能打开' },
      variants: [{ en: 'Too many users.' }],
    },
    {
      code: 'user_disabled',
      category: 'permission',
      retry: never,
      description: { en: 'A specified `user` has been disabled.', zh: '指定的 `user` 已被停用。' },
    },
    {
      code: 'user_not_visible',
      category: 'permission',
      retry: never,
      description: {
        en: 'The calling user is restricted from seeing the requested user.',
        zh: '调用者无权查看所请求的用户。',
      },
      variants: [{ en: 'The requested user is not visible to the calling user' }],
    },
    {
      code: 'users_list_not_supplied',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Missing `users` in request', zh: '请求中缺少 `users`' },
    },
    {
      code: 'not_authorized',
      category: 'permission',
      retry: never,
      description: { en: 'Caller cannot rename this channel.', zh: '调用者不能重命名此频道。' },
    },
    {
      code: 'list_record_comment_fetch_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Failed to fetch list record comments.', zh: '获取列表记录评论失败。' },
    },
    {
      code: 'thread_not_found',
      category: 'not_found',
      retry: never,
      description: { en: 'Value for `ts` was missing or invalid.', zh: '`ts` 的值缺失或无效。' },
    },
    {
      code: 'internal_error',
      category: 'internal',
      retry: outcomeUnknown,
      description: { en: 'Something unexpected went wrong.', zh: '发生了意外错误。' },
      variants: [{ en: 'An unexpected error occurred.' }, { en: 'Internal error' }],
    },
    {
      code: 'invite_already_approved',
      category: 'conflict',
      retry: never,
      description: { en: 'This invite was already approved.', zh: '该邀请已被批准。' },
    },
    {
      code: 'invite_already_denied',
      category: 'conflict',
      retry: never,
      description: { en: 'This invite was already denied.', zh: '该邀请已被拒绝。' },
    },
    {
      code: 'invite_expired',
      category: 'invalid_request',
      retry: never,
      description: { en: 'This invite is expired.', zh: '该邀请已过期。' },
    },
    {
      code: 'not_implemented',
      category: 'invalid_request',
      retry: never,
      description: { en: 'its not implemented!  TODO: remove me', zh: '尚未实现！TODO：删除' },
    },
    {
      code: 'too_long',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Description was longer than 250 characters.', zh: '描述超过 250 个字符。' },
      variants: [
        { en: 'Topic was longer than 250 characters.' },
        { en: 'You attempted to set a custom status but it was longer than the maximum allowed, 100.' },
      ],
    },
    {
      code: 'not_archived',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Channel is not archived.', zh: '频道未归档。' },
    },
    {
      code: 'not_allowed',
      category: 'permission',
      retry: never,
      description: { en: 'user is not allowed to call this API', zh: '用户不允许调用此 API' },
      variants: [
        {
          en: 'Public sharing has been disabled for this team. You may see this error if you are creating an external link from a free or trial workspace. You can either upgrade to a [Paid Plan](https://app.slack.com/plans) or use `file.list` to get a `url_private_download` link, download the file with an application, and re-upload it somewhere it can be shared with users who are not members of your workspace. Be sure to pass the Slack [Bot token](/authentication/tokens#bot) to the request on the headers file when calling `url_private_download`.',
        },
      ],
    },
    {
      code: 'not_an_enterprise',
      category: 'permission',
      retry: never,
      description: { en: 'The token does not belong to an enterprise.', zh: '令牌不属于企业。' },
    },
    {
      code: 'email_not_verified',
      category: 'permission',
      retry: never,
      description: { en: 'user email has not been verified', zh: '用户邮箱尚未验证' },
    },
    {
      code: 'invalid_user_id',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Invalid user id provided', zh: '提供的用户 ID 无效' },
    },
    {
      code: 'limit_required',
      category: 'invalid_request',
      retry: never,
      description: { en: 'For large teams a limit is required.', zh: '大型团队必须提供 limit。' },
    },
    {
      code: 'users_not_found',
      category: 'not_found',
      retry: never,
      description: { en: 'Value passed for `user` was invalid.', zh: '`user` 的值无效。' },
    },
    {
      code: 'cannot_update_admin_user',
      category: 'permission',
      retry: never,
      description: {
        en: 'Only a primary owner can update the profile of an admin.',
        zh: '只有主所有者可以更新管理员的资料。',
      },
    },
    { code: 'email_taken', category: 'conflict', retry: never, description: { en: 'email taken', zh: '邮箱已被占用' } },
    {
      code: 'invalid_ooo_message',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Invalid Out of Office message.', zh: '无效的外出消息。' },
    },
    {
      code: 'invalid_profile',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Profile object passed in is not valid JSON (make sure it is URL encoded!).',
        zh: '传入的 profile 对象不是有效的 JSON（请确认已进行 URL 编码！）。',
      },
    },
    {
      code: 'invalid_starts_with_at',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Name cannot start with @.', zh: '名称不能以 @ 开头。' },
    },
    {
      code: 'must_clear_both_status_text_and_status_emoji',
      category: 'invalid_request',
      retry: never,
      description: {
        en: "Clearing the status requires setting both `status_text` and `status_emoji` to ''.",
        zh: "清除状态时必须将 `status_text` 和 `status_emoji` 都设为 ''。",
      },
    },
    {
      code: 'name_not_allowed',
      category: 'permission',
      retry: never,
      description: { en: 'name cannot contain URL.', zh: '名称不能包含 URL。' },
    },
    {
      code: 'not_admin',
      category: 'permission',
      retry: never,
      description: {
        en: 'Only admins can update the profile of another user. Some fields, like `email` may only be updated by an admin.',
        zh: '只有管理员能更新其他用户的资料。某些字段（如 `email`）只能由管理员更新。',
      },
    },
    {
      code: 'not_app_admin',
      category: 'permission',
      retry: never,
      description: {
        en: 'Only team owners and selected members can update the profile of a bot user.',
        zh: '只有团队所有者和选定成员能更新 bot 用户的资料。',
      },
    },
    {
      code: 'partial_profile_set_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Failed to set user profile.', zh: '设置用户资料失败。' },
    },
    {
      code: 'permission_denied',
      category: 'permission',
      retry: never,
      description: { en: 'Permission denied.', zh: '权限被拒绝。' },
    },
    {
      code: 'profile_set_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Failed to set user profile.', zh: '设置用户资料失败。' },
    },
    {
      code: 'reserved_name',
      category: 'invalid_request',
      retry: never,
      description: { en: 'First or last name are reserved.', zh: '名字或姓氏为保留名称。' },
    },
    {
      code: 'sudo_required',
      category: 'permission',
      retry: never,
      description: { en: 'Request requires sudo session.', zh: '请求需要 sudo 会话。' },
    },
    {
      code: 'username_same',
      category: 'conflict',
      retry: never,
      description: { en: 'Username is the same as the current username.', zh: '用户名与当前用户名相同。' },
    },
    {
      code: 'bad_image',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The uploaded image could not be processed - try passing a JPEG, GIF or PNG',
        zh: '无法处理上传的图片，请尝试 JPEG、GIF 或 PNG',
      },
      variants: [{ en: 'The uploaded image could not be processed - try passing a JPG or PNG' }],
    },
    {
      code: 'too_large',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The uploaded image had excessive dimensions', zh: '上传的图片尺寸过大' },
    },
    {
      code: 'too_many_frames',
      category: 'invalid_request',
      retry: never,
      description: { en: 'An animated GIF with too many frames was uploaded', zh: '上传的 GIF 动图帧数过多' },
    },
    {
      code: 'invalid_presence',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed for `presence` was invalid.', zh: '`presence` 的值无效。' },
    },
    {
      code: 'cant_delete',
      category: 'permission',
      retry: never,
      description: { en: 'The requested comment could not be deleted.', zh: '无法删除所请求的评论。' },
    },
    {
      code: 'file_deleted',
      category: 'not_found',
      retry: never,
      description: { en: 'The requested file was previously deleted.', zh: '所请求的文件此前已被删除。' },
      variants: [{ en: 'The file has already been deleted.' }, { en: 'The requested file has been deleted' }],
    },
    {
      code: 'file_not_found',
      category: 'not_found',
      retry: never,
      description: { en: 'The requested file could not be found.', zh: '找不到所请求的文件。' },
      variants: [
        { en: 'Could not find the file from the upload ticket.' },
        { en: 'The file does not exist, or is not visible to the calling user.' },
        { en: 'Value passed for `file` was invalid' },
        { en: 'Value passed for `file` or `external_id` was invalid' },
        { en: 'No file with the requested ID found.' },
        { en: 'Could not find the file to update.' },
      ],
    },
    {
      code: 'channels_limit_exceeded',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Exceeded the channel limit. A maximum of 100 channels is allowed per request.',
        zh: '超过频道数上限。每个请求最多允许 100 个频道。',
      },
    },
    {
      code: 'file_type_not_allowed',
      category: 'permission',
      retry: never,
      description: {
        en: "The file type is not permitted based on the team's allowed_file_upload_types preference.",
        zh: '根据团队的 allowed_file_upload_types 设置，不允许该文件类型。',
      },
      variants: [{ en: 'The file type is not allowed.' }],
    },
    {
      code: 'file_update_failed',
      category: 'internal',
      retry: backoff,
      description: { en: 'Failure occurred when attempting to update the file.', zh: '更新文件时发生故障。' },
    },
    {
      code: 'file_uploads_except_images_disabled',
      category: 'permission',
      retry: never,
      description: { en: 'Only image file uploads are permitted for this team.', zh: '该团队只允许上传图片文件。' },
      variants: [{ en: 'File uploads except images are disabled.' }],
    },
    {
      code: 'invalid_channel',
      category: 'not_found',
      retry: never,
      description: {
        en: 'Channel could not be found or channel specified is invalid.',
        zh: '找不到频道，或指定的频道无效。',
      },
      variants: [{ en: 'One or more channels supplied are invalid' }],
    },
    {
      code: 'posting_to_channel_denied',
      category: 'permission',
      retry: never,
      description: { en: 'User is not authorized to post to channel.', zh: '用户无权在频道中发布。' },
    },
    {
      code: 'cant_delete_file',
      category: 'permission',
      retry: never,
      description: {
        en: 'Authenticated user does not have permission to delete this file.',
        zh: '已认证的用户无权删除此文件。',
      },
    },
    {
      code: 'delete_not_allowed',
      category: 'permission',
      retry: never,
      description: {
        en: 'Error returned when the requested file does not support deletion; for example, when attempting to delete a canvas template.',
        zh: '所请求的文件不支持删除时返回此错误，例如尝试删除 Canvas 模板时。',
      },
    },
    {
      code: 'file_deleting_disabled',
      category: 'permission',
      retry: never,
      description: { en: 'This functionality is disabled.', zh: '该功能已禁用。' },
    },
    {
      code: 'alt_txt_too_large',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'Description for the image is longer than the limit of 1000 character',
        zh: '图片的描述超过 1000 个字符的限制',
      },
    },
    {
      code: 'file_upload_size_restricted',
      category: 'permission',
      retry: never,
      description: {
        en: 'The size of provided file is too large, as the team has restricted uploads of large files.',
        zh: '提供的文件过大，团队已限制上传大文件。',
      },
    },
    {
      code: 'file_uploads_disabled',
      category: 'permission',
      retry: never,
      description: { en: 'Team has disabled all file uploads.', zh: '团队已禁用所有文件上传。' },
    },
    {
      code: 'snippet_too_large',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The provided `length` is too large to create a snippet, which are limited to 1MB.',
        zh: '提供的 `length` 过大，无法创建代码片段，代码片段限制为 1MB。',
      },
    },
    {
      code: 'storage_limit_reached',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: {
        en: 'File storage limit has been reached. This occurs when free teams have uploaded 5GB of files.',
        zh: '已达到文件存储上限。免费团队上传文件达到 5GB 时会出现此错误。',
      },
    },
    {
      code: 'unknown_snippet_type',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The provided `snippet_type` is not a supported type.',
        zh: '提供的 `snippet_type` 不是受支持的类型。',
      },
    },
    {
      code: 'unknown_subtype',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The provided `subtype` is not a supported type.', zh: '提供的 `subtype` 不是受支持的类型。' },
    },
    {
      code: 'canvas_disabled_file_team',
      category: 'permission',
      retry: never,
      description: { en: "Canvas is disabled on file's team", zh: '文件所在团队已禁用 Canvas' },
    },
    {
      code: 'canvas_globally_disabled',
      category: 'permission',
      retry: never,
      description: { en: 'Canvas is disabled for this team', zh: '该团队已禁用 Canvas' },
    },
    {
      code: 'not_visible',
      category: 'permission',
      retry: never,
      description: { en: 'Do not have permission to view the file', zh: '无权查看该文件' },
    },
    {
      code: 'template_not_visible',
      category: 'permission',
      retry: never,
      description: { en: 'Do not have permissions to view this template', zh: '无权查看该模板' },
    },
    {
      code: 'unknown_type',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed for `types` was invalid', zh: '`types` 的值无效' },
    },
    {
      code: 'bad_title',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The title provided is too long.', zh: '提供的标题过长。' },
    },
    {
      code: 'bot_user_required',
      category: 'permission',
      retry: never,
      description: { en: 'bot user token is required', zh: '需要 bot 用户令牌' },
    },
    {
      code: 'invalid_external_id',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The external_id provided is too long.', zh: '提供的 external_id 过长。' },
    },
    {
      code: 'invalid_args',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Invalid arguments passed to endpoint', zh: '传给端点的参数无效' },
    },
    {
      code: 'no_bot_user_for_app',
      category: 'permission',
      retry: never,
      description: {
        en: 'Cannot call the Remote Files endpoints unless app has associated bot user',
        zh: '应用没有关联的 bot 用户时，不能调用 Remote Files 端点',
      },
    },
    {
      code: 'too_many_ids',
      category: 'invalid_request',
      retry: never,
      description: {
        en: 'The request specified both an external_id and a file, only one may be specified',
        zh: '请求同时指定了 external_id 和文件，只能指定其一',
      },
    },
    {
      code: 'file_under_review',
      category: 'permission',
      retry: never,
      description: { en: 'File passed is tombstoned for DLP review', zh: '传入的文件因 DLP 审查已被标记删除' },
    },
    {
      code: 'failed_to_unshare',
      category: 'not_found',
      retry: never,
      description: {
        en: 'The file was either not found or it has been unshared already.',
        zh: '文件未找到，或已被取消分享。',
      },
    },
    {
      code: 'invalid_title',
      category: 'invalid_request',
      retry: never,
      description: { en: 'invalid title provided', zh: '提供的标题无效' },
    },
    {
      code: 'invalid_type',
      category: 'invalid_request',
      retry: never,
      description: { en: 'invalid type provided', zh: '提供的类型无效' },
    },
    {
      code: 'invalid_url',
      category: 'invalid_request',
      retry: never,
      description: { en: 'invalid url provided', zh: '提供的 URL 无效' },
    },
    {
      code: 'public_file_type_not_allowed',
      category: 'permission',
      retry: never,
      description: { en: 'Public sharing has been restricted for this file type.', zh: '该文件类型的公开分享已受限。' },
    },
    {
      code: 'public_video_not_allowed',
      category: 'permission',
      retry: never,
      description: {
        en: "Public sharing of videos is not available. A `Free` instance of Slack may encounter this error because free teams don't have the ability to share video files publicly.",
        zh: '视频不能公开分享。免费版 Slack 可能遇到此错误，因为免费团队不能公开分享视频文件。',
      },
    },
    {
      code: 'blocked_file_type',
      category: 'permission',
      retry: never,
      description: { en: 'Admin has disabled uploading this type of file', zh: '管理员已禁止上传此类文件' },
    },
    {
      code: 'invalid_thread_ts',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Value passed to thread_ts was invalid', zh: '传给 thread_ts 的值无效' },
    },
    {
      code: 'malware_detected',
      category: 'permission',
      retry: never,
      description: {
        en: "This file may contain a virus or other malware and can't be uploaded to Slack",
        zh: '该文件可能含有病毒或其他恶意软件，不能上传到 Slack',
      },
    },
    {
      code: 'post_contents_too_large',
      category: 'invalid_request',
      retry: never,
      description: { en: 'File content is larger than 130kb.', zh: '文件内容大于 130kb。' },
    },
    {
      code: 'posting_to_general_channel_denied',
      category: 'permission',
      retry: never,
      description: {
        en: 'An admin has restricted posting to the #general channel.',
        zh: '管理员已限制在 #general 频道发布。',
      },
    },
    {
      code: 'slack_connect_blocked_file_type',
      category: 'permission',
      retry: never,
      description: {
        en: 'File uploads with certain types are blocked in all Slack Connect communications',
        zh: '所有 Slack Connect 通信中都禁止上传某些类型的文件',
      },
    },
    {
      code: 'slack_connect_clip_sharing_blocked',
      category: 'permission',
      retry: never,
      description: {
        en: 'Admin has disabled Clip sharing in Slack Connect channels',
        zh: '管理员已在 Slack Connect 频道中禁用片段（Clip）分享',
      },
    },
    {
      code: 'slack_connect_file_upload_sharing_blocked',
      category: 'permission',
      retry: never,
      description: {
        en: 'Admin has disabled File uploads in all Slack Connect communications',
        zh: '管理员已在所有 Slack Connect 通信中禁用文件上传',
      },
    },
    {
      code: 'invalid_auth',
      category: 'authentication',
      retry: never,
      description: {
        en: 'Some aspect of authentication cannot be validated. Either the provided token is invalid or the request originates from an IP address disallowed from making the request.',
        zh: '认证的某些方面无法验证：提供的令牌无效，或请求来自不允许发起请求的 IP 地址。',
      },
    },
    {
      code: 'msg_too_long',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Message text is too long.', zh: '消息文本过长。' },
    },
  ],
})
