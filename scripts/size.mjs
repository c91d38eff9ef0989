// npm run size (part of `npm test`, after the build): the sizes in .size-limit.cjs, measured by size-limit
// from dist/, each adapter's bytes per catalog code beside them. Exits 1 when a budget fails, so that growth
// fails CI. `--json` prints the rows as JSON instead (the bench's section 5 reads them).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const HELPERS = 'catalog and adapter helpers'
const ADAPTER = 'errcode-js/adapters/'

// size-limit exits 1 when a limit fails: its JSON is on standard output either way.
const run = spawnSync(process.execPath, [`${root}/node_modules/size-limit/bin.js`, '--json'], {
  cwd: root,
  encoding: 'utf8',
})
const start = run.stdout.indexOf('[')
if (start < 0) {
  process.stderr.write(run.stdout + run.stderr)
  process.exit(1)
}
/** @type {{ name: string, size: number, sizeLimit?: number, passed?: boolean }[]} */
const measured = JSON.parse(run.stdout.slice(start))

/** The codes of every catalog an adapter module's exports carry (one adapter file may export several). */
async function codesOf(vendor) {
  const module = await import(pathToFileURL(`${root}/dist/adapters/${vendor}.js`).href)
  const catalogs = new Set(
    Object.values(module)
      .map((a) => a?.catalog)
      .filter((c) => Array.isArray(c?.entries)),
  )
  return [...catalogs].reduce((n, c) => n + c.entries.length, 0)
}

/** The decided budgets, where a bundle's enforced `limit` is still a ceiling above it (.size-limit.cjs). */
const targets = createRequire(import.meta.url)(`${root}/.size-limit.cjs`).targets ?? {}
const helpers = measured.find((m) => m.name === HELPERS)?.size ?? 0
const rows = []
for (const m of measured) {
  const codes = m.name.startsWith(ADAPTER) ? await codesOf(m.name.slice(ADAPTER.length)) : 0
  rows.push({
    name: m.name,
    bytes: m.size,
    ...(m.sizeLimit === undefined ? {} : { limit: m.sizeLimit, passed: m.passed === true }),
    ...(targets[m.name] === undefined ? {} : { target: targets[m.name], onTarget: m.size <= targets[m.name] }),
    ...(codes > 0 ? { codes, bytesPerCode: (m.size - helpers) / codes } : {}),
  })
}

if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows)}\n`)
else {
  const kb = (b) => `${(b / 1000).toFixed(2)} KB`
  const width = Math.max(...rows.map((r) => r.name.length))
  console.log('Sizes (size-limit: esbuild, minified, gzip; 1 KB = 1000 bytes)')
  for (const r of rows) {
    const over = r.target !== undefined && r.target < r.limit
    const budget =
      r.limit === undefined
        ? ''
        : over
          ? `  target ≤ ${kb(r.target)}  ${r.onTarget ? 'pass' : 'over'}; ceiling ≤ ${kb(r.limit)}  ${r.passed ? 'pass' : 'FAIL'}`
          : `  ≤ ${kb(r.limit)}  ${r.passed ? 'pass' : 'FAIL'}`
    const perCode =
      r.codes === undefined ? '' : `  ${r.bytesPerCode.toFixed(1)} B per code over the helpers (${r.codes} codes)`
    console.log(`  ${r.name.padEnd(width)}  ${kb(r.bytes).padStart(8)}${budget}${perCode}`)
  }
}
const failed = rows.filter((r) => r.passed === false)
if (failed.length > 0) {
  console.error(`size budget exceeded: ${failed.map((r) => `${r.name} ${r.bytes} B > ${r.limit} B`).join('; ')}`)
  process.exit(1)
}
