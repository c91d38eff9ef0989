// opossum's circuit breaker counts only outages (errcode's unavailable, internal, network, timeout): a
// wrong parameter or a rate limit is the caller's or the quota's business, not a sign the vendor is down.
import { isOutage } from 'errcode-js'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'
import CircuitBreaker from 'opossum'
import { isMain, withSimulator } from './support.js'

/** Sends the paths in turn through one breaker; returns the breaker's state after each call. */
export async function run(url: string, paths: readonly string[]): Promise<string[]> {
  const call = withErrcode(fetch, { adapter: jiguang })
  const breaker = new CircuitBreaker((path: string) => call(`${url}${path}`), {
    // Errors for which this returns true do not count as failures.
    errorFilter: (err: unknown) => !isOutage(err),
    volumeThreshold: 3,
    errorThresholdPercentage: 50,
    resetTimeout: 60_000,
  })
  const states: string[] = []
  for (const path of paths) {
    const outcome = await breaker.fire(path).then(
      () => 'ok',
      (err: Error) => (breaker.opened && err.message === 'Breaker is open' ? 'refused by the breaker' : err.name),
    )
    states.push(`${outcome} (${breaker.opened ? 'open' : 'closed'})`)
  }
  breaker.shutdown()
  return states
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    const invalid = '/jiguang/v1/web/verify?code=1801'
    const busy = '/html?status=503'
    console.log('four invalid requests:', (await run(url, [invalid, invalid, invalid, invalid])).join(', '))
    console.log('the vendor down:', (await run(url, [busy, busy, busy, busy])).join(', '))
  })
}
