// The marks every errcode error carries, under registry keys: errors made by another copy of errcode (a
// duplicate package, another realm) carry the same ones, so they are recognised by brand, not instanceof.

/** Set to `true` on every errcode error. */
export const BRAND: unique symbol = Symbol.for('errcode.ApiError') as never

/** The method that hands out the client's own error: a registry key, so another copy of errcode finds it. */
export const CLIENT_CAUSE: unique symbol = Symbol.for('errcode.clientCause') as never

/** What an error keeps of its cause: the client's own error or response, and how its summary is masked. */
export interface HeldCause {
  readonly cause: unknown
  readonly isSecret?: ((key: string) => boolean) | undefined
}
