// Reading a response body once, within `maxBodyBytes` and the request's signal, only when it may hold a
// vendor envelope.
import { mayHoldEnvelope } from '../../classify/content-type.js'

/** The outcome of reading a body with a size limit. */
export type Capped =
  | { readonly kind: 'read'; readonly bytes: Uint8Array }
  /** Not read (binary type, declared too large, no body) or too large: `stream` replays every byte. */
  | { readonly kind: 'skipped'; readonly stream: ReadableStream<Uint8Array> | null }

const NULL_BODY = new Set([101, 103, 204, 205, 304])

/** Joins what was already read with what is still to come, so a too-large body loses nothing. */
function replay(head: Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  let i = 0
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i < head.length) {
        controller.enqueue(head[i++] as Uint8Array)
        return
      }
      const { done, value } = await reader.read()
      if (done) controller.close()
      else controller.enqueue(value)
    },
    cancel: (reason) => reader.cancel(reason),
  })
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array
  const out = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.byteLength
  }
  return out
}

/**
 * Reads a response body when it may hold a vendor envelope and is at most `max` bytes; otherwise leaves
 * it unread (or, when it turns out too large half-way, hands back a stream that replays it whole).
 */
export async function readCapped(response: Response, max: number, signal?: AbortSignal | null): Promise<Capped> {
  const body = response.body
  if (NULL_BODY.has(response.status)) return { kind: 'skipped', stream: body }
  if (body === null) return { kind: 'read', bytes: new Uint8Array(0) }
  if (!mayHoldEnvelope(response.headers.get('content-type'))) return { kind: 'skipped', stream: body }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > max) return { kind: 'skipped', stream: body }
  const reader = body.getReader()
  // The request's signal ends the read, whatever fetch made the response (undici ties the body to it; a
  // mock's or a polyfill's stream may not be).
  signal?.throwIfAborted()
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined)
  signal?.addEventListener('abort', onAbort, { once: true })
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      signal?.throwIfAborted()
      if (done) break
      chunks.push(value)
      total += value.byteLength
      if (total > max) return { kind: 'skipped', stream: replay(chunks, reader) }
    }
  } catch (error) {
    signal?.throwIfAborted()
    throw error
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
  return { kind: 'read', bytes: concat(chunks, total) }
}

const decoder = new TextDecoder()
export const decodeText = (bytes: Uint8Array): string => decoder.decode(bytes)
