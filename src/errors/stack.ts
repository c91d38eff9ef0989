// An interceptor's error points at the application's call: made without frames where the client fails,
// it gets the frames of the call the application awaits on the way out (`place`).

/**
 * The mark of an error that waits for the application's frames (an accessor on the error classes'
 * prototype, errors.ts). A registry key: an error of another copy of errcode is placed too.
 */
export const UNPLACED: unique symbol = Symbol.for('errcode.unplaced') as never

type Markable = { [UNPLACED]?: boolean }

/** Makes an error without capturing a stack trace (where the engine lets `Error.stackTraceLimit` decide). */
export function withoutFrames<T extends object>(make: () => T): T {
  const limit = Error.stackTraceLimit
  if (typeof limit !== 'number') return make()
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Marks an errcode error as waiting for the frames of the application's call. */
export function markUnplaced<T extends object>(error: T): T {
  ;(error as Markable)[UNPLACED] = true
  return error
}

/** {@link withoutFrames}, and marked as waiting for the frames of the application's call. */
export const unplacedError = <T extends object>(make: () => T): T => markUnplaced(withoutFrames(make))

/** Whether an error was made by {@link unplacedError} and has not been placed yet. */
export const isUnplaced = (error: object): boolean => (error as Markable)[UNPLACED] === true

/**
 * Gives an unplaced error the stack of the call that `at` is: the frames of its callers, which in an
 * async function are the application's `await`s. Any other value is returned as it is.
 */
// biome-ignore lint/complexity/noBannedTypes: captureStackTrace takes any function.
export function place<T>(error: T, at: Function): T {
  const e = error as Markable
  if (typeof error === 'object' && error !== null && e[UNPLACED] === true) {
    e[UNPLACED] = false
    Error.captureStackTrace?.(error, at)
  }
  return error
}
