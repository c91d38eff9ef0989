// Which failures are the network's. Only a request that got no (whole) response because the connection
// failed is a NetworkError, and only those are retried as such. Anything else thrown on the way (a bug in a
// custom fetch, a GET with a body, an unsupported scheme, a blocked port) is the application's own error and
// surfaces as itself, never retried.

/** Error codes of a failed transport, as Node, undici, axios, Bun and the browsers' axios adapter set them. */
const TRANSPORT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
  'ESOCKETTIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_NETWORK',
  'ERR_STREAM_PREMATURE_CLOSE',
  // Bun's own codes.
  'ConnectionRefused',
  'ConnectionClosed',
  'FailedToOpenSocket',
])

/**
 * What runtimes without codes say about a failed connection: Chromium, Firefox, Safari, workerd (for a
 * refused, a dropped and a cut-short connection alike), Deno (`error sending request` before the headers,
 * `error reading a body from connection` for a body cut short), a `Response.error()` (mock servers'
 * network error; axios in a browser). undici's `terminated` (a body that stopped) is not among them: its
 * cause says why, a socket's code or a decoder's.
 */
const TRANSPORT_MESSAGE =
  /^(?:Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|Network connection lost\.?|error sending request|error reading a body from connection|connection (?:closed|reset)|network error$)/i

/**
 * Codes of a body the client could not decode (zlib's `Z_DATA_ERROR`, a malformed chunk `HPE_…`, Bun's
 * `ZlibError`, `BrotliDecompressionError` and `ZstdDecompressionError`): the response arrived, so the
 * failure is the body's, not the network's.
 */
const DECODE_CODE = /^(?:Z_|HPE_|ERR_ZLIB)|^(?:Zlib|BrotliDecompression|ZstdDecompression)Error$/

/**
 * The same in the words of runtimes without codes: Deno's `deflate decompression error: …`, workerd's
 * `Gzip decompression failed.`
 */
const DECODE_MESSAGE = /^(?:(?:gzip|deflate|brotli|zstd) )?decompression (?:error|failed)\b/i

const MAX_CHAIN = 5

/** Whether `test` holds for an error or one along its cause chain, `depth` levels at the most. */
export function alongCauses(
  error: unknown,
  test: (link: { code?: unknown; message?: unknown }) => boolean,
  depth = MAX_CHAIN,
): boolean {
  let current = error
  for (let level = 0; level < depth && typeof current === 'object' && current !== null; level++) {
    if (test(current as { code?: unknown; message?: unknown })) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/** True when an error, or one along its cause chain, is a failed connection rather than a bug. */
export function isTransportFailure(error: unknown): boolean {
  return alongCauses(
    error,
    ({ code, message }) =>
      (typeof code === 'string' && TRANSPORT_CODES.has(code)) ||
      (typeof message === 'string' && TRANSPORT_MESSAGE.test(message)),
  )
}

/** True when a body could not be decoded (corrupt gzip, a malformed chunk), along the cause chain. */
export function isDecodeFailure(error: unknown): boolean {
  return alongCauses(
    error,
    ({ code, message }) =>
      (typeof code === 'string' && DECODE_CODE.test(code)) ||
      (typeof message === 'string' && DECODE_MESSAGE.test(message)),
  )
}
