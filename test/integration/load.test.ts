import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('under load', () => {
  it('accounts for every one of 10,000 requests per client, with no unhandled rejection, and exits by itself', async () => {
    const child = spawn(process.execPath, ['test/fixtures/load.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    // The child never calls process.exit: if a socket or timer leaked, it would not end, and this rejects.
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`the load process did not exit by itself:\n${stdout}\n${stderr}`))
      }, 90_000)
      child.on('exit', (c) => {
        clearTimeout(timer)
        resolve(c)
      })
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const { total, report, unhandled } = JSON.parse(stdout) as {
      total: number
      report: Record<string, Record<string, number>>
      unhandled: string[]
    }
    expect(unhandled).toEqual([])
    for (const [client, counts] of Object.entries(report)) {
      const { sent, ok = 0, other = 0, ...errors } = counts as Record<string, number>
      expect(sent, client).toBe(total)
      expect(other, client).toBe(0)
      expect(ok + Object.values(errors).reduce((a, b) => a + b, 0), client).toBe(total)
      // Six paths in turn: 9000 and 9001 succeed; 1804, 2000/500, the HTML 502 and the dropped connection fail.
      let expectedOk = 0
      for (let i = 0; i < total; i++) if (i % 6 === 0 || i % 6 === 2) expectedOk++
      expect(ok, client).toBe(expectedOk)
      expect(errors.RateLimitError, client).toBeGreaterThan(0)
      expect(errors.ServiceUnavailableError, client).toBeGreaterThan(0)
      expect(errors.NetworkError, client).toBeGreaterThan(0)
      expect(errors.InternalError, client).toBeGreaterThan(0)
    }
  }, 120_000)
})
