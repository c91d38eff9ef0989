// The contract checks that hold on every runtime errcode's fetch and ky wrappers run on: Bun, Deno and
// Cloudflare's workerd (test/runtimes/README of scripts/runtimes.sh). Plain JavaScript with no test runner and
// no node: built-in, so that a Worker runs them as they are. `checks()` takes the built package's modules and a
// loopback simulator's URL and gives named checks that throw when errcode misbehaves; `runChecks()` runs
// them one by one and reports each. Attempts are counted in the runtime's own fetch, so that no check needs
// the simulator's counters (under workerd the simulator is in another process).

const CANARY = 'canary-7Qz1xK'
/** A frame of errcode's own making, which no placed stack may show (as in test/contract/error-stacks.test.ts). */
const ERRCODE_FRAMES =
  /createError|vendorError|transportError|errorOf|responseError|sendError|unplacedError|judge|inspect/

class CheckFailed extends Error {}
function ok(value, message) {
  if (!value) throw new CheckFailed(message)
}
function equal(actual, expected, what) {
  ok(Object.is(actual, expected), `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
}
async function rejection(promise) {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new CheckFailed('expected a rejection, got a result')
}
const describe = (err) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err))

/**
 * The checks, for the fetch wrapper and the ky wrapper alike.
 *
 * - `lib`: `{ errcode, withFetch, withKy, jiguang, ky }`, the built package's modules and the ky to wrap.
 * - `sim`: the simulator's base URL; `closed`: the base URL of a port that refuses connections.
 * - `frameless`: the clients whose errors get no frames of the application's on this runtime: their stack
 *   is the error line alone (Bun's JavaScriptCore does not follow ky's chain of promises to the caller).
 * - `refusal`: the code of a refused connection: `ECONNREFUSED`, or `ENETWORK` where the runtime words
 *   a refused connection as it words a dropped one (workerd's `Network connection lost.`), so that
 *   errcode cannot know the request never left.
 */
export function checks({ lib, sim, closed, frameless = [], refusal = 'ECONNREFUSED' }) {
  const { errcode, withFetch, withKy, jiguang, ky } = lib
  const fast = { baseDelay: 1, maxBackoff: 5, budget: false }

  /** One client: `call(url, { timeoutMs })` through errcode, over a fetch that counts its calls. */
  const clients = {
    fetch(options = {}, inner = fetch) {
      const counted = countedFetch(inner)
      const f = withFetch(counted, { adapter: jiguang, ...options })
      return {
        calls: counted.calls,
        call: (url, init = {}) =>
          f(url, init.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(init.timeoutMs) }),
        json: async (url) => (await f(url)).json(),
      }
    },
    ky(options = {}, inner = fetch) {
      const counted = countedFetch(inner)
      // ky's own retry stays off: the counts are errcode's attempts alone.
      const api = withKy(ky.create({ retry: 0, fetch: counted }), { adapter: jiguang, ...options })
      return {
        calls: counted.calls,
        call: (url, init = {}) => api.get(url, init.timeoutMs === undefined ? {} : { timeout: init.timeoutMs }),
        json: (url) => api.get(url).json(),
      }
    },
  }

  const list = []
  for (const [name, make] of Object.entries(clients)) {
    const add = (title, run) => list.push([`${name}: ${title}`, run])

    add('a success passes untouched, its body byte for byte', async () => {
      const url = `${sim}/jiguang/v1/web/verify?code=9000&message=${encodeURIComponent('号码一致 ✓')}`
      const bare = await (await fetch(url)).text()
      const client = make()
      const res = await client.call(url)
      equal(res.status, 200, 'status')
      equal(res.headers.get('content-type'), 'application/json;charset=UTF-8', 'content-type')
      equal(await res.text(), bare, 'body')
      ok(bare.includes('号码一致 ✓'), `the body carries the message: ${bare}`)
      const result = await client.json(`${sim}/jiguang/v1?code=9001`)
      equal(JSON.stringify(result), '{"code":9001,"content":"verify not consistent"}', 'a result code is an answer')
      equal(client.calls.n, 2, 'requests sent')
    })

    add('jiguang 1804 in a 200 is a RateLimitError with a replay-safe backoff hint', async () => {
      const client = make()
      const err = await rejection(client.call(`${sim}/jiguang/v1/web/verify?code=1804`))
      ok(err instanceof errcode.RateLimitError, `not a RateLimitError: ${describe(err)}`)
      equal(err.name, 'RateLimitError', 'name')
      equal(err.vendor, 'jiguang', 'vendor')
      equal(err.code, 1804, 'code')
      equal(err.status, 200, 'status')
      equal(err.category, 'rate_limit', 'category')
      equal(err.retry.kind, 'backoff', 'retry.kind')
      equal(err.retry.replaySafe, true, 'retry.replaySafe')
      equal(errcode.isRetryable(err), true, 'isRetryable')
      ok(/^jiguang 1804: /.test(err.message), `message: ${err.message}`)
      equal(client.calls.n, 1, 'requests sent')
    })

    add('without a vendor code the HTTP status decides: 502 unavailable, 404 not found', async () => {
      const client = make()
      const unavailable = await rejection(client.call(`${sim}/html?status=502`))
      ok(unavailable instanceof errcode.ServiceUnavailableError, `502: ${describe(unavailable)}`)
      equal(unavailable.status, 502, 'status')
      equal(unavailable.source, 'http', 'source')
      const missing = await rejection(client.call(`${sim}/raw?status=404&type=text/plain&body=nope`))
      ok(missing instanceof errcode.NotFoundError, `404: ${describe(missing)}`)
    })

    const known = refusal === 'ECONNREFUSED'
    add(
      known
        ? 'a refused connection is a NetworkError ECONNREFUSED, replay-safe (it never reached the vendor)'
        : 'a refused connection is a NetworkError ENETWORK, not replay-safe (worded as a dropped one)',
      async () => {
        const err = await rejection(make().call(`${closed}/jiguang/v1/web/verify`))
        ok(err instanceof errcode.NetworkError, `not a NetworkError: ${describe(err)}`)
        equal(err.category, 'network', 'category')
        equal(err.code, refusal, 'code')
        equal(err.retry.replaySafe, known, 'retry.replaySafe')
      },
    )

    add('a dropped connection is a NetworkError, not replay-safe', async () => {
      const err = await rejection(make().call(`${sim}/drop`))
      ok(err instanceof errcode.NetworkError, `not a NetworkError: ${describe(err)}`)
      equal(err.retry.replaySafe, false, 'retry.replaySafe')
    })

    add('a body cut short is a NetworkError', async () => {
      const err = await rejection(
        (async () => {
          const res = await make().call(`${sim}/truncated`)
          return res.text()
        })(),
      )
      ok(err instanceof errcode.NetworkError, `not a NetworkError: ${describe(err)}`)
    })

    add('a 200 whose gzip body cannot be decoded is an UnknownApiError, not a NetworkError', async () => {
      const err = await rejection(make().call(`${sim}/gzip?corrupt`))
      ok(err instanceof errcode.UnknownApiError, `not an UnknownApiError: ${describe(err)}`)
      equal(err.status, 200, 'status')
    })

    add('a deadline that passes is a TimeoutError', async () => {
      const started = Date.now()
      const err = await rejection(make().call(`${sim}/slow?ms=3000`, { timeoutMs: 150 }))
      ok(err instanceof errcode.TimeoutError, `not a TimeoutError: ${describe(err)}`)
      equal(err.category, 'timeout', 'category')
      ok(Date.now() - started < 2_500, `the deadline held: ${Date.now() - started} ms`)
    })

    add('with retry, a 1804 is replayed and the success after it passes', async () => {
      const events = []
      // The vendor answers 1804 once, then success: requests after the first carry the token it accepts.
      const recovering = (input, init) => {
        const request = new Request(input, init)
        if (recovering.n++ > 0) request.headers.set('authorization', 'Bearer fresh')
        return fetch(request)
      }
      recovering.n = 0
      const client = make(
        { retry: { ...fast, maxAttempts: 3 }, telemetry: { retry: (e) => events.push(e) } },
        recovering,
      )
      const body = await client.json(`${sim}/jiguang/v1/web/verify?code=1804&acceptToken=fresh`)
      equal(body.code, 0, 'the code of the success')
      equal(client.calls.n, 2, 'requests sent')
      equal(events.length, 1, 'retry events')
      equal(events[0]?.error?.code, 1804, 'the replayed error')
      // Without the retry option, the same vendor's 1804 is the application's.
      recovering.n = 0
      const once = make({}, recovering)
      equal((await rejection(once.call(`${sim}/jiguang/v1/web/verify?code=1804&acceptToken=fresh`))).code, 1804, 'code')
      equal(once.calls.n, 1, 'requests sent without retry')
    })

    add('a secret in the query never reaches the message, String(err), toJSON() or the stack', async () => {
      const secret = `sign=${CANARY}&access_token=${CANARY}`
      const client = make()
      for (const url of [`${sim}/jiguang/v1/web/verify?code=1804&${secret}`, `${closed}/jiguang/x?${secret}`]) {
        const err = await rejection(client.call(url))
        ok(errcode.isApiError(err), `not an ApiError: ${describe(err)}`)
        const views = { message: err.message, string: String(err), json: JSON.stringify(err), stack: err.stack ?? '' }
        for (const [view, text] of Object.entries(views))
          ok(!text.includes(CANARY), `${view} leaks the secret: ${text}`)
        ok(/sign=\*\*\*&access_token=\*\*\*/.test(err.request?.url ?? ''), `request.url: ${err.request?.url}`)
        ok(JSON.stringify(err).includes('sign=***'), 'toJSON() keeps the masked URL')
      }
    })

    const frames = !frameless.includes(name)
    add(
      frames
        ? 'the stack is the error line, then the application’s frames, no errcode frame'
        : 'the stack is the error line alone: the runtime gives it no frames',
      async () => {
        const client = make()
        async function applicationCall() {
          return await client.call(`${sim}/jiguang/v1/web/verify?code=1804`)
        }
        const err = await rejection(applicationCall())
        const stack = err.stack ?? ''
        ok(stack.startsWith('RateLimitError: jiguang 1804: '), `stack header: ${stack}`)
        ok(!ERRCODE_FRAMES.test(stack), `errcode frames in the stack: ${stack}`)
        if (frames) ok(/\n {4}at (async )?applicationCall /.test(stack), `no applicationCall frame: ${stack}`)
        else equal(stack, `${err.name}: ${err.message}`, 'stack')
      },
    )
  }
  return list
}

function countedFetch(inner) {
  const calls = { n: 0 }
  const counted = (input, init) => {
    calls.n++
    return inner(input, init)
  }
  counted.calls = calls
  return counted
}

/**
 * Runs the checks one after another, each within `timeoutMs`, and gives `{ passed, failed, results }`,
 * each result `{ name, ok, error? }`.
 */
export async function runChecks(list, { timeoutMs = 10_000 } = {}) {
  const results = []
  for (const [name, run] of list) {
    let timer
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new CheckFailed(`no outcome within ${timeoutMs} ms`)), timeoutMs)
    })
    try {
      await Promise.race([run(), late])
      results.push({ name, ok: true })
    } catch (error) {
      results.push({ name, ok: false, error: error instanceof CheckFailed ? error.message : describe(error) })
    } finally {
      clearTimeout(timer)
    }
  }
  const passed = results.filter((r) => r.ok).length
  return { passed, failed: results.length - passed, results }
}

/** The report of a run: one line a check, then the closing "N passed, N failed". */
export function report({ passed, failed, results }, print = console.log) {
  for (const r of results) print(r.ok ? `ok - ${r.name}` : `not ok - ${r.name}\n  ${r.error.replace(/\n/g, '\n  ')}`)
  print(`${passed} passed, ${failed} failed`)
}
