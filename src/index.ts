export type { Adapter, AdapterInput, EncodeOptions, EnvelopeFields, ItemPaths, Paths } from './adapter.js'
export { defineAdapter } from './adapter.js'
export type { CatalogEntryInput, CatalogInput } from './catalog.js'
export { codeKey, defineCatalog } from './catalog.js'
export type { CauseJSON } from './cause.js'
export { CauseSummary } from './cause.js'
export type { BodyRead, ClassifyContext, ResponseFacts } from './classify.js'
export { httpError, transportError, vendorError } from './classify.js'
export { batchFailures, classifyResponse } from './classify-response.js'
export type { ApiErrorInit, ApiErrorJSON, BatchFailure, ErrorOf, ErrorSource } from './errors.js'
export {
  ApiError,
  AuthenticationError,
  annotate,
  BillingError,
  ConflictError,
  categories,
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
} from './errors.js'
export type { HttpClass } from './http.js'
export { classifyStatus } from './http.js'
export type { SecretMatcher } from './mask.js'
export { defaultSecretKeys, maskBody, maskText, maskUrl, secretMatcher } from './mask.js'
export type {
  Attempted,
  BudgetOptions,
  GuardBlock,
  GuardStore,
  Plan,
  RecipientRequest,
  RetryEvent,
  RetryOptions,
} from './policy.js'
export { hashCredential, MemoryGuardStore, RetryBudget, RetryPolicy, sleep } from './policy.js'
export type { ResponseClock } from './retry.js'
export { afterDelay, afterWindow, backoff, never, refresh, resolveRetry, throttled } from './retry.js'
export { nextReset, parseRetryAfter } from './time.js'
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
  RequestSummary,
  RetryHint,
  RetryRule,
  Scope,
  Translated,
  Window,
} from './types.js'
