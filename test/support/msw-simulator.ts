import { delay, HttpResponse, http } from 'msw'
import { CORRUPT_GZIP, downloadStream, gzipBody, simulate } from '../../src/testing/answers.js'

/** The body of a string, one chunk of `size` bytes at a time, `ms` apart. */
function trickle(text: string, ms: number, stopAfter = text.length): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let i = 0
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i >= stopAfter) {
        // As undici reports a connection closed half-way through a body.
        const socket = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })
        if (stopAfter < bytes.length) controller.error(new TypeError('terminated', { cause: socket }))
        else controller.close()
        return
      }
      if (i > 0) await delay(ms)
      controller.enqueue(bytes.subarray(i, ++i))
    },
  })
}

/** An msw handler that answers every request under `base` as the simulator would. */
export function simulatorHandler(base: string) {
  return http.all(`${base}/*`, async ({ request }) => {
    const a = simulate(new URL(request.url), request.headers.get('authorization'))
    if (a.kind === 'drop') return HttpResponse.error()
    if (a.kind === 'slow') {
      await delay(a.ms)
      return HttpResponse.json({})
    }
    if (a.kind === 'download') {
      return new HttpResponse(downloadStream(a.bytes), { headers: { 'content-type': a.type } })
    }
    if (a.kind === 'trickle') {
      return new HttpResponse(trickle(a.body, a.ms), { headers: { 'content-type': 'application/json' } })
    }
    if (a.kind === 'truncate') {
      return new HttpResponse(trickle(a.body, 0, a.body.length - 1), {
        headers: { 'content-type': 'application/json' },
      })
    }
    if (a.kind === 'gzip') {
      return new HttpResponse(new Uint8Array(a.corrupt ? CORRUPT_GZIP : gzipBody(a.bytes)), {
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      })
    }
    return new HttpResponse(a.body === '' ? null : a.body, { status: a.status, headers: a.headers })
  })
}
