// What applications ship, measured by size-limit (esbuild, minified, gzip) from the built package, and
// checked in `npm test` (scripts/size.mjs) so that growth fails CI:
// - the error path: `errcode-js` with every error class, the masking helpers and the classification of a
//   response (`classifyResponse`), what code that judges responses by itself imports;
// - each wrapper as applications import it (`withErrcode`), with everything that brings: the error path,
//   the retry engine and the telemetry hooks, which its options name, so a bundler cannot drop them;
// - each wrapper with one adapter, and each adapter with its catalog (every file in adapters/, whatever
//   it exports: an adapter added there is measured without an edit here). scripts/size.mjs prints each
//   adapter's bytes per catalog code over the helpers every adapter needs.
// axios and ky are the application's own.
const { readdirSync } = require('node:fs')
const { join } = require('node:path')

const adapters = readdirSync(join(__dirname, 'adapters'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .sort()
const common = { gzip: true, ignore: ['axios', 'ky'] }
// The budgets decided for the error path (6.5 KB) and each wrapper (16.5 KB) are `targets`. Where a bundle
// is over its target today, `limit` is a ceiling at today's size instead, so that it cannot grow while it
// is brought down; scripts/size.mjs prints both, and a ceiling goes when its bundle meets its target.
const targets = {
  'errcode-js: the error path (error classes, masking, classifyResponse)': 6500,
  'errcode-js/fetch': 16500,
  'errcode-js/axios': 16500,
  'errcode-js/ky': 16500,
}
const ceiling = {
  'errcode-js: the error path (error classes, masking, classifyResponse)': '6.75 KB',
  'errcode-js/ky': '18.11 KB',
}
const classes = [
  'ApiError',
  'InvalidRequestError',
  'AuthenticationError',
  'PermissionError',
  'NotFoundError',
  'ConflictError',
  'RateLimitError',
  'QuotaExceededError',
  'BillingError',
  'ServiceUnavailableError',
  'InternalError',
  'NetworkError',
  'TimeoutError',
  'UnknownApiError',
]
module.exports = [
  {
    ...common,
    name: 'errcode-js: the error path (error classes, masking, classifyResponse)',
    path: 'dist/src/index.js',
    import: `{ ${[...classes, 'isApiError', 'maskUrl', 'maskText', 'maskBody', 'classifyResponse'].join(', ')} }`,
    limit: ceiling['errcode-js: the error path (error classes, masking, classifyResponse)'] ?? '6.5 KB',
  },
  ...['fetch', 'axios', 'ky'].flatMap((client) => [
    {
      ...common,
      name: `errcode-js/${client}`,
      path: `dist/src/clients/${client}/${client}.js`,
      import: '{ withErrcode }',
      limit: ceiling[`errcode-js/${client}`] ?? '16.5 KB',
    },
    {
      ...common,
      name: `errcode-js/${client} + errcode-js/adapters/jiguang`,
      path: [`dist/src/clients/${client}/${client}.js`, 'dist/adapters/jiguang.js'],
      import: {
        [`dist/src/clients/${client}/${client}.js`]: '{ withErrcode }',
        'dist/adapters/jiguang.js': '{ jiguang }',
      },
    },
  ]),
  // What every adapter needs besides its catalog's data: the base for bytes per catalog code.
  {
    ...common,
    name: 'catalog and adapter helpers',
    path: [
      'dist/src/adapter/define-adapter.js',
      'dist/src/catalog/define-catalog.js',
      'dist/src/catalog/retry-rules.js',
    ],
    import: {
      'dist/src/adapter/define-adapter.js': '{ defineAdapter }',
      'dist/src/catalog/define-catalog.js': '{ defineCatalog }',
      'dist/src/catalog/retry-rules.js': '{ afterDelay, afterWindow, backoff, never, refresh, throttled }',
    },
  },
  ...adapters.map((v) => ({
    ...common,
    name: `errcode-js/adapters/${v}`,
    path: `dist/adapters/${v}.js`,
    import: '*',
  })),
]
module.exports.targets = targets
