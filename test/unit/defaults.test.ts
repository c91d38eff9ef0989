// The defaults the guides state are the ones the code uses: both read src/defaults.ts, and this reads
// the guides' own words for each (docs/retry.md, docs/clients.md, docs/redis.md).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withErrcode } from '../../src/clients/fetch/fetch.js'
import {
  BUDGET_DEFAULTS,
  DEFAULT_LOCALE,
  GUARD_MAX_KEYS,
  IDEMPOTENT_METHODS,
  MAX_BODY_BYTES,
  REDIS_DEFAULTS,
  RETRY_DEFAULTS,
} from '../../src/defaults.js'
import { RetryBudget, RetryPolicy } from '../../src/index.js'
import { MemoryGuardStore } from '../../src/retry/guard.js'

const guide = (name: string) => readFileSync(new URL(`../../docs/${name}.md`, import.meta.url), 'utf8')
const retryGuide = guide('retry')
const number = (text: string) => Number(text.replace(/_/g, ''))

describe('the guides state the named defaults', () => {
  it('in the retry example of docs/retry.md: every number of RETRY_DEFAULTS', () => {
    for (const [name, value] of Object.entries(RETRY_DEFAULTS)) {
      const stated = new RegExp(`^\\s+${name}: ([\\d_]+),`, 'm').exec(retryGuide)?.[1]
      expect(stated, name).toBeDefined()
      expect(number(stated as string), name).toBe(value)
    }
  })

  it('in the options table of docs/clients.md: locale and maxBodyBytes', () => {
    const clients = guide('clients')
    expect(clients).toMatch(new RegExp(`\\| \`locale\` .*\\| \`'${DEFAULT_LOCALE}'\`\\s*\\|`))
    expect(MAX_BODY_BYTES).toBe(1024 * 1024)
    expect(clients).toMatch(/\| `maxBodyBytes` .*\| 1 MiB\s*\|/)
  })

  it('for the budget, the replayed methods (docs/retry.md) and the Redis store (docs/redis.md)', () => {
    const { capacity, retryCost, successRefund } = BUDGET_DEFAULTS
    expect(successRefund).toBe(1)
    expect(retryGuide).toContain(`a retry\n  takes ${retryCost} tokens of ${capacity}, a success gives one back`)
    expect(retryGuide).toContain(
      `its method is idempotent (${IDEMPOTENT_METHODS.slice(0, 3).join(', ')},\n  ${IDEMPOTENT_METHODS.slice(3).join(', ')})`,
    )
    expect(guide('redis')).toContain(`\`timeoutMs\`, ${REDIS_DEFAULTS.timeoutMs} ms by default`)
  })
})

describe('the code takes its defaults from src/defaults.ts', () => {
  it('RetryPolicy, RetryBudget and MemoryGuardStore', () => {
    const policy = new RetryPolicy()
    expect({
      maxAttempts: policy.maxAttempts,
      baseDelay: policy.baseDelay,
      maxBackoff: policy.maxBackoff,
      maxDelay: policy.maxDelay,
      deadline: policy.deadline,
    }).toEqual(RETRY_DEFAULTS)
    expect([...policy.methods]).toEqual(IDEMPOTENT_METHODS)
    const budget = new RetryBudget()
    expect({ capacity: budget.capacity, retryCost: budget.retryCost, successRefund: budget.successRefund }).toEqual(
      BUDGET_DEFAULTS,
    )
    const store = new MemoryGuardStore()
    const block = { until: Date.now() + 60_000, vendor: 'v', code: 1, category: 'quota', description: 'd' } as const
    for (let i = 0; i <= GUARD_MAX_KEYS; i++) store.set(`k${i}`, block)
    expect(store.get('k0')).toBeUndefined()
    expect(store.get(`k${GUARD_MAX_KEYS}`)).toBeDefined()
  })

  it('maxBodyBytes: a body of MAX_BODY_BYTES is read, one byte more passes through unread', async () => {
    const body = (n: number) => `{"code":1804,"content":"${'x'.repeat(n - 26)}"}`
    expect(body(100)).toHaveLength(100)
    const jiguangLike = (await import('../../adapters/jiguang.js')).jiguang
    const f = (n: number) =>
      withErrcode(async () => new Response(body(n), { headers: { 'content-type': 'application/json' } }), {
        adapter: jiguangLike,
      })('https://api.verification.jpush.cn/v1/web/verify')
    await expect(f(MAX_BODY_BYTES)).rejects.toMatchObject({ code: 1804 })
    await expect(f(MAX_BODY_BYTES + 1)).resolves.toBeInstanceOf(Response)
  })
})
