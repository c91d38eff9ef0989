// What applications ship, measured by size-limit (esbuild, minified, gzip) from the built package:
// each wrapper alone (its own code and its whole error path, no catalog: the wrappers' budget), each
// wrapper with one adapter, and each adapter with its catalog. axios and ky are the application's own.
const vendors = [
  'navinfo',
  'jiguang',
  'guanaitong',
  'ucpaas',
  'iyune',
  'wechat',
  'aliyun-sms',
  'tencent-sms',
  'openai',
  'slack',
  'meta-graph',
  'telegram',
  'bailian',
  'wecom',
  'feishu',
  'amap',
  'alipay',
  'tencent-cloud',
  'aliyun-pop',
  'wechatpay',
]
// The export of each adapter module, where it is not the camel-cased file name.
const exportNames = { wechatpay: 'wechatPay' }
const camel = (v) => exportNames[v] ?? v.replace(/-(\w)/g, (_, c) => c.toUpperCase())
const common = { gzip: true, ignore: ['axios', 'ky'] }
module.exports = [
  ...['fetch', 'axios', 'ky'].flatMap((client) => [
    {
      ...common,
      name: `errcode/${client}`,
      path: `dist/src/clients/${client}.js`,
      import: '{ withErrcode }',
      limit: '6 KB',
    },
    {
      ...common,
      name: `errcode/${client} + errcode/adapters/jiguang`,
      path: [`dist/src/clients/${client}.js`, 'dist/adapters/jiguang.js'],
      import: { [`dist/src/clients/${client}.js`]: '{ withErrcode }', 'dist/adapters/jiguang.js': '{ jiguang }' },
    },
  ]),
  { ...common, name: 'errcode', path: 'dist/src/index.js', import: '{ isApiError, RateLimitError }' },
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
  ...vendors.map((v) => ({
    ...common,
    name: `errcode/adapters/${v}`,
    path: `dist/adapters/${v}.js`,
    import: `{ ${camel(v)} }`,
  })),
]
