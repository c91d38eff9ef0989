import { defineCatalog } from '../src/catalog/define-catalog.js'
import { afterWindow, backoff, never, refresh } from '../src/catalog/retry-rules.js'

/**
 * NavInfo (四维图新) LBS open platform, Web Service API: the status code table.
 *
 * The table is in English; `description.zh` and `remedy.zh` are translations. How entries were judged:
 * - Categories follow the English description: key and signature failures are `authentication`; domain,
 *   IP, purchase and release checks are `permission`; the daily cap and "no quota" are `quota`.
 * - Retry rules follow the table's own remarks: 1007 is unblocked at 0:00 the next day, 1008 the next
 *   minute, 1009 the next hour, on the vendor's clock (UTC+8). 1010 (busy), 2002 (unknown) and 2003
 *   (third-party failure) are transient: `backoff`. 1016 (signature expired): sign again, `refresh`.
 *   Everything else needs a fix first: `never`.
 * - `name` is the constant without the stray spaces of the published table (`publishedName`).
 * - Scope: 1007, 1008 and 1009 count the developer's own visits (开发者当日访问量, 单位时间内访问量: the key's
 *   traffic) and 1015 is the key's service quota: all `account`.
 */
export const navinfoCatalog = defineCatalog({
  vendor: 'navinfo',
  title: 'NavInfo Web Service API status codes',
  source: 'https://lbs.navinfo.com/',
  timeZone: 'Asia/Shanghai',
  translated: { description: 'zh', remedy: 'zh' },
  entries: [
    {
      code: 200,
      kind: 'success',
      name: 'OK',
      category: 'unknown',
      retry: never,
      description: { en: 'Successful', zh: '成功' },
      remedy: { en: 'Service request returns normally', zh: '服务请求正常返回' },
    },
    {
      code: 1001,
      name: 'AK_DELETE',
      category: 'authentication',
      retry: never,
      description: { en: 'invalid ak', zh: 'ak 无效' },
      remedy: {
        en: 'The developer deleted ak or the developer applied for ak of android sdk, but Used to tune the web service interface',
        zh: '开发者删除了 ak，或开发者申请的是 Android SDK 的 ak，却用来调用 Web 服务接口',
      },
    },
    {
      code: 1002,
      name: 'NO_PERMISSION',
      category: 'permission',
      retry: never,
      description: { en: 'Access to the service without permission', zh: '无权访问该服务' },
      remedy: {
        en: 'User has not purchased the service, if you need to apply for support, please submit a ticket to contact us',
        zh: '用户未购买该服务；如需申请支持，请提交工单联系我们',
      },
    },
    {
      code: 1003,
      name: 'INVALID_DOMAIN',
      category: 'permission',
      retry: never,
      description: { en: 'Failed domain verification', zh: '域名校验失败' },
    },
    {
      code: 1004,
      name: 'INVALID_IP',
      category: 'permission',
      retry: never,
      description: { en: 'IP whitelist verification failed', zh: 'IP 白名单校验失败' },
    },
    {
      code: 1005,
      name: 'INVALID_DIGITAL_SIGNA',
      publishedName: 'INV ALID_DIGITAL_SIGNA',
      category: 'authentication',
      retry: never,
      description: { en: 'Digital signature verification failed', zh: '数字签名校验失败' },
    },
    {
      code: 1006,
      name: 'INVALID_USER_SCODE',
      category: 'authentication',
      retry: never,
      description: { en: 'Security code failed verification', zh: '安全码校验失败' },
      remedy: {
        en: 'Requires the developer to determine whether the ak-bound SHA1 is the same as the package in the sdk package',
        zh: '需要开发者确认 ak 绑定的 SHA1 与 SDK 包中的应用包是否一致',
      },
    },
    {
      code: 1007,
      name: 'VISITS_DAY_EXCESS',
      publishedName: 'VISITS_DAY_ EXCESS',
      category: 'quota',
      retry: afterWindow('day'),
      scope: 'account',
      description: { en: 'Visit exceeded daily visits', zh: '访问量超过每日上限' },
      remedy: {
        en: 'Developer’s daily visits exceeded , automatically blocked by the system, automatically unblocked at 0:00 the next day',
        zh: '开发者当日访问量超限，被系统自动封禁，次日 0:00 自动解封',
      },
    },
    {
      code: 1008,
      name: 'VISITS_SECOND_EXCESS',
      publishedName: 'VISITS_SECOND_ EXCESS',
      category: 'rate_limit',
      retry: afterWindow('minute'),
      scope: 'account',
      description: { en: 'Accesses are too frequent per unit time', zh: '单位时间内访问过于频繁' },
      remedy: {
        en: "Visit's unit time (1 minute) visit The quantity exceeds the limit and is automatically blocked by the system. The next minute is automatically unblocked",
        zh: '单位时间（1 分钟）内访问量超限，被系统自动封禁，下一分钟自动解封',
      },
    },
    {
      code: 1009,
      name: 'VISITS_HOUR_EXCESS',
      publishedName: 'VISITS_HOUR_ EXCESS',
      category: 'rate_limit',
      retry: afterWindow('hour'),
      scope: 'account',
      description: { en: 'Accesses are too frequent in a unit of time', zh: '单位时间内访问过于频繁' },
      remedy: {
        en: 'A visitor’s unit time (1 hour) visits Overrun, automatically blocked by the system, automatically unblocked in the next hour',
        zh: '单位时间（1 小时）内访问量超限，被系统自动封禁，下一小时自动解封',
      },
    },
    {
      code: 1010,
      name: 'SERVICE_BUSY',
      category: 'unavailable',
      retry: backoff,
      description: { en: 'Server is busy', zh: '服务器繁忙' },
    },
    {
      code: 1011,
      name: 'URL_ERROR',
      category: 'invalid_request',
      retry: never,
      description: { en: 'invalid address', zh: '地址无效' },
    },
    {
      code: 1012,
      name: 'AK_DISABLE',
      category: 'permission',
      retry: never,
      description: { en: 'AK Banned', zh: 'ak 已被禁用' },
    },
    {
      code: 1013,
      name: 'AK_INVALID',
      publishedName: 'AK_ INVALID',
      category: 'authentication',
      retry: never,
      description: { en: 'AK expiration has not started or has expired', zh: 'ak 尚未生效或已过期' },
    },
    {
      code: 1014,
      name: 'SERVICE_NOT_RELEASE',
      category: 'permission',
      retry: never,
      description: { en: 'Service not released', zh: '服务未发布' },
    },
    {
      code: 1015,
      name: 'NO_QUOTA',
      category: 'quota',
      retry: never,
      scope: 'account',
      description: { en: 'No related service quota information', zh: '没有相关服务的配额信息' },
    },
    {
      code: 1016,
      clockSkew: true,
      name: 'SIGNA_EXPIRED',
      category: 'authentication',
      retry: refresh,
      description: { en: 'The digital signature has expired', zh: '数字签名已过期' },
    },
    {
      code: 2001,
      name: 'MISSING_PARAMS',
      publishedName: 'MISSING _PARAMS',
      category: 'invalid_request',
      retry: never,
      description: { en: 'Lack of required parameters or misspellings', zh: '缺少必填参数或参数名拼写错误' },
    },
    {
      code: 2002,
      name: 'UNKNOWN_ERROR',
      category: 'internal',
      retry: backoff,
      description: { en: 'Other unknown errors', zh: '其他未知错误' },
      remedy: {
        en: 'If you still receive this error code after multiple calls, please submit the work order to contact us',
        zh: '如多次调用后仍收到此错误码，请提交工单联系我们',
      },
    },
    {
      code: 2003,
      name: 'CP_ERROR',
      category: 'unavailable',
      retry: backoff,
      description: { en: 'The third-party interface returned a failure', zh: '第三方接口返回失败' },
    },
    {
      code: 2004,
      name: 'VERSION_ERROR',
      category: 'invalid_request',
      retry: never,
      description: { en: 'The version number passed incorrectly', zh: '传入的版本号有误' },
      remedy: {
        en: 'There is no version of this program, please check the version number',
        zh: '不存在该版本的程序，请检查版本号',
      },
    },
  ],
})
