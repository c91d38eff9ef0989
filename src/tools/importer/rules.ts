import type { Category } from '../../types.js'
import { isDigitAscii, isLowerAscii } from './text.js'
import type { SuggestContext } from './types.js'

interface RuleWords {
  /** Latin words, lower-case, one space between, padded: ` qps limit `. */
  readonly lat: string
  /** Every text, lower-case, for Chinese cues. */
  readonly han: string
}

/** Rules read at most this much of each text: the gist of a code is in its first words. */
export const ruleTextLimit = 1000

export function ruleWords(texts: readonly string[]): RuleWords {
  const lat: string[] = [' ']
  const han: string[] = []
  for (const text of texts) {
    const t = text.slice(0, ruleTextLimit).toLowerCase()
    han.push(t)
    let spaced = true
    let from = -1
    for (let i = 0; i <= t.length; i++) {
      const c = i < t.length ? t.charCodeAt(i) : 0x20
      if (isLowerAscii(c) || isDigitAscii(c)) {
        if (from < 0) from = i
        continue
      }
      if (from >= 0) {
        lat.push(t.slice(from, i))
        from = -1
        spaced = false
      }
      if (!spaced) {
        lat.push(' ')
        spaced = true
      }
    }
  }
  return { lat: lat.join(''), han: han.join('\n') }
}

/** A cue: Chinese text is found anywhere; a Latin cue is a word or phrase (`rate limit`), `*` ends a prefix. */
function cueHit(words: RuleWords, cue: string): boolean {
  if (/[^\x20-\x7e]/.test(cue)) return words.han.includes(cue)
  const prefix = cue.endsWith('*')
  const body = prefix ? cue.slice(0, -1) : cue
  return words.lat.includes(prefix ? ` ${body}` : ` ${body} `)
}

export function firstHit(words: RuleWords, cues: readonly string[]): string | undefined {
  for (const cue of cues) if (cueHit(words, cue)) return cue
  return undefined
}

export interface Rule {
  readonly id: string
  /** Higher wins. Rules within 10 of the winner that say another category make a review mark. */
  readonly tier: number
  readonly category?: Category
  readonly kind?: 'success' | 'result'
  readonly any: readonly string[]
  readonly also?: readonly (readonly string[])[]
  readonly not?: readonly string[]
  readonly when?: (w: RuleWords, ctx: SuggestContext) => boolean
}

const limitCues = {
  qps: ['qps', 'tps', 'qpm'],
  frequency: ['频率', '频繁', 'frequen*', '过于频繁', '太频繁', 'too often'],
  rate: [
    'rate limit*',
    'rate limited',
    'rate control',
    '限流',
    '流控',
    'throttl*',
    'too many request*',
    'flow control',
    'limit control',
    '请求过快',
    'too fast',
    '过快',
  ],
  tooMany: ['too many', '次数过多', '次数太多'],
} as const

const exceedCues = [
  'exceed*',
  'excess*',
  'overrun',
  'beyond',
  'over limit',
  'limit exceeded',
  '超限',
  '超过',
  '超出',
  '上限',
  '太多',
]

const windowWords = [
  '同一天',
  '每天',
  '每日',
  '当日',
  '当天',
  '一天',
  '天级',
  '日级',
  '单日',
  '每小时',
  '每分钟',
  '每月',
  '当月',
  'daily',
  'per day',
  'a day',
  'per hour',
  'hourly',
  'per minute',
  'monthly',
  'per month',
  'day',
  'hour',
]

function smsSignature(w: RuleWords, ctx: SuggestContext): boolean {
  if (!w.han.includes('签名')) return false
  const request = [
    '请求',
    '算法',
    '校验',
    '计算',
    '参数',
    '数字签名',
    'sign check',
    'request',
    'hmac',
    'sha',
    'digital',
    'authorization',
    'sig',
  ]
  if (firstHit(w, request) !== undefined) return false
  return ctx.sms === true || firstHit(w, ['短信', 'sms', '模板', 'template']) !== undefined
}

