// What serializers see of the client's own error. An AxiosError holds the request's config (headers, body,
// URL) and its socket; a ky TimeoutError names the full URL in its message; a Response holds its URL. Loggers
// walk `cause` (pino's stack of causes, winston's copy of it), so an error's `cause` is this summary: the name,
// the masked message and stack, a transport code, a status, and the summary of its own cause. The client's
// own error stays reachable through `clientCause(err)`.
import { maskText, type SecretMatcher } from './mask.js'
import { withoutFrames } from './stack.js'

/** How deep a cause chain is summarised (undici puts the socket's error two levels down). */
const MAX_CHAIN = 4

/** The log-safe shape of a summary: what `toJSON()` of an error gives as `cause`. */
export interface CauseJSON {
  name: string
  message: string
  code?: string
  status?: number
  cause?: CauseJSON
}

/**
 * A log-safe summary of the error or response a client gave errcode: its name, masked message and stack,
 * a string `code` (`ECONNRESET`, `ERR_BAD_RESPONSE`), an HTTP `status`, and the summary of its own cause.
 * Nothing in it holds the request's headers, body or query.
 */
export class CauseSummary extends Error {
  declare readonly code?: string
  declare readonly status?: number
  declare readonly cause?: CauseSummary

  toJSON(): CauseJSON {
    const json: CauseJSON = { name: this.name, message: this.message }
    if (this.code !== undefined) json.code = this.code
    if (this.status !== undefined) json.status = this.status
    if (this.cause !== undefined) json.cause = this.cause.toJSON()
    return json
  }
}

const own = (target: object, key: string, value: unknown, enumerable: boolean) =>
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true })

function responseLike(value: object): { status: number; statusText: string } | undefined {
  const { status, statusText } = value as { status?: unknown; statusText?: unknown }
  if (typeof status !== 'number') return undefined
  return { status, statusText: typeof statusText === 'string' ? statusText : '' }
}

/** The summary of a client's error or response; `undefined` for none. Never throws. */
export function summarize(value: unknown, isSecret?: SecretMatcher, depth = 0): CauseSummary | undefined {
  if (value === undefined || value === null || depth >= MAX_CHAIN) return undefined
  if (value instanceof CauseSummary) return value
  try {
    return summary(value, isSecret, depth)
  } catch {
    // A getter that throws, a revoked proxy: the summary says only that there was a cause.
    return summary('object', isSecret, MAX_CHAIN)
  }
}

function summary(value: unknown, isSecret: SecretMatcher | undefined, depth: number): CauseSummary {
  let name: string
  let message = ''
  let stack: string | undefined
  let code: string | undefined
  let status: number | undefined
  let inner: unknown
  if (typeof value === 'object' || typeof value === 'function') {
    const v = value as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown; cause?: unknown }
    const isError = typeof v.message === 'string'
    const response = isError ? undefined : responseLike(value as object)
    if (response !== undefined) {
      name = 'Response'
      status = response.status
      // Said as what it is: a vendor code in a 200 is caused by that response, not by an HTTP failure.
      message = `the response this error was read from: HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`
    } else {
      name = typeof v.name === 'string' && v.name !== '' ? v.name : isError ? 'Error' : 'Object'
      message = isError ? maskText(v.message as string, isSecret) : ''
      if (typeof v.stack === 'string') stack = maskText(v.stack, isSecret)
      if (typeof v.code === 'string') code = v.code
      const s =
        (value as { status?: unknown }).status ?? (value as { response?: { status?: unknown } }).response?.status
      if (typeof s === 'number') status = s
      inner = v.cause
    }
  } else {
    name = typeof value === 'string' ? value : typeof value
  }
  const summary = withoutFrames(() => new CauseSummary(message))
  own(summary, 'name', name, false)
  own(summary, 'stack', stack ?? (message === '' ? name : `${name}: ${message}`), false)
  if (code !== undefined) own(summary, 'code', code, true)
  if (status !== undefined) own(summary, 'status', status, true)
  const next = summarize(inner, isSecret, depth + 1)
  if (next !== undefined) own(summary, 'cause', next, false)
  return summary
}
