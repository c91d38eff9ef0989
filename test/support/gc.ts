import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Whether `value`, once the caller has dropped it, is collected: a full GC after the current job. */
export async function collected(ref: WeakRef<object>): Promise<boolean> {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  // A WeakRef keeps its target for the rest of the job that made it; a timer also lets ky's turn end.
  await new Promise((resolve) => setTimeout(resolve, 5))
  gc()
  return ref.deref() === undefined
}
