// The mark every errcode error carries, apart from the error classes: code that only needs to recognise
// an error (the interceptors, on every failure they pass on) does not load the classes for it.
import type { ApiError } from './errors.js'

/** A registry symbol: errors made by another copy of errcode (a duplicate package, another realm) carry it too. */
export const BRAND: unique symbol = Symbol.for('errcode.ApiError') as never

/** True for any error made by errcode, from this copy or another (brand check, not `instanceof`). */
export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
}
