import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('packaging', () => {
  it('is built (npm test builds before it runs vitest)', () => {
    expect(existsSync(`${root}/dist/src/index.js`), 'run `npm run build` first').toBe(true)
  })

  it('can be required from a CommonJS application, every subpath', () => {
    const run = spawnSync(process.execPath, ['test/fixtures/consumer.cjs'], { cwd: root, encoding: 'utf8' })
    expect(run.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, '')).toBe('')
    expect(run.stdout).toBe('cjs ok\n')
    expect(run.status).toBe(0)
  })
})
