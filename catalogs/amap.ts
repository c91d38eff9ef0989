import { defineCatalog } from '../src/catalog/define-catalog.js'
import { afterWindow, backoff, never, throttled } from '../src/catalog/retry-rules.js'

/** The status column, the advice column and the `info` constant of one row of Amap's table. */
const ENGINE = {
  name: 'ENGINE_RESPONSE_DATA_ERROR',
  message: 'ENGINE_RESPONSE_DATA_ERROR',
  category: 'internal',
  retry: never,
  description: { zh: '服务响应失败。', en: 'The service failed to respond.' },
  remedy: {
    zh: '出现3开头的错误码，建议先检查传入参数是否正确，若无法解决，请详细描述错误复现信息，提`工单`给我们。（大数据接口请直接跟负责商务反馈）如，30001、30002、30003、32000、32001、32002、32003、32200、32201、32202、32203。',
    en: 'For an error code starting with 3, first check that the parameters passed are correct; if that does not solve it, describe in detail how to reproduce the error and send us a ticket (for big-data APIs, tell your business contact directly). For example 30001, 30002, 30003, 32000, 32001, 32002, 32003, 32200, 32201, 32202, 32203.',
  },
} as const

/**
 * Amap (高德地图) Web Service API (`restapi.amap.com`, `/v3/…` and `/v5/…`): the `infocode` table. Every answer
 * carries `status` (`"1"` or `"0"`, strings), `info` (a constant such as `INVALID_USER_KEY`) and `infocode`
 * (`"10000"` is success); codes are kept as the strings the API sends.
 *
 * Source: 错误码说明, https://lbs.amap.com/api/webservice/guide/tools/info (开发 > Web服务 API > 开发指南 >
 * 实用工具 > 错误码说明). No stored copy of the official page itself could be read: the texts are the page's
 * table as a public document copied it with its source URL (columns infocode, info返回值, 状态描述, 问题排查策略),
 * and they agree with the rows of the page quoted in research notes (10003 "第二天0:00会自动解封", 10004
 * "下一分钟自动解封", 10010 "封停后无法自动恢复，需要提交工单联系我们"). `name` and `message` are the `info` constant,
 * `description.zh` the 状态描述 column, `remedy.zh` the 问题排查策略 column; the English texts are translations.
 * In the 10002 row the copy marks `v3`/`vv3` in bold (Markdown markup, dropped here); the closing `"` is the
 * page's. The table has one row `300**` for every code that starts with 3 and names eleven of them (30001 …
 * 32203): those eleven are entries with that row's words; other 3xxxx codes arrive as `UnknownApiError`.
 * The rows, as compared: scripts/sources/amap.md (`npx tsx scripts/compare-catalog.ts amap …`).
 *
 * How entries were judged:
 * - 10003 (the developer's daily volume, "第二天0:00会自动解封") waits for 00:00 on the vendor's clock (UTC+8);
 *   10004 (volume per unit time, 1 minute, "下一分钟自动解封") for the next minute. Both are the key's own traffic:
 *   scope `account`.
 * - 10010 (requests from one IP over the limit) is blocked by the system and "封停后无法自动恢复，需要提交工单联系我们":
 *   it does not lift by itself, so its rule is `never`, not a wait with no time. A `rate_limit` passes by itself;
 *   this block is a cap used up until a person lifts it: `quota`, scope `account` (every request from that IP
 *   is refused).
 * - QPS limits (10014, 10015 "受单机QPS限流限制", 10019, 10020, 10021) refuse the requests over the per-second
 *   threshold: the next second, safe to replay, scope `account`. 10029 is named `ABROAD_DAILY_QUERY_OVER_LIMIT`
 *   but described as a key's QPS limit: with no window it can trust, it is `throttled`.
 * - Account-wide daily caps 10044 and 10045 wait for 00:00 UTC+8, `quota`, scope `account`.
 * - 10016 (server load too high) and 10017 (resource unavailable) are `unavailable`, `backoff`. 3xxxx engine
 *   errors are `internal` but `never`: the table says to check the parameters first, then file a ticket.
 * - Keys, signatures and security codes are `authentication`; services, IPs, domains, platforms, bans and expired
 *   interface rights are `permission`; an exhausted balance or an expired purchase is `billing`; the geofence cap
 *   (40001) is `quota`, `never`, scope `account`. Route planning failures with no road or route are `not_found`.
 * - 20003 (其他未知错误) says nothing more: `unknown`, `never`.
 */
