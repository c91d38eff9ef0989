import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/src/tools/cli.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // `export` prints every catalog: over a megabyte since Tencent Cloud's, past spawnSync's default buffer.
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the errcode command', () => {
  it('explains a vendor code: words, translation, category, retry in plain words, advice', () => {
    const r = cli('explain', 'navinfo', '1007')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('navinfo 1007 VISITS_DAY_EXCESS')
    expect(r.stdout).toContain('description en: Visit exceeded daily visits')
    expect(r.stdout).toContain('description zh: 访问量超过每日上限 (translation)')
    expect(r.stdout).toContain('category: quota')
    expect(r.stdout).toContain("retry: wait until the window resets: the next day at 00:00 on the vendor's clock")
    expect(r.stdout).toContain('advice en: Developer’s daily visits exceeded')
    expect(r.stdout).not.toContain('\u001b[')
  })

  it('explains the readings a message chooses, and exports their patterns as text', () => {
    const r = cli('explain', 'aliyun-sms', 'isv.BUSINESS_LIMIT_CONTROL')
    expect(r.stdout).toContain('when the message matches /小时级流控/: retry: wait 3600 s, then retry')
    expect(r.stdout).toContain('when the message matches /天级流控/: category: quota')
    const all = JSON.parse(cli('export').stdout) as Record<
      string,
      { entries: { code: unknown; byMessage?: unknown }[] }
    >
    const entry = all['aliyun-sms']?.entries.find((e) => e.code === 'isv.BUSINESS_LIMIT_CONTROL')
    expect(entry?.byMessage).toMatchObject([
      { message: '/小时级流控/' },
      { message: '/号码天级流控/' },
      { message: '/天级流控/' },
    ])
  })

  it('says whom a limit limits, in text as in JSON', () => {
    const r = cli('explain', 'jiguang', '9006')
    expect(r.stdout).toContain('scope: recipient (one phone number or user)')
    expect(cli('explain', 'navinfo', '1007').stdout).toContain('scope: account (the whole credential)')
  })

  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    const r = cli('--version')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(`${pkg.version}\n`)
  })

  it('names the vendor ids, and the one meant, for a vendor it does not know', () => {
    const r = cli('explain', 'aliyun', 'isv.DAY_LIMIT_CONTROL')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('Did you mean aliyun-sms or aliyun-pop?')
    expect(r.stderr).toMatch(/Vendor ids: .*tencent-sms/)
    expect(cli('explain', 'tencent', 'LimitExceeded.AppDailyLimit').stderr).toContain(
      'Did you mean tencent-sms or tencent-cloud?',
    )
  })

  it('keeps string codes as strings: ucpaas "000000" is success, 0 is not a ucpaas code', () => {
    expect(cli('explain', 'ucpaas', '000000').stdout).toContain('kind: success')
    expect(cli('explain', 'ucpaas', '0').status).toBe(1)
  })

  it('lists every vendor that has a code when no vendor is named', () => {
    const r = cli('explain', '0', '--json')
    expect(r.status).toBe(0)
    const vendors = (JSON.parse(r.stdout) as { vendor: string }[]).map((e) => e.vendor)
    expect(vendors).toEqual(['jiguang', 'guanaitong', 'wechat', 'wecom', 'feishu'])
  })

  it('searches words in either language', () => {
    const zh = cli('search', '签名')
    expect(zh.status).toBe(0)
    expect(zh.stdout).toMatch(/navinfo\s+1005/)
    expect(zh.stdout).toMatch(/guanaitong\s+1000210002/)
    const en = JSON.parse(cli('search', 'quota', '--json').stdout) as { vendor: string; code: unknown }[]
    expect(en.map((e) => `${e.vendor} ${e.code}`)).toEqual(
      expect.arrayContaining(['jiguang 9007', 'jiguang 9019', 'navinfo 1015']),
    )
  })

  it('lists a vendor and exports every catalog as JSON', () => {
    expect(cli('list', 'jiguang').stdout.trim().split('\n')).toHaveLength(49)
    const all = JSON.parse(cli('export').stdout) as Record<string, { entries: unknown[] }>
    expect(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.entries.length]))).toEqual({
      navinfo: 21,
      wechatpay: 57,
      jiguang: 49,
      guanaitong: 41,
      ucpaas: 165,
      iyune: 79,
      wechat: 214,
      openai: 15,
      slack: 245,
      telegram: 8,
      'meta-graph': 125,
      bailian: 26,
      qianfan: 38,
      wecom: 1251,
      feishu: 523,
      amap: 51,
      alipay: 102,
      'aliyun-sms': 114,
      'tencent-sms': 128,
      'tencent-cloud': 929,
      'aliyun-pop': 1019,
    })
    expect(JSON.parse(cli('list', 'iyune', '--json').stdout)).toHaveLength(79)
  })

  it('says clearly what is wrong, with exit codes scripts can rely on, and never a stack trace', () => {
    const cases: [string[], number, RegExp][] = [
      [['explain', 'nope', '1'], 2, /unknown vendor "nope"/],
      [['explain', 'ucpaas', '999'], 1, /ucpaas has no code 999/],
      [['explain', '424242'], 1, /no vendor has the code 424242/],
      [['search', 'zzzzzz'], 1, /no code mentions "zzzzzz"/],
      [['list'], 2, /usage: errcode list <vendor>/],
      [['frobnicate'], 2, /unknown command "frobnicate"/],
      [['list', 'jiguang', '--colour'], 2, /unknown option --colour/],
      [[], 2, /Usage/],
    ]
    for (const [args, status, message] of cases) {
      const r = cli(...args)
      expect(r.status, args.join(' ')).toBe(status)
      expect(r.stderr, args.join(' ')).toMatch(message)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stdout).toBe('')
    }
  })

  it('prints help on --help, with exit code 0', () => {
    const r = cli('--help')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('errcode explain <vendor> <code>')
  })

  it('ends quietly with exit code 0 when the reader closes the pipe early (errcode export | head -c 100)', async () => {
    // A real pipe, as a shell makes one: the pipes of spawn() are socket pairs, whose buffer takes the
    // whole export, so the command would never see the reader go.
    const dir = mkdtempSync(join(tmpdir(), 'errcode-cli-'))
    const fifo = join(dir, 'stdout')
    execFileSync('mkfifo', [fifo])
    const readFd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)
    const writeFd = openSync(fifo, constants.O_WRONLY)
    const child = spawn(process.execPath, ['dist/src/tools/cli.js', 'export'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', writeFd, 'pipe'],
    })
    closeSync(writeFd)
    const reader = new Socket({ fd: readFd, readable: true, writable: false })
    let read = 0
    reader.on('data', (chunk: Buffer) => {
      read += chunk.length
      if (read >= 100) reader.destroy()
    })
    let stderr = ''
    if (child.stderr === null) throw new Error('spawn gave no stderr pipe')
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    )
    reader.destroy()
    rmSync(dir, { recursive: true, force: true })
    expect(read).toBeGreaterThanOrEqual(100)
    expect(stderr).toBe('')
    expect({ code, signal }).toEqual({ code: 0, signal: null })
  })

  it('colours output only on a terminal', () => {
    // spawnSync pipes stdout: no terminal, so no escape codes even without NO_COLOR.
    const r = spawnSync(process.execPath, ['dist/src/tools/cli.js', 'explain', 'jiguang', '1804'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(r.stdout).not.toContain('\u001b[')
  })
})

