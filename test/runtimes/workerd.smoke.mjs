// The contract checks (checks.mjs) inside Cloudflare's workerd, through miniflare: the Worker (worker.mjs,
// bundled by scripts/runtimes.sh with esbuild into WORKER) runs them against the simulator, which this
// Node process serves on loopback, since a Worker cannot listen. Once without and once with nodejs_compat.
// Tests of node:test, run by scripts/runtimes.sh on Node 22 (miniflare 4 needs it) from a folder where
// `miniflare` resolves; ERRCODE_ROOT names the built package.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { test } from 'node:test'
import { pathToFileURL } from 'node:url'
import { Miniflare } from 'miniflare'

const root = process.env.ERRCODE_ROOT
const { startSimulator } = await import(pathToFileURL(`${root}/dist/src/testing/simulator.js`).href)
const script = readFileSync(process.env.WORKER, 'utf8')

/** Runs the Worker's checks in a workerd with these compatibility flags: `{ passed, failed, results }`. */
async function runIn(flags, sim, closed) {
  // `cf: false`: the request's `cf` object is miniflare's built-in one, not fetched from Cloudflare.
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: '2026-01-01',
    compatibilityFlags: flags,
    cf: false,
  })
  try {
    const res = await mf.dispatchFetch('http://worker.test/', {
      method: 'POST',
      body: JSON.stringify({ sim: sim.url, closed }),
    })
    const text = await res.text()
    assert.equal(res.status, 200, `the Worker answered ${res.status}: ${text}`)
    return JSON.parse(text)
  } finally {
    await mf.dispose()
  }
}

// Every run ends before the first test is declared: node:test runs declared tests at once, and the
// simulator must outlive the runs.
const runs = []
const sim = await startSimulator()
try {
  const probe = createServer()
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const closed = `http://127.0.0.1:${probe.address().port}`
  await new Promise((resolve) => probe.close(resolve))
  for (const flags of [[], ['nodejs_compat']]) {
    runs.push([flags.length === 0 ? 'workerd' : `workerd, ${flags.join(', ')}`, await runIn(flags, sim, closed)])
  }
} finally {
  await sim.close()
}
for (const [label, run] of runs) {
  test(`${label}: the Worker ran the checks`, () => assert.ok(run.results.length > 0))
  for (const { name, ok, error } of run.results) test(`${label}: ${name}`, () => assert.ok(ok, error))
}
