// `errcode import` where csv-parse and htmlparser2 are not installed: the built command, copied with its
// package.json to a folder that has no node_modules on its way up, reads plain text and asks for the
// parser a CSV or an HTML table needs, by name.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bare = mkdtempSync(join(tmpdir(), 'errcode-bare-'))
afterAll(() => rmSync(bare, { recursive: true, force: true }))

function bareCli(file: string, text: string) {
  writeFileSync(join(bare, file), text)
  const r = spawnSync(process.execPath, ['dist/src/tools/cli.js', 'import', file, '--vendor', 'acme', '--json'], {
    cwd: bare,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_PATH: '' },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('errcode import without its optional parsers', () => {
  cpSync(join(root, 'dist'), join(bare, 'dist'), { recursive: true })
  cpSync(join(root, 'package.json'), join(bare, 'package.json'))

  it('has no node_modules to find them in', () => {
    for (let dir = bare; dir !== join(dir, '..'); dir = join(dir, '..'))
      expect(
        existsSync(join(dir, 'node_modules', 'csv-parse')) || existsSync(join(dir, 'node_modules', 'htmlparser2')),
      ).toBe(false)
  })

  it('reads plain lines, which need neither', () => {
    const r = bareCli('codes.txt', '1001 rate limited\n1002 余额不足\n')
    expect(r.status).toBe(0)
    expect((JSON.parse(r.stdout) as { entries: unknown[] }).entries).toHaveLength(2)
  })

  it('asks for csv-parse by name for a CSV table, and exits 2', () => {
    const r = bareCli('codes.csv', 'code,message\n1001,rate limited\n1002,balance too low\n')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('errcode import: reading CSV or TSV')
    expect(r.stderr).toContain('npm install --save-dev csv-parse')
  })

  it('asks for htmlparser2 by name for an HTML table, and exits 2', () => {
    const r = bareCli(
      'codes.html',
      '<table><tr><th>Code</th><th>Message</th></tr><tr><td>1001</td><td>x</td></tr></table>',
    )
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('npm install --save-dev htmlparser2')
  })
})
