/**
 * `errcode check`: what a catalog must not ship with. It reads a catalog (a module's export, or the JSON of
 * `errcode export` or `errcode import --json`) and lists every finding; an empty list means the catalog is
 * clean. The command exits 1 when anything is found and 0 when nothing is.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isCategory, isRetryRule } from '../catalog/vocabulary.js'
import type { Code, Locale } from '../types.js'
import { mentionsClockRejection } from './importer/rules.js'
import { entryTexts } from './importer/suggest.js'

export type FindingKind =
  /** The same code twice (`1804` and `'1804'` are one code): keep one entry and its other texts in `variants`. */
  | 'duplicate-code'
  /** Numeric codes as numbers in some entries and as strings in others. */
  | 'mixed-code-types'
  /** An entry without a description in either language. */
  | 'no-text'
  /** A description or remedy in one language only: the other needs a translation, marked in `translated`. */
  | 'missing-language'
  /** A retry rule the category contradicts: a `rate_limit` that never retries, a `billing` code that backs off. */
  | 'retry-contradicts-category'
  /** A `rate_limit` or `quota` code that does not say whom it limits. */
  | 'limit-without-scope'
  /** A code that rejects the request's timestamp without `clockSkew: true`. */
  | 'timestamp-without-clock-skew'
  /** A review mark of `errcode import` is still there. */
  | 'review-left'
  /** A field errcode cannot use: no code, an unknown category or kind, a malformed retry rule or scope. */
  | 'invalid-entry'
  /** The input holds no catalog. */
  | 'not-a-catalog'

export interface Finding {
  readonly kind: FindingKind
  readonly vendor: string
  /** The entry's code, where the finding is about one entry. */
  readonly code?: Code
  readonly message: string
}

export interface CheckOptions {
  /** The catalog module's source text: `REVIEW` comments left in it are findings too. */
  readonly source?: string
}

