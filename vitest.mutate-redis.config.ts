import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of the Redis guard store: the Redis tests, against a real
// redis-server they start on a free loopback port.
export default defineConfig({
  test: {
    include: ['test/redis.test.ts'],
    testTimeout: 20_000,
  },
})
