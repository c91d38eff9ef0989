// The documentation: README.md, the guides in docs/, ARCHITECTURE.md, CONTRIBUTING.md and bench/README.md.
// Every ```ts snippet in them compiles under `tsc --strict` as a reader's module would, against the
// built package (dist/, through package.json's exports: `errcode`, `errcode-js/axios`, …) and Node's types
// only, without the DOM lib. Each snippet is its own module; the prelude declares only what the snippets
// take as the reader's own code (a token, a logger), never a name of errcode or of a client. Every
// relative link resolves to a file, and its #anchor to a heading of that file. README.md stays a front
// door: at most 300 lines, the install line and the two set-up commands on its first screen.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The documents, as paths from the repository's root. */
const documents = [
  'README.md',
  'ARCHITECTURE.md',
  'CONTRIBUTING.md',
  'bench/README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
]
const textOf = new Map(documents.map((doc) => [doc, readFileSync(join(root, doc), 'utf8')]))
const text = (doc: string) => textOf.get(doc) ?? readFileSync(join(root, doc), 'utf8')

interface Snippet {
  readonly doc: string
  /** The document's line of the snippet's first line of code. */
  readonly line: number
  readonly code: string
}

function snippetsOf(doc: string): Snippet[] {
  const lines = text(doc).split(/\r?\n/)
  const found: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i] ?? '')) continue
    let end = i + 1
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) end++
    found.push({ doc, line: i + 2, code: lines.slice(i + 1, end).join('\n') })
    i = end
  }
  return found
}

/** The document's lines, those of fenced code blocks blanked. */
function outsideCode(doc: string): string[] {
  let fenced = false
  return text(doc)
    .split(/\r?\n/)
    .map((line) => {
      if (/^\s*```/.test(line)) {
        fenced = !fenced
        return ''
      }
      return fenced ? '' : line
    })
}

/** GitHub's anchors for a document's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(doc: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const line of outsideCode(doc)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1]
    if (heading === undefined) continue
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
      .replace(/ /g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    anchors.add(n === 0 ? base : `${base}-${n}`)
  }
  return anchors
}

const PRELUDE = `// The reader's own code that the documents' snippets call but do not show.
declare const token: string
declare const phone: string
declare const url: string
declare const prefixUrl: string
declare const body: string
declare function stopUntil(at: Date | undefined): void
declare function renewToken(): Promise<void>
declare function sendCode(): Promise<unknown>
declare function retryLater(hint: unknown): Promise<void>
declare function renewTokenAndRetry(): Promise<void>
declare const log: {
  warn(details: unknown, message?: string): void
  error(details: unknown, message?: string): void
}
`

const snippets = documents.flatMap(snippetsOf)
// Inside the repository, so that `errcode` resolves to the package itself; node_modules is gitignored.
const dir = join(root, 'node_modules', '.cache', 'readme-snippets', String(process.pid))
const fileOf = (s: Snippet) => join(dir, `${s.doc.replace(/[/.]/g, '-')}-${s.line}.ts`)
const found = new Map<string, string[]>()

function where(d: ts.Diagnostic): { file: string | undefined; text: string } {
  const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  if (d.file === undefined || d.start === undefined) return { file: undefined, text: message }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start)
  const snippet = snippets.find((s) => fileOf(s) === d.file?.fileName)
  if (snippet === undefined)
    return { file: d.file.fileName, text: `${relative(root, d.file.fileName)}:${line + 1}:${character + 1} ${message}` }
  return { file: d.file.fileName, text: `${snippet.doc}:${snippet.line + line}:${character + 1} ${message}` }
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'src', 'index.d.ts'))) throw new Error('build the package first: npm run build')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const prelude = join(dir, 'prelude.d.ts')
  writeFileSync(prelude, PRELUDE)
  // Appended, not prepended, so that a snippet's lines keep their numbers; it makes each file a module.
  for (const s of snippets) writeFileSync(fileOf(s), `${s.code}\nexport {}\n`)
  const rootNames = [prelude, ...snippets.map(fileOf)]
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
    skipLibCheck: true,
  }
  const program = ts.createProgram({ rootNames, options })
  const report = (d: ts.Diagnostic) => {
    const { file, text } = where(d)
    const key = file ?? ''
    found.set(key, [...(found.get(key) ?? []), text])
  }
  ts.getPreEmitDiagnostics(program).forEach(report)
  // skipLibCheck hides errors in errcode's own declarations (a DOM type where the reader has none):
  // those the snippets load are checked too.
  const checked = ts.createProgram({ rootNames, options: { ...options, skipLibCheck: false }, oldProgram: program })
  for (const file of checked.getSourceFiles()) {
    if (file.fileName.startsWith(`${root}dist/`)) checked.getSemanticDiagnostics(file).forEach(report)
  }
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('README.md', () => {
  const lines = text('README.md').trimEnd().split(/\r?\n/)

  it('is a front door: at most 300 lines', () => {
    expect(lines.length).toBeLessThanOrEqual(300)
  })

  it('shows the install line and the two set-up commands, exactly as written, on its first screen', () => {
    const firstScreen = lines.slice(0, 30)
    expect(firstScreen).toContain('npm install errcode-js')
    for (const command of ['npm install && npm run demo', 'npm install && npm test'])
      expect(
        firstScreen.some((line) => line.startsWith(`${command} `) || line === command),
        command,
      ).toBe(true)
  })

  it('has a vendor table row for every adapter, with the number of codes of its catalogs', async () => {
    const rows = lines.filter((line) => line.startsWith('| `errcode-js/adapters/'))
    const vendors = readdirSync(join(root, 'adapters'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
    expect(rows.map((row) => /^\| `errcode-js\/adapters\/([^`]+)`/.exec(row)?.[1]).sort()).toEqual(vendors.sort())
    for (const vendor of vendors) {
      const module: Record<string, unknown> = await import(/* @vite-ignore */ join(root, 'adapters', `${vendor}.ts`))
      // One adapter file may export several adapters over one catalog: each catalog's entries count once.
      const entries = new Set(
        Object.values(module)
          .map((adapter) => (adapter as { catalog?: { entries?: unknown } } | undefined)?.catalog?.entries)
          .filter((list): list is unknown[] => Array.isArray(list)),
      )
      const codes = [...entries].reduce((n, list) => n + list.length, 0)
      const row = rows.find((r) => r.startsWith(`| \`errcode-js/adapters/${vendor}\` `)) ?? ''
      expect(row.split('|')[3]?.trim(), vendor).toBe(String(codes))
    }
  })
})

