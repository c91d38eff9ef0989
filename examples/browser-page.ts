// The script of the page integration-browser.ts serves: errcode's fetch wrapper and one adapter in a
// browser, calling the vendor (the simulator, another origin: `?vendor=` names it) and writing what it
// caught into <pre id="out"> as JSON.
import { isApiError, RateLimitError } from 'errcode-js'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'

const vendor = new URLSearchParams(location.search).get('vendor') ?? ''
const api = withErrcode(fetch, { adapter: jiguang })

/** One call, and what the page got: the body's words, or the typed error's class, category and hint. */
async function attempt(label: string, path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  try {
    const res = await api(`${vendor}${path}`, init)
    const body = (await res.json()) as { content?: string }
    return { label, ok: true, content: body.content }
  } catch (err) {
    if (!isApiError(err)) return { label, thrown: String(err) }
    return {
      label,
      name: err.name,
      rateLimit: err instanceof RateLimitError,
      category: err.category,
      code: err.code,
      source: err.source,
      retry: err.retry.kind,
      delayMs: err.retry.delayMs,
      message: err.message,
    }
  }
}

// A JSON POST, as jiguang's verify is: the browser sends a CORS preflight first.
const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"token":"t"}' }
const results = [
  await attempt('9000', '/jiguang/v1/web/verify?code=9000', post),
  await attempt('1804', '/jiguang/v1/web/verify?code=1804', post),
  await attempt('1801', '/jiguang/v1/web/verify?code=1801', post),
  // Retry-After from another origin: readable because the vendor exposes it.
  await attempt('http 429', '/empty?status=429&retryAfter=7'),
  // Chromium's own "Failed to fetch", known as a failed connection.
  await attempt('dropped', '/drop'),
]
const out = document.getElementById('out')
if (out !== null) out.textContent = JSON.stringify(results)