export const amapCatalog = defineCatalog({
  vendor: 'amap',
  title: 'Amap Web Service API info codes',
  source: 'https://lbs.amap.com/api/webservice/guide/tools/info',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'en', remedy: 'en' },
  entries: [
    {
      code: '10000',
      kind: 'success',
      name: 'OK',
      message: 'OK',
      category: 'unknown',
      retry: never,
      description: { zh: '请求正常', en: 'Request succeeded' },
      remedy: { zh: '请求正常', en: 'Request succeeded' },
    },
    {
      code: '10001',
      name: 'INVALID_USER_KEY',
      message: 'INVALID_USER_KEY',
      category: 'authentication',
      retry: never,
      description: { zh: 'key不正确或过期', en: 'The key is wrong or expired' },
      remedy: {
        zh: '开发者发起请求时，传入的key不正确或者过期',
        en: 'The key the developer passed in the request is wrong or has expired',
      },
    },
    {
      code: '10002',
      name: 'SERVICE_NOT_AVAILABLE',
      message: 'SERVICE_NOT_AVAILABLE',
      category: 'permission',
      retry: never,
      description: {
        zh: '没有权限使用相应的服务或者请求接口的路径拼写错误',
        en: 'No permission to use the service, or the path of the requested API is misspelt',
      },
      remedy: {
        zh: '1.开发者没有权限使用相应的服务，例如：开发者申请了WEB定位功能的key，却使用该key访问逆地理编码功能时，就会返回该错误。反之亦然。2.开发者请求接口的路径拼写错误。例如：正确的https://restapi.amap.com/v3/ip在程序中被拼装写了https://restapi.amap.com/vv3/ip"',
        en: '1. The developer has no permission to use the service: for example, a key applied for web location used for reverse geocoding returns this error, and the other way round. 2. The path of the requested API is misspelt: for example, the correct https://restapi.amap.com/v3/ip was assembled in the program as https://restapi.amap.com/vv3/ip',
      },
    },
    {
      code: '10003',
      name: 'DAILY_QUERY_OVER_LIMIT',
      message: 'DAILY_QUERY_OVER_LIMIT',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: { zh: '访问已超出日访问量', en: 'The daily access volume is exceeded' },
      remedy: {
        zh: '开发者的日访问量超限，被系统自动封停，第二天0:00会自动解封。',
        en: "The developer's daily access volume is over the limit and the system blocked it automatically; it is unblocked automatically at 0:00 the next day.",
      },
    },
    {
      code: '10004',
      name: 'ACCESS_TOO_FREQUENT',
      message: 'ACCESS_TOO_FREQUENT',
      category: 'rate_limit',
      retry: afterWindow('minute'),
      scope: 'account',
      description: { zh: '单位时间内访问过于频繁', en: 'Too many requests per unit of time' },
      remedy: {
        zh: '开发者的单位时间内（1分钟）访问量超限，被系统自动封停，下一分钟自动解封。',
        en: "The developer's access volume per unit of time (1 minute) is over the limit and the system blocked it automatically; it is unblocked automatically the next minute.",
      },
    },
    {
      code: '10005',
      name: 'INVALID_USER_IP',
      message: 'INVALID_USER_IP',
      category: 'permission',
      retry: never,
      description: {
        zh: 'IP白名单出错，发送请求的服务器IP不在IP白名单内',
        en: "IP allow-list error: the sending server's IP is not in the allow list",
      },
      remedy: {
        zh: '开发者在LBS官网控制台设置的IP白名单不正确。白名单中未添加对应服务器的出口IP。可到"控制台>配置"  中设定IP白名单。',
        en: "The IP allow list set in the LBS console is wrong: the server's outbound IP is not in it. Set the allow list under Console > Configuration.",
      },
    },
    {
      code: '10006',
      name: 'INVALID_USER_DOMAIN',
      message: 'INVALID_USER_DOMAIN',
      category: 'permission',
      retry: never,
      description: { zh: '绑定域名无效', en: 'The bound domain is invalid' },
      remedy: {
        zh: '开发者绑定的域名无效，需要在官网控制台重新设置',
        en: 'The domain the developer bound is invalid and must be set again in the console',
      },
    },
    {
      code: '10007',
      name: 'INVALID_USER_SIGNATURE',
      message: 'INVALID_USER_SIGNATURE',
      category: 'authentication',
      retry: never,
      description: { zh: '数字签名未通过验证', en: 'The digital signature failed verification' },
      remedy: {
        zh: '开发者签名未通过开发者在key控制台中，开启了“数字签名”功能，但没有按照指定算法生成“数字签名”。',
        en: 'The developer signature failed: the developer turned on "digital signature" in the key console but did not generate the signature with the specified algorithm.',
      },
    },
    {
      code: '10008',
      name: 'INVALID_USER_SCODE',
      message: 'INVALID_USER_SCODE',
      category: 'authentication',
      retry: never,
      description: { zh: 'MD5安全码未通过验证', en: 'The MD5 security code failed verification' },
      remedy: {
        zh: '需要开发者判定key绑定的SHA1,package是否与sdk包里的一致',
        en: 'Check that the SHA1 and package bound to the key match those in the SDK package',
      },
    },
    {
      code: '10009',
      name: 'USERKEY_PLAT_NOMATCH',
      message: 'USERKEY_PLAT_NOMATCH',
      category: 'authentication',
      retry: never,
      description: { zh: '请求key与绑定平台不符', en: 'The key does not match its bound platform' },
      remedy: {
        zh: '请求中使用的key与绑定平台不符，例如：开发者申请的是js api的key，却用来调web服务接口',
        en: 'The key used does not match its bound platform: for example, a JS API key used to call the web service API',
      },
    },
    {
      code: '10010',
      name: 'IP_QUERY_OVER_LIMIT',
      message: 'IP_QUERY_OVER_LIMIT',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { zh: 'IP访问超限', en: 'Requests from the IP over the limit' },
      remedy: {
        zh: '未设定IP白名单的开发者使用key发起请求，从单个IP向服务器发送的请求次数超出限制，被系统自动封停。封停后无法自动恢复，需要提交工单联系我们。',
        en: 'A developer without an IP allow list sent more requests from a single IP than allowed, and the system blocked it automatically. The block does not lift by itself: submit a ticket to contact us.',
      },
    },
    {
      code: '10011',
      name: 'NOT_SUPPORT_HTTPS',
      message: 'NOT_SUPPORT_HTTPS',
      category: 'invalid_request',
      retry: never,
      description: { zh: '服务不支持https请求', en: 'The service does not support HTTPS requests' },
      remedy: {
        zh: '服务不支持https请求，如果需要申请支持，请提交工单联系我们',
        en: 'The service does not support HTTPS requests; to apply for support, submit a ticket to contact us',
      },
    },
    {
      code: '10012',
      name: 'INSUFFICIENT_PRIVILEGES',
      message: 'INSUFFICIENT_PRIVILEGES',
      category: 'permission',
      retry: never,
      description: { zh: '权限不足，服务请求被拒绝', en: 'Insufficient privileges: the service request was refused' },
      remedy: {
        zh: '由于不具备请求该服务的权限，所以服务被拒绝。',
        en: 'The service was refused because the caller has no right to request it.',
      },
    },
    {
      code: '10013',
      name: 'USER_KEY_RECYCLED',
      message: 'USER_KEY_RECYCLED',
      category: 'authentication',
      retry: never,
      description: { zh: 'Key被删除', en: 'The key was deleted' },
      remedy: {
        zh: '开发者删除了key，key被删除后无法正常使用',
        en: 'The developer deleted the key; a deleted key cannot be used',
      },
    },
    {
      code: '10014',
      name: 'QPS_HAS_EXCEEDED_THE_LIMIT',
      message: 'QPS_HAS_EXCEEDED_THE_LIMIT',
      category: 'rate_limit',
      retry: afterWindow('second'),
      scope: 'account',
      description: { zh: '云图服务QPS超限', en: 'Cloud map service QPS over the limit' },
      remedy: {
        zh: 'QPS超出限制，超出部分的请求被拒绝。限流阈值内的请求依旧会正常返回',
        en: 'QPS over the limit: the requests above it are refused. Requests within the threshold still return normally',
      },
    },
    {
      code: '10015',
      name: 'GATEWAY_TIMEOUT',
      message: 'GATEWAY_TIMEOUT',
      category: 'rate_limit',
      retry: afterWindow('second'),
      scope: 'account',
      description: { zh: '受单机QPS限流限制', en: 'Limited by the per-machine QPS limit' },
      remedy: {
        zh: '受单机QPS限流限制时出现该问题，建议降低请求的QPS或在控制台提工单联系我们',
        en: 'This happens under the per-machine QPS limit; lower the request QPS, or file a ticket in the console to contact us',
      },
    },
    {
      code: '10016',
      name: 'SERVER_IS_BUSY',
      message: 'SERVER_IS_BUSY',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '服务器负载过高', en: 'Server load too high' },
      remedy: { zh: '服务器负载过高，请稍后再试', en: 'Server load too high; try again later' },
    },
    {
      code: '10017',
      name: 'RESOURCE_UNAVAILABLE',
      message: 'RESOURCE_UNAVAILABLE',
      category: 'unavailable',
      retry: backoff,
      description: { zh: '所请求的资源不可用', en: 'The requested resource is unavailable' },
      remedy: { zh: '所请求的资源不可用', en: 'The requested resource is unavailable' },
    },
    {
      code: '10019',
      name: 'CQPS_HAS_EXCEEDED_THE_LIMIT',
      message: 'CQPS_HAS_EXCEEDED_THE_LIMIT',
      category: 'rate_limit',
      retry: afterWindow('second'),
      scope: 'account',
      description: { zh: '使用的某个服务总QPS超限', en: 'The total QPS of a service used is over the limit' },
      remedy: {
        zh: 'QPS超出限制，超出部分的请求被拒绝。限流阈值内的请求依旧会正常返回',
        en: 'QPS over the limit: the requests above it are refused. Requests within the threshold still return normally',
      },
    },
    {
      code: '10020',
      name: 'CKQPS_HAS_EXCEEDED_THE_LIMIT',
      message: 'CKQPS_HAS_EXCEEDED_THE_LIMIT',
      category: 'rate_limit',
      retry: afterWindow('second'),
      scope: 'account',
      description: {
        zh: '某个Key使用某个服务接口QPS超出限制',
        en: "A key's QPS on a service API is over the limit",
      },
      remedy: {
        zh: 'QPS超出限制，超出部分的请求被拒绝。限流阈值内的请求依旧会正常返回',
        en: 'QPS over the limit: the requests above it are refused. Requests within the threshold still return normally',
      },
    },
    {
      code: '10021',
      name: 'CUQPS_HAS_EXCEEDED_THE_LIMIT',
      message: 'CUQPS_HAS_EXCEEDED_THE_LIMIT',
      category: 'rate_limit',
      retry: afterWindow('second'),
      scope: 'account',
      description: {
        zh: '账号使用某个服务接口QPS超出限制',
        en: "The account's QPS on a service API is over the limit",
      },
      remedy: {
        zh: 'QPS超出限制，超出部分的请求被拒绝。限流阈值内的请求依旧会正常返回',
        en: 'QPS over the limit: the requests above it are refused. Requests within the threshold still return normally',
      },
    },
    {
      code: '10026',
      name: 'INVALID_REQUEST',
      message: 'INVALID_REQUEST',
      category: 'permission',
      retry: never,
      description: { zh: '账号处于被封禁状态', en: 'The account is banned' },
      remedy: {
        zh: '由于违规行为账号被封禁不可用，如有异议请登录控制台提交工单进行申诉',
        en: 'The account is banned for a violation and cannot be used; to object, log in to the console and file an appeal ticket',
      },
    },
    {
      code: '10029',
      name: 'ABROAD_DAILY_QUERY_OVER_LIMIT',
      message: 'ABROAD_DAILY_QUERY_OVER_LIMIT',
      category: 'rate_limit',
      retry: throttled,
      scope: 'account',
      description: { zh: '某个Key的QPS超出限制', en: "A key's QPS is over the limit" },
      remedy: {
        zh: 'QPS超出限制，超出部分的请求被拒绝。限流阈值内的请求依旧会正常返回',
        en: 'QPS over the limit: the requests above it are refused. Requests within the threshold still return normally',
      },
    },
    {
      code: '10041',
      name: 'NO_EFFECTIVE_INTERFACE',
      message: 'NO_EFFECTIVE_INTERFACE',
      category: 'permission',
      retry: never,
      description: { zh: '请求的接口权限过期', en: 'The right to the requested API has expired' },
      remedy: {
        zh: '开发者发起请求时，请求的接口权限过期。请提交工单联系我们',
        en: 'The right to the requested API had expired when the developer sent the request. Submit a ticket to contact us',
      },
    },
    {
      code: '10044',
      name: 'USER_DAILY_QUERY_OVER_LIMIT',
      message: 'USER_DAILY_QUERY_OVER_LIMIT',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: { zh: '账号维度日调用量超出限制', en: "The account's daily call volume is over the limit" },
      remedy: {
        zh: '账号维度日调用量超出限制，超出部分的请求被拒绝。限流阈值内的请求依旧会正常返回',
        en: "The account's daily call volume is over the limit: the requests above it are refused. Requests within the threshold still return normally",
      },
    },
    {
      code: '10045',
      name: 'USER_ABROAD_DAILY_QUERY_OVER_LIMIT',
      message: 'USER_ABROAD_DAILY_QUERY_OVER_LIMIT',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: {
        zh: '账号维度海外服务日调用量超出限制',
        en: "The account's daily call volume of overseas services is over the limit",
      },
      remedy: {
        zh: '账号维度海外服务接口日调用量超出限制，超出部分的请求被拒绝。限流阈值内的请求依旧会正常返回',
        en: "The account's daily call volume of overseas service APIs is over the limit: the requests above it are refused. Requests within the threshold still return normally",
      },
    },
    {
      code: '20000',
      name: 'INVALID_PARAMS',
      message: 'INVALID_PARAMS',
      category: 'invalid_request',
      retry: never,
      description: { zh: '请求参数非法', en: 'Invalid request parameters' },
      remedy: {
        zh: '请求参数的值没有按照规范要求填写。例如，某参数值域范围为[1,3],开发者误填了’4’',
        en: "A parameter's value does not follow the specification: for example, a parameter whose range is [1,3] was given '4'",
      },
    },
    {
      code: '20001',
      name: 'MISSING_REQUIRED_PARAMS',
      message: 'MISSING_REQUIRED_PARAMS',
      category: 'invalid_request',
      retry: never,
      description: { zh: '缺少必填参数', en: 'A required parameter is missing' },
      remedy: { zh: '缺少接口中要求的必填参数', en: 'A parameter the API requires is missing' },
    },
    {
      code: '20002',
      name: 'ILLEGAL_REQUEST',
      message: 'ILLEGAL_REQUEST',
      category: 'invalid_request',
      retry: never,
      description: { zh: '请求协议非法', en: 'Illegal request protocol' },
      remedy: {
        zh: '请求协议非法比如某接口仅支持get请求，结果用了POST方式',
        en: 'Illegal request protocol: for example, POST used on an API that only supports GET',
      },
    },
    {
      code: '20003',
      name: 'UNKNOWN_ERROR',
      message: 'UNKNOWN_ERROR',
      category: 'unknown',
      retry: never,
      description: { zh: '其他未知错误', en: 'Other unknown error' },
      remedy: { zh: '其他未知错误', en: 'Other unknown error' },
    },
    {
      code: '20011',
      name: 'INSUFFICIENT_ABROAD_PRIVILEGES',
      message: 'INSUFFICIENT_ABROAD_PRIVILEGES',
      category: 'permission',
      retry: never,
      description: {
        zh: '查询坐标或规划点（包括起点、终点、途经点）在海外，但没有海外地图权限',
        en: 'The queried coordinates or route points (origin, destination, waypoints) are overseas, without the right to overseas maps',
      },
      remedy: {
        zh: '使用逆地理编码接口、输入提示接口、周边搜索接口、路径规划接口时可能出现该问题，规划点（包括起点、终点、途经点）不在中国陆地范围内',
        en: 'Can happen with reverse geocoding, input tips, nearby search and route planning: the route points (origin, destination, waypoints) are not on China’s land territory',
      },
    },
    {
      code: '20012',
      name: 'ILLEGAL_CONTENT',
      message: 'ILLEGAL_CONTENT',
      category: 'invalid_request',
      retry: never,
      description: { zh: '查询信息存在非法内容', en: 'The query contains illegal content' },
      remedy: {
        zh: '使用搜索接口时可能出现该问题，通常是由于查询内容非法导致',
        en: 'Can happen with the search APIs, usually because the query content is illegal',
      },
    },
    {
      code: '20800',
      name: 'OUT_OF_SERVICE',
      message: 'OUT_OF_SERVICE',
      category: 'invalid_request',
      retry: never,
      description: {
        zh: '规划点（包括起点、终点、途经点）不在中国陆地范围内',
        en: 'A route point (origin, destination, waypoint) is not on China’s land territory',
      },
      remedy: {
        zh: '使用路径规划服务接口时可能出现该问题，规划点（包括起点、终点、途经点）不在中国大陆陆地范围内',
        en: 'Can happen with route planning: a route point (origin, destination, waypoint) is not on mainland China’s land territory',
      },
    },
    {
      code: '20801',
      name: 'NO_ROADS_NEARBY',
      message: 'NO_ROADS_NEARBY',
      category: 'not_found',
      retry: never,
      description: {
        zh: '划点（起点、终点、途经点）附近搜不到路',
        en: 'No road found near a route point (origin, destination, waypoint)',
      },
      remedy: {
        zh: '使用路径规划服务接口时可能出现该问题，划点（起点、终点、途经点）附近搜不到路',
        en: 'Can happen with route planning: no road found near a route point (origin, destination, waypoint)',
      },
    },
    {
      code: '20802',
      name: 'ROUTE_FAIL',
      message: 'ROUTE_FAIL',
      category: 'not_found',
      retry: never,
      description: {
        zh: '路线计算失败，通常是由于道路连通关系导致',
        en: 'Route calculation failed, usually because of how the roads connect',
      },
      remedy: {
        zh: '使用路径规划服务接口时可能出现该问题，路线计算失败，通常是由于道路连通关系导致',
        en: 'Can happen with route planning: route calculation failed, usually because of how the roads connect',
      },
    },
    {
      code: '20803',
      name: 'OVER_DIRECTION_RANGE',
      message: 'OVER_DIRECTION_RANGE',
      category: 'invalid_request',
      retry: never,
      description: { zh: '起点终点距离过长。', en: 'Origin and destination are too far apart.' },
      remedy: {
        zh: '使用路径规划服务接口时可能出现该问题，路线计算失败，通常是由于道路起点和终点距离过长导致。',
        en: 'Can happen with route planning: route calculation failed, usually because origin and destination are too far apart.',
      },
    },
    { code: '30001', ...ENGINE },
    { code: '30002', ...ENGINE },
    { code: '30003', ...ENGINE },
    { code: '32000', ...ENGINE },
    { code: '32001', ...ENGINE },
    { code: '32002', ...ENGINE },
    { code: '32003', ...ENGINE },
    { code: '32200', ...ENGINE },
    { code: '32201', ...ENGINE },
    { code: '32202', ...ENGINE },
    { code: '32203', ...ENGINE },
    {
      code: '40000',
      name: 'QUOTA_PLAN_RUN_OUT',
      message: 'QUOTA_PLAN_RUN_OUT',
      category: 'billing',
      retry: never,
      description: { zh: '余额耗尽', en: 'Balance exhausted' },
      remedy: {
        zh: '所购买服务的余额耗尽，无法继续使用服务',
        en: 'The balance of the purchased service is exhausted; the service can no longer be used',
      },
    },
    {
      code: '40001',
      name: 'GEOFENCE_MAX_COUNT_REACHED',
      message: 'GEOFENCE_MAX_COUNT_REACHED',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { zh: '围栏个数达到上限', en: 'The number of geofences reached its cap' },
      remedy: {
        zh: 'Key可创建的地理围栏的数量，已达上限。',
        en: 'The number of geofences the key can create has reached its cap.',
      },
    },
    {
      code: '40002',
      name: 'SERVICE_EXPIRED',
      message: 'SERVICE_EXPIRED',
      category: 'billing',
      retry: never,
      description: { zh: '购买服务到期', en: 'The purchased service has expired' },
      remedy: {
        zh: '所购买的服务期限已到，无法继续使用',
        en: 'The term of the purchased service has ended; it can no longer be used',
      },
    },
    {
      code: '40003',
      name: 'ABROAD_QUOTA_PLAN_RUN_OUT',
      message: 'ABROAD_QUOTA_PLAN_RUN_OUT',
      category: 'billing',
      retry: never,
      description: { zh: '海外服务余额耗尽', en: 'Overseas service balance exhausted' },
      remedy: {
        zh: '所购买服务的海外余额耗尽，无法继续使用服务',
        en: 'The overseas balance of the purchased service is exhausted; the service can no longer be used',
      },
    },
  ],
})