/** Why `errcode check` could not read its input. The command exits with {@link CheckError.exitCode}. */
export class CheckError extends Error {
  override readonly name = 'CheckError'
  readonly exitCode = 2
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isCatalogLike(v: unknown): v is { vendor?: unknown; entries: readonly unknown[] } {
  return isRecord(v) && Array.isArray(v.entries)
}

/** The catalogs a value holds: one catalog, a map of them (`errcode export`), or a list of entries. */
function catalogsIn(value: unknown): { vendor: string; entries: readonly unknown[]; source?: string }[] {
  if (Array.isArray(value)) return [{ vendor: '(entries)', entries: value }]
  const sourceOf = (c: object) => {
    const source = (c as { source?: unknown }).source
    return typeof source === 'string' ? { source } : {}
  }
  if (isCatalogLike(value))
    return [
      {
        vendor: typeof value.vendor === 'string' ? value.vendor : '(catalog)',
        entries: value.entries,
        ...sourceOf(value),
      },
    ]
  if (!isRecord(value)) return []
  return Object.entries(value)
    .filter((pair): pair is [string, { vendor?: unknown; entries: readonly unknown[] }] => isCatalogLike(pair[1]))
    .map(([k, c]) => ({ vendor: typeof c.vendor === 'string' ? c.vendor : k, entries: c.entries, ...sourceOf(c) }))
}

function show(code: Code): string {
  return typeof code === 'string' ? JSON.stringify(code) : String(code)
}

const kinds = new Set(['success', 'result', 'error'])
const scopes = new Set(['account', 'recipient', 'request'])

function text(v: unknown, locale: Locale): string | undefined {
  if (!isRecord(v)) return undefined
  const t = v[locale]
  return typeof t === 'string' && t.trim() !== '' ? t : undefined
}

/** What contradicts a category: `undefined` when the rule fits it. */
function contradiction(category: string, kind: string, rule: { kind: string }): string | undefined {
  if (kind !== 'error')
    return rule.kind === 'never' ? undefined : `a ${kind} code makes no error, so it cannot be retried`
  switch (category) {
    case 'rate_limit':
      return rule.kind === 'never' ? 'a rate_limit that never retries: the limit passes by itself' : undefined
    case 'billing':
      return rule.kind === 'never'
        ? undefined
        : `a billing code that retries (${rule.kind}): money does not arrive by waiting`
    case 'quota':
      return rule.kind === 'backoff' || rule.kind === 'refresh'
        ? `a quota that retries by ${rule.kind}: a cap resets with its window, not by backing off`
        : undefined
    case 'invalid_request':
    case 'permission':
    case 'not_found':
    case 'conflict':
      return rule.kind === 'never'
        ? undefined
        : `a ${category} code that retries (${rule.kind}): the same request fails the same way`
    case 'authentication':
      return rule.kind === 'backoff' || rule.kind === 'after'
        ? `an authentication code that retries by ${rule.kind}: credentials are renewed (refresh) or fixed (never)`
        : undefined
    default:
      return undefined
  }
}

/** A `byMessage` pattern: a RegExp, or its `/source/flags` text in JSON (`errcode export`). */
function isPattern(v: unknown): boolean {
  return v instanceof RegExp || (typeof v === 'string' && /^\/.+\/[a-z]*$/s.test(v))
}

/** The readings an entry takes by the vendor's message: each is judged as the entry it makes. */
function checkReadings(
  raw: Record<string, unknown>,
  code: Code,
  kind: string,
  add: (kind: FindingKind, message: string, code?: Code) => void,
): void {
  if (!Array.isArray(raw.byMessage)) {
    add('invalid-entry', `${show(code)}: byMessage is not a list`, code)
    return
  }
  raw.byMessage.forEach((v: unknown, i) => {
    const at = `${show(code)} byMessage[${i}]`
    if (!isRecord(v) || !isPattern(v.message)) {
      add('invalid-entry', `${at} has no message pattern (a RegExp)`, code)
      return
    }
    if (v.category !== undefined && !isCategory(v.category))
      add('invalid-entry', `${at}: category ${JSON.stringify(v.category)} is not a category`, code)
    if (v.retry !== undefined && !isRetryRule(v.retry))
      add('invalid-entry', `${at}: the retry rule ${JSON.stringify(v.retry)} is not valid`, code)
    if (v.scope !== undefined && !scopes.has(v.scope as string))
      add('invalid-entry', `${at}: scope ${JSON.stringify(v.scope)} is none of account, recipient, request`, code)
    const category = v.category ?? raw.category
    const rule = v.retry ?? raw.retry
    if (typeof category === 'string' && isRetryRule(rule)) {
      const why = contradiction(category, kind, rule as { kind: string })
      if (why !== undefined) add('retry-contradicts-category', `${at}: ${why}`, code)
    }
    if (kind === 'error' && (category === 'rate_limit' || category === 'quota') && (v.scope ?? raw.scope) === undefined)
      add('limit-without-scope', `${at}: a ${category} reading without a scope`, code)
  })
}

function checkOne(vendor: string, entries: readonly unknown[]): Finding[] {
  const findings: Finding[] = []
  const add = (kind: FindingKind, message: string, code?: Code) =>
    findings.push(code === undefined ? { kind, vendor, message } : { kind, vendor, code, message })
  const seen = new Map<string, Code>()
  const numericAsNumber: Code[] = []
  const numericAsString: Code[] = []
  entries.forEach((raw, i) => {
    if (!isRecord(raw)) {
      add('invalid-entry', `entry ${i + 1} is not an object`)
      return
    }
    const code = raw.code
    if (!((typeof code === 'string' && code !== '') || (typeof code === 'number' && Number.isFinite(code)))) {
      add('invalid-entry', `entry ${i + 1} has no code (a string or a number)`)
      return
    }
    // A sub-code is one code within its parent (WeChat Pay APIv2's `SYSTEMERROR` under `FAIL`, APIv3's alone).
    const parent = raw.parent
    const key = parent === undefined ? String(code) : `${String(parent)}\0${String(code)}`
    const earlier = seen.get(key)
    if (earlier !== undefined)
      add(
        'duplicate-code',
        `${show(code)} is listed twice${typeof earlier !== typeof code ? ` (as ${show(earlier)} and ${show(code)})` : ''}: keep one entry and put the other text in variants`,
        code,
      )
    else seen.set(key, code)
    if (typeof code === 'number') numericAsNumber.push(code)
    else if (/^-?\d+$/.test(code)) numericAsString.push(code)

    const kind = raw.kind ?? 'error'
    if (typeof kind !== 'string' || !kinds.has(kind))
      add('invalid-entry', `${show(code)}: kind ${JSON.stringify(raw.kind)} is none of success, result, error`, code)
    if (!isCategory(raw.category))
      add('invalid-entry', `${show(code)}: category ${JSON.stringify(raw.category)} is not a category`, code)
    const ruleOk = isRetryRule(raw.retry)
    if (!ruleOk) add('invalid-entry', `${show(code)}: the retry rule ${JSON.stringify(raw.retry)} is not valid`, code)
    if (raw.scope !== undefined && !scopes.has(raw.scope as string))
      add(
        'invalid-entry',
        `${show(code)}: scope ${JSON.stringify(raw.scope)} is none of account, recipient, request`,
        code,
      )

    if (raw.byMessage !== undefined) checkReadings(raw, code, typeof kind === 'string' ? kind : 'error', add)

    const description = raw.description
    const en = text(description, 'en')
    const zh = text(description, 'zh')
    if (en === undefined && zh === undefined)
      add('no-text', `${show(code)} has no description in either language`, code)
    else if (en === undefined || zh === undefined)
      add(
        'missing-language',
        `${show(code)}: description.${en === undefined ? 'en' : 'zh'} is missing (add a translation and mark it in translated)`,
        code,
      )
    if (raw.remedy !== undefined) {
      const ren = text(raw.remedy, 'en')
      const rzh = text(raw.remedy, 'zh')
      if ((ren === undefined) !== (rzh === undefined))
        add('missing-language', `${show(code)}: remedy.${ren === undefined ? 'en' : 'zh'} is missing`, code)
    }

    if (typeof kind === 'string' && typeof raw.category === 'string' && ruleOk) {
      const why = contradiction(raw.category, kind, raw.retry as { kind: string })
      if (why !== undefined) add('retry-contradicts-category', `${show(code)}: ${why}`, code)
    }
    if (kind === 'error' && (raw.category === 'rate_limit' || raw.category === 'quota') && raw.scope === undefined)
      add(
        'limit-without-scope',
        `${show(code)}: a ${raw.category} code without a scope (account, recipient or request): the quota guard cannot tell whom it blocks`,
        code,
      )
    if (kind === 'error' && raw.clockSkew !== true) {
      const texts = entryTexts({
        code,
        ...(typeof raw.message === 'string' ? { message: raw.message } : {}),
        ...(isRecord(description) ? { description: description as { en?: string; zh?: string } } : {}),
        ...(isRecord(raw.remedy) ? { remedy: raw.remedy as { en?: string; zh?: string } } : {}),
      })
      if (mentionsClockRejection(texts))
        add('timestamp-without-clock-skew', `${show(code)} rejects the request's time but has no clockSkew: true`, code)
    }
    if (isRecord(raw.review) && raw.review.mark === true) {
      const reasons = Array.isArray(raw.review.reasons) ? raw.review.reasons.filter((r) => typeof r === 'string') : []
      add(
        'review-left',
        `${show(code)} is still marked for review${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`,
        code,
      )
    }
  })
  if (numericAsNumber.length > 0 && numericAsString.length > 0) {
    const [fewer, more, as] =
      numericAsString.length <= numericAsNumber.length
        ? [numericAsString, numericAsNumber, 'strings']
        : [numericAsNumber, numericAsString, 'numbers']
    add(
      'mixed-code-types',
      `numeric codes of two JSON types: ${more.length} are ${as === 'strings' ? 'numbers' : 'strings'}, ${fewer.length} are ${as} (${fewer.slice(0, 5).map(show).join(', ')}${fewer.length > 5 ? ', …' : ''}); the API sends one type`,
    )
  }
  return findings
}

/** `REVIEW` comments left in a module's source. */
function reviewComments(vendor: string, source: string): Finding[] {
  const findings: Finding[] = []
  source.split(/\r\n|\r|\n/).forEach((line, i) => {
    // A mark opens its comment (`// REVIEW 1002: …`); the word inside a sentence (the generated header's
    // "2 entries marked REVIEW") is none.
    const mark = /(?:\/\/|\/\*+|^\s*\*)\s*REVIEW\b/.exec(line)
    if (mark === null) return
    const at = mark.index + mark[0].length - 'REVIEW'.length
    const code = /^REVIEW\s+("(?:[^"\\]|\\.)*"|-?\d+)/.exec(line.slice(at))?.[1]
    const parsed: Code | undefined =
      code === undefined ? undefined : code.startsWith('"') ? (JSON.parse(code) as string) : Number(code)
    const message = `line ${i + 1}: a REVIEW comment is left in: ${line.trim().slice(0, 160)}`
    findings.push(
      parsed === undefined
        ? { kind: 'review-left', vendor, message }
        : { kind: 'review-left', vendor, code: parsed, message },
    )
  })
  return findings
}

