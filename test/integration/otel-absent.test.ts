// Without @opentelemetry/api in the application, errcode behaves as before: nothing of errcode but
// errcode/otel imports it, `onError` and a telemetry backend of the application's own still work, and
// importing errcode/otel fails saying what it needs.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const app = mkdtempSync(`${tmpdir()}/errcode-no-otel-`)
afterAll(() => rmSync(app, { recursive: true, force: true }))

const script = `
import { createServer } from 'node:http'
import { withErrcode } from 'errcode-js/fetch'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { RateLimitError } from 'errcode-js'

const out = { api: 'absent', seen: [], attempts: [] }
try {
  import.meta.resolve('@opentelemetry/api')
  out.api = 'present'
} catch {}
const server = createServer((_req, res) => res.end(JSON.stringify({ code: 1804, content: 'qps limit' })))
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const telemetry = {
  attempt: (info) => ({
    run: (send) => send(),
    failed: (err) => out.attempts.push(['failed', info.attempt, err.code]),
    retried: () => {},
    end: () => out.attempts.push(['end', info.attempt]),
  }),
}
const call = withErrcode(fetch, {
  adapter: jiguang,
  telemetry,
  onError: (err, ctx) => out.seen.push([err.name, ctx.attempt]),
})
try {
  await call('http://127.0.0.1:' + server.address().port + '/v1/web/verify')
} catch (err) {
  out.thrown = err instanceof RateLimitError
}
server.close()
try {
  await import('errcode-js/otel')
} catch (err) {
  out.otel = [err.code, /@opentelemetry\\/api/.test(err.message)]
}
console.log(JSON.stringify(out))
`

it('works without @opentelemetry/api, and errcode/otel names what it needs', () => {
  mkdirSync(`${app}/node_modules/errcode-js`, { recursive: true })
  cpSync(`${root}/dist`, `${app}/node_modules/errcode-js/dist`, { recursive: true })
  cpSync(`${root}/package.json`, `${app}/node_modules/errcode-js/package.json`)
  writeFileSync(`${app}/package.json`, '{"type":"module"}')
  writeFileSync(`${app}/app.mjs`, script)
  const run = spawnSync(process.execPath, ['app.mjs'], { cwd: app, encoding: 'utf8', timeout: 15_000 })
  expect(run.stderr).toBe('')
  expect(JSON.parse(run.stdout)).toEqual({
    api: 'absent',
    seen: [['RateLimitError', 1]],
    attempts: [
      ['failed', 1, 1804],
      ['end', 1],
    ],
    thrown: true,
    otel: ['ERR_MODULE_NOT_FOUND', true],
  })
})
