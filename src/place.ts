// The wrappers' half of stack.ts: what every wrapper loads with it, apart from the error path.

/** The mark stack.ts puts on an error made without frames that waits for the application's (non-enumerable). */
const UNPLACED: unique symbol = Symbol.for('errcode.unplaced') as never

/**
 * Gives an unplaced error the stack of the call that `at` is: the frames of its callers, which in an
 * async function are the application's `await`s. Any other value is returned as it is.
 */
// biome-ignore lint/complexity/noBannedTypes: captureStackTrace takes any function.
export function place<T>(error: T, at: Function): T {
  const e = error as { [UNPLACED]?: boolean }
  if (typeof error === 'object' && error !== null && e[UNPLACED] === true) {
    e[UNPLACED] = false
    Error.captureStackTrace?.(error, at)
  }
  return error
}