/**
 * Lists what is wrong with a catalog: duplicate codes, numeric codes of two JSON types, entries without a
 * language (or without either), retry rules that contradict their category, limits without a scope,
 * timestamp codes without the clock-skew flag, review marks left in. Accepts a `Catalog`, `{ vendor, entries }`,
 * the map `errcode export` prints, or a list of entries.
 */
export function checkCatalog(catalog: unknown, options: CheckOptions = {}): Finding[] {
  const found = catalogsIn(catalog)
  if (found.length === 0)
    return [
      {
        kind: 'not-a-catalog',
        vendor: '(none)',
        message: 'no catalog found: give a catalog module or the JSON of errcode export',
      },
    ]
  const findings = found.flatMap((c) => checkOne(c.vendor, c.entries))
  for (const c of found) {
    if (/^\s*TODO\b/.test(c.source ?? ''))
      findings.push({
        kind: 'review-left',
        vendor: c.vendor,
        message: `source is still the placeholder of errcode import: give the address of the published table (${(c.source ?? '').slice(0, 80)})`,
      })
  }
  if (options.source !== undefined) findings.push(...reviewComments(found[0]?.vendor ?? '(catalog)', options.source))
  return findings
}

/** Findings as the command prints them, one a line: `ucpaas "105130" [limit-without-scope] …`. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'errcode check: no findings'
  const lines = findings.map((f) => `${f.vendor} [${f.kind}] ${f.message}`)
  return `${lines.join('\n')}\n${findings.length} finding${findings.length === 1 ? '' : 's'}`
}

/**
 * A `.ts` module on a Node that loads none (Node 20, Node 22 before 22.18): the catalogs `errcode import`
 * writes are TypeScript files whose text is plain JavaScript, so the text is loaded as a `.mjs` file beside
 * the original (its imports resolve as the original's would), then removed. A module with type syntax
 * (annotations, `as const`) fails to parse, and the error says how to check it instead.
 */
