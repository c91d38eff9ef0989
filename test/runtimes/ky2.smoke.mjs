// ky 2 on Node 22: hooks with one state object, network errors through beforeError. Tests of node:test,
// run by scripts/runtimes.sh (`node --test`) from a folder where `ky` resolves to ky 2; ERRCODE_ROOT names
// the built package.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, beforeEach, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import ky from 'ky'

const root = process.env.ERRCODE_ROOT
const load = (path) => import(pathToFileURL(`${root}/dist/${path}`).href)
const { withErrcode, errcodeHooks } = await load('src/clients/ky/ky.js')
const { startSimulator } = await load('src/testing/simulator.js')
const { jiguang } = await load('adapters/jiguang.js')
const errcode = await load('src/index.js')

const kyVersion = JSON.parse(readFileSync(new URL('node_modules/ky/package.json', import.meta.url), 'utf8')).version
assert.match(kyVersion, /^2\./, `ky 2 expected, got ${kyVersion}`)
console.log(`ky ${kyVersion} on Node ${process.versions.node}`)

const sim = await startSimulator()
beforeEach(() => sim.reset())
after(() => sim.close())
async function rejection(promise) {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

const retry = { limit: 3, delay: () => 1 }
const wrapped = withErrcode(ky.create({ retry }), { adapter: jiguang })
const hooked = ky.create({ hooks: errcodeHooks({ adapter: jiguang }), retry })

for (const [label, api] of [
  ['withErrcode', wrapped],
  ['errcodeHooks', hooked],
]) {
  test(`${label}: a vendor code in a 200 body is a RateLimitError`, async () => {
    const err = await rejection(api.get(`${sim.url}/jiguang/v1?code=1804`))
    assert.ok(err instanceof errcode.RateLimitError, String(err))
    assert.equal(err.code, 1804)
  })
  test(`${label}: a typed error is not retried by ky`, async () => {
    const err = await rejection(api.get(`${sim.url}/jiguang/v1?code=2000`))
    assert.equal(err.code, 2000)
    assert.equal(sim.requests.total, 1)
  })
  test(`${label}: an HTML 502 is a ServiceUnavailableError`, async () => {
    const err = await rejection(api.get(`${sim.url}/html?status=502`))
    assert.ok(err instanceof errcode.ServiceUnavailableError, String(err))
  })
  test(`${label}: a dropped connection is a NetworkError after ky's own retries`, async () => {
    const err = await rejection(api.get(`${sim.url}/drop`))
    assert.ok(err instanceof errcode.NetworkError, String(err))
    assert.equal(sim.requests.total, 4)
  })
  test(`${label}: a timeout is a TimeoutError`, async () => {
    const err = await rejection(api.get(`${sim.url}/slow?ms=2000`, { timeout: 100, retry: 0 }))
    assert.ok(err instanceof errcode.TimeoutError, String(err))
  })
  test(`${label}: a result is returned`, async () => {
    assert.deepEqual(await api.get(`${sim.url}/jiguang/v1?code=9001`).json(), {
      code: 9001,
      content: 'verify not consistent',
    })
  })
  test(`${label}: .json() rejects with the typed error`, async () => {
    const err = await rejection(api.get(`${sim.url}/jiguang/v1?code=1804`).json())
    assert.ok(err instanceof errcode.RateLimitError, String(err))
  })
}

test('withErrcode: .json() parses each body once', async () => {
  await wrapped.get(`${sim.url}/jiguang/v1?code=9000`).json()
  const original = JSON.parse
  let parses = 0
  JSON.parse = (...args) => {
    parses++
    return original(...args)
  }
  try {
    const out = await wrapped.get(`${sim.url}/jiguang/v1?code=9001`).json()
    assert.equal(out.code, 9001)
  } finally {
    JSON.parse = original
  }
  assert.equal(parses, 1)
})

// ky 2 keeps throwHttpErrors from its hooks: only withErrcode (ky's fetch) can see a call's setting.
test("withErrcode: a call's throwHttpErrors: false returns the 502", async () => {
  const res = await wrapped.get(`${sim.url}/html?status=502`, { throwHttpErrors: false, retry: 0 })
  assert.equal(res.status, 502)
})

test('withErrcode: an extended instance keeps its own throwHttpErrors and fetch', async () => {
  const fetched = []
  const own = wrapped.extend({
    throwHttpErrors: false,
    retry: 0,
    fetch: (input, init) => {
      fetched.push(input.url)
      return fetch(input, init)
    },
  })
  assert.equal((await own.get(`${sim.url}/html?status=503`)).status, 503)
  const err = await rejection(own.get(`${sim.url}/jiguang/v1?code=1804`))
  assert.ok(err instanceof errcode.RateLimitError, String(err))
  assert.equal(fetched.length, 2)
})

const retrying = withErrcode(ky.create(), { adapter: jiguang, retry: { baseDelay: 1, maxBackoff: 5, budget: false } })
test('retry: a GET after a 503 is replayed by ky up to maxAttempts', async () => {
  const err = await rejection(retrying.get(`${sim.url}/html?status=503`))
  assert.equal(err.attempts, 3)
  assert.equal(sim.requests.total, 3)
})
test('retry: a dropped connection is replayed, then a NetworkError', async () => {
  const err = await rejection(retrying.get(`${sim.url}/drop`))
  assert.ok(err instanceof errcode.NetworkError, String(err))
  assert.equal(err.attempts, 3)
  assert.equal(sim.requests.total, 3)
})
test('retry: a POST after a 500 is not replayed', async () => {
  const err = await rejection(retrying.post(`${sim.url}/html?status=500`, { body: '{}' }))
  assert.equal(err.attempts, 1)
  assert.equal(sim.requests.total, 1)
})
