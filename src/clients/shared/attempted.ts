// What the three wrappers tell the retry engine about a request, computed the same way for each: its
// method, whether its body can be sent again, its deadline, and the quota guard's keys.
import type { Observer } from '../../observe/telemetry.js'
import type { CredentialLocation } from '../../retry/guard.js'
import type { Attempted, RetryPolicy } from '../../retry/policy.js'
import { replayableBody } from '../../retry/policy.js'
import { requestInfo, type SentRequest } from './client-errors.js'
import { type Resolved, verb } from './options.js'

/** A request as a wrapper sees it when it leaves. */
export interface Leaving extends SentRequest {
  readonly authorization: string | undefined
  /** The body as the application gave it. */
  readonly body: unknown
  readonly signal?: AbortSignal | null | undefined
  /** It carries an idempotency key (see `RetryPolicy.idempotency`). */
  readonly idempotent?: boolean
  /** Where the vendor's requests name the credential (the adapter's `credential`). */
  readonly credential?: CredentialLocation | undefined
}

/** The request as the retry engine reads it. */
export function attempted(policy: RetryPolicy, vendor: string, req: Leaving, observer?: Observer): Attempted {
  const method = verb(req.method)
  const guardKey = policy.guardKey(vendor, req.url, req.authorization, req.body, req.credential)
  return {
    method,
    replayable: replayableBody(req.body),
    signal: req.signal,
    guardKey,
    recipientKey: policy.recipientKey(guardKey, { method, url: req.url, body: req.body }),
    idempotent: req.idempotent === true,
    observer,
  }
}

/**
 * The quota guard, before a request leaves: rejects with the short-circuit error while the vendor is known
 * to refuse this credential or this recipient (see `RetryPolicy.shortCircuit`).
 */
export async function guardRequest(o: Resolved, policy: RetryPolicy, req: Attempted, sent: SentRequest): Promise<void> {
  const request = requestInfo(o, sent.method, sent.url)
  const blocked = await policy.shortCircuit(req.guardKey, request, req.recipientKey, req.observer)
  if (blocked === undefined) return
  o.observer?.refused(blocked, request)
  throw blocked
}
