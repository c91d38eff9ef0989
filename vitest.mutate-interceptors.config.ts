import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of the interceptors and the msw helpers: the client tests
// over msw and over the simulator on loopback, without child processes.
export default defineConfig({
  test: {
    include: [
      'test/contract.msw.test.ts',
      'test/fetch.test.ts',
      'test/fetch-details.test.ts',
      'test/axios.test.ts',
      'test/ky.test.ts',
      'test/retry.clients.test.ts',
      'test/msw-helpers.test.ts',
      'test/secrets.test.ts',
      'test/interceptor-details.test.ts',
      'test/stack.test.ts',
      'test/frames.test.ts',
      'test/property.test.ts',
    ],
    testTimeout: 20_000,
  },
})
