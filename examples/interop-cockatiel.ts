// cockatiel retries by errcode's rules: handleWhen(isRetryable) picks what is worth another attempt, and
// retryDelay waits what the vendor asks for (its window, Retry-After) or backs off with jitter.
import { DelegateBackoff, handleWhen, retry } from 'cockatiel'
import { isApiError, isRetryable, retryDelay } from 'errcode-js'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'
import { isMain, withSimulator } from './support.js'

/** One verification; the vendor answers the codes given, one per attempt, then 9000 (consistent). */
export async function verify(url: string, codes: readonly number[]): Promise<string> {
  const call = withErrcode(fetch, { adapter: jiguang })
  const policy = retry(handleWhen(isRetryable), {
    maxAttempts: 3,
    backoff: new DelegateBackoff((context) =>
      'error' in context.result ? retryDelay(context.result.error, context.attempt, { baseDelay: 10 }) : 0,
    ),
  })
  let attempts = 0
  try {
    const res = await policy.execute(() =>
      call(`${url}/jiguang/v1/web/verify?code=${codes[attempts++] ?? 9000}`, { method: 'POST', body: '{}' }),
    )
    const body = (await res.json()) as { content: string }
    return `${attempts} attempts → ${body.content}`
  } catch (err) {
    if (!isApiError(err)) throw err
    return `${attempts} attempt(s) → ${err.name} ${err.code} (${err.retry.kind})`
  }
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    console.log('1804, 2000, then 9000:', await verify(url, [1804, 2000]))
    console.log('1801:', await verify(url, [1801]))
  })
}
