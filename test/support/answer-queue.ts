// A real HTTP server on 127.0.0.1 that gives each request the next of the answers a test queued, then a fixed
// answer: for vendor bodies with the status and headers they come with.
import { type RecordingServer, recordingServer } from './recording-server.js'

export interface Answer {
  readonly status: number
  readonly body: unknown
  readonly headers?: Record<string, string>
}

export interface AnswerQueue {
  /** `http://127.0.0.1:<port>` */
  readonly base: string
  /** The answers still to give, in order: a test sets it, each request takes the first. */
  answers: Answer[]
  close(): Promise<void>
}

/** Starts the server; `then` answers every request once the queue is empty. */
export async function answerQueue(then: Answer): Promise<AnswerQueue> {
  let server: RecordingServer | undefined
  const queue: AnswerQueue = {
    base: '',
    answers: [],
    close: () => server?.close() ?? Promise.resolve(),
  }
  server = await recordingServer((_req, _count, res) => {
    const next = queue.answers.shift() ?? then
    res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers })
    res.end(JSON.stringify(next.body))
  })
  return Object.assign(queue, { base: server.base })
}
