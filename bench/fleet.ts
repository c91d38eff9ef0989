// A fleet sharing one vendor limit: N processes on this machine offer requests together under one
// credential to a simulated vendor that lets 20 a second pass (a rolling second; the rest get jiguang
// 1804), paced from one Redis and, for comparison, each from its own memory. Run by bench/run.ts
// (section 9); prints JSON. Needs redis-server (Debian's package): it starts its own on a free port.
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { PacingRun } from './pacing.js'

export interface FleetRun {
  processes: number
  perProcess: PacingRun[]
  total: PacingRun
}

const [simUrl = '', flag, cpuFlag = ''] = process.argv.slice(2)
const seconds = flag === '--quick' ? 5 : 12
/** The CPU redis-server runs on (`--redis-cpu=0`, by taskset), where bench/run.ts pins the processes. */
const redisCpu = cpuFlag.startsWith('--redis-cpu=') ? cpuFlag.slice('--redis-cpu='.length) : undefined
const processes = 4
/** 100 requests a second offered in all, five times the limit. */
const perSecond = 25

const binary = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p))

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise((r) => server.close(r))
  return port
}

const proc = fileURLToPath(new URL('./fleet-process.js', import.meta.url))
function one(where: string, startAt: number, prefix: string): Promise<PacingRun> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [proc, simUrl, where, String(startAt), String(seconds), String(perSecond), prefix],
      { timeout: (seconds + 30) * 1000 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as PacingRun)),
    ),
  )
}

async function fleet(where: string): Promise<FleetRun> {
  // Every process starts on the same clock tick, after all have loaded.
  const startAt = Date.now() + 1_500
  const prefix = `${where}-${Math.random().toString(36).slice(2)}`
  const perProcess = await Promise.all(Array.from({ length: processes }, () => one(where, startAt, prefix)))
  const total: PacingRun = { offered: 0, sent: 0, refusedByVendor: 0, refusedHere: 0, passed: 0, seconds }
  for (const r of perProcess) {
    total.offered += r.offered
    total.sent += r.sent
    total.refusedByVendor += r.refusedByVendor
    total.refusedHere += r.refusedHere
    total.passed += r.passed
    if (r.degraded !== undefined) total.degraded = (total.degraded ?? 0) + r.degraded
  }
  return { processes, perProcess, total }
}

const result: Record<string, FleetRun | string> = {}
if (binary === undefined) result.skipped = 'no redis-server on this machine'
else {
  const port = await freePort()
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
  // taskset execs redis-server in its own process: killing it kills the server.
  const redis =
    redisCpu === undefined
      ? spawn(binary, args, { stdio: 'ignore' })
      : spawn('taskset', ['-c', redisCpu, binary, ...args], { stdio: 'ignore' })
  await new Promise((r) => setTimeout(r, 300))
  try {
    result['pacing in each process'] = await fleet('memory')
    result['pacing on one Redis'] = await fleet(String(port))
  } finally {
    redis.kill('SIGKILL')
  }
}
process.stdout.write(JSON.stringify(result))
