// errcode/simulator: a real HTTP server on loopback that answers in each vendor's envelope with the code
// it is asked for, and misbehaves on request (drops, trickles, truncates, gzip bombs), for tests and demos.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { CORRUPT_GZIP, downloadStream, gzipBody, passesWithinSecond, simulate } from './answers.js'

/** A running simulator. */
export interface Simulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly port: number
  /** How many requests arrived, in all and by path (without the query). */
  readonly requests: { total: number; readonly byPath: Map<string, number> }
  /** Requests refused for `?qps=N` (each credential may send N in any second; the rest get jiguang 1804). */
  readonly throttled: { total: number }
  /** Resets the request counts. */
  reset(): void
  close(): Promise<void>
}

/**
 * A vendor's QPS limit per credential (`?qps=N` on a jiguang URL): N requests in any rolling second pass,
 * the others are answered 1804 ("qps limit"). Times of the last second's passed requests, per credential.
 */
function qpsLimited(url: URL, authorization: string | undefined, windows: Map<string, number[]>): boolean {
  const limit = Number(url.searchParams.get('qps'))
  if (!(limit > 0) || !url.pathname.startsWith('/jiguang/')) return false
  const key = authorization ?? ''
  const passed = windows.get(key) ?? []
  windows.set(key, passed)
  return !passesWithinSecond(passed, performance.now(), limit)
}

function answer(
  req: IncomingMessage,
  res: ServerResponse,
  windows: Map<string, number[]>,
  throttled: { total: number },
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (qpsLimited(url, req.headers.authorization, windows)) {
    throttled.total++
    url.searchParams.set('code', '1804')
  }
  const a = simulate(url, req.headers.authorization)
  if (a.kind === 'drop') {
    req.socket.destroy()
  } else if (a.kind === 'slow') {
    const timer = setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), a.ms)
    res.on('close', () => clearTimeout(timer))
  } else if (a.kind === 'trickle') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(a.body.length) })
    let i = 0
    const timer = setInterval(() => {
      res.write(a.body.charAt(i++))
      if (i >= a.body.length) {
        clearInterval(timer)
        res.end()
      }
    }, a.ms)
    res.on('close', () => clearInterval(timer))
  } else if (a.kind === 'truncate') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(a.declared) })
    res.write(a.body, () => setTimeout(() => res.socket?.destroy(), 20))
  } else if (a.kind === 'gzip') {
    const body = a.corrupt ? CORRUPT_GZIP : gzipBody(a.bytes)
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': String(body.length),
    })
    res.end(body)
  } else if (a.kind === 'download') {
    res.writeHead(200, { 'content-type': a.type, 'content-length': String(a.bytes) })
    // The web stream's pull follows the socket's drain: no more is made than the client reads.
    Readable.fromWeb(downloadStream(a.bytes) as never).pipe(res)
  } else {
    res.writeHead(a.status, { ...a.headers, 'content-length': String(Buffer.byteLength(a.body)) })
    res.end(a.body)
  }
}

/**
 * Starts a vendor simulator: a real HTTP server on 127.0.0.1 and a free port that answers in each vendor's
 * envelope with the code it is asked for. For tests and demos.
 *
 * - `/<vendor>/<any path>?code=1804`: that vendor's body with that code (`status=`, `variant=1` for
 *   ucpaas v2, `format=xml` for ucpaas v1 XML, `format=cdata` for WeChat Pay APIv2 XML, `parent=` for a
 *   sub-code under that top-level code, `message=`, `requestId=` (in the body, or the vendor's request id
 *   header), `retryAfter=`, `date=`; `acceptToken=T` answers success to a request with
 *   `Authorization: Bearer T`).
 * - `/html`, `/empty`, `/malformed`, `/raw?body=&type=`: bodies that are not a vendor's envelope.
 * - `/slow?ms=`, `/drop`: a late answer, a dropped connection. `/download?bytes=`: a large binary body.
 * - `/trickle?ms=`: a jiguang 1804 body sent one byte every `ms`; `/truncated`: a body cut short (its
 *   length declared, 18 bytes sent, the connection closed); `/gzip?bytes=`: a gzip body of 1804 that
 *   inflates to `bytes` (`&corrupt` for bytes that are no gzip).
 *
 * Every answer carries CORS headers, so a page on another origin can call it.
 */
export async function startSimulator(): Promise<Simulator> {
  const requests = { total: 0, byPath: new Map<string, number>() }
  const throttled = { total: 0 }
  const windows = new Map<string, number[]>()
  const server: Server = createServer((req, res) => {
    requests.total++
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    requests.byPath.set(path, (requests.byPath.get(path) ?? 0) + 1)
    res.setHeader('access-control-allow-origin', '*')
    res.setHeader('access-control-allow-headers', '*')
    res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS')
    res.setHeader('access-control-expose-headers', '*')
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    // Read the request body fully before answering, as a real server would.
    req.resume()
    req.on('end', () => answer(req, res, windows, throttled))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    throttled,
    reset() {
      requests.total = 0
      requests.byPath.clear()
      throttled.total = 0
      windows.clear()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