describe('the ```ts snippets of README.md and the guides', () => {
  it('are found: the README and docs/ hold snippets to check', () => {
    expect(snippetsOf('README.md').length).toBeGreaterThan(4)
    expect(snippets.filter((s) => s.doc.startsWith('docs/')).length).toBeGreaterThan(10)
  })

  it.each(snippets)('the snippet at $doc:$line compiles under --strict', (s) => {
    const errors = found.get(fileOf(s)) ?? []
    expect(errors, errors.join('\n')).toEqual([])
  })

  it('has nothing to report outside the snippets: the prelude, and the declarations of errcode they load', () => {
    const others = [...found].filter(([file]) => !snippets.some((s) => fileOf(s) === file)).flatMap(([, e]) => e)
    expect(others, others.join('\n')).toEqual([])
  })
})

describe.each(documents)('the links of %s', (doc) => {
  it('lead to files of the repository, and their anchors to headings', () => {
    const broken: string[] = []
    outsideCode(doc).forEach((line, i) => {
      // Inline code spans blanked: `[a](b)` in code is no link.
      for (const [, target = ''] of line.replace(/`[^`]*`/g, '``').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z][a-z+.-]*:/i.test(target)) continue
        const [path = '', anchor] = target.split('#')
        const file = path === '' ? doc : join(dirname(doc), path)
        if (!existsSync(join(root, file))) broken.push(`${doc}:${i + 1} ${target}: no such file`)
        else if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).has(anchor))
          broken.push(`${doc}:${i + 1} ${target}: no such heading in ${file}`)
      }
    })
    expect(broken, broken.join('\n')).toEqual([])
  })
})
