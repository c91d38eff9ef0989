import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Whether the target of `ref`, once nothing else holds it, is collected: a full GC after the current job. */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  // A WeakRef keeps its target for the rest of the job that made it; a timer also lets ky's turn end.
  await new Promise((resolve) => setTimeout(resolve, 5))
  gc()
  return ref.deref() === undefined
}

/** Whether the value `read` gives is collected once dropped: it is held only inside this helper's callback. */
export const collectedAfter = async (read: () => Promise<unknown>): Promise<boolean> =>
  collected(await read().then((value) => new WeakRef(value as object)))
