// Telegram: what the adapter reads from a body (retry_after), then real answers through axios, ky and fetch and
// what the retry engine does with them.
import { describe, expect, it } from 'vitest'
import { telegram } from '../../adapters/telegram.js'
import { type ApiError, InvalidRequestError, PermissionError, RateLimitError } from '../../src/index.js'
import { answerServer, fast, post } from '../support/answers.js'
import { clients, rejection } from '../support/clients.js'

describe('what the adapter reads', () => {
  it('Telegram: retry_after is the wait, in seconds; a success has no error_code', () => {
    expect(
      telegram.decode(
        {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 34',
          parameters: { retry_after: 34 },
        },
        429,
      ),
    ).toMatchObject({ kind: 'error', code: 429, waitMs: 34_000, message: 'Too Many Requests: retry after 34' })
    expect(telegram.decode({ ok: true, result: true }, 200)).toEqual({ kind: 'success' })
  })
})

/** Each request gets the next answer of `server.answers`, then `{"ok":true}`; `server.received` counts requests. */
const server = answerServer()

// Telegram: answers captured with their headers (Date: Fri, 11 Dec 2020), quoted in a public Go Telegram
// provider; the migration answer as Telegram words it ("Bad Request: group chat was upgraded to a supergroup
// chat", https://core.telegram.org/bots/api#responseparameters for migrate_to_chat_id).
describe.each(clients)('Telegram through $name', (client) => {
  it('waits parameters.retry_after, and the engine replays after it', async () => {
    const flood = {
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 34',
        parameters: { retry_after: 34 },
      },
    }
    server.answers = [flood]
    const err = (await rejection(
      client.wrap({ adapter: telegram })(`${server.base}/botTOKEN/sendMessage`, post),
    )) as ApiError
    expect(err).toBeInstanceOf(RateLimitError)
    expect(err.retry).toMatchObject({ kind: 'after', delayMs: 34_000 })
    server.received = 0
    server.answers = [{ ...flood, body: { ...flood.body, parameters: { retry_after: 0 } } }]
    const call = client.wrap({ adapter: telegram, retry: fast })
    expect((await call(`${server.base}/botTOKEN/sendMessage`, post)).status).toBe(200)
    expect(server.received).toBe(2)
  })

  it('keeps migrate_to_chat_id exact in err.body; a blocked bot is a PermissionError', async () => {
    server.answers = [
      {
        status: 400,
        body: {
          ok: false,
          error_code: 400,
          description: 'Bad Request: group chat was upgraded to a supergroup chat',
          parameters: { migrate_to_chat_id: -1001234567890123 },
        },
      },
      { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } },
    ]
    const call = client.wrap({ adapter: telegram })
    const migrated = (await rejection(call(`${server.base}/botTOKEN/sendMessage`, post))) as ApiError
    expect(migrated).toBeInstanceOf(InvalidRequestError)
    expect(migrated.body).toMatchObject({ parameters: { migrate_to_chat_id: -1001234567890123 } })
    expect(migrated.vendorMessage).toBe('Bad Request: group chat was upgraded to a supergroup chat')
    expect(await rejection(call(`${server.base}/botTOKEN/sendMessage`, post))).toBeInstanceOf(PermissionError)
  })
})
