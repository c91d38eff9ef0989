import { defineCatalog } from '../src/catalog/define-catalog.js'
import { afterDelay, afterWindow, backoff, never, refresh, throttled } from '../src/catalog/retry-rules.js'

/**
 * WeChat (微信) server APIs on `api.weixin.qq.com`: official accounts, mini programs and the open platform share
 * one numeric `errcode` space, where `0` is success.
 *
 * Where the table comes from:
 * - The open platform's global error code page,
 *   https://developers.weixin.qq.com/doc/oplatform/developers/errCode/errCode.html, section 公共错误码 (common
 *   codes): its English column (the start of the API's `errmsg`) is `message`, its Chinese column `description.zh`.
 *   Only the opening of that page could be read, up to the 40014 row. The texts of 40014 and 61014 come from a
 *   2024 copy of the same section (https://blog.csdn.net/u012917925/article/details/136376683), which also stops
 *   inside the 45035 row; 45035's `errmsg` is that code's row on WeChat's shop page
 *   (https://developers.weixin.qq.com/doc/channels/API/basics/commErrCode.html) and in the 2022 open-platform table
 *   (github.com/Wechat-Group/WxJava, WxOpenErrorMsgEnum.java at 9eba04dce9573ac810b9b87cda9d46d9ba1a6140).
 * - The official account's global return code page,
 *   https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html (全局返回码说明).
 *   No stored copy of the official Chinese page was available: its texts are the table as copied in December 2022
 *   into github.com/pctcocom/php (src/api/tencent/wechat/Tools.php at fd5266ccc5ef1e10edf6cf3ac42db27c96fb6390),
 *   which a second independent copy matches, and checked against the older copy in Wechat-Group/WxJava
 *   (WxMpErrorMsgEnum.java at 9eba04dce9573ac810b9b87cda9d46d9ba1a6140) and against WeChat's English page
 *   (https://developers.weixin.qq.com/doc/offiaccount/en/Getting_Started/Global_Return_Code.html, read up to 40060).
 *
 * What is incomplete:
 * - The open-platform page goes on after 公共错误码 with per-API codes (about 1,800 rows in its 2022 version: cards,
 *   stores, mini program management, plug-ins and more). No official copy of those sections could be read, and the
 *   one 2022 copy fills some empty cells with its own words, so they are not here. The per-API tables of the most
 *   used server APIs are, in their own section below; the APIs that section leaves out are listed there. A code
 *   of no table here becomes an `UnknownApiError` that keeps `errcode` and `errmsg`.
 * - 61016, 41018, 40164 and 45035 have an empty Chinese cell (45035's could not be read at all): their English is
 *   the vendor's and their Chinese a translation. 65320 is in one copy of the account table only and is left out.
 *
 * Texts are kept as published, typos included (`kf_acount`, `exsited`), with the runs of spaces inside 61454, 61455
 * and 61457 that both 2022 copies have. The stored official page reaches us with full-width punctuation folded
 * (，→ , as NFKC does); the full-width forms are the copies'. Where the two tables give a code different Chinese
 * texts (40013, 50002) the open-platform text is the entry's and the account table's is in `variants`.
 *
 * How entries were judged:
 * - 40001, 40014 and 42001 say the access_token is invalid or expired: get a new one and retry, `refresh`. Every
 *   other credential failure needs a fix or a new authorisation from the user first, `never`: the AppSecret
 *   (40125), AppID (40013), OAuth codes (40029, 40163, 42003), refresh tokens (40030, 42002, 42007), signatures
 *   and tickets (63002, 87009, 9001003), the wrong kind of token (61014) and a missing token (41001).
 * - IP allow lists (40164, 45035, 61004), APIs not granted or blocked (48001, 48004, 61007, 61016) and what the
 *   user or follower allows (43004, 43005, 43019, 45015, 48002, 50001, 50002, 50005) are `permission`.
 * - -1 (busy) and 9001002 (remote service unavailable) are `unavailable`; 61450 (system error) and the failed
 *   reads and uploads 9001004 to 9001006 and 9001010 are `internal`; all of them `backoff`.
 * - Limits on the size of what one request carries (45001 to 45008, 45010, 45017, 45067, 45110) are
 *   `invalid_request`. "Does not exist" is `not_found`; "already exists", "in use" and "under review" `conflict`,
 *   and 45065 too (the body carries the msgid of the mass send that already exists).
 *
 * Rate limits and quotas, and whom they limit (`scope`):
 * - 45009 says "reach max api daily quota limit": the account's daily quota for that API, `quota`, until 00:00
 *   UTC+8 (it can also be reset with clear_quota), scope `account`.
 * - 45011 says "api minute-quota reach limit, must slower, retry next minute": `rate_limit` until the next minute,
 *   safe to replay, scope `account`.
 * - 48006 refuses to reset the call count because the resets reached their limit: WeChat's API_Call_Limits page
 *   gives each account 10 resets a month, so `quota` until the first of the next month, scope `account`.
 * - 53501 (publishing requested too frequently) is `rate_limit` for the account, `throttled`: no window is given.
 * - 45066 (same clientmsgid retried too fast, "请间隔1分钟重试") limits one identical request: scope `request`,
 *   after 60 s; the clientmsgid makes the replay idempotent.
 * - 42010 (the same media_id mass-sent too fast, "请重试") limits one identical request: scope `request`, `backoff`
 *   and not replay-safe, because a replay sends the same mass message once more.
 * - 45047 (customer-service messages over the limit) is `quota` per user, scope `recipient`, `never`: WeChat's
 *   customer-service message page allows a number of messages after each action of that user, so only the user's
 *   next action resets it.
 * - Caps on what the account holds (groups 45018, personalised menus 65305, customer-service accounts 61456) are
 *   `quota`, scope `account`, `never`: nothing resets them until something is deleted.
 *
 * Per-API tables (the last section of `entries`):
 * - Sources: the 错误码 table of each API's page in WeChat's mini program server API reference,
 *   https://developers.weixin.qq.com/miniprogram/dev/server/API/ + user-login/api_code2session (code2Session),
 *   mp-message-management/subscribe-message/api_sendmessage (subscribeMessage.send),
 *   hardware-device/api_sendhardwaredevicemessage (the subscription message sent to a device's users),
 *   qrcode-link/qr-code/api_getqrcode, api_getunlimitedqrcode and api_createqrcode (getwxacode,
 *   getwxacodeunlimit, createwxaqrcode), user-info/phone-number/api_getphonenumber (getuserphonenumber),
 *   kf-mgnt/kf-message/api_sendcustommessage, api_typing, api_addkfaccount, api_delkfaccount, api_getkflist,
 *   api_uploadtempmedia and api_getmedia (customer-service messages, accounts and temporary media; the pages say
 *   they serve official and service accounts too). The code2Session table was read on the stored official page;
 *   the others through a public structured copy of these pages that gives each table with its official address
 *   (no stored official copy of their error sections could be read). A second, independent copy of the mini game
 *   twin of subscribeMessage.send's page (/minigame/dev/api-backend/subscribe-message/api_sendmessage.html) gives
 *   the same rows, spacing included. Each table has a code, a 错误描述 column (WeChat's `errmsg`, or Chinese where
 *   it gives none) and a 解决方案 column: an English 错误描述 is `message` and the 解决方案 `description.zh`; a
 *   Chinese 错误描述 is `description.zh` and its 解决方案 `remedy.zh`. All `en` texts are translations.
 *   scripts/sources/wechat-apis.md holds the rows; scripts/compare-wechat-apis.ts compares them with this file.
 * - The pages print some `errmsg` without its comma ("invalid length for scene  or thedata is not json string");
 *   for 40159 and 40169 `message` is the text as the API sends it (createwxaqrcode's row, and bodies in WeChat's
 *   community threads such as https://developers.weixin.qq.com/community/personal/oCJUsw2fqWyy9iWs8G1STPNxUH4w/answer:
 *   "invalid length for scene, or the data is not json string rid: …"). 45080 is kept as printed: no body of it
 *   was found. 43108's row gives no `errmsg`; its `message` is the one a body quoted in
 *   https://developers.weixin.qq.com/community/personal/oCJUswxW1rj9va2jVIhSJuUXMxp8/answer carries.
 *   createwxaqrcode gives 85096 another `errmsg` ("page or path not allow include scancode_time field") that the
 *   one `message` cannot hold. Where two pages give one code different Chinese texts (41030, 40159, 43101, 65400)
 *   the first page's is the entry's and the other's is in `variants`.
 * - A row whose code is in the global tables above with the same meaning is not repeated: -1, 40001, 40003, 40004,
 *   40005, 40007, 40009, 40013, 40014, 40029, 45011 and 47003 keep their global entries (getuserphonenumber's
 *   40013 says the appid is not the one that got the code, code2Session's 40029 that js_code is invalid: the
 *   same meanings). Where a page gives a global code another meaning, the global one is kept: the URL Scheme
 *   and URL Link pages answer 40002 for "no permission to generate" and 40013 for "generation banned", and
 *   those APIs are left out.
 * - Categories and rules, as for the global codes: a refused user or follower (43101, 40226 login blocked for a
 *   high-risk user), a blocked ability (43107, 70000), an API this account type may not call (40200, 65400) and
 *   typing without a message in the last 30 seconds (45080, like 45015) are `permission`, `never`; invalid
 *   parameters, pages, scenes, paths and sensitive words (40037, 40097, 40129, 40159, 40169, 41030, 45072, 45168,
 *   85096, 65401 to 65404, 65409, and 65402, an account not yet bound to a WeChat ID) are `invalid_request`;
 *   "already exists", "already invited", "already typing" and "served by another agent" (45081, 65406 to 65408,
 *   65411, 65412, 65414) are `conflict`; 65413 (no session of that user) is `not_found`; all of them `never`.
 * - Limits: 43108 (several messages sent at once to one follower) is `rate_limit` on that `recipient`,
 *   `throttled`: the send was refused before it ran, and one at a time goes through. 45029 (the total of codes
 *   getwxacode and createwxaqrcode may make) and 65405 (customer-service accounts) cap the `account`, and 65410
 *   (the invitee's bound customer-service accounts) caps the `recipient`: `quota`, `never`, as nothing resets
 *   them.
 * - Left out: the official-account pages of template messages (message/template/send), menus, users, tags and
 *   the blacklist, permanent media, and web OAuth (sns/oauth2/access_token, sns/userinfo) under
 *   https://developers.weixin.qq.com/doc/service/api/: no stored copy of their error tables could be read. Their
 *   codes seen most (40029, 40163, 41008, 42003, 40030, 42002, 45015, 45047, 40037) are in this catalog; the
 *   tag codes (45056 to 45059, 45157 to 45159, 49003), 40036, 40249, 43116 and 40062 are not. Also left out: URL
 *   Scheme and URL Link, customer-service sub-merchants (45070 to 45091), plug-in openpid (1000 to 1022),
 *   updatable messages and service cards (47501 to 47504, 85431 to 85471), subscription template management
 *   (200001 to 200100), devices (9800001 and on).
 */
