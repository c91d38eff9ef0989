#!/usr/bin/env node
// errcode: look vendor codes up from the terminal. Exit codes: 0 found, 1 nothing found, 2 usage error.
import { readFileSync, writeFileSync } from 'node:fs'
import { catalogs } from '../../catalogs/index.js'
import type { Catalog, CatalogEntry } from '../types.js'
import { CheckError, checkCatalog, formatFindings, readCatalogFile } from './check.js'
import {
  decodeInput,
  ImportError,
  importTable,
  loadParsers,
  maxInputBytes,
  renderModule,
  toJson,
} from './importer/index.js'
import { retryInWords } from './retry-words.js'

const HELP = `errcode: vendor API error codes, explained

Usage
  errcode explain <vendor> <code>   what a code means, its category and what to do about it
  errcode explain <code>            every vendor that has the code
  errcode search <text>             codes whose words contain the text (English or Chinese)
  errcode list <vendor>             every code of a vendor
  errcode export                    every catalog as JSON
  errcode vendors                   the vendors errcode knows
  errcode import <file|-> --vendor <id> [--out <path>] [--json] [--time-zone <IANA>]
                                    a published code table (text, Markdown, HTML, CSV/TSV, or the JSON
                                    of export) as a catalog module to review, or with --json as JSON
  errcode check <catalog>           a catalog module or JSON: duplicates, mixed code types, missing
                                    words, retry rules against categories, limits without a scope,
                                    timestamp codes without clock skew, review marks left in

Options
  --json     machine-readable output
  --help     this text
  --version  the version of errcode

Vendors: ${Object.keys(catalogs).join(', ')}
Exit codes: 0 found (import: written; check: clean), 1 nothing found (check: findings), 2 usage error.
`

/** What a command prints (`stdout`: on standard output whatever the exit code, as check's findings). */
type Out = { code: number; text: string; json?: unknown; stdout?: boolean }

const vendors = catalogs as Readonly<Record<string, Catalog>>

/** JSON has no RegExp: a `byMessage` pattern is written as its `/source/flags` text. */
const patternsAsText = (_key: string, value: unknown) => (value instanceof RegExp ? String(value) : value)

function entryJson(vendor: string, e: CatalogEntry) {
  return { vendor, ...e, retryInWords: retryInWords(e.retry) }
}

interface Paint {
  bold(s: string): string
  dim(s: string): string
  accent(s: string): string
}

function describe(vendor: string, catalog: Catalog, e: CatalogEntry, paint: Paint): string {
  const lines = [
    paint.bold(`${vendor} ${typeof e.code === 'string' ? JSON.stringify(e.code) : e.code}`) +
      (e.name ? ` ${paint.dim(e.name)}` : ''),
  ]
  const said = (label: string, text: { en?: string; zh?: string } | undefined, translated: string | undefined) => {
    if (text === undefined) return
    for (const locale of ['en', 'zh'] as const) {
      const value = text[locale]
      if (value === undefined) continue
      lines.push(`  ${label} ${locale}: ${value}${translated === locale ? paint.dim(' (translation)') : ''}`)
    }
  }
  if (e.message !== undefined) lines.push(`  message: ${e.message}`)
  said('description', e.description, e.translated?.description)
  for (const v of e.variants ?? []) said('also listed as', v, e.translated?.description)
  said('advice', e.remedy, e.translated?.remedy)
  lines.push(
    `  kind: ${e.kind}${e.kind === 'error' ? `, category: ${paint.accent(e.category)}` : ''}${e.scope === undefined ? '' : `, scope: ${e.scope} (${SCOPE_WORDS[e.scope]})`}`,
  )
  if (e.kind === 'error') lines.push(`  retry: ${retryInWords(e.retry)}`)
  for (const v of e.byMessage ?? []) {
    const changes = [
      v.category === undefined ? undefined : `category: ${v.category}`,
      v.retry === undefined ? undefined : `retry: ${retryInWords(v.retry)}`,
      v.scope === undefined ? undefined : `scope: ${v.scope}`,
    ].filter((c) => c !== undefined)
    lines.push(`  when the message matches ${String(v.message)}: ${changes.join(', ')}`)
  }
  if (e.publishedName !== undefined) lines.push(paint.dim(`  published name: ${e.publishedName}`))
  lines.push(paint.dim(`  source: ${catalog.title}, ${catalog.source}`))
  return lines.join('\n')
}

/** Whom a limit limits, in words. */
const SCOPE_WORDS: Readonly<Record<NonNullable<CatalogEntry['scope']>, string>> = {
  account: 'the whole credential',
  recipient: 'one phone number or user',
  request: 'this very request',
}

function unknownVendor(vendor: string): Out {
  const near = Object.keys(vendors).filter((id) => id.startsWith(vendor) || vendor.startsWith(id.split('-')[0] ?? id))
  const hint = near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : ''
  return {
    code: 2,
    text: `errcode: unknown vendor "${vendor}".${hint} Vendor ids: ${Object.keys(vendors).join(', ')}`,
  }
}