async function importAsJavaScript(path: string, source: string, ext: string): Promise<Record<string, unknown>> {
  const full = resolve(path)
  const copy = join(dirname(full), `.${basename(full, extname(full))}.errcode-check-${process.pid}.mjs`)
  try {
    await writeFile(copy, source, { flag: 'wx' })
    return (await import(pathToFileURL(copy).href)) as Record<string, unknown>
  } catch (error) {
    const syntax = error instanceof SyntaxError
    throw new CheckError(
      syntax
        ? `this Node cannot load ${ext} modules with type syntax (${error.message}): run errcode check under tsx, or on Node 22.18 or newer, or check the JSON of errcode import --json`
        : `cannot load ${path}: ${(error as Error).message}`,
    )
  } finally {
    await rm(copy, { force: true })
  }
}

/**
 * Reads what `errcode check <file>` is given: JSON, or a module (`.js`, `.mjs`, `.ts`; a `.ts` with type
 * syntax where the running Node or tsx can load TypeScript) whose exports include catalogs. Returns the value to check and the module's
 * source (for `REVIEW` comments). Throws a {@link CheckError} when the file cannot be read.
 */
export async function readCatalogFile(path: string): Promise<{ value: unknown; source: string }> {
  let source: string
  try {
    source = await readFile(path, 'utf8')
  } catch (error) {
    throw new CheckError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const ext = extname(path).toLowerCase()
  if (
    ext === '.json' ||
    (ext !== '.js' && ext !== '.mjs' && ext !== '.ts' && ext !== '.mts' && /^\s*[[{]/.test(source))
  ) {
    try {
      return { value: JSON.parse(source), source: '' }
    } catch (error) {
      throw new CheckError(`${path} is not valid JSON: ${(error as Error).message}`)
    }
  }
  let module: Record<string, unknown>
  try {
    module = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw new CheckError(`cannot load ${path}: ${(error as Error).message}`)
    module = await importAsJavaScript(path, source, ext)
  }
  const found = Object.values(module).filter(isCatalogLike)
  if (found.length === 0) throw new CheckError(`${path} exports no catalog (an object with entries)`)
  return {
    value: found.length === 1 ? found[0] : Object.fromEntries(found.map((c, i) => [String(c.vendor ?? i), c])),
    source,
  }
}
