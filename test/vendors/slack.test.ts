// Slack: the catalog's readings, what the adapter reads from a body, then real answers through axios, ky and
// fetch and what the retry engine does with them.
import { describe, expect, it } from 'vitest'
import { slack } from '../../adapters/slack.js'
import { catalogs } from '../../catalogs/index.js'
import {
  type ApiError,
  AuthenticationError,
  InternalError,
  InvalidRequestError,
  RateLimitError,
  UnknownApiError,
} from '../../src/index.js'
import { answerServer, fast, post } from '../support/answers.js'
import { clients, rejection } from '../support/clients.js'

describe('the catalog', () => {
  it('Slack: fatal_error and internal_error have an unknown outcome; token_expired refreshes', () => {
    for (const code of ['fatal_error', 'internal_error']) {
      expect(catalogs.slack.get(code)?.retry, code).toEqual({ kind: 'backoff', outcome: 'unknown' })
    }
    expect(catalogs.slack.get('token_expired')?.retry.kind).toBe('refresh')
    for (const code of ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked']) {
      expect(catalogs.slack.get(code), code).toMatchObject({ category: 'authentication', retry: { kind: 'never' } })
    }
  })
})

describe('what the adapter reads', () => {
  it('Slack: ok:true is a success, ok:false without an error cannot be read', () => {
    expect(slack.decode({ ok: true, warning: 'missing_charset' }, 200)).toEqual({ kind: 'success' })
    expect(slack.decode({ ok: false, error: 'channel_not_found' }, 200)).toMatchObject({ code: 'channel_not_found' })
    expect(slack.decode({ ok: false }, 200).kind).toBe('unreadable')
    expect(slack.extend({ hosts: ['acme.slack.com'] }).decode({ ok: false }, 200).kind).toBe('unreadable')
    expect(slack.decode({ channels: [] }, 200)).toEqual({ kind: 'success' })
  })
})

/** Each request gets the next answer of `server.answers`, then `{"ok":true}`; `server.received` counts requests. */
const server = answerServer()

// Slack: bodies from Slack's OpenAPI description (slackapi/slack-api-specs web-api/slack_web_openapi_v2.json,
// the chat.postMessage examples) and its common errors (https://api.slack.com/web#errors).
describe.each(clients)('Slack through $name', (client) => {
  it('a 200 ok:false is an error, and a 200 ok:true passes', async () => {
    const call = client.wrap({ adapter: slack })
    server.answers = [
      { status: 200, body: { ok: false, error: 'invalid_auth' } },
      { status: 200, body: { error: 'too_many_attachments', ok: false } },
      {
        status: 200,
        body: {
          channel: 'C1H9RESGL',
          message: { text: "Here's a message for you" },
          ok: true,
          ts: '1503435956.000247',
        },
      },
    ]
    const auth = (await rejection(call(`${server.base}/api/chat.postMessage`, post))) as ApiError
    expect(auth).toBeInstanceOf(AuthenticationError)
    expect(auth).toMatchObject({ vendor: 'slack', code: 'invalid_auth', status: 200, retry: { kind: 'never' } })
    expect(await rejection(call(`${server.base}/api/chat.postMessage`, post))).toBeInstanceOf(InvalidRequestError)
    expect((await call(`${server.base}/api/chat.postMessage`, post)).data).toMatchObject({ ok: true })
    server.answers = [{ status: 200, body: { ok: false } }]
    expect(await rejection(call(`${server.base}/api/chat.postMessage`, post))).toBeInstanceOf(UnknownApiError)
  })

  it('ratelimited waits for Retry-After; token_expired asks for a refresh', async () => {
    const call = client.wrap({ adapter: slack })
    server.answers = [
      { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '30' } },
      { status: 200, body: { ok: false, error: 'token_expired' } },
    ]
    const limited = (await rejection(call(`${server.base}/api/conversations.history`))) as ApiError
    expect(limited).toBeInstanceOf(RateLimitError)
    expect(limited.retry).toMatchObject({ kind: 'after', delayMs: 30_000, scope: 'account' })
    const expired = (await rejection(call(`${server.base}/api/users.info`))) as ApiError
    expect(expired).toBeInstanceOf(AuthenticationError)
    expect(expired.retry.kind).toBe('refresh')
  })

  it('fatal_error has an unknown outcome: the engine does not replay the POST', async () => {
    const call = client.wrap({ adapter: slack, retry: fast })
    server.answers = [{ status: 200, body: { ok: false, error: 'fatal_error' } }]
    const err = (await rejection(call(`${server.base}/api/chat.postMessage`, post))) as ApiError
    expect(err).toBeInstanceOf(InternalError)
    expect(err.retry).toMatchObject({ kind: 'backoff', outcome: 'unknown', replaySafe: false })
    expect(server.received).toBe(1)
  })
})
