import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const entry = process.argv[2]
const r = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  metafile: true,
  splitting: true,
  outdir: '/tmp/out',
  external: ['axios', 'ky'],
})
for (const f of r.outputFiles)
  console.log(f.path.split('/').pop(), 'min', f.text.length, 'gz', gzipSync(f.text, { level: 9 }).length)
const o = Object.entries(r.metafile.outputs).find(([, v]) => v.entryPoint)[1]
for (const [f, v] of Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput))
  console.log('  ', v.bytesInOutput, f)
