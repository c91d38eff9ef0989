// A small runner for the checks that run outside vitest (other runtimes, a real browser): each check
// prints ok or FAIL with the error; `summary()` prints the closing "N passed, N failed" line that CI
// reads, and sets the exit code.
export function checks({ before } = {}) {
  let passed = 0
  let failed = 0
  return {
    async check(name, fn) {
      before?.()
      try {
        await fn()
        passed++
        console.log(`ok   ${name}`)
      } catch (error) {
        failed++
        console.log(`FAIL ${name}\n     ${error?.stack ?? error}`)
      }
    },
    summary() {
      console.log(`${passed} passed, ${failed} failed`)
      process.exitCode = failed === 0 ? 0 : 1
    },
  }
}
