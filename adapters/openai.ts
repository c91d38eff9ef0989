import { openaiCatalog } from '../catalogs/openai.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

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

/**
 * OpenAI API (`https://api.openai.com/v1`) and the services that answer in its envelope: a failure is
 * `{"error":{"message":"…","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}` with an HTTP
 * status, and any JSON answer without `error` is a success. `code` is the specific reason; where it is null the
 * `type` is the code. Compatible hosts (Azure, gateways, local servers) are the application's to route to it.
 */
export const openai = defineAdapter({
  catalog: openaiCatalog,
  code: ['error.code', 'error.type'],
  message: 'error.message',
  missingCode: 'success',
  hosts: ['api.openai.com'],
  envelope: (f) => {
    const code = String(f.code)
    const type = TYPE_ONLY.has(code) ? code : (TYPES[code] ?? 'invalid_request_error')
    return { error: { message: f.message ?? '', type, param: null, code: TYPE_ONLY.has(code) ? null : f.code } }
  },
})
