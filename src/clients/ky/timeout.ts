// ky's timeout: ky aborts the send, then rejects the call with its own TimeoutError, which names the
// request. The attempt under watch (telemetry, onError) ends with the typed error made of it.
import type { ApiError } from '../../errors/errors.js'

/**
 * ky's timeout aborts the send, then rejects the call with ky's own TimeoutError, which names the request:
 * the ky integration makes the typed error ({@link timedOut}), before or after the send learns of the abort.
 * Whichever comes first waits here for the other, by the request.
 */
const abortedSends = new WeakMap<Request, (error: ApiError | undefined) => void>()
const timeouts = new WeakMap<Request, ApiError>()

/** The typed error of ky's timeout of `request`: the attempt whose send it aborted ends with it. */
export function timedOut(request: Request, error: ApiError): void {
  const settle = abortedSends.get(request)
  if (settle === undefined) {
    timeouts.set(request, error)
    return
  }
  abortedSends.delete(request)
  settle(error)
}

/**
 * An aborted send of a ky call ends with ky's timeout where one is told ({@link timedOut}); by the next turn
 * of the event loop none is, and the abort is the application's own (no typed error).
 */
export function afterAbort(input: globalThis.RequestInfo | URL, settle: (error: ApiError | undefined) => void): void {
  if (!(input instanceof Request)) {
    settle(undefined)
    return
  }
  const request = input
  const told = timeouts.get(request)
  if (told !== undefined) {
    timeouts.delete(request)
    settle(told)
    return
  }
  abortedSends.set(request, settle)
  const timer = setTimeout(() => {
    if (abortedSends.get(request) !== settle) return
    abortedSends.delete(request)
    settle(undefined)
  }, 0)
  ;(timer as { unref?: () => void }).unref?.()
}
