// The contract checks (checks.mjs) under Bun and Deno: errcode's fetch and ky wrappers from the built
// package, against the simulator in the same process (both runtimes serve node:http). Run by
// scripts/runtimes.sh from the package's root, where `ky` is the package's own dev dependency:
//   bun --no-env-file test/runtimes/bun-deno.mjs
//   deno run --allow-net=127.0.0.1 --allow-read --allow-env test/runtimes/bun-deno.mjs
// Prints one line a check, then "N passed, N failed"; exits 1 unless all passed.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import ky from 'ky'
import { jiguang } from '../../dist/adapters/jiguang.js'
import { withErrcode as withFetch } from '../../dist/src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../dist/src/clients/ky/ky.js'
import * as errcode from '../../dist/src/index.js'
import { startSimulator } from '../../dist/src/testing/simulator.js'
import { checks, report, runChecks } from './checks.mjs'

const bun = globalThis.Bun?.version
const deno = globalThis.Deno?.version?.deno
const kyVersion = JSON.parse(
  readFileSync(new URL('../../node_modules/ky/package.json', import.meta.url), 'utf8'),
).version
console.log(`${bun ? `Bun ${bun}` : deno ? `Deno ${deno}` : `Node ${process.versions.node}`}, ky ${kyVersion}`)

/** The base URL of a loopback port that nothing listens on. */
async function closedPort() {
  const probe = createServer()
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  return `http://127.0.0.1:${port}`
}

const sim = await startSimulator()
try {
  const lib = { errcode, withFetch, withKy, jiguang, ky }
  // Bun's JavaScriptCore gives a stack the awaiting callers' frames only from an async function: the
  // fetch wrapper is one, ky's chain of promises is not.
  const run = await runChecks(checks({ lib, sim: sim.url, closed: await closedPort(), frameless: bun ? ['ky'] : [] }))
  report(run)
  process.exitCode = run.failed === 0 && run.passed > 0 ? 0 : 1
} finally {
  await sim.close()
}
