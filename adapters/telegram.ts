import { telegramCatalog } from '../catalogs/telegram.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * Telegram Bot API (`https://api.telegram.org/bot<token>/<method>`). A failure is
 * `{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}`, with the HTTP status equal to
 * `error_code`; a success is `{"ok":true,"result":…}`. `parameters.retry_after` (seconds) is the wait of a flood
 * answer; `parameters.migrate_to_chat_id` (a group that became a supergroup) stays in `err.body`, exact, as
 * Telegram keeps it under 2^53.
 *
 * The bot token is part of the URL path: errcode masks `/bot<token>/` in messages, `err.request`, `toJSON()`,
 * logs and spans.
 */
export const telegram = defineAdapter({
  catalog: telegramCatalog,
  code: 'error_code',
  message: 'description',
  wait: { path: 'parameters.retry_after' },
  missingCode: 'success',
  hosts: ['api.telegram.org'],
  envelope: (f) => ({ ok: false, error_code: f.code, description: f.message ?? '' }),
})
