import { defineConfig } from 'vitest/config'

// The suite Stryker runs against each mutant of the Redis guard store: its rules against a scripted
// client, and the Redis tests against a real redis-server they start on a free loopback port.
export default defineConfig({
  test: {
    include: ['test/redis.test.ts', 'test/redis-store.test.ts'],
    testTimeout: 20_000,
  },
})
