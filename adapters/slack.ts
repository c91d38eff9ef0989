import { slackCatalog } from '../catalogs/slack.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * Slack Web API (`https://slack.com/api/<method>`). Every answer has `ok`; a failure is
 * `{"ok":false,"error":"invalid_auth"}`, with HTTP 200 for all but `ratelimited` (429, with a `Retry-After`
 * header in seconds). A success is `{"ok":true,…}` without `error` (a `warning` may come with it). What Slack adds
 * to a failure (`needed` and `provided` scopes, `response_metadata.messages`) stays in `err.body`.
 */
export const slack = defineAdapter({
  catalog: slackCatalog,
  code: 'error',
  missingCode: 'success',
  hosts: ['slack.com'],
  envelope: (f) => ({ ok: false, error: f.code }),
})
