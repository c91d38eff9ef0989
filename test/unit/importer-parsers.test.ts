import { describe, expect, it } from 'vitest'
import { ImportError, importTable, loadParsers } from '../../src/tools/importer/index.js'

/** A loader that fails as Node's import does when the package is not installed. */
const absent = (name: string) => () =>
  Promise.reject(
    Object.assign(new Error(`Cannot find package '${name}' imported from errcode`), { code: 'ERR_MODULE_NOT_FOUND' }),
  )

const csv = 'code,message\n1001,rate limited\n1002,balance too low\n'
const html = '<table><tr><th>Code</th><th>Message</th></tr><tr><td>1001</td><td>rate limited</td></tr></table>'

function refused(text: string, parsers: Awaited<ReturnType<typeof loadParsers>>): ImportError {
  try {
    importTable(text, { vendor: 'acme' }, parsers)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    return error as ImportError
  }
  throw new Error('the import was not refused')
}

describe('the parsers errcode import borrows', () => {
  it('loads csv-parse and htmlparser2 when they are installed', async () => {
    const parsers = await loadParsers()
    expect(importTable(csv, { vendor: 'acme' }, parsers).counts.shapes).toEqual({ csv: 2 })
    expect(importTable(html, { vendor: 'acme' }, parsers).counts.shapes).toEqual({ html: 1 })
  })

  it('names the package to install when CSV needs csv-parse and it is missing', async () => {
    const parsers = await loadParsers({ csv: absent('csv-parse'), html: () => import('htmlparser2') })
    const error = refused(csv, parsers)
    expect(error.reason).toBe('missing-parser')
    expect(error.exitCode).toBe(2)
    expect(error.message).toBe(
      'reading CSV or TSV (or text with commas, semicolons or tabs in most lines) needs the csv-parse package, which is not installed: npm install --save-dev csv-parse',
    )
    // HTML, plain lines and JSON do not need it.
    expect(importTable(html, { vendor: 'acme' }, parsers).entries).toHaveLength(1)
    expect(importTable('1001 rate limited\n1002 余额不足', { vendor: 'acme' }, parsers).entries).toHaveLength(2)
    expect(importTable('[{"code":1001,"message":"rate limited"}]', { vendor: 'acme' }, parsers).entries).toHaveLength(1)
  })

  it('names htmlparser2 when an HTML table needs it and it is missing', async () => {
    const parsers = await loadParsers({ csv: () => import('csv-parse/sync'), html: absent('htmlparser2') })
    const error = refused(html, parsers)
    expect(error.reason).toBe('missing-parser')
    expect(error.message).toBe(
      'reading an HTML table needs the htmlparser2 package, which is not installed: npm install --save-dev htmlparser2',
    )
    expect(importTable(csv, { vendor: 'acme' }, parsers).entries).toHaveLength(2)
  })

  it('passes on a failure that is not a missing package', async () => {
    const broken = () => Promise.reject(new SyntaxError('Unexpected token'))
    await expect(loadParsers({ csv: broken, html: () => import('htmlparser2') })).rejects.toThrow(SyntaxError)
  })
})
