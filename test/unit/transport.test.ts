// Which failures are the network's and which a body's, in each runtime's own shapes: the errors below are
// as Bun 1.4, Deno 2.9 and workerd (2026-04) give them to fetch (scripts/runtimes.sh runs the real ones).
import { describe, expect, it } from 'vitest'
import { errorCode } from '../../src/classify/verdict.js'
import { isDecodeFailure, isTransportFailure } from '../../src/clients/shared/transport.js'

const fetchFailed = (message: string) => new TypeError('fetch failed', { cause: new Error(message) })
const coded = (message: string, code: string) => Object.assign(new TypeError(message), { code })

const denoRefused = fetchFailed(
  'error sending request for url (http://127.0.0.1:43363/x): client error (Connect): tcp connect error: Connection refused (os error 111)',
)
const denoDropped = fetchFailed(
  'error sending request from 127.0.0.1:41214 for http://127.0.0.1:34471/drop (127.0.0.1:34471): client error (SendRequest): connection closed before message completed',
)

describe('failed connections, in each runtime’s words', () => {
  it.each([
    ['Deno, refused', denoRefused],
    ['Deno, dropped', denoDropped],
    ['Deno, a body cut short', new TypeError('error reading a body from connection')],
    ['workerd, refused, dropped or cut short', new Error('Network connection lost.')],
    ['Bun, refused', coded('ECONNREFUSED: Unable to connect. Is the computer able to access the url?', 'ECONNREFUSED')],
    ['Bun, reset', coded('ECONNRESET: The socket connection was closed unexpectedly.', 'ECONNRESET')],
  ])('%s is a transport failure, not a body that cannot be decoded', (_, error) => {
    expect(isTransportFailure(error)).toBe(true)
    expect(isDecodeFailure(error)).toBe(false)
  })

  it('Deno’s refused connection is ECONNREFUSED (so replay-safe), on Linux and Windows; its drop has no code', () => {
    expect(errorCode(denoRefused)).toBe('ECONNREFUSED')
    const windows = fetchFailed(
      'error sending request for url (http://127.0.0.1:1/): client error (Connect): tcp connect error: No connection could be made because the target machine actively refused it. (os error 10061)',
    )
    expect(errorCode(windows)).toBe('ECONNREFUSED')
    expect(errorCode(denoDropped)).toBeUndefined()
    expect(errorCode(new Error('Network connection lost.'))).toBeUndefined()
    // A code along the chain still wins over the words.
    expect(errorCode(Object.assign(fetchFailed('tcp connect error: Connection refused'), { code: 'EPIPE' }))).toBe(
      'EPIPE',
    )
  })
})

describe('bodies that arrived but cannot be decoded, in each runtime’s words', () => {
  it.each([
    ['Bun, gzip', coded('ZlibError fetching "http://127.0.0.1:1/gzip"', 'ZlibError')],
    ['Bun, brotli', coded('BrotliDecompressionError fetching "http://127.0.0.1:1/br"', 'BrotliDecompressionError')],
    ['Bun, zstd', coded('ZstdDecompressionError fetching "http://127.0.0.1:1/zstd"', 'ZstdDecompressionError')],
    ['Deno', new TypeError('deflate decompression error: invalid block type')],
    ['workerd, gzip', new TypeError('Gzip decompression failed.')],
    ['workerd, brotli', new TypeError('Brotli decompression failed.')],
    ['Node (zlib)', Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR' })],
  ])('%s is a decode failure, not a transport failure', (_, error) => {
    expect(isDecodeFailure(error)).toBe(true)
    expect(isTransportFailure(error)).toBe(false)
  })

  it('other words are neither', () => {
    for (const message of ['Header compression/decompression error', 'Unexpected token < in JSON', 'terminated']) {
      expect(isDecodeFailure(new TypeError(message)), message).toBe(false)
      expect(isTransportFailure(new TypeError(message)), message).toBe(false)
    }
    expect(isDecodeFailure(coded('x', 'ZlibErrorX'))).toBe(false)
  })
})
