import { slackCatalog } from '../catalogs/slack.js'
import { type Adapter, defineAdapter } from '../src/adapter/define-adapter.js'
import type { CodeOf } from '../src/types.js'

/** `ok: false` is a failure even where Slack left out `error`: it must not pass as a success. */
function okFalseIsFailure<C extends CodeOf<typeof slackCatalog>>(adapter: Adapter<C>): Adapter<C> {
  return Object.freeze({
    ...adapter,
    decode: (body, status, text) => {
      const decision = adapter.decode(body, status, text)
      if (decision.kind !== 'success' || typeof body !== 'object' || body === null) return decision
      return Object.hasOwn(body, 'ok') && (body as { ok?: unknown }).ok !== true
        ? { kind: 'unreadable', reason: '`ok` is not true and the body has no `error`' }
        : decision
    },
    extend: (overrides) => okFalseIsFailure(adapter.extend(overrides)),
  } satisfies Adapter<C>)
}

/**
 * Slack Web API (`https://slack.com/api/<method>`). Every answer has `ok`; a failure is
 * `{"ok":false,"error":"invalid_auth"}`, with HTTP 200 for all but `ratelimited` (429, with a `Retry-After`
 * header in seconds). A success is `{"ok":true,…}` without `error` (a `warning` may come with it); `ok: false`
 * without `error` is an `UnknownApiError`. What Slack adds to a failure (`needed` and `provided` scopes,
 * `response_metadata.messages`) stays in `err.body`.
 */
export const slack = okFalseIsFailure(
  defineAdapter({
    catalog: slackCatalog,
    code: 'error',
    missingCode: 'success',
    hosts: ['slack.com'],
    envelope: (f) => ({ ok: false, error: f.code }),
  }),
)
