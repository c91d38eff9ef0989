// p-retry by errcode's rules: shouldRetry asks isRetryable, and each wait is errcode's retryDelay (p-retry's
// own backoff set to nothing).
import { setTimeout as sleep } from 'node:timers/promises'
import { isApiError, isRetryable, retryDelay } from 'errcode-js'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'
import pRetry from 'p-retry'
import { isMain, withSimulator } from './support.js'

/** One verification; the vendor answers the codes given, one per attempt, then 9000 (consistent). */
export async function verify(url: string, codes: readonly number[], method = 'GET'): Promise<string> {
  const call = withErrcode(fetch, { adapter: jiguang })
  let attempts = 0
  try {
    const body = await pRetry(
      async () => {
        const res = await call(`${url}/jiguang/v1/web/verify?code=${codes[attempts++] ?? 9000}`, {
          method,
          ...(method === 'GET' ? {} : { body: '{}' }),
        })
        return (await res.json()) as { content: string }
      },
      {
        retries: 2,
        minTimeout: 0,
        factor: 1,
        // A POST is replayed only after a refusal the vendor made before running it (1804, not 2000).
        shouldRetry: ({ error }) => isRetryable(error, { method }),
        onFailedAttempt: ({ error, attemptNumber }) => sleep(retryDelay(error, attemptNumber, { baseDelay: 10 })),
      },
    )
    return `${attempts} attempts → ${body.content}`
  } catch (err) {
    if (!isApiError(err)) throw err
    return `${attempts} attempt(s) → ${err.name} ${err.code} (${err.retry.kind})`
  }
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    console.log('1804, 2000, then 9000:', await verify(url, [1804, 2000]))
    console.log('the same as a POST:', await verify(url, [1804, 2000], 'POST'))
    console.log('1801:', await verify(url, [1801]))
  })
}
