// The direction of errcode's imports, checked in `npm test` (`npm run lint:deps`):
//
//   tools → clients, stores → classify, retry → catalog, adapter → errors → types, defaults
//   testing (the simulator, the msw helpers) → adapter
//   clients, retry, otel → observe → errors
//
// A folder imports its own files and the folders to its right, never one to its left. `src/index.ts`
// (the `errcode` entry) is the core: it exports errors, catalog, adapter, classify and retry, and never
// a client, a tool or a testing helper. Data (`catalogs/`, `adapters/`) imports only the catalog and adapter helpers.
/** Folders of src/ and what each may import besides itself. */
const layers = {
  errors: [],
  observe: ['errors'],
  catalog: ['errors'],
  adapter: ['errors', 'catalog'],
  classify: ['errors', 'catalog', 'adapter'],
  retry: ['errors', 'observe'],
  clients: ['errors', 'catalog', 'adapter', 'classify', 'retry', 'observe'],
  otel: ['errors', 'observe'],
  stores: ['errors', 'retry'],
  tools: ['errors', 'catalog', 'adapter', 'classify', 'retry', 'clients', 'stores'],
  testing: ['adapter'],
}
const base = '^src/(types|defaults)[.]ts$'
const folders = Object.keys(layers)

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports makes two modules one; split out what both need.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'base-imports-nothing',
      severity: 'error',
      comment: 'types.ts and defaults.ts are the vocabulary every layer shares: they import no module of errcode.',
      from: { path: base },
      to: { path: '^(src|adapters|catalogs)/', pathNot: base },
    },
    ...folders.map((folder) => ({
      name: `${folder}-imports-only-below`,
      severity: 'error',
      comment: `src/${folder}/ may import ${layers[folder].length === 0 ? 'only itself' : `src/{${layers[folder].join(',')}}/`}, types.ts and defaults.ts.`,
      from: { path: `^src/${folder}/` },
      to: {
        path: '^(src|adapters|catalogs)/',
        pathNot: [
          base,
          `^src/(${[folder, ...layers[folder]].join('|')})/`,
          ...(folder === 'tools' || folder === 'testing' ? ['^(adapters|catalogs)/'] : []),
        ],
      },
    })),
    {
      name: 'core-entry-has-no-client',
      severity: 'error',
      comment:
        'The errcode entry is the core: a client, a store, a tool, a testing helper or errcode/otel is its own entry point.',
      from: { path: '^src/index[.]ts$' },
      to: { path: '^src/(clients|stores|tools|testing|otel)/' },
    },
    {
      name: 'data-imports-helpers-only',
      severity: 'error',
      comment: 'Catalogs and adapters are data: they import the catalog and adapter helpers and their own catalog.',
      from: { path: '^(adapters|catalogs)/' },
      to: { path: '^src/', pathNot: ['^src/(catalog|adapter)/', base] },
    },
    {
      name: 'adapter-imports-no-other-vendor',
      severity: 'error',
      comment:
        'Importing one adapter never pulls in another vendor: an adapter imports its own catalog, and the envelope and common codes its cloud shares (adapters/shared, catalogs/shared), only.',
      from: { path: '^adapters/([^/]+)[.]ts$' },
      to: { path: '^(adapters|catalogs)/', pathNot: ['^catalogs/$1[.]ts$', '^(adapters|catalogs)/shared/'] },
    },
    {
      name: 'shared-data-imports-no-vendor',
      severity: 'error',
      comment:
        "What a cloud's products share (adapters/shared, catalogs/shared) imports no vendor's adapter or catalog.",
      from: { path: '^(adapters|catalogs)/shared/' },
      to: { path: '^(adapters|catalogs)/', pathNot: '^(adapters|catalogs)/shared/' },
    },
    {
      name: 'core-is-runtime-neutral',
      severity: 'error',
      comment:
        'Everything a browser, Deno, Bun or workerd loads stays off node: built-ins (tools, stores and the simulator may use them).',
      from: {
        path: '^(src|adapters|catalogs)/',
        pathNot: '^src/(tools|stores)/|^src/testing/(simulator|answers)[.]ts$',
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'clients-only-where-they-belong',
      severity: 'error',
      comment: 'axios and ky are imported only by their own wrapper; msw only by the msw helpers.',
      from: { pathNot: ['^src/clients/(axios|ky)/', '^src/testing/msw[.]ts$'] },
      to: { path: '^node_modules/(axios|ky|msw)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'client-folders-share-only-shared',
      severity: 'error',
      comment:
        'Each client lives in its own folder of src/clients/ and imports no other client; what fetch, axios and ky share is in src/clients/shared/, which imports no client.',
      from: { path: '^src/clients/([^/]+)/' },
      to: { path: '^src/clients/', pathNot: ['^src/clients/$1/', '^src/clients/shared/'] },
    },
    {
      name: 'otel-only-in-errcode-otel',
      severity: 'error',
      comment: 'The OpenTelemetry API is an optional peer: only errcode/otel loads it.',
      from: { pathNot: '^src/otel/' },
      to: { path: '^node_modules/@opentelemetry/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
  },
}
