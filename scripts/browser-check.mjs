// The pages a person sees, in a real headless Chromium: the code page's search box, the fetch wrapper in
// a browser page calling the simulator across origins, and examples/integration-browser.ts (its page's
// script bundled by esbuild from the built package, as an application would). Tests of node:test, run by
// `npm run test:browser` through scripts/node-test.sh. Needs Debian's chromium (/usr/bin/chromium, or
// CHROMIUM_PATH) and a build and `npm run docs` first.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

const root = fileURLToPath(new URL('..', import.meta.url))

// The fetch wrapper and one adapter, bundled for the browser as an application's bundler would.
const bundle = await build({
  stdin: {
    contents: `export { withErrcode } from './dist/src/clients/fetch/fetch.js'\nexport { jiguang } from './dist/adapters/jiguang.js'\nexport { RateLimitError } from './dist/src/index.js'`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  splitting: false,
  logLevel: 'silent',
})
const { startSimulator } = await import(`${root}dist/src/testing/simulator.js`)
const sim = await startSimulator()
const app = `<!doctype html><meta charset="utf-8"><title>errcode in a browser</title><pre id="out">waiting</pre>
<script type="module">
  import { withErrcode, jiguang, RateLimitError } from '/errcode.js'
  const out = document.getElementById('out')
  const api = withErrcode(fetch, { adapter: jiguang })
  try {
    const ok = await api('${sim.url}/jiguang/v1/web/verify?code=9000')
    const body = await ok.json()
    await api('${sim.url}/jiguang/v1/web/verify?code=1804')
    out.textContent = 'no error: ' + JSON.stringify(body)
  } catch (err) {
    out.textContent = JSON.stringify({ rateLimit: err instanceof RateLimitError, instance: err.name, code: err.code, message: err.message })
  }
</script>`
const files = {
  '/codes.html': ['text/html; charset=utf-8', () => readFileSync(`${root}docs/codes.html`)],
  '/errcode.js': ['text/javascript; charset=utf-8', () => bundle.outputFiles[0].text],
  '/app.html': ['text/html; charset=utf-8', () => app],
}
const server = createServer((req, res) => {
  const file = files[(req.url ?? '/').split('?')[0]]
  if (file === undefined) return res.writeHead(404).end()
  res.writeHead(200, { 'content-type': file[0] }).end(file[1]())
})
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
after(async () => {
  await browser.close()
  server.close()
  await sim.close()
})

let page
before(async () => {
  page = await browser.newPage()
  await page.goto(`${base}/codes.html`)
})
test('the code page lists every code', async () => {
  const text = await page.locator('#count').textContent()
  const { catalogs } = await import(`${root}dist/catalogs/index.js`)
  const total = Object.values(catalogs).reduce((n, c) => n + c.entries.length, 0)
  assert.equal(text, `${total} of ${total} codes`, `count was ${text}, of ${total} codes in the catalogs`)
})
test('typing a code shows its entry', async () => {
  await page.fill('#q', '1804')
  const visible = page.locator('#rows tr:not([hidden])')
  assert.equal(await visible.count(), 1, `rows: ${await visible.count()}`)
  const row = await visible.first().textContent()
  assert.ok(row.includes('jiguang') && row.includes('QPS rate limit') && row.includes('rate_limit'), row)
})
test('typing Chinese words finds codes in either language', async () => {
  await page.fill('#q', '签名')
  const rows = await page.locator('#rows tr:not([hidden])').allTextContents()
  assert.ok(
    rows.some((r) => r.includes('navinfo') && r.includes('1005')),
    'navinfo 1005 missing',
  )
  assert.ok(
    rows.some((r) => r.includes('guanaitong') && r.includes('1000210002')),
    'guanaitong 1000210002 missing',
  )
})
test('a string code is found as a string', async () => {
  await page.fill('#q', '"000000"')
  const rows = await page.locator('#rows tr:not([hidden])').allTextContents()
  assert.ok(rows.length === 1 && rows[0].includes('ucpaas'), rows.join(' | '))
})
test('the fetch wrapper in a page catches a RateLimitError from another origin', async () => {
  const page2 = await browser.newPage()
  await page2.goto(`${base}/app.html`)
  await page2.waitForFunction(() => document.getElementById('out')?.textContent !== 'waiting', null, {
    timeout: 10_000,
  })
  const result = JSON.parse(await page2.locator('#out').textContent())
  assert.ok(
    result.rateLimit === true && result.instance === 'RateLimitError' && result.code === 1804,
    JSON.stringify(result),
  )
  assert.ok(result.message.startsWith('jiguang 1804: QPS rate limit (qps limit)'), result.message)
})

/** Runs the browser example (through tsx) until it prints its page's address; `stop` ends it. */
async function startExample() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/integration-browser.ts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  const exited = once(child, 'exit')
  const lines = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no page address in 30 s: ${out}`)), 30_000)
    child.stdout.on('data', (chunk) => {
      out += chunk
      if (/^page: /m.test(out)) {
        clearTimeout(timer)
        resolve(out.split('\n'))
      }
    })
    exited.then(([code]) => reject(new Error(`the example exited (${code}): ${out}`)))
  })
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    const [code, signal] = await exited
    return { code, signal }
  }
  return { lines, stop }
}

test('the browser example: a bundled page gets typed errors from the vendor, and the bundle size', async (t) => {
  const example = await startExample()
  try {
    const size = example.lines.find((l) => l.startsWith('bundle: '))
    const gzipped = Number(size?.match(/\((\d+) B\)/)?.[1])
    assert.ok(gzipped > 5_000 && gzipped < 40_000, `bundle line: ${size}`)
    t.diagnostic(size)
    const url = example.lines.find((l) => l.startsWith('page: ')).slice('page: '.length)
    const tab = await browser.newPage()
    await tab.goto(url)
    await tab.waitForFunction(() => document.getElementById('out')?.textContent !== 'waiting', null, {
      timeout: 15_000,
    })
    const results = JSON.parse(await tab.locator('#out').textContent())
    const by = Object.fromEntries(results.map((r) => [r.label, r]))
    assert.deepEqual(by['9000'], { label: '9000', ok: true, content: 'verify consistent' })
    assert.deepEqual(
      { ...by['1804'], message: undefined },
      {
        label: '1804',
        name: 'RateLimitError',
        rateLimit: true,
        category: 'rate_limit',
        code: 1804,
        source: 'vendor',
        retry: 'backoff',
        message: undefined,
      },
    )
    assert.match(by['1804'].message, /^jiguang 1804: QPS rate limit \(qps limit\) — POST 127\.0\.0\.1:\d+\/jiguang/)
    assert.deepEqual(
      [by['1801'].name, by['1801'].category, by['1801'].retry],
      ['InvalidRequestError', 'invalid_request', 'never'],
    )
    // Read across origins: the vendor exposes Retry-After.
    assert.deepEqual(
      [by['http 429'].name, by['http 429'].category, by['http 429'].source, by['http 429'].delayMs],
      ['RateLimitError', 'rate_limit', 'http', 7_000],
    )
    assert.deepEqual([by.dropped.name, by.dropped.category], ['NetworkError', 'network'], JSON.stringify(by.dropped))
    await tab.close()
  } finally {
    const { code, signal } = await example.stop()
    assert.ok(code === 0 || signal === 'SIGTERM', `the example ended with ${code ?? signal}`)
  }
})
