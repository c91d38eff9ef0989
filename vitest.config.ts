import { defineConfig } from 'vitest/config'

// One project per folder of test/, each with its type tests (`*.test-d.ts`): unit (in-process, one module
// or a few), contract (what every client shares, over msw and the simulator, one file per behaviour),
// vendors (one file per vendor: its catalog, its adapter and its answers through the three clients) and
// integration (real packages, child processes, servers and the built package). `vitest run --project unit`
// runs one.
const project = (name: 'unit' | 'contract' | 'vendors' | 'integration') => ({
  extends: true as const,
  test: {
    name,
    include: [`test/${name}/**/*.test.ts`],
    typecheck: { enabled: true, include: [`test/${name}/**/*.test-d.ts`] },
  },
})

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Most files spend their time waiting (timers, child processes, servers), not computing: vitest's default of
    // one worker fewer than the cores (one, on a 2-core machine) leaves the machine idle half the run.
    maxWorkers: 2,
    // The JSON report lets CI print one closing count for the whole run.
    reporters: ['default', ['json', { outputFile: process.env.VITEST_JSON ?? 'reports/vitest.json' }]],
    projects: [project('unit'), project('contract'), project('vendors'), project('integration')],
  },
})
