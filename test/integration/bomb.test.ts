import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** One client against a 2 MB gzip body that inflates to 2 GiB, in a process of its own (its peak RSS is its own). */
function bomb(client: string): { outcome: Record<string, unknown>; rssBeforeKiB: number; rssPeakKiB: number } {
  const run = spawnSync(process.execPath, ['test/fixtures/bomb.mjs', client], { cwd: root, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout)
}

/** Far below the 2 GiB the body inflates to: what reading it whole would take. */
const BOUND_KIB = 256 * 1024

describe('a compression bomb (2 MB of gzip, 2 GiB inflated)', () => {
  it.each(['fetch', 'ky'])('%s: passes it through unread, in bounded memory', (client) => {
    const { outcome, rssBeforeKiB, rssPeakKiB } = bomb(client)
    expect(outcome).toEqual({ status: 200 })
    expect(rssPeakKiB - rssBeforeKiB).toBeLessThan(BOUND_KIB)
  })

  it('axios (which inflates whole bodies by itself) with the application’s maxContentLength: axios’ own error, bounded', () => {
    const { outcome, rssBeforeKiB, rssPeakKiB } = bomb('axios')
    expect(outcome).toMatchObject({ error: 'AxiosError', typed: false, code: 'ERR_BAD_RESPONSE' })
    expect(String(outcome.message)).toMatch(/maxContentLength/)
    expect(rssPeakKiB - rssBeforeKiB).toBeLessThan(BOUND_KIB)
  })
})
