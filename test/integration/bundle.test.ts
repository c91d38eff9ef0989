import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import type { catalogs } from '../../catalogs/index.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
/** A text that only that vendor's catalog holds, for every vendor errcode ships. */
const marker: Record<keyof typeof catalogs, string> = {
  navinfo: 'VISITS_DAY_EXCESS',
  jiguang: 'verify not consistent',
  guanaitong: 'tokeninfo check failed',
  ucpaas: '短信模板ID不存在',
  iyune: 'API_SYS_REQSIGN',
  wechat: 'api minute-quota reach limit',
  'aliyun-sms': 'isv.BUSINESS_LIMIT_CONTROL',
  'tencent-sms': 'LimitExceeded.PhoneNumberDailyLimit',
  alipay: 'ACQ.BEYOND_PAY_RESTRICTION',
  'tencent-cloud': 'AccountQualificationRestrictions',
  'aliyun-pop': 'AuthenticationFail.OIDCToken.Expired',
  openai: 'unsupported_country_region_territory',
  slack: 'not_in_channel',
  'meta-graph': '131056',
  telegram: 'who has blacklisted the current user',
  bailian: 'CommodityNotPurchased',
  qianfan: 'Open api qps request limit reached',
  wecom: '指定的成员/部门/标签参数无权限',
  feishu: '99991672',
  amap: 'DAILY_QUERY_OVER_LIMIT',
  wechatpay: 'MCH_NOT_EXISTS',
}
const vendors = Object.keys(marker) as (keyof typeof catalogs)[]

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
    const text = await bundle(`src/clients/${client}/${client}.ts`)
    for (const vendor of vendors) expect(text, vendor).not.toContain(marker[vendor])
  })

  it('keeps every error class’s name when minified, as a browser bundle is', async () => {
    const out = await build({
      entryPoints: [`${root}/src/index.ts`],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    })
    const dir = mkdtempSync(join(tmpdir(), 'errcode-min-'))
    try {
      const file = join(dir, 'index.min.mjs')
      writeFileSync(file, out.outputFiles[0]?.text ?? '')
      const m = (await import(pathToFileURL(file).href)) as Record<string, { name: string; prototype: Error }>
      // The classes of the thirteen categories: each has a static `category`.
      const names = Object.keys(m).filter((k) => k !== 'ApiError' && typeof m[k] === 'function' && 'category' in m[k])
      expect(names).toHaveLength(13)
      // The minifier did rename the classes: their names come from errcode, not from the class binding.
      expect(names.filter((k) => m[k]?.name !== k).length).toBeGreaterThan(0)
      for (const k of names) expect(m[k]?.prototype.name, k).toBe(k)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
