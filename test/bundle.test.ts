import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const vendors = ['navinfo', 'jiguang', 'guanaitong', 'ucpaas', 'iyune', 'wechat', 'aliyun-sms', 'tencent-sms'] as const
/** A text that only that vendor's catalog holds. */
const marker: Record<(typeof vendors)[number], string> = {
  navinfo: 'VISITS_DAY_EXCESS',
  jiguang: 'verify not consistent',
  guanaitong: 'tokeninfo check failed',
  ucpaas: '短信模板ID不存在',
  iyune: 'API_SYS_REQSIGN',
  wechat: 'api minute-quota reach limit',
  'aliyun-sms': 'isv.BUSINESS_LIMIT_CONTROL',
  'tencent-sms': 'LimitExceeded.PhoneNumberDailyLimit',
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [`${root}/${entry}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    external: ['axios', 'ky'],
    logLevel: 'silent',
  })
  return out.outputFiles.map((f) => f.text).join('\n')
}

describe('bundles', () => {
  it.each(vendors)('importing the %s adapter pulls in its own catalog and no other vendor’s', async (vendor) => {
    const text = await bundle(`adapters/${vendor}.ts`)
    expect(text).toContain(marker[vendor])
    for (const other of vendors.filter((v) => v !== vendor)) expect(text, other).not.toContain(marker[other])
  })

  it.each(['fetch', 'axios', 'ky'])('errcode/%s carries no catalog at all', async (client) => {
    const text = await bundle(`src/interceptors/${client}.ts`)
    for (const vendor of vendors) expect(text, vendor).not.toContain(marker[vendor])
  })
})

describe.each(['fetch', 'axios', 'ky'])('errcode/%s split as a bundler splits it', (client) => {
  it('loads with the wrapper only what every response needs; the error classes come with the first error', async () => {
    const out = await build({
      entryPoints: [`${root}/src/interceptors/${client}.ts`],
      bundle: true,
      write: false,
      splitting: true,
      format: 'esm',
      platform: 'neutral',
      external: ['axios', 'ky'],
      outdir: '/virtual',
      logLevel: 'silent',
    })
    const entry = out.outputFiles.find((f) => f.path.endsWith(`/${client}.js`))?.text ?? ''
    const lazy = out.outputFiles
      .filter((f) => !f.path.endsWith(`/${client}.js`))
      .map((f) => f.text)
      .join('\n')
    expect(entry).toContain('import("./failure-')
    // The entry imports no chunk statically that holds the error path, either.
    for (const errorPathOnly of ['RateLimitError', 'Rate limited', 'function maskBody']) {
      expect(entry, errorPathOnly).not.toContain(errorPathOnly)
      expect(lazy, errorPathOnly).toContain(errorPathOnly)
    }
  })
})

describe('errcode/fetch when its error module cannot load (a chunk missing, a browser offline)', () => {
  it('passes successes, rejects a failure with an error that says why, and loads the module again later', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'errcode-split-'))
    try {
      await build({
        entryPoints: [`${root}/src/interceptors/fetch.ts`, `${root}/adapters/jiguang.ts`],
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        outdir: dir,
        outExtension: { '.js': '.mjs' },
        logLevel: 'silent',
      })
      const chunk = readdirSync(dir).find((f) => f.startsWith('failure-')) as string
      renameSync(join(dir, chunk), join(dir, `${chunk}.away`))
      const run = spawnSync(process.execPath, [`${root}/test/fixtures/missing-chunk.mjs`, dir, chunk], {
        encoding: 'utf8',
      })
      expect(run.stderr).toBe('')
      const { success, missing, back } = JSON.parse(run.stdout)
      expect(success).toEqual({ ok: { code: 9000, content: 'x' } })
      expect(missing).toMatchObject({ name: 'Error', cause: 'ERR_MODULE_NOT_FOUND' })
      expect(missing.message).toMatch(/module that makes its error did not load/)
      expect(back).toMatchObject({ name: 'RateLimitError', vendor: 'jiguang', code: 1804 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
