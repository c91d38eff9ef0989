// The catalog of HTTP itself: what a status means when the body carries no vendor code.
import type { Category, LocalizedText, RetryRule } from '../types.js'
import { backoff, never } from './retry-rules.js'

/** How an HTTP status is classified when no vendor code can be read. */
export interface HttpClass {
  readonly category: Category
  readonly retry: RetryRule
}

const rateLimited: RetryRule = /* @__PURE__ */ Object.freeze({ kind: 'backoff', replaySafe: true })

/** A 2xx status: the only ones whose body may say success. */
export const isOk = (status: number): boolean => status >= 200 && status < 300

/** The category and retry rule of an HTTP status: the fallback for bodies without a readable code. */
export function classifyStatus(status: number): HttpClass {
  switch (status) {
    case 401:
      return { category: 'authentication', retry: never }
    case 402:
      return { category: 'billing', retry: never }
    case 403:
      return { category: 'permission', retry: never }
    case 404:
    case 410:
      return { category: 'not_found', retry: never }
    case 408:
      return { category: 'timeout', retry: backoff }
    case 409:
      return { category: 'conflict', retry: never }
    case 429:
      return { category: 'rate_limit', retry: rateLimited }
    case 501:
      return { category: 'invalid_request', retry: never }
    case 502:
    case 503:
    case 504:
      return { category: 'unavailable', retry: backoff }
  }
  if (status >= 500 && status < 600) return { category: 'internal', retry: backoff }
  if (status >= 400 && status < 500) return { category: 'invalid_request', retry: never }
  return { category: 'unknown', retry: never }
}

/** The description of errors that carry no vendor text: one per category, in both locales. */
export const categoryText: Readonly<Record<Category, LocalizedText>> = /* @__PURE__ */ Object.freeze({
  invalid_request: { en: 'Invalid request', zh: '请求无效' },
  authentication: { en: 'Authentication failed', zh: '认证失败' },
  permission: { en: 'Permission denied', zh: '没有权限' },
  not_found: { en: 'Not found', zh: '资源不存在' },
  conflict: { en: 'Conflict', zh: '请求冲突' },
  rate_limit: { en: 'Rate limited', zh: '请求过于频繁' },
  quota: { en: 'Quota exceeded', zh: '配额已用完' },
  billing: { en: 'Billing problem', zh: '账户计费问题' },
  unavailable: { en: 'Service unavailable', zh: '服务不可用' },
  internal: { en: 'Internal server error', zh: '服务器内部错误' },
  network: { en: 'Network error: no response', zh: '网络错误：没有响应' },
  timeout: { en: 'Timed out: no response in time', zh: '超时：未及时响应' },
  unknown: { en: 'Unknown error', zh: '未知错误' },
})
