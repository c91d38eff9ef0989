// The Worker that runs the contract checks (checks.mjs) inside workerd, bundled by esbuild with the built
// package and ky. A POST of `{ sim, closed }` (the loopback simulator's URL and a refusing port's) answers
// with the run's results as JSON. Driven by workerd.smoke.mjs through miniflare.
import ky from 'ky'
import { jiguang } from '../../dist/adapters/jiguang.js'
import { withErrcode as withFetch } from '../../dist/src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../dist/src/clients/ky/ky.js'
import * as errcode from '../../dist/src/index.js'
import { checks, runChecks } from './checks.mjs'

export default {
  async fetch(request) {
    const { sim, closed } = await request.json()
    const lib = { errcode, withFetch, withKy, jiguang, ky }
    // workerd words a refused connection as it words a dropped one: "Network connection lost."
    return Response.json(await runChecks(checks({ lib, sim, closed, refusal: 'ENETWORK' })))
  },
}
