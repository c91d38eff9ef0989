// errcode: the core (errors, catalogs, adapters, classification, retry rules). The clients are entry
// points of their own: errcode/fetch, errcode/axios, errcode/ky.
//
// Held back on purpose: the retry engine's internals (the state of one request, its plans, its breaker
// and sleep), the builders of errors (tests take them from src/), and one guard per error class:
// `instanceof` recognises an error of another copy of errcode (the classes check a `Symbol.for` brand),
// and `isApiError` narrows an unknown.
export type { Adapter, AdapterInput } from './adapter/define-adapter.js'
export { defineAdapter } from './adapter/define-adapter.js'
export type { CatalogEntryInput, CatalogInput } from './catalog/define-catalog.js'
export { defineCatalog } from './catalog/define-catalog.js'
export {
  afterDelay,
  afterWindow,
  backoff,
  never,
  queryFirst,
  refresh,
  sameRequest,
  throttled,
} from './catalog/retry-rules.js'
export { batchFailures, classifyResponse } from './classify/classify-response.js'
export type { ClassifyContext, ResponseFacts } from './classify/make-error.js'
export { CauseSummary } from './errors/cause.js'
export type { ApiErrorJSON, BatchFailure, ErrorOf } from './errors/errors.js'
export {
  ApiError,
  AuthenticationError,
  BillingError,
  ConflictError,
  InternalError,
  InvalidRequestError,
  isApiError,
  NetworkError,
  NotFoundError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  ServiceUnavailableError,
  TimeoutError,
  UnknownApiError,
} from './errors/errors.js'
export type { SecretMatcher } from './errors/mask.js'
export { maskBody, maskText, maskUrl, secretMatcher } from './errors/mask.js'
export type {
  AttemptEvent,
  AttemptTelemetry,
  CircuitChange,
  ErrorContext,
  ErrorEvent,
  OnError,
  PacedEvent,
  RefusedEvent,
  RetryEvent,
  Telemetry,
} from './observe/telemetry.js'
export type { BreakerOptions } from './retry/breaker.js'
export type { BudgetOptions } from './retry/budget.js'
export { RetryBudget } from './retry/budget.js'
export type { GuardBlock, GuardStore } from './retry/guard.js'
export type { HintOptions } from './retry/interop.js'
export { isOutage, isRetryable, retryDelay } from './retry/interop.js'
export type { RetryOptions } from './retry/options.js'
export { RetryPolicy } from './retry/policy.js'
export type {
  Catalog,
  CatalogEntry,
  Category,
  Code,
  CodeOf,
  Locale,
  RequestSummary,
  RetryHint,
  RetryRule,
} from './types.js'
export { categories } from './types.js'
