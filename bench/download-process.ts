// One 100 MB download through bare or wrapped fetch, in a fresh process: prints time and peak RSS as JSON.
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode } from 'errcode-js/fetch'

const [variant = 'bare', url = ''] = process.argv.slice(2)
const f = variant === 'wrapped' ? withErrcode(fetch, { adapter: jiguang }) : fetch
// Load and warm both paths' code before measuring, so the figures compare the download itself.
await f(`${url.split('/download')[0]}/jiguang/x?code=9000`).then((r) => r.text())
const before = process.resourceUsage().maxRSS
const started = performance.now()
const res = await f(url)
let bytes = 0
for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength
const ms = performance.now() - started
process.stdout.write(JSON.stringify({ bytes, ms, peakRssKb: process.resourceUsage().maxRSS, startRssKb: before }))
