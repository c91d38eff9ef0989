// An adapter that reads more of a body than its paths say: a step after `decode`, kept by `extend`.
import type { Adapter } from '../../src/adapter/define-adapter.js'
import type { Code, Decision } from '../../src/types.js'

/** `adapter`, with `then` applied to each decision it makes, here and in every adapter `extend` makes of it. */
export function readMore<C extends Code>(
  adapter: Adapter<C>,
  then: (decision: Decision, body: unknown) => Decision,
): Adapter<C> {
  return Object.freeze({
    ...adapter,
    decode: (body, status, text) => then(adapter.decode(body, status, text), body),
    extend: (overrides) => readMore(adapter.extend(overrides), then),
  } satisfies Adapter<C>)
}
