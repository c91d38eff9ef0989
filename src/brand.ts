// The mark every errcode error carries, apart from the error classes: code that only needs to recognise
// an error (the interceptors, on every failure they pass on) does not load the classes for it.
import type { ApiError } from './errors.js'

/** A registry symbol: errors made by another copy of errcode (a duplicate package, another realm) carry it too. */
export const BRAND: unique symbol = Symbol.for('errcode.ApiError') as never

/** True for any error made by errcode, from this copy or another (brand check, not `instanceof`). */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
}

/** The method that hands out the client's own error: a registry key, so another copy of errcode finds it. */
export const CLIENT_CAUSE: unique symbol = Symbol.for('errcode.clientCause') as never

/** What an error keeps of its cause: the client's own error or response, and how its summary is masked. */
export interface HeldCause {
  readonly cause: unknown
  readonly isSecret?: ((key: string) => boolean) | undefined
}

/** The cause an errcode error holds, from this copy or another. */
export function heldCause(error: unknown): HeldCause | undefined {
  if (!isApiError(error)) return undefined
  const get = (error as { [CLIENT_CAUSE]?: unknown })[CLIENT_CAUSE]
  return typeof get === 'function' ? (get.call(error) as HeldCause) : undefined
}

/**
 * The client's own error or response behind an errcode error (an `AxiosError`, a fetch `Response`, a ky
 * `HTTPError`), for code that asks for it: it may hold the request's headers and body, so loggers see only
 * the summary in `err.cause`. `undefined` for anything else. Each wrapper exports a typed version.
 */
export function clientCause(error: unknown): unknown {
  return heldCause(error)?.cause
}
