import { pathToFileURL } from 'node:url'
import { startSimulator } from 'errcode-js/simulator'

/** True when the file is run directly (`tsx examples/x.ts`), not imported. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href
}

/** Runs a function against a fresh vendor simulator on loopback, then stops it. */
export async function withSimulator(fn: (url: string) => Promise<void>): Promise<void> {
  const sim = await startSimulator()
  try {
    await fn(sim.url)
  } finally {
    await sim.close()
  }
}
