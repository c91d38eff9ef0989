// Packs the package as npm would publish it, then checks the tarball: only what users need, and clean
// for publint and Are the Types Wrong (ESM-only profile: CommonJS consumers load it through require(esm)).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'errcode-pack-'))
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
try {
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir]))
  const files = info.files.map((f) => f.path)
  const unexpected = files.filter(
    (f) => !/^(dist\/(src|adapters|catalogs)\/.+\.(js|d\.ts)|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(f),
  )
  if (unexpected.length > 0) throw new Error(`the tarball holds files users do not need: ${unexpected.join(', ')}`)
  for (const must of [
    'dist/src/index.js',
    'dist/src/index.d.ts',
    'dist/adapters/jiguang.js',
    'dist/catalogs/index.js',
    'README.md',
  ]) {
    if (!files.includes(must)) throw new Error(`the tarball lacks ${must}`)
  }
  const tarball = join(dir, info.filename)
  process.stdout.write(run('npx', ['--no-install', 'publint', 'run', tarball, '--strict']))
  process.stdout.write(
    run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped']),
  )
  console.log(`pack: ${files.length} files, ${info.size} bytes packed, ${info.unpackedSize} unpacked`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
