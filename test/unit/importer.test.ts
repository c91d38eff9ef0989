import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { catalogs } from '../../catalogs/index.js'
import { checkCatalog } from '../../src/tools/check.js'
import {
  decodeInput,
  ImportError,
  type ImportedEntry,
  type ImportOptions,
  importTable as importWith,
  loadParsers,
  maxInputBytes,
  parseTable as parseWith,
  renderModule,
  rowWords,
  suggest,
  toJson,
} from '../../src/tools/importer/index.js'
import type { Catalog, CatalogEntry } from '../../src/types.js'

// csv-parse and htmlparser2, as `errcode import` loads them.
const parsers = await loadParsers()
const importTable = (text: string, options: ImportOptions) => importWith(text, options, parsers)
const parseTable = (text: string) => parseWith(text, parsers)

const byCode = (entries: readonly ImportedEntry[], code: string | number) => {
  const e = entries.find((x) => x.code === code)
  if (e === undefined) throw new Error(`no entry ${String(code)}`)
  return e
}

function thrown(f: () => unknown): ImportError {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error('nothing was thrown')
}

describe('shapes of a code table', () => {
  it('decodes every HTML entity of a table, not a short list of them', () => {
    const rows = parseTable(
      '<table><tr><th>Code</th><th>Description</th></tr>' +
        '<tr><td>1</td><td>&yen;0.05 &times; 2 &hellip; &amp; &#x4e2d;&#25991; &eacute;t&eacute; &euro;</td></tr></table>',
    )
    expect(rows).toMatchObject([
      { code: 1, shape: 'html', cells: [{ role: 'description', text: '¥0.05 × 2 … & 中文 été €' }] },
    ])
  })

  it('reads CSV with quoted fields over lines, each row on the line it starts', () => {
    const rows = parseTable('code;message\r\n\r\n1001;"rate\r\nlimited"\r\n1002;"say ""hi"""\r\n')
    expect(rows.map((r) => [r.code, r.line, r.shape, r.cells[0]?.text])).toEqual([
      [1001, 3, 'csv', 'rate limited'],
      [1002, 5, 'csv', 'say "hi"'],
    ])
  })

  it('reads CODE text lines without a header, each text in the language of its script', () => {
    const rows = parseTable('Error codes\n\n3001 bad signature\n3002 余额不足\n3003 too busy 服务繁忙\n')
    expect(rows.map((r) => r.code)).toEqual([3001, 3002, 3003])
    expect(rows.map((r) => r.shape)).toEqual(['lines', 'lines', 'lines'])
    expect(rowWords(rows[0] as (typeof rows)[number]).description).toEqual({ en: 'bad signature' })
    expect(rowWords(rows[1] as (typeof rows)[number]).description).toEqual({ zh: '余额不足' })
    expect(rowWords(rows[2] as (typeof rows)[number]).description).toEqual({ en: 'too busy', zh: '服务繁忙' })
  })

  it('splits CODE english chinese columns by the header, verbatim (spaces inside cells kept)', () => {
    const table = [
      '代码 英文描述 中文描述',
      '51 Key not found , check it 密钥不存在',
      '52 Quota Exceeded for app 应用 配额已用完',
      '53 Access Key missing 缺少Access Key参数',
    ].join('\n')
    const { entries } = importTable(table, { vendor: 'acme' })
    expect(byCode(entries, 51).description).toEqual({ en: 'Key not found , check it', zh: '密钥不存在' })
    expect(byCode(entries, 52).description).toEqual({ en: 'Quota Exceeded for app', zh: '应用 配额已用完' })
    expect(byCode(entries, 53).description).toEqual({ en: 'Access Key missing', zh: '缺少Access Key参数' })
  })

  it('tells two English columns apart by case or by a repeated first word, the first being the message', () => {
    const table = [
      'Code Description Notes',
      '700 limit reached Too many calls in this minute',
      '701 order_id not exist order_id does not exist',
    ].join('\n')
    const { entries } = importTable(table, { vendor: 'acme' })
    expect(byCode(entries, 700)).toMatchObject({
      message: 'limit reached',
      description: { en: 'Too many calls in this minute' },
    })
    expect(byCode(entries, 701)).toMatchObject({
      message: 'order_id not exist',
      description: { en: 'order_id does not exist' },
    })
  })

  it('splits two Chinese columns at the space between Chinese characters, not inside a Latin phrase', () => {
    const table = ['错误码 错误描述 解决方案', 'ERR_NO_KEY 暂无用户Secret Key信息 请检查用户Secret Key'].join('\n')
    const { entries } = importTable(table, { vendor: 'acme' })
    expect(byCode(entries, 'ERR_NO_KEY')).toMatchObject({
      description: { zh: '暂无用户Secret Key信息' },
      remedy: { zh: '请检查用户Secret Key' },
    })
  })

  it('reads a table flattened to one cell a line: a run-together header, constants as names, wrapped cells, page furniture dropped', () => {
    const table = [
      'Code list:',
      '',
      'Error codeConstantDescriptionRemarks',
      '',
      '10',
      '',
      'QUOTA_ DAY',
      '',
      'Daily calls exceeded',
      '',
      'Blocked until 0:00 the next',
      'day',
      '',
      '11',
      '',
      'SERVICE_BUSY',
      '',
      'Server is busy',
      '',
      'TOP',
    ].join('\n')
    const result = importTable(table, { vendor: 'acme' })
    expect(result.counts.shapes).toEqual({ cells: 2 })
    expect(byCode(result.entries, 10)).toMatchObject({
      name: 'QUOTA_DAY',
      publishedName: 'QUOTA_ DAY',
      description: { en: 'Daily calls exceeded' },
      remedy: { en: 'Blocked until 0:00 the next day' },
      category: 'quota',
      retry: { kind: 'after', window: 'day' },
    })
    expect(byCode(result.entries, 11)).toMatchObject({ name: 'SERVICE_BUSY', description: { en: 'Server is busy' } })
    expect(byCode(result.entries, 11).remedy).toBeUndefined()
  })

  it('lets a remark spill onto the following lines, and keeps section titles out', () => {
    const table = [
      '公共错误',
      '',
      '错误码 错误信息 处理建议',
      '40101 token expired 请重新获取token',
      '后再重试',
      '40102 ip blocked IP不在白名单中',
      '',
      '短信错误',
      '',
      '错误码 错误信息 处理建议',
      '50001 sms sign invalid 签名未报备',
    ].join('\n')
    const { entries } = importTable(table, { vendor: 'acme' })
    expect(byCode(entries, 40101).remedy).toEqual({ zh: '请重新获取token后再重试' })
    expect(byCode(entries, 40102).remedy).toEqual({ zh: 'IP不在白名单中' })
    expect(entries).toHaveLength(3)
    expect(entries.map((e) => e.description.zh ?? e.remedy?.zh).join()).not.toContain('短信错误')
  })

  it('keeps a code listed twice once: the same words are a duplicate, other words a variant with a review mark', () => {
    const table = [
      '| code | desc |',
      '|---|---|',
      '| 1 | 参数错误 |',
      '| 2 | 号码不在白名单 |',
      '| 1 | 参数错误 |',
      '| 2 | 号码为测试号码 |',
    ].join('\n')
    const result = importTable(table, { vendor: 'acme' })
    expect(result.counts).toMatchObject({ rows: 4, codes: 2, duplicates: 1, variants: 1 })
    const two = byCode(result.entries, 2)
    expect(two.description).toEqual({ zh: '号码不在白名单' })
    expect(two.variants).toEqual([{ zh: '号码为测试号码' }])
    expect(two.review?.mark).toBe(true)
    expect(two.review?.reasons.join()).toContain('listed twice')
  })

  it('reads Markdown pipe tables: backticked codes, escaped bars, <br> inside a cell, no outer bars', () => {
    const table = [
      'Some page text.',
      '',
      '| Error Code | Message | Solution |',
      '| :--- | --- | --- |',
      '| `isv.BUSINESS_LIMIT_CONTROL` | 触发天级流控 | 请明天再试<br>或联系客服 |',
      '| `1804` | a \\| b | Retry |',
      '',
      'code | desc',
      '--- | ---',
      '9 | 成功',
    ].join('\n')
    const { entries } = importTable(table, { vendor: 'acme' })
    expect(byCode(entries, 'isv.BUSINESS_LIMIT_CONTROL')).toMatchObject({
      message: '触发天级流控',
      description: { zh: '触发天级流控' },
      remedy: { zh: '请明天再试或联系客服' },
    })
    expect(byCode(entries, 1804).message).toBe('a | b')
    expect(byCode(entries, 9)).toMatchObject({ kind: 'success', description: { zh: '成功' } })
  })

  it('reads HTML <table> source: <th> header, entities, nested tags, <br>, comments and scripts ignored', () => {
    const html = `<!doctype html><html><head><script>var t = "<table><tr><td>666</td></tr></table>"</script>
      <style>td > p { color: red }</style></head><body>
      <!-- <table><tr><td>777</td></tr></table> -->
      <table class="codes"><thead><tr><th>错误码</th><th>说明</th><th>处理方式</th></tr></thead>
      <tbody>
        <tr><td><code>2001</code></td><td>请求&amp;参数<b>错误</b></td><td>检查参数<br/>后重试</td></tr>
        <tr><td>2002</td><td title="a > b">调用
          频率超限</td><td>&#35831;&#x7a0d;后再试</td></tr>
      </tbody></table></body></html>`
    const result = importTable(html, { vendor: 'acme' })
    expect(result.counts.shapes).toEqual({ html: 2 })
    expect(result.entries.map((e) => e.code)).toEqual([2001, 2002])
    expect(byCode(result.entries, 2001)).toMatchObject({
      description: { zh: '请求&参数错误' },
      remedy: { zh: '检查参数后重试' },
    })
    expect(byCode(result.entries, 2002)).toMatchObject({
      description: { zh: '调用频率超限' },
      remedy: { zh: '请稍后再试' },
      category: 'rate_limit',
    })
  })

  it('reads CSV with quotes and cells over several lines, and TSV copied from a spreadsheet', () => {
    const csv = 'code,message,remedy\n"000000",ok,\n100001,"insufficient balance, top up","Top up\nthen retry"\n'
    const fromCsv = importTable(csv, { vendor: 'acme' })
    expect(fromCsv.counts.shapes).toEqual({ csv: 2 })
    expect(byCode(fromCsv.entries, '100001')).toMatchObject({
      message: 'insufficient balance, top up',
      remedy: { en: 'Top up then retry' },
      category: 'billing',
    })
    const tsv = '错误码\t错误信息\n1\t系统繁忙\n2\t余额不足\n'
    const fromTsv = importTable(tsv, { vendor: 'acme' })
    expect(fromTsv.counts.shapes).toEqual({ tsv: 2 })
    expect(fromTsv.entries.map((e) => [e.code, e.category])).toEqual([
      [1, 'unavailable'],
      [2, 'billing'],
    ])
  })

  it('reads lines copied from documentation lists: bullets, backticks, colons; a numbered list is no code', () => {
    const text = [
      '- `40001`: invalid credential',
      '* 40002：不合法的grant_type',
      '40003 - missing scope',
      '1. Install the SDK',
      '2) Call the API',
    ].join('\n')
    const { entries } = importTable(text, { vendor: 'acme' })
    expect(entries.map((e) => [e.code, e.description.en ?? e.description.zh])).toEqual([
      [40001, 'invalid credential'],
      [40002, '不合法的grant_type'],
      [40003, 'missing scope'],
    ])
  })

  it('keeps every code in its JSON type', () => {
    const table = [
      '000000 成功',
      '100001 余额不足',
      '-1 system busy',
      '"1804" quoted means a string',
      'API_SYS_REQSIGN 签名错误',
      'isv.BUSINESS_LIMIT_CONTROL 触发号码天级流控',
    ].join('\n')
    const result = importTable(table, { vendor: 'acme' })
    expect(result.entries.map((e) => e.code)).toEqual([
      '000000',
      '100001',
      -1,
      '1804',
      'API_SYS_REQSIGN',
      'isv.BUSINESS_LIMIT_CONTROL',
    ])
    expect(result.notes.join()).toContain('leading zeros')
    const numbers = importTable('0 ok\n1804 qps limit\n-2 internal error', { vendor: 'acme' })
    expect(numbers.entries.map((e) => e.code)).toEqual([0, 1804, -2])
    expect(
      importTable('000000 成功\n100001 余额不足', { vendor: 'acme', codes: 'number' }).entries.map((e) => e.code),
    ).toEqual(['000000', 100001])
  })
})

