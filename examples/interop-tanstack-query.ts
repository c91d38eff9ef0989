// TanStack Query retries by errcode's rules: `retry` asks isRetryable, `retryDelay` takes errcode's wait.
// The same two options work in @tanstack/react-query, vue-query and the others (query-core underneath).
import { QueryClient } from '@tanstack/query-core'
import { isApiError, isRetryable, retryDelay } from 'errcode-js'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'
import { isMain, withSimulator } from './support.js'

/** One query; the vendor answers the codes given, one per attempt, then 9000 (consistent). */
export async function verify(url: string, codes: readonly number[]): Promise<string> {
  const call = withErrcode(fetch, { adapter: jiguang })
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        // failureCount counts the failures before this one: the attempt that failed is failureCount + 1.
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
        retryDelay: (failureCount, error) => retryDelay(error, failureCount + 1, { baseDelay: 10 }),
      },
    },
  })
  let attempts = 0
  try {
    const body = await client.fetchQuery({
      queryKey: ['verify', codes],
      queryFn: async () => {
        const res = await call(`${url}/jiguang/v1/web/verify?code=${codes[attempts++] ?? 9000}`)
        return (await res.json()) as { content: string }
      },
      retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
    })
    return `${attempts} attempts → ${body.content}`
  } catch (err) {
    if (!isApiError(err)) throw err
    return `${attempts} attempt(s) → ${err.name} ${err.code} (${err.retry.kind})`
  } finally {
    client.clear()
  }
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    console.log('1804, 2000, then 9000:', await verify(url, [1804, 2000]))
    console.log('1801:', await verify(url, [1801]))
  })
}
