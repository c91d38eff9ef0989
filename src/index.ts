// errcode: the core (errors, catalogs, adapters, classification, retry rules). The clients are entry
// points of their own: errcode/fetch, errcode/axios, errcode/ky.
export type {
  Adapter,
  AdapterInput,
  CredentialInput,
  EncodeOptions,
  EnvelopeFields,
  ItemPaths,
  Paths,
} from './adapter/define-adapter.js'
export { defineAdapter } from './adapter/define-adapter.js'
export type { CatalogEntryInput, CatalogInput } from './catalog/define-catalog.js'
export { codeKey, defineCatalog } from './catalog/define-catalog.js'
export type { HttpClass } from './catalog/http-status.js'
export { classifyStatus } from './catalog/http-status.js'
export type { ResponseClock } from './catalog/retry-rules.js'
export {
  afterDelay,
  afterWindow,
  backoff,
  never,
  queryFirst,
  refresh,
  resolveRetry,
  sameRequest,
  throttled,
} from './catalog/retry-rules.js'
export { nextReset, parseRetryAfter } from './catalog/time.js'
export { batchFailures, classifyResponse } from './classify/classify-response.js'
export type { BodyRead, ClassifyContext, ResponseFacts } from './classify/make-error.js'
export { httpError, transportError, vendorError } from './classify/make-error.js'
export type { CauseJSON } from './errors/cause.js'
export { CauseSummary } from './errors/cause.js'
export type { ApiErrorInit, ApiErrorJSON, BatchFailure, ErrorOf, ErrorSource } from './errors/errors.js'
export {
  ApiError,
  AuthenticationError,
  annotate,
  BillingError,
  ConflictError,
  clientCause,
  createError,
  InternalError,
  InvalidRequestError,
  isApiError,
  isAuthenticationError,
  isBillingError,
  isConflictError,
  isInternalError,
  isInvalidRequestError,
  isNetworkError,
  isNotFoundError,
  isPermissionError,
  isQuotaExceededError,
  isRateLimitError,
  isServiceUnavailableError,
  isTimeoutError,
  isUnknownApiError,
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
export { defaultSecretKeys, maskBody, maskText, maskUrl, secretMatcher } from './errors/mask.js'
export type {
  AttemptInfo,
  AttemptTelemetry,
  CircuitChange,
  ErrorContext,
  OnError,
  Telemetry,
} from './observe/telemetry.js'
export type { BreakerChange, BreakerOptions, BreakerState } from './retry/breaker.js'
export { CircuitBreaker } from './retry/breaker.js'
export type { BudgetOptions } from './retry/budget.js'
export { RetryBudget } from './retry/budget.js'
export type { GuardBlock, GuardStore } from './retry/guard.js'
export { hashCredential, MemoryGuardStore } from './retry/guard.js'
export type { HintOptions } from './retry/interop.js'
export { isOutage, isRetryable, retryDelay } from './retry/interop.js'
export type {
  CredentialRequest,
  IdempotencyKeyOptions,
  RecipientRequest,
  RetryEvent,
  RetryOptions,
} from './retry/options.js'
export type { Attempted, Plan, RetryState } from './retry/policy.js'
export { RetryPolicy } from './retry/policy.js'
export { sleep } from './retry/sleep.js'
export type {
  Catalog,
  CatalogEntry,
  Category,
  Code,
  CodeOf,
  Decision,
  DecodedItem,
  Locale,
  LocalizedText,
  MessageVariant,
  RequestSummary,
  RetryHint,
  RetryRule,
  Scope,
  Translated,
  Window,
} from './types.js'
export { categories } from './types.js'
