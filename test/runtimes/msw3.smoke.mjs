// errcode/msw with msw 3 on Node 22. Tests of node:test, run by scripts/runtimes.sh (`node --test`) from a
// folder that holds msw 3 and a copy of dist/, so that `msw` resolves to version 3 for errcode's own import too.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, test } from 'node:test'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { jiguang } from './dist/adapters/jiguang.js'
import { ucpaas } from './dist/adapters/ucpaas.js'
import { withErrcode } from './dist/src/clients/fetch/fetch.js'
import { NotFoundError, RateLimitError } from './dist/src/index.js'
import { vendorHandlers, vendorResponse } from './dist/src/testing/msw.js'

const version = JSON.parse(readFileSync(new URL('node_modules/msw/package.json', import.meta.url), 'utf8')).version
assert.match(version, /^3\./, `msw 3 expected, got ${version}`)
console.log(`msw ${version} on Node ${process.versions.node}`)
const server = setupServer()
server.listen({ onUnhandledRequest: 'error' })
after(() => server.close())
const api = withErrcode(fetch, {
  adapters: [
    { match: 'api.verification.jpush.cn', adapter: jiguang },
    { match: 'open.ucpaas.com', adapter: ucpaas },
  ],
})
test('vendorHandlers answer a vendor host with a code', async () => {
  server.use(...vendorHandlers(jiguang, { code: 1804 }))
  const err = await api('https://api.verification.jpush.cn/v1/web/verify', { method: 'POST' }).catch((e) => e)
  assert.ok(err instanceof RateLimitError, String(err))
})
test('vendorResponse fits a handler of your own', async () => {
  server.use(
    http.post('https://open.ucpaas.com/ol/sms/sendsms', () => vendorResponse(ucpaas, '105110', { variant: 1 })),
  )
  const err = await api('https://open.ucpaas.com/ol/sms/sendsms', { method: 'POST' }).catch((e) => e)
  assert.ok(err instanceof NotFoundError, String(err))
})