export const wechatCatalog = defineCatalog({
  vendor: 'wechat',
  title: 'WeChat global error codes',
  source: 'https://developers.weixin.qq.com/doc/oplatform/developers/errCode/errCode.html',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en' },
  entries: [
    {
      code: -1,
      message: 'system error',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '系统繁忙，此时请开发者稍候再试', en: 'System busy; try again later' },
    },
    {
      code: 0,
      kind: 'success',
      message: 'ok',
      category: 'unknown',
      retry: never,
      description: { zh: '请求成功', en: 'Request succeeded' },
    },
    {
      code: 40001,
      message: 'invalid credential, access_token is invalid or not latest',
      category: 'authentication',
      retry: refresh,
      description: {
        zh: '获取 access_token 时 AppSecret 错误，或者 access_token 无效。请开发者认真比对 AppSecret 的正确性，或查看是否正在为恰当的公众号调用接口',
        en: 'AppSecret was wrong when getting the access_token, or the access_token is invalid. Check that the AppSecret is correct, or that the API is being called for the right official account',
      },
    },
    {
      code: 40002,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的凭证类型', en: 'Invalid credential type' },
    },
    {
      code: 40003,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '不合法的 OpenID ，请开发者确认 OpenID （该用户）是否已关注公众号，或是否是其他公众号的 OpenID',
        en: 'Invalid OpenID: check that the OpenID (the user) follows the official account, or whether it is the OpenID of another official account',
      },
    },
    {
      code: 40004,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的媒体文件类型', en: 'Invalid media file type' },
    },
    {
      code: 40005,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的文件类型', en: 'Invalid file type' },
    },
    {
      code: 40006,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的文件大小', en: 'Invalid file size' },
    },
    {
      code: 40007,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的媒体文件 id', en: 'Invalid media file id' },
    },
    {
      code: 40008,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的消息类型', en: 'Invalid message type' },
    },
    {
      code: 40009,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的图片文件大小', en: 'Invalid image file size' },
    },
    {
      code: 40010,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的语音文件大小', en: 'Invalid voice file size' },
    },
    {
      code: 40011,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的视频文件大小', en: 'Invalid video file size' },
    },
    {
      code: 40012,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的缩略图文件大小', en: 'Invalid thumbnail file size' },
    },
    {
      code: 40013,
      message: 'invalid appid',
      category: 'authentication',
      retry: never,
      description: { zh: '不合法的appid', en: 'Invalid appid' },
      variants: [
        {
          zh: '不合法的 AppID ，请开发者检查 AppID 的正确性，避免异常字符，注意大小写',
          en: 'Invalid AppID: check that the AppID is correct, without stray characters, and mind upper and lower case',
        },
      ],
    },
    {
      code: 40014,
      message: 'invalid access_token',
      category: 'authentication',
      retry: refresh,
      description: {
        zh: '不合法的 access_token ，请开发者认真比对 access_token 的有效性（如是否过期），或查看是否正在为恰当的公众号调用接口',
        en: 'Invalid access_token: check that the access_token is valid (for example not expired), or that the API is being called for the right official account',
      },
    },
    {
      code: 40015,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的菜单类型', en: 'Invalid menu type' },
    },
    {
      code: 40016,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的按钮个数', en: 'Invalid number of buttons' },
    },
    {
      code: 40017,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的按钮类型', en: 'Invalid button type' },
    },
    {
      code: 40018,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的按钮名字长度', en: 'Invalid button name length' },
    },
    {
      code: 40019,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的按钮 KEY 长度', en: 'Invalid button KEY length' },
    },
    {
      code: 40020,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的按钮 URL 长度', en: 'Invalid button URL length' },
    },
    {
      code: 40021,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的菜单版本号', en: 'Invalid menu version number' },
    },
    {
      code: 40022,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的子菜单级数', en: 'Invalid number of sub-menu levels' },
    },
    {
      code: 40023,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的子菜单按钮个数', en: 'Invalid number of sub-menu buttons' },
    },
    {
      code: 40024,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的子菜单按钮类型', en: 'Invalid sub-menu button type' },
    },
    {
      code: 40025,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的子菜单按钮名字长度', en: 'Invalid sub-menu button name length' },
    },
    {
      code: 40026,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的子菜单按钮 KEY 长度', en: 'Invalid sub-menu button KEY length' },
    },
    {
      code: 40027,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的子菜单按钮 URL 长度', en: 'Invalid sub-menu button URL length' },
    },
    {
      code: 40028,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的自定义菜单使用用户', en: 'Invalid custom menu user' },
    },
    {
      code: 40029,
      category: 'authentication',
      retry: never,
      description: { zh: '无效的 oauth_code', en: 'Invalid oauth_code' },
    },
    {
      code: 40030,
      category: 'authentication',
      retry: never,
      description: { zh: '不合法的 refresh_token', en: 'Invalid refresh_token' },
    },
    {
      code: 40031,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的 openid 列表', en: 'Invalid openid list' },
    },
    {
      code: 40032,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的 openid 列表长度', en: 'Invalid openid list length' },
    },
    {
      code: 40033,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '不合法的请求字符，不能包含 \\uxxxx 格式的字符',
        en: 'Invalid request characters: characters in the \\uxxxx form are not allowed',
      },
    },
    {
      code: 40035,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的参数', en: 'Invalid parameter' },
    },
    {
      code: 40038,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的请求格式', en: 'Invalid request format' },
    },
    {
      code: 40039,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的 URL 长度', en: 'Invalid URL length' },
    },
    { code: 40048, category: 'invalid_request', retry: never, description: { zh: '无效的url', en: 'Invalid url' } },
    {
      code: 40050,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的分组 id', en: 'Invalid group id' },
    },
    {
      code: 40051,
      category: 'invalid_request',
      retry: never,
      description: { zh: '分组名字不合法', en: 'Invalid group name' },
    },
    {
      code: 40060,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '删除单篇图文时，指定的 article_idx 不合法',
        en: 'The article_idx given when deleting a single article is invalid',
      },
    },
    {
      code: 40066,
      message: 'invalid url',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '不合法的 url ，递交的页面被sitemap标记为拦截',
        en: 'Invalid url: the submitted page is marked as blocked by the sitemap',
      },
    },
    {
      code: 40117,
      category: 'invalid_request',
      retry: never,
      description: { zh: '分组名字不合法', en: 'Invalid group name' },
    },
    {
      code: 40118,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'media_id 大小不合法', en: 'Invalid media_id size' },
    },
    {
      code: 40119,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'button 类型错误', en: 'Wrong button type' },
    },
    {
      code: 40120,
      category: 'invalid_request',
      retry: never,
      description: { zh: '子 button 类型错误', en: 'Wrong sub-button type' },
    },
    {
      code: 40121,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的 media_id 类型', en: 'Invalid media_id type' },
    },
    {
      code: 40125,
      category: 'authentication',
      retry: never,
      description: { zh: '无效的appsecret', en: 'Invalid appsecret' },
    },
    {
      code: 40132,
      category: 'invalid_request',
      retry: never,
      description: { zh: '微信号不合法', en: 'Invalid WeChat ID' },
    },
    {
      code: 40137,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不支持的图片格式', en: 'Unsupported image format' },
    },
    {
      code: 40155,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '请勿添加其他公众号的主页链接',
        en: 'Do not add links to the home pages of other official accounts',
      },
    },
    {
      code: 40163,
      category: 'authentication',
      retry: never,
      description: { zh: 'oauth_code已使用', en: 'The oauth_code has already been used' },
    },
    {
      code: 40164,
      message: 'invalid ip, not in whitelist',
      category: 'permission',
      retry: never,
      translated: { description: 'zh' },
      description: { zh: '不合法的 IP，不在白名单中', en: 'invalid ip, not in whitelist' },
    },
    {
      code: 40227,
      category: 'invalid_request',
      retry: never,
      description: { zh: '标题为空', en: 'The title is empty' },
    },
    {
      code: 41001,
      message: 'access_token missing',
      category: 'authentication',
      retry: never,
      description: { zh: '缺少 access_token 参数', en: 'The access_token parameter is missing' },
    },
    {
      code: 41002,
      message: 'appid missing',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少 appid 参数', en: 'The appid parameter is missing' },
    },
    {
      code: 41003,
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少 refresh_token 参数', en: 'The refresh_token parameter is missing' },
    },
    {
      code: 41004,
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少 secret 参数', en: 'The secret parameter is missing' },
    },
    {
      code: 41005,
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少多媒体文件数据', en: 'The multimedia file data is missing' },
    },
    {
      code: 41006,
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少 media_id 参数', en: 'The media_id parameter is missing' },
    },
    {
      code: 41007,
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少子菜单数据', en: 'The sub-menu data is missing' },
    },
    {
      code: 41008,
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少 oauth code', en: 'The oauth code is missing' },
    },
    {
      code: 41009,
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少 openid', en: 'The openid is missing' },
    },
    {
      code: 41018,
      message: 'missing component_appid',
      category: 'invalid_request',
      retry: never,
      translated: { description: 'zh' },
      description: { zh: '缺少 component_appid', en: 'missing component_appid' },
    },
    {
      code: 42001,
      message: 'access_token expired',
      category: 'authentication',
      retry: refresh,
      description: {
        zh: 'access_token 超时，请检查 access_token 的有效期，请参考基础支持 - 获取 access_token 中，对 access_token 的详细机制说明',
        en: 'The access_token has timed out: check its validity period; see the detailed description of the access_token mechanism under Basic support - Get access_token',
      },
    },
    {
      code: 42002,
      category: 'authentication',
      retry: never,
      description: { zh: 'refresh_token 超时', en: 'The refresh_token has timed out' },
    },
    {
      code: 42003,
      category: 'authentication',
      retry: never,
      description: { zh: 'oauth_code 超时', en: 'The oauth_code has timed out' },
    },
    {
      code: 42007,
      category: 'authentication',
      retry: never,
      description: {
        zh: '用户修改微信密码， accesstoken 和 refreshtoken 失效，需要重新授权',
        en: 'The user changed the WeChat password: the accesstoken and refreshtoken are invalid and authorisation must be given again',
      },
    },
    {
      code: 42010,
      category: 'rate_limit',
      retry: backoff,
      scope: 'request',
      description: {
        zh: '相同 media_id 群发过快，请重试',
        en: 'The same media_id is being mass-sent too quickly; please retry',
      },
    },
    {
      code: 43001,
      message: 'require GET method',
      category: 'invalid_request',
      retry: never,
      description: { zh: '需要 GET 请求', en: 'A GET request is required' },
    },
    {
      code: 43002,
      message: 'require POST method',
      category: 'invalid_request',
      retry: never,
      description: { zh: '需要 POST 请求', en: 'A POST request is required' },
    },
    {
      code: 43003,
      message: 'require https',
      category: 'invalid_request',
      retry: never,
      description: { zh: '需要 HTTPS 请求', en: 'An HTTPS request is required' },
    },
    {
      code: 43004,
      category: 'permission',
      retry: never,
      description: { zh: '需要接收者关注', en: 'The recipient must follow the account' },
    },
    {
      code: 43005,
      category: 'permission',
      retry: never,
      description: { zh: '需要好友关系', en: 'A friend relationship is required' },
    },
    {
      code: 43019,
      category: 'permission',
      retry: never,
      description: { zh: '需要将接收者从黑名单中移除', en: 'The recipient must be removed from the blacklist' },
    },
    {
      code: 44001,
      category: 'invalid_request',
      retry: never,
      description: { zh: '多媒体文件为空', en: 'The multimedia file is empty' },
    },
    {
      code: 44002,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'POST 的数据包为空', en: 'The POST data packet is empty' },
    },
    {
      code: 44003,
      category: 'invalid_request',
      retry: never,
      description: { zh: '图文消息内容为空', en: 'The news message content is empty' },
    },
    {
      code: 44004,
      category: 'invalid_request',
      retry: never,
      description: { zh: '文本消息内容为空', en: 'The text message content is empty' },
    },
    {
      code: 45001,
      category: 'invalid_request',
      retry: never,
      description: { zh: '多媒体文件大小超过限制', en: 'The multimedia file size exceeds the limit' },
    },
    {
      code: 45002,
      message: 'content size out of limit',
      category: 'invalid_request',
      retry: never,
      description: { zh: '消息内容超过限制', en: 'The message content exceeds the limit' },
    },
    {
      code: 45003,
      category: 'invalid_request',
      retry: never,
      description: { zh: '标题字段超过限制', en: 'The title field exceeds the limit' },
    },
    {
      code: 45004,
      category: 'invalid_request',
      retry: never,
      description: { zh: '描述字段超过限制', en: 'The description field exceeds the limit' },
    },
    {
      code: 45005,
      category: 'invalid_request',
      retry: never,
      description: { zh: '链接字段超过限制', en: 'The link field exceeds the limit' },
    },
    {
      code: 45006,
      category: 'invalid_request',
      retry: never,
      description: { zh: '图片链接字段超过限制', en: 'The image link field exceeds the limit' },
    },
    {
      code: 45007,
      category: 'invalid_request',
      retry: never,
      description: { zh: '语音播放时间超过限制', en: 'The voice playing time exceeds the limit' },
    },
    {
      code: 45008,
      category: 'invalid_request',
      retry: never,
      description: { zh: '图文消息超过限制', en: 'The news message exceeds the limit' },
    },
    {
      code: 45009,
      message: 'reach max api daily quota limit',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: { zh: '接口调用超过限制', en: 'The API call limit has been exceeded' },
    },
    {
      code: 45010,
      category: 'invalid_request',
      retry: never,
      description: { zh: '创建菜单个数超过限制', en: 'The number of menus created exceeds the limit' },
    },
    {
      code: 45011,
      message: 'api minute-quota reach limit, must slower, retry next minute',
      category: 'rate_limit',
      retry: afterWindow('minute', true),
      scope: 'account',
      description: { zh: 'API 调用太频繁，请稍候再试', en: 'API calls are too frequent; please try again later' },
    },
    {
      code: 45015,
      category: 'permission',
      retry: never,
      description: { zh: '回复时间超过限制', en: 'The reply time exceeds the limit' },
    },
    {
      code: 45016,
      category: 'permission',
      retry: never,
      description: { zh: '系统分组，不允许修改', en: 'System group: it may not be modified' },
    },
    {
      code: 45017,
      category: 'invalid_request',
      retry: never,
      description: { zh: '分组名字过长', en: 'The group name is too long' },
    },
    {
      code: 45018,
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { zh: '分组数量超过上限', en: 'The number of groups exceeds the upper limit' },
    },
    {
      code: 45035,
      message: 'access clientip is not registered, not in ip-white-list',
      category: 'permission',
      retry: never,
      translated: { description: 'zh' },
      description: {
        zh: '调用方 IP 未登记，不在 IP 白名单中',
        en: 'access clientip is not registered, not in ip-white-list',
      },
    },
    {
      code: 45047,
      category: 'quota',
      retry: never,
      scope: 'recipient',
      description: {
        zh: '客服接口下行条数超过上限',
        en: 'The number of messages sent down through the customer service API exceeds the upper limit',
      },
    },
    {
      code: 45064,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '创建菜单包含未关联的小程序',
        en: 'The menu being created contains a mini program that is not linked',
      },
    },
    {
      code: 45065,
      category: 'conflict',
      retry: never,
      description: {
        zh: '相同 clientmsgid 已存在群发记录，返回数据中带有已存在的群发任务的 msgid',
        en: 'A mass-send record with the same clientmsgid already exists; the response carries the msgid of the existing mass-send task',
      },
    },
    {
      code: 45066,
      category: 'rate_limit',
      retry: afterDelay(60_000),
      scope: 'request',
      description: {
        zh: '相同 clientmsgid 重试速度过快，请间隔1分钟重试',
        en: 'Retries with the same clientmsgid are too fast; retry after an interval of 1 minute',
      },
    },
    {
      code: 45067,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'clientmsgid 长度超过限制', en: 'The clientmsgid length exceeds the limit' },
    },
    {
      code: 45110,
      category: 'invalid_request',
      retry: never,
      description: { zh: '作者字数超出限制', en: 'The author field has too many characters' },
    },
    {
      code: 46001,
      category: 'not_found',
      retry: never,
      description: { zh: '不存在媒体数据', en: 'The media data does not exist' },
    },
    {
      code: 46002,
      category: 'not_found',
      retry: never,
      description: { zh: '不存在的菜单版本', en: 'The menu version does not exist' },
    },
    {
      code: 46003,
      category: 'not_found',
      retry: never,
      description: { zh: '不存在的菜单数据', en: 'The menu data does not exist' },
    },
    {
      code: 46004,
      category: 'not_found',
      retry: never,
      description: { zh: '不存在的用户', en: 'The user does not exist' },
    },
    {
      code: 47001,
      category: 'invalid_request',
      retry: never,
      description: { zh: '解析 JSON/XML 内容错误', en: 'Error parsing the JSON/XML content' },
    },
    {
      code: 47003,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '参数值不符合限制要求，详情可参考参数值内容限制说明',
        en: 'A parameter value does not meet the restrictions; see the description of parameter value limits',
      },
    },
    {
      code: 48001,
      message: 'api unauthorized',
      category: 'permission',
      retry: never,
      description: {
        zh: 'api 功能未授权，请确认公众号已获得该接口，可以在公众平台官网 - 开发者中心页中查看接口权限',
        en: 'The API function is not authorised: make sure the official account has been granted this API; the API permissions can be checked on the Developer Center page of the official platform website',
      },
    },
    {
      code: 48002,
      category: 'permission',
      retry: never,
      description: {
        zh: '粉丝拒收消息（粉丝在公众号选项中，关闭了 “ 接收消息 ” ）',
        en: 'The follower refuses messages (the follower turned off "Receive messages" in the official account options)',
      },
    },
    {
      code: 48004,
      message: 'api forbidden for irregularities, view detail on mp.weixin.qq.com',
      category: 'permission',
      retry: never,
      description: {
        zh: 'api 接口被封禁，请登录 mp.weixin.qq.com 查看详情',
        en: 'The API has been blocked; log in to mp.weixin.qq.com for details',
      },
    },
    {
      code: 48005,
      category: 'conflict',
      retry: never,
      description: {
        zh: 'api 禁止删除被自动回复和自定义菜单引用的素材',
        en: 'The API may not delete material referenced by auto-replies or custom menus',
      },
    },
    {
      code: 48006,
      category: 'quota',
      retry: afterWindow('month'),
      scope: 'account',
      description: {
        zh: 'api 禁止清零调用次数，因为清零次数达到上限',
        en: 'The API may not reset the call count, because the number of resets has reached its upper limit',
      },
    },
    {
      code: 48008,
      category: 'permission',
      retry: never,
      description: { zh: '没有该类型消息的发送权限', en: 'No permission to send this type of message' },
    },
    {
      code: 48021,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '自动保存的草稿无法预览/发送，请先手动保存草稿',
        en: 'An automatically saved draft cannot be previewed or sent; save the draft manually first',
      },
    },
    {
      code: 50001,
      category: 'permission',
      retry: never,
      description: { zh: '用户未授权该 api', en: 'The user has not authorised this api' },
    },
    {
      code: 50002,
      message: 'user limited',
      category: 'permission',
      retry: never,
      description: {
        zh: '用户受限，可能是用户账号被冻结或注销',
        en: 'The user is restricted; the user account may be frozen or closed',
      },
      variants: [
        {
          zh: '用户受限，可能是违规后接口被封禁',
          en: 'The user is restricted; the API may have been blocked after a violation',
        },
      ],
    },
    {
      code: 50005,
      category: 'permission',
      retry: never,
      description: { zh: '用户未关注公众号', en: 'The user does not follow the official account' },
    },
    {
      code: 53500,
      category: 'permission',
      retry: never,
      description: { zh: '发布功能被封禁', en: 'The publishing function has been blocked' },
    },
    {
      code: 53501,
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { zh: '频繁请求发布', en: 'Publishing is requested too frequently' },
    },
    {
      code: 53502,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'Publish ID 无效', en: 'Invalid Publish ID' },
    },
    {
      code: 53600,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'Article ID 无效', en: 'Invalid Article ID' },
    },
    {
      code: 61004,
      message: 'access clientip is not registered',
      category: 'permission',
      retry: never,
      description: { zh: '把ip加入白名单ip列表再重试', en: 'Add the IP address to the IP allow list and retry' },
    },
    {
      code: 61007,
      message: 'api is unauthorized to component',
      category: 'permission',
      retry: never,
      description: {
        zh: '解决方案查看61007',
        en: 'See the troubleshooting guide for 61007 (the API is not authorised to the third-party platform)',
      },
    },
    {
      code: 61014,
      message: 'must use component token for component api',
      category: 'authentication',
      retry: never,
      description: {
        zh: '请按照文档使用 component_access_token 调用api',
        en: 'Call the API with a component_access_token, as the documentation says',
      },
    },
    {
      code: 61016,
      message: 'function category of API need be confirmed by component',
      category: 'permission',
      retry: never,
      translated: { description: 'zh' },
      description: {
        zh: 'API 的权限集需要由第三方平台确认',
        en: 'function category of API need be confirmed by component',
      },
    },
    {
      code: 61450,
      category: 'internal',
      retry: backoff,
      description: { zh: '系统错误 (system error)', en: 'System error (system error)' },
    },
    {
      code: 61451,
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数错误 (invalid parameter)', en: 'Parameter error (invalid parameter)' },
    },
    {
      code: 61452,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '无效客服账号 (invalid kf_account)',
        en: 'Invalid customer service account (invalid kf_account)',
      },
    },
    {
      code: 61453,
      category: 'conflict',
      retry: never,
      description: {
        zh: '客服帐号已存在 (kf_account exsited)',
        en: 'The customer service account already exists (kf_account exsited)',
      },
    },
    {
      code: 61454,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '客服帐号名长度超过限制 ( 仅允许 10 个英文字符，不包括 @ 及 @ 后的公众号的微信号 )(invalid   kf_acount length)',
        en: 'The customer service account name is too long (only 10 English characters are allowed, not counting the @ and the WeChat ID of the official account after it) (invalid kf_acount length)',
      },
    },
    {
      code: 61455,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '客服帐号名包含非法字符 ( 仅允许英文 + 数字 )(illegal character in     kf_account)',
        en: 'The customer service account name contains illegal characters (only English letters and digits are allowed) (illegal character in kf_account)',
      },
    },
    {
      code: 61456,
      category: 'quota',
      retry: never,
      scope: 'account',
      description: {
        zh: '客服帐号个数超过限制 (10 个客服账号 )(kf_account count exceeded)',
        en: 'The number of customer service accounts exceeds the limit (10 customer service accounts) (kf_account count exceeded)',
      },
    },
    {
      code: 61457,
      category: 'invalid_request',
      retry: never,
      description: { zh: '无效头像文件类型 (invalid   file type)', en: 'Invalid avatar file type (invalid file type)' },
    },
    {
      code: 61500,
      category: 'invalid_request',
      retry: never,
      description: { zh: '日期格式错误', en: 'Wrong date format' },
    },
    {
      code: 63001,
      category: 'invalid_request',
      retry: never,
      description: { zh: '部分参数为空', en: 'Some parameters are empty' },
    },
    {
      code: 63002,
      category: 'authentication',
      retry: never,
      description: { zh: '无效的签名', en: 'Invalid signature' },
    },
    {
      code: 65301,
      category: 'not_found',
      retry: never,
      description: { zh: '不存在此 menuid 对应的个性化菜单', en: 'No personalised menu exists for this menuid' },
    },
    {
      code: 65302,
      category: 'not_found',
      retry: never,
      description: { zh: '没有相应的用户', en: 'There is no such user' },
    },
    {
      code: 65303,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '没有默认菜单，不能创建个性化菜单',
        en: 'There is no default menu, so a personalised menu cannot be created',
      },
    },
    {
      code: 65304,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'MatchRule 信息为空', en: 'The MatchRule information is empty' },
    },
    {
      code: 65305,
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { zh: '个性化菜单数量受限', en: 'The number of personalised menus is limited' },
    },
    {
      code: 65306,
      category: 'permission',
      retry: never,
      description: { zh: '不支持个性化菜单的帐号', en: 'The account does not support personalised menus' },
    },
    {
      code: 65307,
      category: 'invalid_request',
      retry: never,
      description: { zh: '个性化菜单信息为空', en: 'The personalised menu information is empty' },
    },
    {
      code: 65308,
      category: 'invalid_request',
      retry: never,
      description: { zh: '包含没有响应类型的 button', en: 'Contains a button without a response type' },
    },
    {
      code: 65309,
      category: 'permission',
      retry: never,
      description: { zh: '个性化菜单开关处于关闭状态', en: 'The personalised menu switch is turned off' },
    },
    {
      code: 65310,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '填写了省份或城市信息，国家信息不能为空',
        en: 'Province or city information is given, so the country information cannot be empty',
      },
    },
    {
      code: 65311,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '填写了城市信息，省份信息不能为空',
        en: 'City information is given, so the province information cannot be empty',
      },
    },
    {
      code: 65312,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的国家信息', en: 'Invalid country information' },
    },
    {
      code: 65313,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的省份信息', en: 'Invalid province information' },
    },
    {
      code: 65314,
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的城市信息', en: 'Invalid city information' },
    },
    {
      code: 65316,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '该公众号的菜单设置了过多的域名外跳（最多跳转到 3 个域名的链接）',
        en: "The account's menu jumps out to too many domains (links may go to at most 3 domains)",
      },
    },
    { code: 65317, category: 'invalid_request', retry: never, description: { zh: '不合法的 URL', en: 'Invalid URL' } },
    {
      code: 87009,
      category: 'authentication',
      retry: never,
      description: { zh: '无效的签名', en: 'Invalid signature' },
    },
    {
      code: 9001001,
      category: 'invalid_request',
      retry: never,
      description: { zh: 'POST 数据参数不合法', en: 'Invalid POST data parameters' },
    },
    {
      code: 9001002,
      category: 'unavailable',
      retry: backoff,
      description: { zh: '远端服务不可用', en: 'The remote service is unavailable' },
    },
    {
      code: 9001003,
      category: 'authentication',
      retry: never,
      description: { zh: 'Ticket 不合法', en: 'Invalid Ticket' },
    },
    {
      code: 9001004,
      category: 'internal',
      retry: backoff,
      description: { zh: '获取摇周边用户信息失败', en: 'Failed to get the Shake Nearby user information' },
    },
    {
      code: 9001005,
      category: 'internal',
      retry: backoff,
      description: { zh: '获取商户信息失败', en: 'Failed to get the merchant information' },
    },
    {
      code: 9001006,
      category: 'internal',
      retry: backoff,
      description: { zh: '获取 OpenID 失败', en: 'Failed to get the OpenID' },
    },
    {
      code: 9001007,
      category: 'invalid_request',
      retry: never,
      description: { zh: '上传文件缺失', en: 'The uploaded file is missing' },
    },
    {
      code: 9001008,
      category: 'invalid_request',
      retry: never,
      description: { zh: '上传素材的文件类型不合法', en: 'Invalid file type of the uploaded material' },
    },
    {
      code: 9001009,
      category: 'invalid_request',
      retry: never,
      description: { zh: '上传素材的文件尺寸不合法', en: 'Invalid file size of the uploaded material' },
    },
    { code: 9001010, category: 'internal', retry: backoff, description: { zh: '上传失败', en: 'Upload failed' } },
    {
      code: 9001020,
      category: 'authentication',
      retry: never,
      description: { zh: '帐号不合法', en: 'Invalid account' },
    },
    {
      code: 9001021,
      category: 'permission',
      retry: never,
      description: {
        zh: '已有设备激活率低于 50% ，不能新增设备',
        en: 'The activation rate of existing devices is below 50%, so no devices can be added',
      },
    },
    {
      code: 9001022,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '设备申请数不合法，必须为大于 0 的数字',
        en: 'Invalid number of devices applied for: it must be a number greater than 0',
      },
    },
    {
      code: 9001023,
      category: 'conflict',
      retry: never,
      description: { zh: '已存在审核中的设备 ID 申请', en: 'A device ID application under review already exists' },
    },
    {
      code: 9001024,
      category: 'invalid_request',
      retry: never,
      description: { zh: '一次查询设备 ID 数量不能超过 50', en: 'At most 50 device IDs can be queried at once' },
    },
    {
      code: 9001025,
      category: 'invalid_request',
      retry: never,
      description: { zh: '设备 ID 不合法', en: 'Invalid device ID' },
    },
    {
      code: 9001026,
      category: 'invalid_request',
      retry: never,
      description: { zh: '页面 ID 不合法', en: 'Invalid page ID' },
    },
    {
      code: 9001027,
      category: 'invalid_request',
      retry: never,
      description: { zh: '页面参数不合法', en: 'Invalid page parameters' },
    },
    {
      code: 9001028,
      category: 'invalid_request',
      retry: never,
      description: { zh: '一次删除页面 ID 数量不能超过 10', en: 'At most 10 page IDs can be deleted at once' },
    },
    {
      code: 9001029,
      category: 'conflict',
      retry: never,
      description: {
        zh: '页面已应用在设备中，请先解除应用关系再删除',
        en: 'The page is applied to devices; remove that relationship before deleting it',
      },
    },
    {
      code: 9001030,
      category: 'invalid_request',
      retry: never,
      description: { zh: '一次查询页面 ID 数量不能超过 50', en: 'At most 50 page IDs can be queried at once' },
    },
    {
      code: 9001031,
      category: 'invalid_request',
      retry: never,
      description: { zh: '时间区间不合法', en: 'Invalid time range' },
    },
    {
      code: 9001032,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '保存设备与页面的绑定关系参数错误',
        en: 'Parameter error when saving the binding between a device and a page',
      },
    },
    {
      code: 9001033,
      category: 'invalid_request',
      retry: never,
      description: { zh: '门店 ID 不合法', en: 'Invalid store ID' },
    },
    {
      code: 9001034,
      category: 'invalid_request',
      retry: never,
      description: { zh: '设备备注信息过长', en: 'The device remark is too long' },
    },
    {
      code: 9001035,
      category: 'invalid_request',
      retry: never,
      description: { zh: '设备申请参数不合法', en: 'Invalid device application parameters' },
    },
    {
      code: 9001036,
      category: 'invalid_request',
      retry: never,
      description: { zh: '查询起始值 begin 不合法', en: 'Invalid query start value begin' },
    },
    // Per-API tables (see "Per-API tables" in the header). Only codes that no global table above lists.
    // code2Session (sns/jscode2session)
    {
      code: 40226,
      message: 'code blocked',
      category: 'permission',
      retry: never,
      description: {
        zh: '高风险等级用户，小程序登录拦截 。风险等级详见用户安全解方案',
        en: 'High-risk user: the mini program login is blocked. See the user security solution for the risk levels',
      },
    },
    // subscribeMessage.send (message/subscribe/send) and the device subscription message
    {
      code: 40037,
      message: 'invalid template_id',
      category: 'invalid_request',
      retry: never,
      description: { zh: '不合法的 template_id', en: 'Invalid template_id' },
    },
    {
      code: 43101,
      message: 'user refuse to accept the msg',
      category: 'permission',
      retry: never,
      translated: { description: 'en', remedy: 'en' },
      description: {
        zh: '用户拒绝接受消息，如果用户之前曾经订阅过，则表示用户取消了订阅关系',
        en: 'The user refuses the message; if the user had subscribed before, the user has cancelled the subscription',
      },
      variants: [{ zh: '用户未订阅消息', en: 'The user has not subscribed to the message' }],
      remedy: {
        zh: '检查订阅弹窗回调结果或事件推送确认是否订阅成功，检查是否一次性订阅的次数之前已下发完',
        en: 'Check the result of the subscription prompt or the pushed event to confirm the subscription succeeded, and whether the sends of a one-time subscription were already used up',
      },
    },
    {
      code: 43107,
      category: 'permission',
      retry: never,
      translated: { description: 'en', remedy: 'en' },
      description: { zh: '订阅消息能力封禁', en: 'The subscription message ability is blocked' },
      remedy: {
        zh: '检查账号是否被封禁订阅消息能力，检查模板id对应的模板是否被封禁',
        en: "Check whether the account's subscription message ability is blocked, and whether the template of the template id is blocked",
      },
    },
    {
      code: 43108,
      message: 'Cannot make concurrent calls to the same OpenID, please try again',
      category: 'rate_limit',
      retry: throttled,
      scope: 'recipient',
      translated: { description: 'en', remedy: 'en' },
      description: {
        zh: '并发下发消息给同一个粉丝',
        en: 'Messages are being sent to the same follower concurrently',
      },
      remedy: {
        zh: '检查是否有同时下发多个消息给同一粉丝的情况',
        en: 'Check whether several messages are sent to the same follower at the same time',
      },
    },
    {
      code: 45168,
      category: 'invalid_request',
      retry: never,
      translated: { description: 'en', remedy: 'en' },
      description: { zh: '命中敏感词', en: 'A sensitive word was hit' },
      remedy: { zh: '检查下发消息中是否带有敏感词', en: 'Check whether the message sent contains sensitive words' },
    },
    // getwxacode, getwxacodeunlimit, createwxaqrcode (mini program codes)
    {
      code: 40097,
      message: 'invalid args',
      category: 'invalid_request',
      retry: never,
      description: { zh: '参数错误', en: 'Parameter error' },
    },
    {
      code: 40129,
      message: 'invalid scene',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: "最大32个可见字符，只支持数字，大小写英文以及部分特殊字符：!#$&'()*+,/:;=?@-._~，其它字符请自行编码为合法字符（因不支持%，中文无法使用 urlencode 处理，请使用其他编码方式）",
        en: "At most 32 visible characters: only digits, upper and lower case English letters and some special characters (!#$&'()*+,/:;=?@-._~); encode other characters into valid ones yourself (% is not supported, so Chinese cannot be URL-encoded: use another encoding)",
      },
    },
    {
      code: 40159,
      message: 'invalid length for path, or the data is not json string',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'path 不能为空，且长度不能大于1024',
        en: 'path cannot be empty and its length cannot exceed 1024',
      },
      variants: [
        {
          zh: 'path 不能为空，且长度不能大于 128 字节',
          en: 'path cannot be empty and its length cannot exceed 128 bytes',
        },
      ],
    },
    {
      code: 40169,
      message: 'invalid length for scene, or the data is not json string',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'scene 不合法', en: 'Invalid scene' },
    },
    {
      code: 41030,
      message: 'invalid page',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'page路径不正确：根路径前不要填加 /，不能携带参数（参数请放在scene字段里），需要保证在现网版本小程序中存在，与app.json保持一致。 设置check_path=false可不检查page参数。',
        en: 'Wrong page path: do not put / before the root path and do not carry parameters (put them in the scene field); the page must exist in the released version of the mini program, as in app.json. Set check_path=false to skip checking the page parameter.',
      },
      variants: [
        {
          zh: 'page路径不正确，需要保证在现网版本小程序中存在，与app.json保持一致',
          en: 'Wrong page path: the page must exist in the released version of the mini program, as in app.json',
        },
      ],
    },
    {
      code: 45029,
      message: 'qrcode count out of limit',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: {
        zh: '生成码个数总和到达最大个数限制',
        en: 'The total number of codes generated has reached the maximum',
      },
    },
    {
      code: 85096,
      message: 'not allow include scancode_time field',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: 'scancode_time为系统保留参数，不允许配置',
        en: 'scancode_time is a parameter reserved by the system and may not be set',
      },
    },
    // Customer-service messages (message/custom/send, message/custom/typing)
    {
      code: 70000,
      category: 'permission',
      retry: never,
      description: {
        zh: '为保护未成年人权益，该条消息发送失败',
        en: 'To protect the rights and interests of minors, this message failed to send',
      },
    },
    {
      code: 40200,
      message: 'invalid account type',
      category: 'permission',
      retry: never,
      description: { zh: '账号类型不符合要求', en: 'The account type does not meet the requirements' },
    },
    {
      code: 45072,
      message: 'invalid command',
      category: 'invalid_request',
      retry: never,
      description: { zh: 'command字段取值不对', en: 'Wrong value of the command field' },
    },
    {
      code: 45080,
      message: 'need sending message to user  orrecving message from user in the last 30 seconds before typing',
      category: 'permission',
      retry: never,
      description: {
        zh: '下发输入状态，需要之前30秒内跟用户有过消息交互',
        en: 'Sending the typing state needs a message exchanged with the user in the previous 30 seconds',
      },
    },
    {
      code: 45081,
      message: 'you are already typing',
      category: 'conflict',
      retry: never,
      description: { zh: '已经在输入状态，不可重复下发', en: 'Already in the typing state; it cannot be sent again' },
    },
    // Customer-service accounts (customservice/kfaccount/*)
    {
      code: 65400,
      message: 'please enable new custom service or wait for a while if you have enabled',
      category: 'permission',
      retry: never,
      description: {
        zh: 'API不可用，即没有开通/升级到新客服功能',
        en: 'The API is unavailable: the new customer service function has not been enabled or upgraded to',
      },
      variants: [
        {
          zh: 'API不可用，即没有开通/升级到新版客服功能',
          en: 'The API is unavailable: the new version of the customer service function has not been enabled or upgraded to',
        },
      ],
    },
    {
      code: 65401,
      message: 'invalid custom service account',
      category: 'invalid_request',
      retry: never,
      description: { zh: '无效客服账号', en: 'Invalid customer service account' },
    },
    {
      code: 65402,
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '客服账号尚未绑定微信号，不能投入使用',
        en: 'The customer service account is not bound to a WeChat ID yet and cannot be used',
      },
    },
    {
      code: 65403,
      message: 'illegal nickname',
      category: 'invalid_request',
      retry: never,
      description: { zh: '客服昵称不合法', en: 'Invalid customer service nickname' },
    },
    {
      code: 65404,
      message: 'illegal custom service account',
      category: 'invalid_request',
      retry: never,
      description: { zh: '客服账号不合法', en: 'Invalid customer service account' },
    },
    {
      code: 65405,
      message: 'custom service account number reach limit',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: {
        zh: '账号数目已达到上限，不能继续添加',
        en: 'The number of accounts has reached the upper limit; no more can be added',
      },
    },
    {
      code: 65406,
      message: 'custom service account exists',
      category: 'conflict',
      retry: never,
      description: { zh: '已经存在的客服账号', en: 'The customer service account already exists' },
    },
    {
      code: 65407,
      category: 'conflict',
      retry: never,
      description: {
        zh: '邀请对象已经是该小程序客服',
        en: 'The invitee is already a customer service agent of this mini program',
      },
    },
    {
      code: 65408,
      category: 'conflict',
      retry: never,
      description: {
        zh: '本小程序已经有一个邀请给该微信',
        en: 'This mini program already has an invitation to this WeChat user',
      },
    },
    {
      code: 65409,
      category: 'invalid_request',
      retry: never,
      description: { zh: '无效的微信号', en: 'Invalid WeChat ID' },
    },
    {
      code: 65410,
      category: 'quota',
      retry: never,
      scope: 'recipient',
      description: {
        zh: '邀请对象绑定小程序客服数达到上限',
        en: 'The invitee has reached the upper limit of bound mini program customer service accounts',
      },
    },
    {
      code: 65411,
      category: 'conflict',
      retry: never,
      description: {
        zh: '该账号已经有一个等待确认的邀请，不能重复邀请',
        en: 'The account already has an invitation awaiting confirmation and cannot be invited again',
      },
    },
    {
      code: 65412,
      category: 'conflict',
      retry: never,
      description: {
        zh: '该账号已经绑定微信号，不能进行邀请',
        en: 'The account is already bound to a WeChat ID and cannot be invited',
      },
    },
    {
      code: 65413,
      category: 'not_found',
      retry: never,
      description: { zh: '不存在对应用户的会话信息', en: 'There is no session information for the user' },
    },
    {
      code: 65414,
      category: 'conflict',
      retry: never,
      description: {
        zh: '客户正在被其他客服接待',
        en: 'The customer is being served by another customer service agent',
      },
    },
  ],
})
