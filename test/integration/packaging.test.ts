import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

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

  it('errcode/simulator and errcode/msw export what applications call, not the test plumbing', async () => {
    expect(Object.keys(await import(`${root}/dist/src/testing/simulator.js`))).toEqual(['startSimulator'])
    expect(Object.keys(await import(`${root}/dist/src/testing/msw.js`)).sort()).toEqual([
      'vendorHandlers',
      'vendorResponse',
    ])
  })
})

describe('errors from another copy of errcode, or another realm', () => {
  const init = {
    vendor: 'jiguang',
    code: 1804,
    source: 'vendor',
    category: 'rate_limit',
    description: 'QPS rate limit',
    retry: { kind: 'backoff', replaySafe: true },
  }

  it('are recognised by isApiError and by instanceof, from a second copy in node_modules', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const copy = mkdtempSync(`${tmpdir()}/errcode-copy-`)
    cpSync(`${root}/dist`, `${copy}/dist`, { recursive: true })
    writeFileSync(`${copy}/package.json`, '{"type":"module"}')
    const other = await import(`${copy}/dist/src/index.js`)
    const ours = await import('../../src/index.js')
    expect(other.ApiError).not.toBe(ours.ApiError)
    const err = new other.RateLimitError(init)
    expect(ours.isApiError(err)).toBe(true)
    expect(err).toBeInstanceOf(ours.RateLimitError)
    expect(err).toBeInstanceOf(ours.ApiError)
    expect(err).not.toBeInstanceOf(ours.NetworkError)
  })

  it('are recognised across realms (a vm context with its own Error)', async () => {
    const { build } = await import('esbuild')
    const vm = await import('node:vm')
    const bundle = await build({
      entryPoints: [`${root}/dist/src/index.js`],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'errcode',
      platform: 'neutral',
    })
    const context = vm.createContext({ Intl })
    vm.runInContext(bundle.outputFiles[0]?.text ?? '', context)
    const err = vm.runInContext(`new errcode.RateLimitError(${JSON.stringify(init)})`, context)
    const ours = await import('../../src/index.js')
    expect(err instanceof Error).toBe(false)
    expect(ours.isApiError(err)).toBe(true)
    expect(err).toBeInstanceOf(ours.RateLimitError)
    expect(err).not.toBeInstanceOf(ours.NetworkError)
  })
})