/** The version of this package, from its package.json (`dist/src/tools/` or `src/tools/` below it). */
function version(): string {
  for (const up of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'errcode-js' && pkg.version !== undefined) return pkg.version
    } catch {
      // Not there: the other layout.
    }
  }
  return 'unknown'
}

function run(argv: readonly string[], paint: Paint): Out {
  const flags = new Set(argv.filter((a) => a.startsWith('--')))
  const args = argv.filter((a) => !a.startsWith('--'))
  const unknownFlag = [...flags].find((f) => f !== '--json' && f !== '--help' && f !== '--version')
  if (unknownFlag !== undefined) return { code: 2, text: `errcode: unknown option ${unknownFlag}\n\n${HELP}` }
  if (flags.has('--version') || (args.length === 1 && args[0] === 'version')) {
    const v = version()
    return { code: 0, json: { version: v }, text: v }
  }
  const [command, ...rest] = args
  if (flags.has('--help') || command === undefined || command === 'help')
    return { code: command === undefined && !flags.has('--help') ? 2 : 0, text: HELP }

  if (command === 'vendors') {
    const list = Object.values(vendors).map((c) => ({ vendor: c.vendor, title: c.title, codes: c.entries.length }))
    return {
      code: 0,
      json: list,
      text: list
        .map((v) => `${paint.bold(v.vendor.padEnd(11))} ${String(v.codes).padStart(4)} codes  ${v.title}`)
        .join('\n'),
    }
  }
  if (command === 'export') {
    const all = Object.fromEntries(
      Object.entries(vendors).map(([k, c]) => [
        k,
        { vendor: c.vendor, title: c.title, source: c.source, timeZone: c.timeZone, entries: c.entries },
      ]),
    )
    return { code: 0, json: all, text: JSON.stringify(all, patternsAsText, 2) }
  }
  if (command === 'list') {
    if (rest.length !== 1) return { code: 2, text: 'errcode: usage: errcode list <vendor>' }
    const catalog = vendors[rest[0] as string]
    if (catalog === undefined) return unknownVendor(rest[0] as string)
    return {
      code: 0,
      json: catalog.entries.map((e) => entryJson(catalog.vendor, e)),
      text: catalog.entries
        .map(
          (e) =>
            `${String(typeof e.code === 'string' ? JSON.stringify(e.code) : e.code).padEnd(26)} ${paint.accent((e.kind === 'error' ? e.category : e.kind).padEnd(15))} ${e.description.en ?? e.description.zh ?? ''}`,
        )
        .join('\n'),
    }
  }
  if (command === 'explain') {
    if (rest.length === 2) {
      const [vendor = '', code = ''] = rest
      const catalog = vendors[vendor]
      if (catalog === undefined) return unknownVendor(vendor)
      const entry = catalog.get(code)
      if (entry === undefined)
        return {
          code: 1,
          text: `errcode: ${vendor} has no code ${code} in its catalog (${catalog.entries.length} codes; try: errcode list ${vendor})`,
        }
      return { code: 0, json: entryJson(vendor, entry), text: describe(vendor, catalog, entry, paint) }
    }
    if (rest.length === 1) {
      const code = rest[0] as string
      const found = Object.values(vendors).flatMap((c) => {
        const e = c.get(code)
        return e === undefined ? [] : [{ catalog: c, entry: e }]
      })
      if (found.length === 0) return { code: 1, text: `errcode: no vendor has the code ${code}` }
      return {
        code: 0,
        json: found.map((f) => entryJson(f.catalog.vendor, f.entry)),
        text: found.map((f) => describe(f.catalog.vendor, f.catalog, f.entry, paint)).join('\n\n'),
      }
    }
    return { code: 2, text: 'errcode: usage: errcode explain <vendor> <code>, or errcode explain <code>' }
  }
  if (command === 'search') {
    const needle = rest.join(' ').trim().toLowerCase()
    if (needle === '') return { code: 2, text: 'errcode: usage: errcode search <text>' }
    const hits = Object.values(vendors).flatMap((c) =>
      c.entries
        .filter((e) =>
          [
            String(e.code),
            e.name,
            e.publishedName,
            e.message,
            e.description.en,
            e.description.zh,
            e.remedy?.en,
            e.remedy?.zh,
            ...(e.variants ?? []).flatMap((v) => [v.en, v.zh]),
          ].some((t) => t?.toLowerCase().includes(needle)),
        )
        .map((e) => ({ catalog: c, entry: e })),
    )
    if (hits.length === 0) return { code: 1, text: `errcode: no code mentions "${needle}"` }
    return {
      code: 0,
      json: hits.map((h) => entryJson(h.catalog.vendor, h.entry)),
      text: hits
        .map(
          (h) =>
            `${paint.bold(h.catalog.vendor.padEnd(11))} ${String(typeof h.entry.code === 'string' ? JSON.stringify(h.entry.code) : h.entry.code).padEnd(26)} ${h.entry.description.en ?? ''} ${paint.dim(h.entry.description.zh ?? '')}`,
        )
        .join('\n'),
    }
  }
  return { code: 2, text: `errcode: unknown command "${command}"\n\n${HELP}` }
}

