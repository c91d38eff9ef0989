// A fleet sharing one vendor limit: N processes on this machine offer requests together under one
// credential to a simulated vendor that lets 20 a second pass (a rolling second; the rest get jiguang
// 1804), paced from one Redis and, for comparison, each from its own memory. Run by bench/run.ts
// (section 9); prints JSON. Needs redis-server (Debian's package): it starts its own on a free port.
import { type ChildProcess, fork, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { PacingRun } from './pacing.js'

/** One process's figures, with when each refusal came back (ms since the start) and how late it started. */
export interface FleetProcessRun extends PacingRun {
  refusedAt: number[]
  lateMs: number
  /** When the store reported an outage (its `onDegrade`), in ms since the start (negative: in the warm-up). */
  degradedAt: number[]
}

export interface FleetRun {
  processes: number
  perProcess: FleetProcessRun[]
  total: PacingRun
  /** The fleet's refusals by the second of the run they came back in: where it loses requests. */
  refusedBySecond: number[]
  /** The latest start of a process after its warm-up, in ms (0: all started on the tick). */
  lateMs: number
  /** When the processes' stores reported outages, in ms since the start. */
  degradedAt: number[]
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

/** Starts the processes, waits until every one has warmed up, gives them one start tick, and collects them. */
async function fleet(where: string): Promise<FleetRun> {
  const prefix = `${where}-${Math.random().toString(36).slice(2)}`
  const children = Array.from({ length: processes }, () =>
    fork(proc, [simUrl, where, String(seconds), String(perSecond), prefix], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }),
  )
  const message = (child: ChildProcess) =>
    new Promise<unknown>((resolve, reject) => {
      child.once('message', resolve)
      child.once('exit', (code) => reject(new Error(`a fleet process exited with ${code}`)))
    })
  // A process that hangs, in its warm-up or its run, is killed: the bench fails instead of waiting for ever.
  const stuck = setTimeout(
    () => {
      for (const child of children) child.kill('SIGKILL')
    },
    (seconds + 30) * 1000,
  )
  await Promise.all(children.map(message))
  // Every process starts on the same clock tick, once all have loaded and warmed up.
  const startAt = Date.now() + 200
  const results = children.map(message)
  for (const child of children) child.send({ startAt })
  const perProcess = (await Promise.all(results)) as FleetProcessRun[]
  clearTimeout(stuck)
  for (const child of children) if (child.connected) child.disconnect()
  const total: PacingRun = { offered: 0, sent: 0, refusedByVendor: 0, refusedHere: 0, passed: 0, seconds }
  for (const r of perProcess) {
    total.offered += r.offered
    total.sent += r.sent
    total.refusedByVendor += r.refusedByVendor
    total.refusedHere += r.refusedHere
    total.passed += r.passed
    if (r.degraded !== undefined) total.degraded = (total.degraded ?? 0) + r.degraded
  }
  const refusedBySecond = Array.from({ length: seconds + 2 }, () => 0)
  for (const at of perProcess.flatMap((r) => r.refusedAt)) {
    const second = Math.min(Math.floor(at / 1000), seconds + 1)
    refusedBySecond[second] = (refusedBySecond[second] ?? 0) + 1
  }
  const lateMs = Math.max(...perProcess.map((r) => r.lateMs))
  const degradedAt = perProcess.flatMap((r) => r.degradedAt).sort((a, b) => a - b)
  return { processes, perProcess, total, refusedBySecond, lateMs, degradedAt }
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
