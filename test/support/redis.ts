// Real redis-server processes for the integration tests, started by the test itself on free loopback ports:
// a single server, a 3-master cluster with one replica each, and a TCP proxy that delays or drops.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import type { GuardBlock } from '../../src/index.js'

export const redisBinary = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p))
const cliBinary = ['/usr/bin/redis-cli', '/usr/local/bin/redis-cli'].find((p) => existsSync(p))
if (redisBinary === undefined && process.env.CI === 'true')
  throw new Error('redis-server is required in CI (.ci/run installs it)')
if (redisBinary === undefined)
  console.warn('redis tests skipped: no redis-server binary on this machine (apt-get install redis-server)')

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise((r) => server.close(r))
  return port
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitForPing(port: number): Promise<void> {
  const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => 50 })
  probe.on('error', () => undefined)
  for (let i = 0; i < 100; i++) {
    try {
      await probe.connect()
      break
    } catch {
      await sleep(50)
    }
  }
  await probe.ping()
  probe.disconnect()
}

export interface RedisProcess {
  readonly port: number
  readonly process: ChildProcess
  stop(): void
  /** Starts it again on the same port, empty: a restart without persistence. */
  restart(): Promise<RedisProcess>
}

export async function startRedis(port?: number, extra: readonly string[] = []): Promise<RedisProcess> {
  const p = port ?? (await freePort())
  const child = spawn(
    redisBinary as string,
    ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extra],
    { stdio: 'ignore' },
  )
  await waitForPing(p)
  return {
    port: p,
    process: child,
    stop: () => child.kill('SIGKILL'),
    async restart() {
      child.kill('SIGKILL')
      // A process killed by a signal has no exit code, only its signal's.
      await new Promise((r) =>
        child.exitCode === null && child.signalCode === null ? child.once('exit', r) : r(undefined),
      )
      return startRedis(p, extra)
    },
  }
}

const cli = (...args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(cliBinary as string, args, { timeout: 30_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    ),
  )

export interface RedisCluster {
  /** Every node's port, masters first as created (the replicas are assigned by redis-cli). */
  readonly ports: readonly number[]
  readonly nodes: readonly RedisProcess[]
  /** The port of the master serving a key. */
  masterOf(key: string): Promise<number>
  /** Promotes the replica of the master serving `key` (CLUSTER FAILOVER): the old master becomes its replica. */
  failover(key: string): Promise<void>
  stop(): void
}

/** Three masters and a replica each, on loopback, `cluster-node-timeout` 1 s. */
export async function startCluster(): Promise<RedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'errcode-cluster-'))
  const nodes: RedisProcess[] = []
  for (let i = 0; i < 6; i++) {
    const port = await freePort()
    nodes.push(
      await startRedis(port, [
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        join(dir, `nodes-${port}.conf`),
        '--cluster-node-timeout',
        '1000',
        '--dir',
        dir,
      ]),
    )
  }
  const ports = nodes.map((n) => n.port)
  await cli('--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes')
  for (let i = 0; i < 100; i++) {
    const infos = await Promise.all(ports.map((p) => cli('-p', String(p), 'cluster', 'info')))
    if (infos.every((info) => info.includes('cluster_state:ok'))) break
    await sleep(100)
  }
  const masterOf = async (key: string) => {
    const slot = (await cli('-p', String(ports[0]), 'cluster', 'keyslot', key)).trim()
    const shards = await cli('-p', String(ports[0]), 'cluster', 'nodes')
    for (const line of shards.trim().split('\n')) {
      const [, address = '', flags = '', , , , , , ...ranges] = line.split(' ')
      if (!flags.includes('master')) continue
      for (const range of ranges) {
        const [from, to = from] = range.split('-').map(Number)
        if (Number(slot) >= (from as number) && Number(slot) <= (to as number))
          return Number(address.split(':')[1]?.split('@')[0])
      }
    }
    throw new Error(`no master serves slot ${slot}`)
  }
  return {
    ports,
    nodes,
    masterOf,
    async failover(key) {
      const master = await masterOf(key)
      const id = (await cli('-p', String(master), 'cluster', 'myid')).trim()
      const nodesText = await cli('-p', String(master), 'cluster', 'nodes')
      const replica = nodesText
        .trim()
        .split('\n')
        .map((l) => l.split(' '))
        .find((f) => f[2]?.includes('slave') && f[3] === id)
      if (replica === undefined) throw new Error(`no replica of ${master}`)
      const replicaPort = Number(replica[1]?.split(':')[1]?.split('@')[0])
      await cli('-p', String(replicaPort), 'cluster', 'failover')
      for (let i = 0; i < 100 && (await masterOf(key)) === master; i++) await sleep(100)
    },
    stop() {
      for (const n of nodes) n.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface Proxy {
  readonly port: number
  /** Delays every chunk each way by this many ms (0: none). */
  delayMs: number
  /** Accepts and holds connections without forwarding a byte, and stops forwarding on open ones. */
  blackhole: boolean
  close(): Promise<void>
}

/** A TCP proxy on loopback in front of `target`, whose delay and black hole a test can turn on and off. */
export async function startProxy(target: number): Promise<Proxy> {
  const sockets = new Set<Socket>()
  const state = { delayMs: 0, blackhole: false }
  const pipe = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (state.blackhole) return
      if (state.delayMs === 0) to.write(chunk)
      else setTimeout(() => to.destroyed || to.write(chunk), state.delayMs)
    })
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1')
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => undefined)
      s.on('close', () => {
        client.destroy()
        upstream.destroy()
      })
    }
    pipe(client, upstream)
    pipe(upstream, client)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const proxy: Proxy = {
    port: (server.address() as { port: number }).port,
    get delayMs() {
      return state.delayMs
    },
    set delayMs(v) {
      state.delayMs = v
    },
    get blackhole() {
      return state.blackhole
    },
    set blackhole(v) {
      state.blackhole = v
    },
    close() {
      for (const s of sockets) s.destroy()
      return new Promise((r) => server.close(() => r()))
    },
  }
  return proxy
}

/** A navinfo 1007 (daily limit) block until `until`, as the guard stores it. */
export const dailyBlock = (until: number): GuardBlock => ({
  until,
  vendor: 'navinfo',
  code: 1007,
  category: 'quota',
  description: 'daily',
})
