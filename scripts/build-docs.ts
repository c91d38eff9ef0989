// npm run docs: the API reference from the TSDoc (typedoc) into docs/api, and one static page listing
// every vendor's codes with a search box, docs/codes.html (self-contained: data, style and script inline).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Catalog } from 'errcode-js'
import { catalogs } from 'errcode-js/catalogs'
import { retryInWords } from '../src/tools/retry-words.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = `${root}docs`
mkdirSync(out, { recursive: true })

execFileSync(
  `${root}node_modules/.bin/typedoc`,
  [
    '--out',
    `${out}/api`,
    '--name',
    'errcode',
    '--readme',
    'README.md',
    '--tsconfig',
    'tsconfig.build.json',
    '--excludePrivate',
    '--excludeInternal',
    '--disableSources',
    '--entryPoints',
    'src/index.ts',
    'src/clients/axios/axios.ts',
    'src/clients/ky/ky.ts',
    'src/clients/fetch/fetch.ts',
    'src/testing/msw.ts',
    'src/testing/simulator.ts',
    'catalogs/index.ts',
    ...Object.keys(catalogs).map((v) => `adapters/${v}.ts`),
  ],
  { cwd: root, stdio: 'inherit' },
)

const rows = (Object.values(catalogs) as Catalog[]).flatMap((c) =>
  c.entries.map((e) => ({
    vendor: c.vendor,
    code: typeof e.code === 'string' ? JSON.stringify(e.code) : String(e.code),
    name: e.name ?? '',
    kind: e.kind === 'error' ? e.category : e.kind,
    en: e.description.en ?? '',
    zh: e.description.zh ?? '',
    advice: [e.remedy?.en, e.remedy?.zh].filter(Boolean).join(' · '),
    retry: e.kind === 'error' ? retryInWords(e.retry) : '',
  })),
)

const html = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`)
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>errcode · vendor error codes</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1b1f24; }
  input { font: inherit; width: min(40rem, 100%); padding: .5rem .7rem; border: 1px solid #8c959f; border-radius: 6px; }
  table { border-collapse: collapse; margin-top: 1rem; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid #d0d7de; }
  th { position: sticky; top: 0; background: #f6f8fa; }
  td.code { font-family: ui-monospace, monospace; white-space: nowrap; }
  #count { color: #57606a; margin-left: .8rem; }
</style>
</head>
<body>
<h1>Vendor error codes</h1>
<p>Every code of ${Object.keys(catalogs).length} vendors' published tables, with the vendors' words, a translation, a category and a retry rule.</p>
<label for="q">Search by code or by words, in English or Chinese</label><br>
<input id="q" type="search" placeholder="1804, quota, 签名" autocomplete="off"><span id="count"></span>
<table>
<thead><tr><th>vendor</th><th>code</th><th>category</th><th>description</th><th>描述</th><th>advice</th><th>retry</th></tr></thead>
<tbody id="rows">
${rows
  .map(
    (r) =>
      `<tr data-search="${html([r.vendor, r.code, r.name, r.kind, r.en, r.zh, r.advice].join(' ').toLowerCase())}"><td>${html(r.vendor)}</td><td class="code">${html(r.code)}${r.name ? `<br><small>${html(r.name)}</small>` : ''}</td><td>${html(r.kind)}</td><td>${html(r.en)}</td><td>${html(r.zh)}</td><td>${html(r.advice)}</td><td>${html(r.retry)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
<script>
  const input = document.getElementById('q')
  const rows = [...document.querySelectorAll('#rows tr')]
  const count = document.getElementById('count')
  function filter() {
    const words = input.value.trim().toLowerCase().split(/\\s+/).filter(Boolean)
    let shown = 0
    for (const row of rows) {
      const hit = words.every((w) => row.dataset.search.includes(w))
      row.hidden = !hit
      if (hit) shown++
    }
    count.textContent = shown + ' of ' + rows.length + ' codes'
  }
  input.addEventListener('input', filter)
  filter()
</script>
</body>
</html>
`
writeFileSync(`${out}/codes.html`, page)
console.log(`docs: docs/api (API reference) and docs/codes.html (${rows.length} codes)`)
