// End to end on loopback for one client (bench section 2): the bare client, the same client wrapped by
// errcode and with the check written inline (bench/clients.ts), interleaved in one process, against the
// simulator at the given URL. Prints JSON for bench/run.ts.
import { clientPair } from './clients.js'
import { batch, measureSides } from './support.js'

/** One measured round: requests per second and client CPU µs per request. */
export interface Round {
  rps: number
  cpuUs: number
}
/** The rounds of one body kind, each side's in the same order. */
export interface Rounds {
  bare: Round[]
  wrapped: Round[]
  inline: Round[]
}

const [client = 'fetch', simUrl = '', flag] = process.argv.slice(2)
const quick = flag === '--quick'
// Whole cycles of the six orders of three sides (bench/run.ts pools five processes).
const rounds = quick ? 6 : 12
const perRound = quick ? 500 : 1_000
const pair = clientPair(client, { fetch })
const out: Record<string, Rounds> = {}
for (const [body, path] of [
  ['success', '/jiguang/v1/web/verify?code=9000'],
  ['error', '/jiguang/v1/web/verify?code=1804'],
] as const) {
  const url = `${simUrl}${path}`
  out[body] = await measureSides(
    rounds,
    pair,
    (call) => batch(() => call(url), 300),
    (call) => batch(() => call(url), perRound),
  )
}
process.stdout.write(JSON.stringify(out))