export const rules: readonly Rule[] = [
  // What kind of answer the code is.
  {
    id: 'kind.success',
    tier: 100,
    kind: 'success',
    any: ['success*', 'succeed*', 'ok', '成功', '正常返回', 'no error', '无错误'],
    not: ['fail*', '失败', 'unsuccess*', '不成功', '未成功', 'not ok', 'not success*', 'no success*'],
  },
  {
    id: 'kind.consistent',
    tier: 100,
    kind: 'success',
    any: ['consistent', '认证一致', '核验一致', '验证一致'],
    not: ['not consistent', 'inconsistent', '不一致'],
  },
  {
    id: 'kind.inconsistent',
    tier: 100,
    kind: 'result',
    any: ['not consistent', 'inconsistent', '认证不一致', '核验不一致', '验证不一致'],
    also: [['verif*', '认证', '核验', '验证']],
  },
  { id: 'kind.unknown-result', tier: 100, kind: 'result', any: ['unknown result', 'result unknown', '结果未知'] },
  { id: 'kind.no-data', tier: 100, kind: 'result', any: ['查无数据', '无数据', 'no data', 'no result*'] },
  {
    id: 'kind.already-on',
    tier: 100,
    kind: 'result',
    any: ['已经是开通状态', '已开通', '已经开通', 'already enabled', 'opened already', 'already opened'],
  },
  // The request's time was refused: fix the clock, sign again.
  {
    id: 'clock.timestamp',
    tier: 90,
    category: 'authentication',
    any: [
      '时间戳',
      'timestamp*',
      '请求时间',
      '网络时间',
      'request time',
      'clock',
      '时钟',
      '系统时间',
      '时间范围',
      'time window',
      '时间差',
      'time skew',
      'time offset',
    ],
    also: [
      [
        '过期',
        'expire*',
        'check failed',
        '校验失败',
        'invalid',
        '无效',
        '超出',
        '范围',
        'window',
        'outside',
        'skew',
        '偏差',
        '不在',
        '以内',
        'within',
        '更新',
        'update',
        '不正确',
        'incorrect',
        'too old',
        'too far',
        '误差',
      ],
    ],
    // "Value passed for `timestamp` was invalid." (Slack): a parameter named timestamp, not the request's clock.
    // A business deadline (Alipay ACQ.TRADE_CANCEL_TIME_OUT "超过撤销时间范围": too late to cancel) is no clock.
    not: ['为空', 'empty', 'missing', '缺少', '缺失', 'format', '格式', 'value passed for', '撤销'],
  },
  {
    id: 'clock.signature-expired',
    tier: 90,
    category: 'authentication',
    any: ['签名过期', '签名已过期', 'signature expired', 'signature has expired', 'signa expired', 'sign expired'],
  },
  // Money.
  {
    id: 'billing.balance',
    tier: 80,
    category: 'billing',
    any: [
      '余额',
      '餘額',
      '欠费',
      '欠費',
      'balance',
      'arrear*',
      'money',
      'insufficient fund*',
      'funds',
      '足够金额',
      '金额不足',
      '资金不足',
      'overdue',
      'payment required',
    ],
  },
  // Limits: rate_limit or quota (decided by the window).
  { id: 'limit.qps', tier: 75, category: 'rate_limit', any: limitCues.qps },
  { id: 'limit.frequency', tier: 75, category: 'rate_limit', any: limitCues.frequency },
  { id: 'limit.rate', tier: 75, category: 'rate_limit', any: limitCues.rate },
  { id: 'limit.too-many', tier: 75, category: 'rate_limit', any: limitCues.tooMany },
  {
    id: 'limit.interval',
    tier: 75,
    category: 'rate_limit',
    any: ['interval', '间隔'],
    also: [['short', 'less than', 'minimum', '过短', '太短', '小于', 'too soon']],
  },
  {
    id: 'limit.visits',
    tier: 75,
    category: 'rate_limit',
    any: ['visit*', '访问量', '访问次数', '调用次数', 'call count', 'api call*', 'calls'],
    also: [exceedCues],
  },
  {
    id: 'limit.window',
    tier: 75,
    category: 'rate_limit',
    any: windowWords,
    also: [
      [
        ...exceedCues,
        'limit',
        'limits',
        'maximum',
        'more than',
        'at most',
        'up to',
        '限制',
        '次数',
        '最多',
        '不超过',
        '最大',
      ],
    ],
  },
  {
    id: 'limit.seconds',
    tier: 75,
    category: 'rate_limit',
    any: ['秒内', '分钟内', '小时内'],
    also: [['不能', '不允许', '连续', '重复', '相同', '同样']],
  },
  { id: 'limit.quota', tier: 75, category: 'quota', any: ['quota*', '配额'] },
  {
    id: 'limit.next-day',
    tier: 75,
    category: 'quota',
    any: ['改天', '次日', '明天', 'next day', 'tomorrow'],
    also: [['调用', 'call*', 'visit*', '访问', 'try*', 'unblock*', '解封', 'retry*', '再试']],
  },
  // The vendor's side.
  {
    id: 'unavailable.busy',
    tier: 70,
    category: 'unavailable',
    any: ['繁忙', 'busy', 'unavailable', '不可用', '维护中', 'maintenance', 'overload*', '过载'],
  },
  {
    id: 'unavailable.upstream',
    tier: 70,
    category: 'unavailable',
    any: ['第三方', 'third party', 'upstream', '上游', '运营商', 'carrier', '网关', 'gateway'],
    also: [['失败', '异常', '错误', 'fail*', 'error*', 'exception', '出错']],
  },
  {
    id: 'unavailable.platform',
    tier: 70,
    category: 'unavailable',
    any: ['微信', 'wechat', '支付宝', 'alipay', '后端', 'backend'],
    also: [['异常', 'exception', '出现错误', 'login error', 'error in login', '登录出现错误']],
  },
  {
    id: 'unavailable.service',
    tier: 70,
    category: 'unavailable',
    any: ['服务请求异常', '服务异常', 'service exception', 'service error', 'service unavailable'],
  },
  {
    id: 'unavailable.http-status',
    tier: 70,
    category: 'unavailable',
    any: ['http状态码', 'http status'],
    also: [['不等于', 'not 200', 'is not', '非200', 'not equal']],
  },
  {
    id: 'internal.error',
    tier: 70,
    category: 'internal',
    any: [
      '内部错误',
      '系统错误',
      '系统内部',
      '系统异常',
      '服务器错误',
      '服务器内部',
      '服务出错',
      '流程异常',
      '未知错误',
      'internal',
      'internally',
      'system error*',
      'server error*',
      'bad server',
      'runtime error',
      'unknown error*',
      'unexpected',
      'undefined error',
    ],
  },
  // The request's credentials.
  {
    id: 'auth.header',
    tier: 65,
    category: 'authentication',
    any: [
      'authorization',
      '包头',
      'sig',
      '账户id',
      '账号id',
      'account id',
      'account sid',
      'authentication',
      'auth',
      '认证',
      '鉴权',
      'unauthenticated',
    ],
    not: ['auth code', '未开通', 'not enabled', '未启用'],
  },
  {
    id: 'invalid.secret-in-params',
    tier: 62,
    category: 'invalid_request',
    any: ['包含', 'contain*'],
    also: [
      ['param*', '参数'],
      ['secret', 'appsecret', 'password', 'token', '密码', '密钥'],
    ],
  },
  {
    id: 'invalid.missing',
    tier: 60,
    category: 'invalid_request',
    any: [
      '为空',
      '不能为空',
      '空值',
      '空白',
      '缺少',
      '缺失',
      '漏传',
      '必填',
      '必须填写',
      '未设置',
      '未填写',
      'missing',
      'miss',
      'is needed',
      'needed',
      'required',
      'empty',
      'not set',
      'not setted',
      'supplied',
      'blank',
      'lack*',
      'absent',
    ],
  },
  {
    id: 'invalid.unsupported',
    tier: 58,
    category: 'invalid_request',
    any: ['不支持', '不被支持', 'not supported', 'unsupported', 'not support'],
  },
  // Who may do what.
  {
    id: 'permission.denied',
    tier: 55,
    category: 'permission',
    any: ['无权限', '没有权限', '权限不足', '无权访问', 'permiss*', 'forbidden', '禁止', 'access denied', 'denied'],
  },
  {
    id: 'permission.ip',
    tier: 55,
    category: 'permission',
    any: ['ip', '白名单', 'whitelist*', 'white list', 'allow list', 'allowlist'],
  },
  {
    id: 'permission.blocked',
    tier: 55,
    category: 'permission',
    any: [
      '黑名单',
      'blacklist*',
      'blocked',
      'banned',
      'ban',
      'disabled',
      'disable',
      '禁用',
      '冻结',
      '锁定',
      'locked',
      'frozen',
      '已关闭',
      '已经关闭',
      'closed',
      '已停用',
      '停用',
      '封禁',
      '已注销',
    ],
  },
  {
    id: 'permission.not-enabled',
    tier: 55,
    category: 'permission',
    any: [
      '未激活',
      'not activated',
      'inactive',
      '未开通',
      'not enabled',
      'not open*',
      '未启用',
      '未审核',
      '审核未通过',
      '审核中',
      'not approved',
      'not reviewed',
      'under review',
      '未上线',
      'not live',
      'not released',
      '未发布',
      'not purchased',
      '未购买',
      'purchase*',
    ],
  },
  {
    id: 'permission.unauthorized',
    tier: 55,
    category: 'permission',
    any: ['unauthorized', 'unauthorised', 'not authorized', '未被授权', '不被授权', '未授权'],
  },
  {
    id: 'permission.scope',
    tier: 55,
    category: 'permission',
    any: [
      '不属于',
      'not belong*',
      'does not belong*',
      '受保护',
      'protected',
      'domain',
      '域名',
      'referer',
      'referrer',
      '包名',
    ],
  },
  {
    id: 'permission.test-only',
    tier: 55,
    category: 'permission',
    any: ['测试', 'demo', 'test'],
    also: [['不能', '不允许', '只能', 'cannot', 'not allowed', 'only', 'may not']],
  },
  {
    id: 'permission.channel',
    tier: 55,
    category: 'permission',
    any: ['通道'],
    also: [['没有', '无', '冻结', '关闭']],
  },
  // Existence.
  {
    id: 'conflict.already',
    tier: 50,
    category: 'conflict',
    any: [
      '已存在',
      '已经存在',
      'already exist*',
      'already in use',
      'already used',
      '已被占用',
      'occupied',
      '已被使用',
      '已经',
      'already',
    ],
    not: ['已经是开通状态'],
  },
  {
    id: 'conflict.exists',
    tier: 50,
    category: 'conflict',
    any: ['exists', 'exist'],
    not: ['not exist*', 'does not exist*', 'doesn t exist*', 'no such', 'non exist*', 'nonexist*'],
  },
  {
    id: 'conflict.duplicate',
    tier: 50,
    category: 'conflict',
    any: [
      'duplicate*',
      '重复',
      '冲突',
      'conflict*',
      '只能绑定一次',
      'only once',
      '同时',
      'simultaneous*',
      'concurrent*',
    ],
    not: ['不能重复', 'must not repeat', 'cannot repeat'],
  },
  {
    id: 'auth.credential',
    tier: 48,
    category: 'authentication',
    any: [
      'token*',
      'credential*',
      '凭证',
      'appsecret',
      'app secret',
      'secret',
      'appkey',
      'app key',
      'appid',
      'app id',
      'ak',
      'access key*',
      'accesskey*',
      'api key',
      'apikey',
      'password',
      '密码',
      '授权码',
      'auth code',
      '票据',
      'oauth*',
      'refresh token',
      'refreshtoken',
      'security code',
      '安全码',
    ],
  },
  {
    id: 'auth.ticket',
    tier: 48,
    category: 'authentication',
    any: ['ticket*'],
    also: [['expire*', 'invalid*', 'illegal']],
  },
  {
    id: 'auth.authorization',
    tier: 48,
    category: 'authentication',
    any: ['无效授权', '授权'],
    not: ['未被授权', '不被授权', '未授权'],
  },
  {
    id: 'auth.main-account',
    tier: 48,
    category: 'authentication',
    any: ['主账户', '主账号'],
    also: [['不存在', '无效', '错误']],
  },
  {
    id: 'auth.oauth-code',
    tier: 48,
    category: 'authentication',
    any: ['code'],
    also: [['expired', 'expire*', 'invalid', '失效', '过期', '超时', '不合法']],
    not: [
      'verification code',
      'captcha',
      '验证码',
      '校验码',
      'sms code',
      'error code',
      'status code',
      'country code',
      'area code',
    ],
  },
  {
    id: 'auth.signature',
    tier: 47,
    category: 'authentication',
    any: ['签名', 'signature*', 'sign', 'signa', 'signed', 'hmac'],
    when: (w, ctx) => !smsSignature(w, ctx),
  },
  {
    id: 'not-found.missing',
    tier: 45,
    category: 'not_found',
    any: [
      '不存在',
      'not exist*',
      'does not exist*',
      'doesn t exist*',
      'non exist*',
      'nonexist*',
      'not found',
      'no such',
      '未找到',
      '找不到',
      '查不到',
      'cannot find',
      'can t find',
      '无此',
      'not registered',
      '未注册',
    ],
  },
  {
    id: 'not-found.deleted',
    tier: 45,
    category: 'not_found',
    any: ['deleted', '已删除', '被删除', 'removed', '已移除', '回收', 'recycled'],
  },
  {
    id: 'not-found.none',
    tier: 45,
    category: 'not_found',
    any: ['暂无', 'no record*', 'no user*', 'unbound', '没有'],
    not: ['通道', '权限', 'permission'],
  },
  {
    id: 'invalid.sms-signature',
    tier: 40,
    category: 'invalid_request',
    any: ['签名'],
    when: smsSignature,
  },
  {
    id: 'unavailable.try-later',
    tier: 35,
    category: 'unavailable',
    any: ['try again later', 'retry later', 'try later', '稍后再试', '稍后重试', '请稍后'],
  },
  {
    id: 'internal.operation-failed',
    tier: 30,
    category: 'internal',
    any: ['失败', 'fail*', '出错', '出现错误'],
    not: [
      '校验',
      '验证',
      '认证',
      '解密',
      '解码',
      '加密',
      '匹配',
      '解析',
      'check*',
      'verif*',
      'decrypt*',
      'encrypt*',
      'decod*',
      'valid*',
      'auth*',
      'match*',
      'pars*',
    ],
  },
  {
    id: 'invalid.generic',
    tier: 20,
    category: 'invalid_request',
    any: [
      '非法',
      '不合法',
      '无效',
      '错误',
      '有误',
      '格式',
      '长度',
      '取值',
      '只能',
      '不能',
      '不允许',
      '超过',
      '不为',
      '不符合',
      '不规范',
      '敏感词',
      '关键字',
      '不一致',
      '不匹配',
      '未绑定',
      '需要',
      '必须',
      '校验',
      '验证',
      '解密',
      '加密',
      '参数',
      'invalid*',
      'illegal',
      'unlawful',
      'wrong',
      'error*',
      'malformed',
      'format*',
      'length',
      'too long',
      '过长',
      '太长',
      '过大',
      'too large',
      'param*',
      'not equal',
      'not the same',
      'mismatch*',
      'must',
      'require*',
      'need*',
      'check*',
      'method',
      '请求方式',
      'https',
      'exceed*',
      'comply',
      'not bind',
      'cant',
      'cannot',
      'size',
      'xss',
      'decrypt*',
      'encrypt*',
      'verif*',
      'contain*',
      '包含',
      'not allowed',
      'incorrect',
      'misspell*',
      'version',
      '请使用',
      'please use',
    ],
  },
]

export function fires(rule: Rule, w: RuleWords, ctx: SuggestContext): string | undefined {
  const cue = firstHit(w, rule.any)
  if (cue === undefined) return undefined
  if (rule.also?.some((group) => firstHit(w, group) === undefined)) return undefined
  if (rule.not !== undefined && firstHit(w, rule.not) !== undefined) return undefined
  if (rule.when !== undefined && !rule.when(w, ctx)) return undefined
  return cue
}

/** Whether a text rejects the request's time (a timestamp outside the window): such codes carry the clock skew. */
export function mentionsClockRejection(texts: readonly string[]): boolean {
  const w = ruleWords(texts)
  return rules.some((r) => r.id.startsWith('clock.') && fires(r, w, {}) !== undefined)
}
