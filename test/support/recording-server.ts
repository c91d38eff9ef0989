// A real HTTP server on 127.0.0.1 and a free port that records what each request carried, grouped by the
// `?id=` of its URL, and lets the test answer it (or drop it, or never answer).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as it arrived. */
export interface Recorded {
  readonly method: string
  readonly url: URL
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  readonly base: string
  /** The requests of one `?id=`, in the order they arrived. */
  seen(id: string): readonly Recorded[]
  close(): Promise<void>
}

/** `answer` is told the request, how many of its `?id=` arrived (this one included), and the raw objects. */
export async function recordingServer(
  answer: (request: Recorded, count: number, res: ServerResponse, req: IncomingMessage) => void,
): Promise<RecordingServer> {
  const byId = new Map<string, Recorded[]>()
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const id = url.searchParams.get('id') ?? ''
    const list = byId.get(id) ?? []
    byId.set(id, list)
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
    })
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url, headers: req.headers, body }
      list.push(recorded)
      answer(recorded, list.length, res, req)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen: (id) => byId.get(id) ?? [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
