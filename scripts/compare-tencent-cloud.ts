// Compares the tencent-cloud catalog with Tencent's SDK sources, row by row:
//   npx tsx scripts/compare-tencent-cloud.ts <tencentcloud-sdk-go checkout> <tencentcloud-sdk-go-intl-en checkout>
// Each product's `tencentcloud/<product>/<version>/errors.go` holds one row per code: the comment above the
// constant (Chinese in the SDK, English in its international edition) and the code; an empty comment is none. For every row it
// reports whether the catalog has the code with both comments verbatim (Markdown links reduced to their text,
// as the catalog keeps them), as the description or a variant; rows of common codes, which the catalog takes
// from the common table instead; and rows without an English comment, which the catalog leaves out. The exit
// status is 1 when a product entry of the catalog appears in no source file or a row mismatches.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tencentCloudCommonEntries } from '../catalogs/shared/tencent-cloud-common.js'
import { tencentCloudCatalog } from '../catalogs/tencent-cloud.js'

/** The products the catalog includes, in its order. */
const products = [
  'cvm/v20170312',
  'clb/v20180317',
  'cdn/v20180606',
  'dnspod/v20210323',
  'ses/v20201002',
  'captcha/v20190722',
  'ocr/v20181119',
  'trtc/v20190722',
] as const

const linkText = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<a [^>]*>([^<]*)<\/a>/g, '$1')
    .trim()

/** code → comment, in file order. A comment is the `//` lines right above the constant. */
function rows(file: string): Map<string, string> {
  const out = new Map<string, string>()
  let comment: string[] = []
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim()
    if (line.startsWith('//')) {
      comment.push(line.slice(2).trim())
      continue
    }
    const constant = /^[A-Z0-9_]+ = "([^"]+)"$/.exec(line)
    if (constant !== null && comment.length > 0 && !out.has(constant[1] as string)) {
      out.set(constant[1] as string, comment.join(' '))
    }
    comment = []
  }
  return out
}

function main(): number {
  const [zhRoot, enRoot] = process.argv.slice(2)
  if (zhRoot === undefined || enRoot === undefined) {
    console.error('usage: tsx scripts/compare-tencent-cloud.ts <tencentcloud-sdk-go> <tencentcloud-sdk-go-intl-en>')
    return 2
  }
  const common = new Set<string>(tencentCloudCommonEntries.map((e) => e.code))
  const sourced = new Set<string>(common)
  let mismatched = 0
  let total = 0
  for (const product of products) {
    const path = join('tencentcloud', product, 'errors.go')
    const zh = rows(join(zhRoot, path))
    const en = rows(join(enRoot, path))
    let verbatim = 0
    let commonRows = 0
    let noEnglish = 0
    const missing: string[] = []
    const mismatches: string[] = []
    for (const [code, zhText] of zh) {
      if (common.has(code)) {
        commonRows++
        continue
      }
      const enText = en.get(code)
      if (enText === undefined || enText === '') {
        noEnglish++
        continue
      }
      const entry = tencentCloudCatalog.get(code)
      if (entry === undefined) {
        missing.push(code)
        continue
      }
      sourced.add(code)
      const texts = [entry.description, ...(entry.variants ?? [])]
      if (texts.some((t) => t.zh === linkText(zhText) && t.en === linkText(enText))) verbatim++
      else mismatches.push(`  ${code}: source "${zhText}" / "${enText}"`)
    }
    total += zh.size
    mismatched += mismatches.length + missing.length
    console.log(`\n== ${product}`)
    console.log(
      `rows ${zh.size}; verbatim ${verbatim}; mismatched ${mismatches.length}; common codes (from the common table) ${commonRows}; ` +
        `without English (left out) ${noEnglish}; with both texts but not in the catalog ${missing.length}`,
    )
    if (missing.length > 0) console.log(`not in the catalog: ${missing.join(', ')}`)
    if (mismatches.length > 0) console.log(`mismatches:\n${mismatches.join('\n')}`)
  }
  const unsourced = tencentCloudCatalog.entries.filter((e) => !sourced.has(e.code)).map((e) => e.code)
  console.log(
    `\n== total: ${total} rows, ${mismatched} mismatches; ${tencentCloudCatalog.entries.length} catalog codes, ` +
      `${unsourced.length} in no source file`,
  )
  if (unsourced.length > 0) console.log(`unsourced: ${unsourced.join(', ')}`)
  return unsourced.length > 0 || mismatched > 0 ? 1 : 0
}

process.exitCode = main()
