import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { guanaitong } from '../adapters/guanaitong.js'
import { iyune } from '../adapters/iyune.js'
import { jiguang } from '../adapters/jiguang.js'
import { navinfo } from '../adapters/navinfo.js'
import { ucpaas } from '../adapters/ucpaas.js'
import type { Adapter } from './adapter.js'
import type { Code } from './types.js'

/** The vendors the simulator answers for, by the first path segment. */
export const simulatedVendors: Readonly<Record<string, Adapter>> = Object.freeze({
  navinfo,
  jiguang,
  guanaitong,
  ucpaas,
  iyune,
})

/** A running simulator. */
export interface Simulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly port: number
  /** How many requests arrived, in all and by path (without the query). */
  readonly requests: { total: number; readonly byPath: Map<string, number> }
  /** Resets the request counts. */
  reset(): void
  close(): Promise<void>
}

/** The code a query asks for, in the vendor's own JSON type: `'000000'` stays a string, `1804` a number. */
function codeFor(adapter: Adapter, raw: string): Code {
  const entry = adapter.catalog.get(raw)
  if (entry !== undefined) return entry.code
  const numeric = adapter.catalog.entries.some((e) => typeof e.code === 'number')
  return numeric && /^-?\d+$/.test(raw) && !adapter.catalog.entries.some((e) => e.code === raw) ? Number(raw) : raw
}

function successCode(adapter: Adapter): Code {
  return adapter.catalog.entries.find((e) => e.kind === 'success')?.code ?? 0
}

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>'

function send(
  res: ServerResponse,
  status: number,
  type: string | undefined,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  const headers: Record<string, string> = { ...extra }
  if (type !== undefined) headers['content-type'] = type
  headers['content-length'] = String(Buffer.byteLength(body))
  res.writeHead(status, headers)
  res.end(body)
  return undefined
}

function handle(req: IncomingMessage, res: ServerResponse): undefined {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const q = url.searchParams
  const status = Number(q.get('status') ?? 200)
  const headers: Record<string, string> = {}
  if (q.has('retryAfter')) headers['retry-after'] = q.get('retryAfter') as string
  if (q.has('date')) headers.date = q.get('date') as string
  const [, first = ''] = url.pathname.split('/')
  switch (first) {
    case 'html':
      return send(res, status === 200 ? 502 : status, 'text/html; charset=utf-8', HTML_PAGE, headers)
    case 'empty':
      return send(res, status, q.get('type') ?? 'application/json', '', headers)
    case 'malformed':
      return send(res, status, 'application/json', '{"code": 18', headers)
    case 'raw':
      return send(res, status, q.get('type') ?? 'application/json', q.get('body') ?? '', headers)
    case 'drop':
      req.socket.destroy()
      return
    case 'slow': {
      const timer = setTimeout(() => send(res, 200, 'application/json', '{}'), Number(q.get('ms') ?? 5_000))
      res.on('close', () => clearTimeout(timer))
      return
    }
    case 'download': {
      const total = Number(q.get('bytes') ?? 1_048_576)
      const chunk = Buffer.alloc(Math.min(65_536, total), 0x61)
      res.writeHead(200, {
        'content-type': q.get('type') ?? 'application/octet-stream',
        'content-length': String(total),
      })
      let sent = 0
      const pump = () => {
        while (sent < total) {
          const n = Math.min(chunk.length, total - sent)
          sent += n
          if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
            res.once('drain', pump)
            return
          }
        }
        res.end()
      }
      pump()
      return
    }
  }
  const adapter = simulatedVendors[first]
  if (adapter === undefined) return send(res, 404, 'application/json', JSON.stringify({ error: 'unknown vendor' }))
  const code = codeFor(adapter, q.get('code') ?? String(successCode(adapter)))
  const variant = Number(q.get('variant') ?? 0)
  if (q.get('format') === 'xml') {
    return send(
      res,
      status,
      'application/xml',
      `<?xml version="1.0"?><resp><respCode>${String(code).replace(/[<&>]/g, '')}</respCode></resp>`,
      headers,
    )
  }
  const requestId = q.get('requestId')
  let text = JSON.stringify(
    adapter.encode(code, {
      variant,
      ...(q.has('message') ? { message: q.get('message') as string } : {}),
      ...(requestId === null ? {} : { requestId: 0 }),
    }),
  )
  // Request ids beyond 2^53 must reach the client as the literal digits, as the vendor sends them.
  if (requestId !== null && /^\d+$/.test(requestId)) text = text.replace(/"id":0/, `"id":${requestId}`)
  send(res, status, q.get('type') ?? 'application/json;charset=UTF-8', text, headers)
}

/**
 * Starts a vendor simulator: a real HTTP server on 127.0.0.1 and a free port that answers in each vendor's
 * envelope with the code it is asked for. For tests and demos.
 *
 * - `/<vendor>/<any path>?code=1804`: that vendor's body with that code (`status=`, `variant=1` for
 *   ucpaas v2, `format=xml` for ucpaas v1 XML, `message=`, `requestId=`, `retryAfter=`, `date=`).
 * - `/html`, `/empty`, `/malformed`, `/raw?body=&type=`: bodies that are not a vendor's envelope.
 * - `/slow?ms=`, `/drop`: a late answer, a dropped connection. `/download?bytes=`: a large binary body.
 *
 * Every answer carries CORS headers, so a page on another origin can call it.
 */
export async function startSimulator(): Promise<Simulator> {
  const requests = { total: 0, byPath: new Map<string, number>() }
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
    req.on('end', () => handle(req, res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    reset() {
      requests.total = 0
      requests.byPath.clear()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
