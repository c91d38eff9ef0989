import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { type RecordingServer, recordingServer } from './recording-server.js'

/** One answer of a vendor: its status, its body (sent as JSON) and its headers. */
export interface Answer {
  readonly status: number
  readonly body: unknown
  readonly headers?: Record<string, string>
}

/** A retry policy that waits a few milliseconds, for tests of what the engine replays. */
export const fast = { baseDelay: 1, maxBackoff: 5, budget: false, maxAttempts: 3 } as const
/** A POST with a JSON body, as a chat completion sends it. */
export const post = { method: 'POST', body: '{"model":"gpt-4o","messages":[]}' }

/**
 * A server on 127.0.0.1 that gives each request the answer `next()` hands it, else `{"ok":true}`, and tells
 * `seen` of every request. Resolves to its base URL and a way to close it.
 */
export async function answering(
  next: () => Answer | undefined,
  seen: () => void,
): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    seen()
    req.resume()
    const answer = next() ?? { status: 200, body: { ok: true } }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    res.end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export interface AnswerQueue {
  /** `http://127.0.0.1:<port>` */
  readonly base: string
  /** The answers still to give, in order: a test sets it, each request takes the first. */
  answers: Answer[]
  close(): Promise<void>
}

/**
 * A server on 127.0.0.1 that gives each request the next of the answers a test queued, then `then`.
 * Starts the server; `then` answers every request once the queue is empty.
 */
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

/** The answer server of one test file: `answers` queued by each test, `received` counted, both reset before each. */
export interface AnswerServer {
  /** The answers still to give, in order; then `{"ok":true}`. */
  answers: Answer[]
  /** Requests received since the test began. */
  received: number
  /** `http://127.0.0.1:<port>`, once the file's tests run. */
  readonly base: string
}

/** Starts an {@link answering} server for the test file that calls it (vitest hooks), and stops it after. */
export function answerServer(): AnswerServer {
  const state = { answers: [] as Answer[], received: 0, base: '' }
  let close = async () => {}
  beforeAll(async () => {
    const server = await answering(
      () => state.answers.shift(),
      () => state.received++,
    )
    state.base = server.url
    close = server.close
  })
  afterAll(() => close())
  beforeEach(() => {
    state.answers = []
    state.received = 0
  })
  return state
}
