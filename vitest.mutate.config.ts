import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of the core modules and the adapters: the tests that
// exercise them in-process, without sockets or child processes, so that some 1,500 mutants finish in
// minutes on two cores. The interceptors' own tests (over msw and real sockets) stay in npm test.
export default defineConfig({
  test: {
    include: [
      'test/errors.test.ts',
      'test/retry.test.ts',
      'test/mask.test.ts',
      'test/json.test.ts',
      'test/catalogs.test.ts',
      'test/classify.test.ts',
      'test/policy.test.ts',
      'test/property.test.ts',
      'test/details.test.ts',
      'test/verdict.test.ts',
      'test/lazy-fields.test.ts',
      'test/frames.test.ts',
    ],
    testTimeout: 20_000,
  },
})