describe('errcode import and errcode check', () => {
  it('imports a pasted table as JSON: every code in its own type, the vendor’s words as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errcode-import-'))
    try {
      const table = join(dir, 'acme.md')
      writeFileSync(
        table,
        '| 错误码 | 说明 |\n| --- | --- |\n| 0 | 成功 |\n| 1804 | 请求频率超限 |\n| -1 | 系统繁忙 |\n| 40001 | access_token 无效 |\n',
      )
      const r = cli('import', table, '--vendor', 'acme', '--json')
      expect(r.status).toBe(0)
      const out = JSON.parse(r.stdout) as { vendor: string; entries: { code: unknown; description: { zh?: string } }[] }
      expect(out.vendor).toBe('acme')
      expect(out.entries.map((e) => e.code)).toEqual([0, 1804, -1, 40001])
      expect(out.entries[1]?.description.zh).toBe('请求频率超限')
      expect(r.stderr).toMatch(/^errcode import: 4 codes, \d+ marked for review\n$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('imports a Markdown table: the heading without its #, one number’s daily limit as the recipient’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errcode-import-'))
    try {
      const table = join(dir, 'acme.md')
      writeFileSync(table, '# Acme 错误码\n\n| 错误码 | 错误描述 |\n| --- | --- |\n| 1002 | 该手机号当日发送量超限 |\n')
      const out = JSON.parse(cli('import', table, '--vendor', 'acme', '--json').stdout) as {
        title: string
        entries: { code: number; scope?: string }[]
      }
      expect(out.title).toBe('Acme 错误码')
      expect(out.entries[0]).toMatchObject({ code: 1002, scope: 'recipient' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('writes a catalog module with --out, and reads the JSON of errcode export back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'errcode-import-'))
    try {
      const exported = join(dir, 'all.json')
      writeFileSync(exported, cli('export').stdout)
      const out = join(dir, 'ucpaas.ts')
      const r = cli('import', exported, '--vendor', 'ucpaas', '--out', out)
      expect(r.status).toBe(0)
      const text = readFileSync(out, 'utf8')
      expect(text).toContain('defineCatalog({')
      expect(text).toContain("code: '000000'")
      expect(text).toContain('generated by `errcode import`')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.each([
    ['an empty input', '', /the input is empty/],
    ['binary bytes', Buffer.from([0, 1, 2, 255, 254, 0, 7]).toString('latin1'), /binary/],
    ['a table with no codes', 'name | text\n--- | ---\nhello | world\n', /no codes found/],
  ])('refuses %s with a message and exit 2, never a stack trace', (_, input, message) => {
    const r = spawnSync(process.execPath, ['dist/src/tools/cli.js', 'import', '-', '--vendor', 'x'], {
      cwd: root,
      input: Buffer.from(input, 'latin1'),
      encoding: 'utf8',
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('needs a vendor id', () => {
    expect(cli('import', 'x.txt').status).toBe(2)
  })

  it('the flow of docs/custom-vendors.md on this Node: import --out a .ts catalog, decide it, and check reads it until it is clean', () => {
    // Inside the package, so that the generated `import … from 'errcode-js'` resolves (the package names itself).
    mkdirSync(join(root, '.scratch'), { recursive: true })
    const dir = mkdtempSync(join(root, '.scratch', 'check-'))
    try {
      const table = join(dir, 'acme.md')
      writeFileSync(table, '| 错误码 | 错误描述 |\n| --- | --- |\n| 1001 | 参数错误 |\n| 1003 | 请求过于频繁 |\n')
      const out = join(dir, 'acme.ts')
      expect(cli('import', table, '--vendor', 'acme', '--out', out).status).toBe(0)
      const first = cli('check', out)
      expect(first.status).toBe(1)
      expect(first.stdout).toContain('REVIEW 1003')
      expect(first.stdout).toContain('source is still the placeholder')
      // Decided: the REVIEW lines deleted, the source given, the other language added and marked.
      const decided = readFileSync(out, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*\/\/ REVIEW/.test(line))
        .join('\n')
        .replace(/source: '[^']*'/, "source: 'https://example.com/acme/errors'")
        .replace("timeZone: 'Asia/Shanghai',", "timeZone: 'Asia/Shanghai',\n  translated: { description: 'en' },")
        .replace("description: { zh: '参数错误' }", "description: { zh: '参数错误', en: 'invalid parameter' }")
        .replace("description: { zh: '请求过于频繁' }", "description: { zh: '请求过于频繁', en: 'too many requests' }")
      writeFileSync(out, decided)
      // The header's own words ("marked REVIEW") are no mark.
      expect(decided).toContain('marked REVIEW')
      const r = cli('check', out)
      expect(r.stdout).toBe('errcode check: no findings\n')
      expect(r.status).toBe(0)
      // A module with type syntax says how to check it, on a Node that cannot strip types.
      writeFileSync(join(dir, 'typed.ts'), `${decided}\nexport const n: number = 1\n`)
      const typed = cli('check', join(dir, 'typed.ts'))
      if ((process.features as { typescript?: unknown }).typescript) expect(typed.status).toBe(0)
      else expect(typed.stderr).toMatch(/type syntax.*tsx/)
      expect(readFileSync(out, 'utf8')).toBe(decided)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('check: a shipped catalog is clean (exit 0); a catalog with findings lists them (exit 1)', () => {
    expect(cli('check', 'dist/catalogs/jiguang.js').status).toBe(0)
    const dir = mkdtempSync(join(tmpdir(), 'errcode-check-'))
    try {
      const bad = join(dir, 'bad.json')
      writeFileSync(
        bad,
        JSON.stringify({
          vendor: 'acme',
          entries: [
            {
              code: 1,
              kind: 'error',
              category: 'rate_limit',
              retry: { kind: 'never' },
              description: { en: 'too fast' },
            },
            { code: 1, kind: 'error', category: 'quota', retry: { kind: 'never' }, description: { en: 'daily' } },
          ],
        }),
      )
      const r = cli('check', bad)
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(/duplicate/i)
      expect(r.stdout).toMatch(/scope/)
      expect(cli('check', join(dir, 'missing.json')).status).toBe(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
