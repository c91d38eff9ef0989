import { openaiCatalog } from '../catalogs/openai.js'
import { type Adapter, defineAdapter } from '../src/adapter/define-adapter.js'
import type { CodeOf } from '../src/types.js'

/** The `type` each code comes with, as OpenAI's answers show it; a code that is itself a type has no `code`. */
const TYPES: Readonly<Record<string, string>> = Object.freeze({
  invalid_api_key: 'invalid_request_error',
  unsupported_country_region_territory: 'request_forbidden',
  model_not_found: 'invalid_request_error',
  context_length_exceeded: 'invalid_request_error',
  rate_limit_exceeded: 'requests',
  slow_down: 'rate_limit_error',
  insufficient_quota: 'insufficient_quota',
  organization_usage_limit_exceeded: 'insufficient_quota',
  organization_spend_limit_exceeded: 'insufficient_quota',
  project_spend_limit_exceeded: 'insufficient_quota',
  credit_balance_exhausted: 'insufficient_quota',
  server_is_overloaded: 'service_unavailable_error',
})
const TYPE_ONLY = new Set(['requests', 'tokens', 'server_error'])

const UNIT_MS: Readonly<Record<string, number>> = Object.freeze({ h: 3_600_000, m: 60_000, s: 1_000, ms: 1 })
const PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/y

/**
 * A duration as OpenAI writes it in `x-ratelimit-reset-requests` and `-tokens` (`6m0s`, `20ms`, `1.5s`, `1h2m`),
 * in milliseconds; `undefined` for anything else.
 */
export function openaiDuration(value: string | number): number | undefined {
  if (typeof value !== 'string' || value === '' || value.length > 32) return undefined
  let ms = 0
  PART.lastIndex = 0
  while (PART.lastIndex < value.length) {
    const m = PART.exec(value)
    if (m === null) return undefined
    ms += Number(m[1]) * (UNIT_MS[m[2] as string] as number)
  }
  return ms
}

const RESETS = [
  ['x-ratelimit-remaining-requests', 'x-ratelimit-reset-requests'],
  ['x-ratelimit-remaining-tokens', 'x-ratelimit-reset-tokens'],
] as const

/**
 * The wait of a rate limit: the reset of the limit that is spent (its `x-ratelimit-remaining-*` is 0), or,
 * when the answer does not say which, the longer of the two resets.
 */
function resetWait(header: (name: string) => string | null | undefined): number | undefined {
  let spent: number | undefined
  let longest: number | undefined
  for (const [remaining, reset] of RESETS) {
    const raw = header(reset)
    const ms = typeof raw === 'string' ? openaiDuration(raw.trim()) : undefined
    if (ms === undefined) continue
    if (header(remaining)?.trim() === '0') spent = Math.max(spent ?? 0, ms)
    longest = Math.max(longest ?? 0, ms)
  }
  return spent ?? longest
}

function withResetWait<C extends CodeOf<typeof openaiCatalog>>(adapter: Adapter<C>): Adapter<C> {
  return Object.freeze({
    ...adapter,
    waitFrom: resetWait,
    extend: (overrides) => withResetWait(adapter.extend(overrides)),
  } satisfies Adapter<C>)
}

/**
 * OpenAI API (`https://api.openai.com/v1`) and the services that answer in its envelope: a failure is
 * `{"error":{"message":"…","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}` with an HTTP
 * status, and any JSON answer without `error` is a success. `type` is the family and `code` the reason:
 * `err.code` is the `code` (the `type` where `code` is null) and `err.parentCode` the `type`, so a billing
 * code OpenAI adds later under `insufficient_quota` is still a `BillingError`. The request id is the
 * `x-request-id` header. A rate limit waits for the `x-ratelimit-reset-*` header of the spent limit, else
 * `Retry-After`. Compatible hosts (Azure, gateways, local servers) are the application's to route to it.
 */
export const openai = withResetWait(
  defineAdapter({
    catalog: openaiCatalog,
    code: ['error.type', 'error.code'],
    subCode: 'error.code',
    message: 'error.message',
    requestIdHeader: 'x-request-id',
    missingCode: 'success',
    hosts: ['api.openai.com'],
    wait: { header: ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens'], parse: openaiDuration },
    envelope: (f) => {
      const code = String(f.code)
      const type = TYPE_ONLY.has(code) ? code : (TYPES[code] ?? 'invalid_request_error')
      return { error: { message: f.message ?? '', type, param: null, code: TYPE_ONLY.has(code) ? null : f.code } }
    },
  }),
)
