// ofetch over errcode's fetch: `createFetch({ fetch: withErrcode(fetch, …) })`. ofetch wraps whatever its
// fetch throws in a FetchError ("<no response>", the typed error as `cause`) and, for a GET, sends the
// request once more whatever errcode's hint says (ofetch counts a rejection as a 500). An `onRequestError`
// hook that rethrows errcode's errors hands the typed error to the caller as it is, and skips ofetch's
// retry for it; errcode's own `retry` retries by the vendor's rules. ofetch's retry stays off.
import { isApiError } from 'errcode-js'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'
import { createFetch, FetchError } from 'ofetch'
import { isMain, withSimulator } from './support.js'

/** Counts the requests that reach the network. */
function counting(): { fetch: typeof fetch; sent: () => number } {
  let sent = 0
  const counted = ((input, init) => {
    sent++
    return fetch(input, init)
  }) as typeof fetch
  return { fetch: counted, sent: () => sent }
}

/** The recommended set-up: typed errors through, errcode's retries (10 ms apart here, for the demo). */
export function vendorFetch(fetchFn: typeof fetch = fetch) {
  return createFetch({
    fetch: withErrcode(fetchFn, { adapter: jiguang, retry: { maxAttempts: 3, baseDelay: 10 } }),
    defaults: {
      retry: false,
      onRequestError({ error }) {
        if (isApiError(error)) throw error
      },
    },
  })
}

/** One GET through ofetch, and what reached the caller. */
export async function verify(base: string, query: string, timeout?: number): Promise<string> {
  const net = counting()
  const $fetch = vendorFetch(net.fetch)
  try {
    const body = await $fetch<{ content: string }>(`${base}/${query}`, timeout === undefined ? {} : { timeout })
    return `${body.content} (${net.sent()} request)`
  } catch (err) {
    if (!isApiError(err)) throw err
    return `${err.name} ${err.code} [${err.category}, ${err.source}] after ${net.sent()} request(s)`
  }
}

/** The same GET through ofetch without the hook, with ofetch's defaults. */
export async function bare(base: string, query: string): Promise<string> {
  const net = counting()
  const $fetch = createFetch({ fetch: withErrcode(net.fetch, { adapter: jiguang }) })
  try {
    await $fetch(`${base}/${query}`)
    return 'no error'
  } catch (err) {
    if (!(err instanceof FetchError) || !isApiError(err.cause)) throw err
    return `${err.name}, cause ${err.cause.name} ${err.cause.code}, after ${net.sent()} requests`
  }
}

/** A client that routes only jiguang's paths: a status elsewhere stays ofetch's own FetchError. */
export async function outsideRoutes(base: string, query: string): Promise<string> {
  const $fetch = createFetch({
    fetch: withErrcode(fetch, { adapters: [{ match: `${base}/jiguang/`, adapter: jiguang }] }),
    defaults: { retry: false },
  })
  try {
    await $fetch(`${base}/${query}`)
    return 'no error'
  } catch (err) {
    if (!(err instanceof FetchError)) throw err
    return `${err.name} ${err.status} (ofetch's own)`
  }
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    const verifyAt = (code: string) => `jiguang/v1/web/verify?code=${code}`
    console.log('9000 in a 200:', await verify(url, verifyAt('9000')))
    console.log('1804 in a 200:', await verify(url, verifyAt('1804')))
    console.log('1801 in a 200:', await verify(url, verifyAt('1801')))
    console.log('HTTP 500 with a vendor body:', await verify(url, `${verifyAt('2000')}&status=500`))
    console.log('HTTP 500 without one:', await verify(url, 'raw?status=500&body=oops'))
    console.log('connection dropped:', await verify(url, 'drop'))
    // ofetch's `timeout` is one deadline for the call, errcode's retries included.
    console.log('an answer in 1 s, timeout 200 ms:', await verify(url, 'slow?ms=1000', 200))
    console.log('without the hook, 1801:', await bare(url, verifyAt('1801')))
    console.log('HTTP 500 from a URL no route covers:', await outsideRoutes(url, 'raw?status=500&body=oops'))
  })
}
