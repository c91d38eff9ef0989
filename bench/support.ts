// What the bench's measuring scripts share: the median, one batch of requests, and interleaved rounds.
import type { Call } from './clients.js'

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

/** The orders the sides run in, round after round: every permutation in turn, so no side always runs first. */
function permutations<K>(keys: K[]): K[][] {
  if (keys.length <= 1) return [keys]
  return keys.flatMap((k, i) => permutations([...keys.slice(0, i), ...keys.slice(i + 1)]).map((rest) => [k, ...rest]))
}

/**
 * Each side warmed up once (`warm`), then measured `rounds` times (`measure`), interleaved: the sides of a
 * client pair (bench/clients.ts) as e2e.ts and overhead.ts measure them.
 */
export async function measureSides<K extends string, T>(
  rounds: number,
  sides: Record<K, Call>,
  warm: (call: Call) => Promise<unknown>,
  measure: (call: Call) => Promise<T>,
): Promise<Record<K, T[]>> {
  const keys = Object.keys(sides) as K[]
  for (const k of keys) await warm(sides[k])
  return interleave(
    rounds,
    Object.fromEntries(keys.map((k) => [k, () => measure(sides[k])])) as Record<K, () => Promise<T>>,
  )
}

/** `rounds` measurements of each side, interleaved (A B, B A, ... or every order of three). */
async function interleave<K extends string, T>(
  rounds: number,
  sides: Record<K, () => Promise<T>>,
): Promise<Record<K, T[]>> {
  const keys = Object.keys(sides) as K[]
  const orders = permutations(keys)
  const out = Object.fromEntries(keys.map((k) => [k, [] as T[]])) as Record<K, T[]>
  for (let r = 0; r < rounds; r++) {
    for (const k of orders[r % orders.length] as K[]) out[k].push(await sides[k]())
  }
  return out
}
