// errcode in a browser page: browser-page.ts bundled by esbuild as an application's bundler would (errcode
// resolved through package.json's exports, so `npm run build` first), served on loopback next to the vendor
// simulator (another origin, which answers CORS). `npx tsx examples/integration-browser.ts` prints the
// bundle's size and the page's address, and serves until Ctrl-C; `npm run test:browser` opens the page
// in headless Chromium.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { isMain, withSimulator } from './support.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The page's script, bundled and minified for browsers, with its size as served and gzipped. */
export async function bundlePage(): Promise<{ js: Uint8Array; bytes: number; gzipped: number }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('browser-page.ts', import.meta.url))],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // Not this repository's tsconfig paths (errcode's sources): the package as it is published.
    tsconfigRaw: {},
  })
  const js = result.outputFiles[0]?.contents
  if (js === undefined) throw new Error('esbuild wrote no bundle')
  return { js, bytes: js.byteLength, gzipped: gzipSync(js, { level: 9 }).byteLength }
}

const page =
  '<!doctype html><meta charset="utf-8"><title>errcode in a browser</title><pre id="out">waiting</pre><script type="module" src="/page.js"></script>'

/** Serves the page and its bundle on loopback; the page calls the vendor at `vendorUrl`. */
export async function servePage(vendorUrl: string) {
  const { js, bytes, gzipped } = await bundlePage()
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (path === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
    else if (path === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(js)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/?vendor=${encodeURIComponent(vendorUrl)}`,
    bytes,
    gzipped,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

if (isMain(import.meta.url)) {
  await withSimulator(async (vendor) => {
    const served = await servePage(vendor)
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
    console.log(
      `bundle: errcode/fetch + jiguang, ${kb(served.bytes)} minified, ${kb(served.gzipped)} min+gzip (${served.gzipped} B)`,
    )
    console.log(`page: ${served.url}`)
    // Until Ctrl-C (or the browser check's SIGTERM), then the servers close.
    await new Promise((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    })
    await served.close()
  })
}