describe('suggestions from bilingual word rules', () => {
  const one = (text: string, extra: Partial<Parameters<typeof suggest>[0]> = {}) =>
    suggest({ code: 1, description: { [/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en']: text }, ...extra })

  it.each([
    ['调用频率过高', 'rate_limit', 'backoff'],
    ['QPS exceeded', 'rate_limit', 'backoff'],
    ['too frequent, slow down', 'rate_limit', 'backoff'],
    ['账户欠费', 'billing', 'never'],
    ['insufficient balance', 'billing', 'never'],
    ['每天最多发送10条', 'quota', 'after'],
    ['daily limit exceeded', 'quota', 'after'],
    ['时间戳已过期', 'authentication', 'refresh'],
    ['IP不在白名单', 'permission', 'never'],
    ['IP not in whitelist', 'permission', 'never'],
    ['模板不存在', 'not_found', 'never'],
    ['order does not exist', 'not_found', 'never'],
    ['用户已存在', 'conflict', 'never'],
    ['duplicate submission', 'conflict', 'never'],
    ['系统繁忙', 'unavailable', 'backoff'],
    ['server busy', 'unavailable', 'backoff'],
    ['内部错误', 'internal', 'backoff'],
    ['参数格式错误', 'invalid_request', 'never'],
  ])('%s → %s, retry %s', (text, category, retry) => {
    const s = one(text)
    expect(s.category).toBe(category)
    expect(s.retry.kind).toBe(retry)
    expect(s.rules[0]).toMatch(new RegExp(`^category ${category}: `))
  })

  it('reads the window of a limit: minute, hour, day, month, an explicit delay', () => {
    expect(one('每分钟最多调用100次').retry).toEqual({ kind: 'after', window: 'minute' })
    expect(one('hourly limit exceeded').retry).toEqual({ kind: 'after', window: 'hour' })
    expect(one('当月发送量超过上限')).toMatchObject({ category: 'quota', retry: { kind: 'after', window: 'month' } })
    expect(one('60秒内不能重复发送相同内容')).toMatchObject({
      category: 'rate_limit',
      retry: { kind: 'after', delayMs: 60_000 },
      scope: 'request',
    })
  })

  it('says whom a limit applies to, and marks an assumed scope', () => {
    expect(one('同一号码发送频率过快').scope).toBe('recipient')
    expect(one('AppKey QPS exceeded').scope).toBe('account')
    const assumed = one('操作频繁')
    expect(assumed.scope).toBe('account')
    expect(assumed.review?.join()).toContain('scope assumed')
  })

  it('flags the clock skew of timestamp codes, not of an empty timestamp', () => {
    expect(one('timestamp expired')).toMatchObject({ clockSkew: true, retry: { kind: 'refresh' } })
    expect(one('请求时间不在有效范围内')).toMatchObject({ clockSkew: true })
    expect(one('时间戳为空').clockSkew).toBeUndefined()
  })

  it('reads 签名 as the SMS signature in an SMS context, and as the request signature otherwise', () => {
    expect(one('签名不合法').category).toBe('authentication')
    expect(suggest({ code: 1, description: { zh: '签名不合法' } }, { sms: true }).category).toBe('invalid_request')
    expect(one('短信签名不合法').category).toBe('invalid_request')
    expect(one('请求签名校验失败', {}).category).toBe('authentication')
    expect(suggest({ code: 1, description: { zh: '请求签名校验失败' } }, { sms: true }).category).toBe('authentication')
  })

  it('tells success and answers from errors', () => {
    expect(one('success').kind).toBe('success')
    expect(suggest({ code: 0, description: { zh: '请求已受理' } }).kind).toBe('success')
    expect(one('verification inconsistent')).toMatchObject({
      kind: 'result',
      category: 'unknown',
      retry: { kind: 'never' },
    })
    expect(one('查无数据').kind).toBe('result')
  })

  it('marks a row no rule understands, and rules that disagree', () => {
    const none = one('Zorblax happened')
    expect(none).toMatchObject({ category: 'invalid_request', retry: { kind: 'never' } })
    expect(none.review?.join()).toContain('no rule matched')
    const torn = one('模板不存在或未审核')
    expect(torn.review?.join()).toMatch(/rules disagree: permission .* or not_found/)
  })

  it('never translates: the missing language stays empty and is listed', () => {
    const { entries } = importTable('Code Message\n42 quota exhausted', { vendor: 'acme' })
    const e = byCode(entries, 42)
    expect(e.description).toEqual({ en: 'quota exhausted' })
    expect(e.review?.missing).toEqual(['zh'])
  })
})

describe('hostile input', () => {
  it('refuses empty input, binary bytes, another encoding, and too much', () => {
    expect(thrown(() => importTable('', { vendor: 'acme' })).reason).toBe('empty')
    expect(thrown(() => importTable(' \n\t\n', { vendor: 'acme' })).message).toContain('empty')
    expect(thrown(() => importTable('1804 qps\u0000limit', { vendor: 'acme' })).reason).toBe('binary')
    expect(thrown(() => decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).reason).toBe('binary')
    const gbk = new Uint8Array([0x31, 0x20, 0xd3, 0xe0, 0xb6, 0xee, 0xb2, 0xbb, 0xd7, 0xe3]) // "1 余额不足" in GBK
    const wrong = thrown(() => decodeInput(gbk))
    expect(wrong.reason).toBe('encoding')
    expect(wrong.message).toContain('GB18030')
    expect(decodeInput(new TextEncoder().encode('\ufeff1 余额不足'))).toBe('1 余额不足')
    const started = performance.now()
    const big = thrown(() => importTable(`1 x\n${'9'.repeat(10 * 1024 * 1024)}`, { vendor: 'acme' }))
    expect(big.reason).toBe('too-large')
    expect(big.message).toMatch(/10\.0 MiB.*at most 4 MiB/)
    expect(thrown(() => decodeInput(new Uint8Array(maxInputBytes + 1))).reason).toBe('too-large')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('says so when a table has no codes, or JSON does not parse', () => {
    const none = thrown(() => importTable('Error codes\n\nName | Meaning\nfoo | bar\n', { vendor: 'acme' }))
    expect(none.reason).toBe('no-codes')
    expect(none.message).toContain('no codes found')
    expect(thrown(() => parseTable('just some words\nand more words')).reason).toBe('no-codes')
    expect(thrown(() => importTable('{"entries": [1, }', { vendor: 'acme' })).reason).toBe('bad-json')
    expect(thrown(() => importTable('{"entries": []}', { vendor: 'acme' })).reason).toBe('no-codes')
    expect(thrown(() => importTable('[{"description": {"en": "x"}}]', { vendor: 'acme' })).message).toContain('no code')
  })

  it('refuses bad options with a message', () => {
    expect(thrown(() => importTable('1 x', { vendor: 'Acme Corp' })).reason).toBe('bad-option')
    expect(thrown(() => importTable('1 x', { vendor: 'acme', timeZone: 'Mars/Olympus' })).message).toContain(
      'time zone',
    )
  })

  // A hang guard, not a speed check: each input is some megabyte of text, linear work in milliseconds and
  // a quadratic scan (a backtracking pattern) in minutes, which the test's timeout catches whatever the load
  // of the machine. Speed itself is the bench's to judge.
  it('stays linear on pathological input', { timeout: 60_000 }, () => {
    const inputs = [
      `1804 ${'a '.repeat(600_000)}`,
      `${'<'.repeat(1_000_000)}<table>`,
      `<table>${'<tr><td>1<td>'.repeat(100_000)}`,
      `| ${'| '.repeat(400_000)}\n|---|\n`,
      `"${'x'.repeat(1_000_000)}`,
      `${'1804,'.repeat(300_000)}\n1,2`,
      `Code ${'Description '.repeat(300_000)}\n1 a`,
      `${'&#'.repeat(500_000)}<table><tr><td>1</td><td>a</td></tr></table>`,
      `${'1 '.repeat(1_000)}\n`.repeat(500),
    ]
    for (const input of inputs) {
      try {
        importTable(input, { vendor: 'acme' })
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError)
      }
    }
  })
})

describe('round trip with errcode export', () => {
  // What `errcode export` prints: every catalog by vendor id.
  const exported = JSON.parse(
    JSON.stringify(
      Object.fromEntries(
        Object.entries(catalogs).map(([k, c]) => [
          k,
          { vendor: c.vendor, title: c.title, source: c.source, timeZone: c.timeZone, entries: c.entries },
        ]),
      ),
    ),
  ) as unknown
  const dir = mkdtempSync(join(tmpdir(), 'errcode-import-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const root = fileURLToPath(new URL('../..', import.meta.url))

  it.each(['navinfo', 'jiguang', 'guanaitong', 'ucpaas', 'iyune'] as const)(
    '%s: export JSON → import → the same entries; → module → the same catalog',
    async (vendor) => {
      const catalog = catalogs[vendor] as Catalog
      const result = importTable(JSON.stringify(exported), { vendor })
      expect(result).toMatchObject({ vendor, title: catalog.title, source: catalog.source, timeZone: catalog.timeZone })
      expect(result.entries).toEqual(catalog.entries.map((e) => ({ ...e })))
      expect(result.counts.marked).toBe(0)

      const file = join(dir, `${vendor}.ts`)
      writeFileSync(file, renderModule(result, { importFrom: pathToFileURL(join(root, 'src', 'index.ts')).href }))
      const module = (await import(pathToFileURL(file).href)) as Record<string, Catalog>
      const rebuilt = Object.values(module)[0] as Catalog
      expect(rebuilt.vendor).toBe(vendor)
      expect(rebuilt.entries.map((e: CatalogEntry) => ({ ...e }))).toEqual(catalog.entries.map((e) => ({ ...e })))
      expect(checkCatalog(rebuilt)).toEqual([])
    },
  )

  it('reads its own --json output back, review notes included', () => {
    const first = importTable('错误码 错误信息\n1 系统繁忙\n2 Zorblax\n3 余额不足', { vendor: 'acme' })
    const again = importTable(JSON.stringify(toJson(first)), { vendor: 'acme' })
    expect(again.entries).toEqual(first.entries)
    expect(again.counts.marked).toBe(first.counts.marked)
    expect(again.timeZone).toBe(first.timeZone)
  })

  it('asks for a vendor the export does not have', () => {
    expect(thrown(() => importTable(JSON.stringify(exported), { vendor: 'acme' })).message).toMatch(
      /no catalog "acme".*navinfo/,
    )
  })

  it('suggests what JSON entries leave out, and marks them', () => {
    const result = importTable(JSON.stringify([{ code: '7', description: { zh: '余额不足' } }]), { vendor: 'acme' })
    expect(result.entries[0]).toMatchObject({
      code: '7',
      category: 'billing',
      retry: { kind: 'never' },
      review: { mark: true },
    })
  })
})

describe('the catalog module', () => {
  it('is house style: defineCatalog, the source, a header of what was generated and what to review, REVIEW marks', async () => {
    const table =
      'Error codes of Acme https://acme.example/codes\n\n错误码 错误信息 处理建议\n1 系统繁忙 稍后重试\n2 Zorblax it\'s "odd" \\ 请联系我们\n'
    const result = importTable(table, { vendor: 'acme-sms' })
    const text = renderModule(result)
    expect(text).toContain("import { backoff, defineCatalog, never } from 'errcode-js'")
    expect(text).toContain('export const acmeSmsCatalog = defineCatalog({')
    expect(text).toContain("source: 'https://acme.example/codes',")
    expect(text).toContain('generated by `errcode import`')
    expect(text).toContain('Nothing is translated')
    expect(text).toContain('marked REVIEW')
    expect(text).toMatch(/\/\/ 1: category unavailable: unavailable\.busy "繁忙"/)
    expect(text).toMatch(/\/\/ REVIEW 2: no rule matched/)
    expect(text).toContain(`message: 'Zorblax it\\'s "odd" \\\\',`)
    const repo = renderModule(result, { importFrom: 'repo' })
    expect(repo).toContain("import { defineCatalog } from '../src/catalog/define-catalog.js'")
    expect(repo).toContain("import { backoff, never } from '../src/catalog/retry-rules.js'")
    const findings = checkCatalog(toJson(result), { source: text })
    expect(findings.filter((f) => f.kind === 'review-left').map((f) => f.code)).toContain(2)
  })
})

describe('every cell of a row survives import', () => {
  // A table in the shape of WeChat's per-API error tables, whose header issue 28 quotes:
  // `错误码 | 简称 | 错误详情`. `简称` names no role that the importer knows.
  const md = [
    '| 错误码 | 简称 | 错误详情 |',
    '| --- | --- | --- |',
    '| 40003 | invalid openid | touser字段openid为空或者不正确 |',
    '| 40037 | invalid template_id | 订阅模板id为空不正确 |',
    '| 43101 | user refuse to accept the msg | 用户拒绝接受消息，如果用户之前曾经订阅过，则表示用户取消了订阅关系 |',
  ].join('\n')

  it('reads a column whose header names no role as the role left free, and says so', () => {
    const result = importTable(md, { vendor: 'wechat-subscribe' })
    expect(result.entries.map((e) => [e.code, e.message, e.description.zh])).toEqual([
      [40003, 'invalid openid', 'touser字段openid为空或者不正确'],
      [40037, 'invalid template_id', '订阅模板id为空不正确'],
      [43101, 'user refuse to accept the msg', '用户拒绝接受消息，如果用户之前曾经订阅过，则表示用户取消了订阅关系'],
    ])
    expect(result.entries[0]?.review?.rules).toContain('the column "简称" names no role: its cells are read as message')
    expect(result.notes.join('\n')).not.toMatch(/left out/)
  })

  it('still leaves out, and reports, a column of links and one no free role can take', () => {
    const links = importTable(
      ['| 错误码 | 错误描述 | 文档 |', '| --- | --- | --- |', '| 1 | 参数错误 | https://example.com/1 |'].join('\n'),
      { vendor: 'x' },
    )
    expect(links.notes.join('\n')).toMatch(/columns left out \(their header names no role\): "文档"/)
    const full = importTable(
      [
        '| 错误码 | 错误信息 | 错误描述 | 解决方案 | 其他 |',
        '| --- | --- | --- | --- | --- |',
        '| 1 | bad | 参数错误 | 检查参数 | 另一段话 |',
      ].join('\n'),
      { vendor: 'x' },
    )
    expect(full.notes.join('\n')).toMatch(/columns left out \(their header names no role\): "其他"/)
  })
})
