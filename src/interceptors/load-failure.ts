// The interceptors' door to their error path (failure.ts): a dynamic import, so that a bundler splits the
// error classes, masking and retry hints from the code every response runs.
type Failure = typeof import('./failure.js')

let loading: Promise<Failure> | undefined
let loaded: Failure | undefined

/**
 * The error path, loaded on first use. A failed load (a chunk that a browser could not fetch) is tried
 * again on the next error rather than remembered.
 */
export function failure(): Promise<Failure> {
  loading ??= import('./failure.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined
      throw new Error('errcode: a request failed, and the module that makes its error did not load', { cause: error })
    },
  )
  return loading
}

/**
 * The error path once it has loaded, else `undefined`: an error made after that does not wait a turn of
 * the microtask queue for a promise that has long settled (`loadedFailure() ?? (await failure())`).
 */
export const loadedFailure = (): Failure | undefined => loaded

/** Starts loading the error path when an interceptor is installed, so that the first error does not wait. */
export function preloadFailure(): void {
  void failure().catch(() => undefined)
}
