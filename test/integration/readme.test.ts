// Every ```ts snippet of README.md compiles under `tsc --strict` as a reader's module would, against the
// built package (dist/, through package.json's exports: `errcode`, `errcode/axios`, …) and Node's types
// only, without the DOM lib. Each snippet is its own module; the prelude declares only what the snippets
// take as the reader's own code (a token, a logger), never a name of errcode or of a client.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

interface Snippet {
  /** README.md's line of the snippet's first line of code. */
  readonly line: number
  readonly code: string
}

function snippetsOf(markdown: string): Snippet[] {
  const lines = markdown.split(/\r?\n/)
  const found: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i] ?? '')) continue
    let end = i + 1
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) end++
    found.push({ line: i + 2, code: lines.slice(i + 1, end).join('\n') })
    i = end
  }
  return found
}

const PRELUDE = `// The reader's own code that the README's snippets call but do not show.
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

const snippets = snippetsOf(readFileSync(join(root, 'README.md'), 'utf8'))
// Inside the repository, so that `errcode` resolves to the package itself; node_modules is gitignored.
const dir = join(root, 'node_modules', '.cache', 'readme-snippets', String(process.pid))
const fileOf = (s: Snippet) => join(dir, `readme-${s.line}.ts`)
const found = new Map<string, string[]>()

function where(d: ts.Diagnostic): { file: string | undefined; text: string } {
  const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  if (d.file === undefined || d.start === undefined) return { file: undefined, text: message }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start)
  const snippet = snippets.find((s) => fileOf(s) === d.file?.fileName)
  if (snippet === undefined)
    return { file: d.file.fileName, text: `${relative(root, d.file.fileName)}:${line + 1}:${character + 1} ${message}` }
  return { file: d.file.fileName, text: `README.md:${snippet.line + line}:${character + 1} ${message}` }
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
  it('has ```ts snippets to check', () => {
    expect(snippets.length).toBeGreaterThan(5)
  })

  it.each(snippets)('the snippet at README.md:$line compiles under --strict', (s) => {
    const errors = found.get(fileOf(s)) ?? []
    expect(errors, errors.join('\n')).toEqual([])
  })

  it('has nothing to report outside the snippets: the prelude, and the declarations of errcode they load', () => {
    const others = [...found].filter(([file]) => !snippets.some((s) => fileOf(s) === file)).flatMap(([, e]) => e)
    expect(others, others.join('\n')).toEqual([])
  })
})
