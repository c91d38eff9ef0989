// Where an interceptor's error points. Captured where the error is made, a stack trace would show errcode's
// and the client's own frames and could miss the application's call within the ten frames V8 keeps; it
// would also cost a second capture where the client adds the caller's frames itself (axios does). So an
// interceptor makes its errors without frames, and the call that the application awaits gives them the
// application's frames on the way out (`place`, in place.ts: the wrappers load it, and nothing else of this).

/**
 * The mark of an error that waits for the application's frames: an accessor on the error classes'
 * prototype (errors.ts), under the registry key that place.ts reads, so that the two modules share no code
 * a bundler would split into a chunk of its own.
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
