// What the bench's measuring scripts share: the median, one batch of requests, and bare/wrapped rounds.

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

/** One batch of `total` calls, 16 at a time: requests per second, and this process's CPU µs per request. */
export async function batch(call: () => Promise<unknown>, total: number): Promise<{ rps: number; cpuUs: number }> {
  let next = 0
  const started = performance.now()
  const cpu = process.cpuUsage()
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < total) {
        next++
        await call()
      }
    }),
  )
  const used = process.cpuUsage(cpu)
  return { rps: total / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / total }
}

/** `rounds` measurements of each side, A B then B A, so that neither side always runs second. */
export async function alternate<T>(rounds: number, bare: () => Promise<T>, wrapped: () => Promise<T>) {
  const out: { bare: T[]; wrapped: T[] } = { bare: [], wrapped: [] }
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      out.bare.push(await bare())
      out.wrapped.push(await wrapped())
    } else {
      out.wrapped.push(await wrapped())
      out.bare.push(await bare())
    }
  }
  return out
}