const plain: Paint = { bold: (s) => s, dim: (s) => s, accent: (s) => s }
const colour: Paint = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  accent: (s) => `\u001b[36m${s}\u001b[39m`,
}

// A reader that goes away early (`errcode export | head`) is not a failure: stop writing and exit 0,
// without Node's unhandled 'error' event and its stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.stdout.destroy()
  process.exitCode = 0
})

/** The value of `--name value` or `--name=value`, and the arguments without it. */
function option(argv: readonly string[], name: string): { value: string | undefined; rest: string[] } {
  const rest: string[] = []
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === name) value = argv[++i] ?? ''
    else if (a.startsWith(`${name}=`)) value = a.slice(name.length + 1)
    else rest.push(a)
  }
  return { value, rest }
}

/** Reads a file, or standard input for `-`, up to one byte more than the importer takes. */
function readInput(path: string): Uint8Array {
  const bytes = readFileSync(path === '-' ? 0 : path)
  return bytes.byteLength > maxInputBytes + 1 ? bytes.subarray(0, maxInputBytes + 1) : bytes
}

const IMPORT_USAGE =
  'errcode: usage: errcode import <file|-> --vendor <id> [--out <path>] [--json] [--time-zone <IANA>]'

/** `errcode import`: the module (or JSON) on stdout or in `--out`, a summary on stderr. */
async function runImport(argv: readonly string[]): Promise<Out> {
  const vendor = option(argv, '--vendor')
  const out = option(vendor.rest, '--out')
  const zone = option(out.rest, '--time-zone')
  const json = zone.rest.includes('--json')
  const args = zone.rest.filter((a) => a !== '--json')
  const unknown = args.find((a) => a.startsWith('--') && a !== '--')
  if (unknown !== undefined)
    return {
      code: 2,
      text: `errcode import: unknown option ${unknown}
${IMPORT_USAGE}`,
    }
  const files = args.slice(1)
  if (files.length !== 1 || vendor.value === undefined || vendor.value === '') return { code: 2, text: IMPORT_USAGE }
  const file = files[0] as string
  try {
    let bytes: Uint8Array
    try {
      bytes = readInput(file)
    } catch (error) {
      return {
        code: 2,
        text: `errcode import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      }
    }
    // csv-parse and htmlparser2 are optional: loaded here, and asked for by name when an input needs one.
    const result = importTable(
      decodeInput(bytes),
      { vendor: vendor.value, ...(zone.value === undefined ? {} : { timeZone: zone.value }) },
      await loadParsers(),
    )
    const text = json
      ? JSON.stringify(toJson(result), null, 2)
      : renderModule(result, {
          importFrom: out.value !== undefined && /(^|\/)catalogs\//.test(out.value) ? 'repo' : 'errcode-js',
        })
    const review = result.entries.filter((e) => e.review?.mark === true).length
    const summary = `errcode import: ${result.entries.length} codes, ${review} marked for review${out.value === undefined ? '' : ` → ${out.value}`}`
    if (out.value !== undefined) {
      writeFileSync(out.value, text.endsWith('\n') ? text : `${text}\n`)
      return { code: 0, text: summary }
    }
    process.stderr.write(`${summary}\n`)
    return { code: 0, text: text.endsWith('\n') ? text.slice(0, -1) : text, stdout: true }
  } catch (error) {
    if (error instanceof ImportError) return { code: 2, text: `errcode import: ${error.message}` }
    throw error
  }
}

/** `errcode check`: the findings, exit 1 when there are any. */
async function runCheck(argv: readonly string[]): Promise<Out> {
  const files = argv.slice(1).filter((a) => a !== '--json')
  if (files.length !== 1) return { code: 2, text: 'errcode: usage: errcode check <catalog module or JSON>' }
  try {
    const { value, source } = await readCatalogFile(files[0] as string)
    const findings = checkCatalog(value, { source })
    return { code: findings.length === 0 ? 0 : 1, json: findings, text: formatFindings(findings), stdout: true }
  } catch (error) {
    if (error instanceof CheckError) return { code: 2, text: `errcode check: ${error.message}` }
    throw error
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const tty = process.stdout.isTTY === true && process.env.NO_COLOR === undefined && !argv.includes('--json')
  let out: Out
  try {
    const command = argv.find((a) => !a.startsWith('--'))
    const from = argv.indexOf(command ?? '')
    if (command === 'import' && !argv.includes('--help')) out = await runImport(argv.slice(from))
    else if (command === 'check' && !argv.includes('--help')) out = await runCheck(argv.slice(from))
    else out = run(argv, tty ? colour : plain)
  } catch (error) {
    out = { code: 2, text: `errcode: ${error instanceof Error ? error.message : String(error)}` }
  }
  const stream = out.code === 0 || out.stdout === true ? process.stdout : process.stderr
  if (argv.includes('--json') && out.json !== undefined)
    process.stdout.write(`${JSON.stringify(out.json, patternsAsText, 2)}\n`)
  else stream.write(`${out.text}\n`)
  process.exitCode = out.code
}

void main()
