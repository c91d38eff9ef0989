import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const tsx = `${root}/node_modules/.bin/tsx`
const run = (file: string) => execFileSync(tsx, [file], { cwd: root, encoding: 'utf8', timeout: 30_000 })

describe('examples', () => {
  it('axios-jiguang: 9000 is consistent, 9001 an answer, 1804 a RateLimitError', () => {
    const out = run('examples/axios-jiguang.ts')
    expect(out).toContain('9000 → consistent')
    expect(out).toContain('9001 → answered 9001')
    expect(out).toMatch(
      /1804 → RateLimitError: jiguang 1804: QPS rate limit \(qps limit\) — POST 127\.0\.0\.1:\d+\/jiguang/,
    )
  })

  it('fetch-ucpaas: the caller reads the body; 105130 waits 30 s', () => {
    const out = run('examples/fetch-ucpaas.ts')
    expect(out).toContain("000000 → { code: '000000'")
    expect(out).toContain('105130 → RateLimitError: ucpaas 105130')
  })

  it('ky-guanaitong: a token failure is an AuthenticationError', () => {
    expect(run('examples/ky-guanaitong.ts')).toContain(
      '1000210004 → AuthenticationError: guanaitong 1000210004: tokeninfo check failed',
    )
  })

  it('routing: each URL reaches its vendor, the rest passes untouched', () => {
    const out = run('examples/routing.ts')
    expect(out).toContain('RateLimitError: navinfo 1008')
    expect(out).toContain('AuthenticationError: iyune 40015')
    expect(out).toContain('NotFoundError: ucpaas 105110')
    expect(out).toContain('(no route: untouched)')
  })

  it('catching: acts on the category and the retry hint', () => {
    const out = run('examples/catching.ts')
    expect(out).toContain('200 → ok')
    expect(out).toMatch(/1007 → quota used up; try again at \d{4}-\d\d-\d\dT16:00:00\.000Z/)
    expect(out).toMatch(/1008 → slow down; retry in \d+ ms/)
    expect(out).toContain('1001 → fix the credentials: invalid ak')
    expect(out).toContain('1010 → transient (backoff): Server is busy')
  })

  it.each(['cockatiel', 'p-retry', 'tanstack-query'])('interop-%s: retries what errcode says is worth it', (tool) => {
    const out = run(`examples/interop-${tool}.ts`)
    expect(out).toContain('1804, 2000, then 9000: 3 attempts → verify consistent')
    expect(out).toContain('1801: 1 attempt(s) → InvalidRequestError 1801 (never)')
    if (tool === 'p-retry') expect(out).toContain('the same as a POST: 2 attempt(s) → InternalError 2000 (backoff)')
  })

  it('interop-opossum: the breaker opens on outages only', () => {
    const out = run('examples/interop-opossum.ts')
    expect(out).toContain(`four invalid requests: ${Array(4).fill('InvalidRequestError (closed)').join(', ')}`)
    expect(out).toMatch(/the vendor down: ServiceUnavailableError \(closed\), .*refused by the breaker \(open\)/)
  })

  it('integration-ofetch: the typed error reaches the caller as it is, retried by errcode alone', () => {
    const out = run('examples/integration-ofetch.ts')
    expect(out).toContain('9000 in a 200: verify consistent (1 request)')
    // errcode's retry (3 attempts) for what the vendor says is worth it; never for 1801; ofetch's retry off.
    expect(out).toContain('1804 in a 200: RateLimitError 1804 [rate_limit, vendor] after 3 request(s)')
    expect(out).toContain('1801 in a 200: InvalidRequestError 1801 [invalid_request, vendor] after 1 request(s)')
    expect(out).toContain('HTTP 500 with a vendor body: InternalError 2000 [internal, vendor] after 3 request(s)')
    // A status without a vendor code is errcode's error too, not ofetch's FetchError.
    expect(out).toContain('HTTP 500 without one: InternalError 500 [internal, http] after 3 request(s)')
    expect(out).toContain('connection dropped: NetworkError UND_ERR_SOCKET [network, network] after 3 request(s)')
    expect(out).toContain(
      'an answer in 1 s, timeout 200 ms: TimeoutError ETIMEDOUT [timeout, network] after 1 request(s)',
    )
    // Without the hook ofetch wraps it, and sends a GET twice whatever the hint says.
    expect(out).toContain('without the hook, 1801: FetchError, cause InvalidRequestError 1801, after 2 requests')
    expect(out).toContain("HTTP 500 from a URL no route covers: FetchError 500 (ofetch's own)")
  })

  it('integration-nestjs: a Nest app answers each vendor failure with its own status', () => {
    const out = run('examples/integration-nestjs.ts')
    expect(out).toContain('200 → 200 {"status":200,"msg":"OK","data":{}}')
    const wait = (code: string) => Number(out.match(new RegExp(`^${code} → \\d+ Retry-After (\\d+) `, 'm'))?.[1])
    expect(out).toMatch(
      /^1008 → 429 Retry-After \d+ \{"statusCode":429,"error":"rate_limit","vendor":"navinfo","code":1008,"message":"Accesses are too frequent per unit time"\}$/m,
    )
    expect(wait('1008')).toBeGreaterThan(0)
    expect(wait('1008')).toBeLessThanOrEqual(60) // the next minute
    expect(out).toMatch(
      /^1007 → 503 Retry-After \d+ \{"statusCode":503,"error":"quota","vendor":"navinfo","code":1007,/m,
    )
    expect(wait('1007')).toBeGreaterThan(0)
    expect(wait('1007')).toBeLessThanOrEqual(86_400) // 00:00 UTC+8
    expect(out).toContain('1001 → 502 {"statusCode":502,"error":"authentication","vendor":"navinfo","code":1001,')
    expect(out).toContain('1003 → 502 {"statusCode":502,"error":"permission",')
    expect(out).toContain('2001 → 502 {"statusCode":502,"error":"invalid_request",')
    expect(out).toContain('1010 → 503 {"statusCode":503,"error":"unavailable",')
    expect(out).toContain('2002 → 502 {"statusCode":502,"error":"internal",')
  })

  it('integration-browser: serves its page and a browser bundle of the built package (Chromium: test:browser)', async () => {
    const child = spawn(tsx, ['examples/integration-browser.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = once(child, 'exit')
    try {
      let out = ''
      for await (const chunk of child.stdout) {
        out += chunk
        if (/^page: .*$/m.test(out)) break
      }
      expect(out).toMatch(/^bundle: errcode\/fetch \+ jiguang, [\d.]+ KB minified, [\d.]+ KB min\+gzip \(\d+ B\)$/m)
      const page = new URL(out.match(/^page: (.*)$/m)?.[1] ?? '')
      expect(page.searchParams.get('vendor')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(await (await fetch(page)).text()).toContain('<script type="module" src="/page.js">')
      const js = await fetch(new URL('/page.js', page))
      expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
      // One module, the page's own code included, with nothing of Node's (booleans: it is 53 KB).
      const text = await js.text()
      expect(text.includes('document.getElementById("out")'), 'the page script').toBe(true)
      expect(/\bfrom\s*"node:|\brequire\(/.test(text), 'no node: import, no require').toBe(false)
    } finally {
      child.kill('SIGTERM')
      await exited
    }
  })

  it('the demo prints one table and every client agrees', () => {
    const out = execFileSync('npm', ['run', '--silent', 'demo'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(out).toMatch(/vendor\s+code\s+client\s+error class\s+description\s+retry hint/)
    expect(out).toContain('51 calls; every client gave the same class for 17 of 17 answers.')
    // Whom a limit covers, in the hint: one phone number for Tencent's daily limit, the account for WeChat's.
    expect(out).toMatch(/tencent-sms\s+PhoneNumberDailyLimit\s+axios\s+QuotaExceededError.*recipient/)
    expect(out).toMatch(/wechat\s+45011\s+axios\s+RateLimitError.*account/)
  })
})
