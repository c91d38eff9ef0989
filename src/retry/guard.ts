// The quota guard's memory and keys: who a block covers (a credential, or one recipient of it), kept as
// hashes, never as the credential or the recipient.
import { GUARD_MAX_KEYS } from '../defaults.js'
import type { ApiError } from '../errors/errors.js'

/** What the quota guard remembers of a block. */
export interface GuardBlock {
  /** Until when (epoch milliseconds) the vendor refuses calls with this credential. */
  readonly until: number
  readonly vendor: string
  readonly code: string | number
  readonly category: ApiError['category']
  readonly description: string
  /** Whom the block covers: the credential, or one recipient of it. */
  readonly scope?: 'account' | 'recipient' | undefined
  /** What set it: the quota guard (a window longer than `maxDelay`, by default) or the circuit breaker. */
  readonly reason?: 'quota' | 'breaker' | undefined
  /** Where the failure that set it came from (`err.source`): a refusal made from the block says the same. */
  readonly source?: ApiError['source'] | undefined
}

/**
 * Where the quota guard keeps its blocks: in memory by default; a shared store (Redis) lets a fleet of
 * processes share them. A store must forget a block by itself once `until` has passed.
 */
export interface GuardStore {
  get(key: string): GuardBlock | undefined | Promise<GuardBlock | undefined>
  set(key: string, block: GuardBlock): void | Promise<void>
}

/** The default guard store: a bounded map whose blocks expire when their window resets. */
export class MemoryGuardStore implements GuardStore {
  /** Blocks of credentials and of recipients apart: a flood of one user's blocks never evicts an account's. */
  readonly #accounts = new Map<string, GuardBlock>()
  readonly #recipients = new Map<string, GuardBlock>()
  readonly #max: number
  readonly #now: () => number

  /** `maxKeys` bounds each of the two: blocks of credentials, and blocks of recipients. */
  constructor(options: { maxKeys?: number; now?: () => number } = {}) {
    this.#max = options.maxKeys ?? GUARD_MAX_KEYS
    this.#now = options.now ?? Date.now
  }

  get(key: string): GuardBlock | undefined {
    const blocks = this.#accounts.has(key) ? this.#accounts : this.#recipients
    const block = blocks.get(key)
    if (block !== undefined && block.until <= this.#now()) {
      blocks.delete(key)
      return undefined
    }
    return block
  }

  set(key: string, block: GuardBlock): void {
    const blocks = block.scope === 'recipient' ? this.#recipients : this.#accounts
    blocks.delete(key)
    if (blocks.size >= this.#max) {
      const oldest = blocks.keys().next().value
      if (oldest !== undefined) blocks.delete(oldest)
    }
    blocks.set(key, block)
  }
}

/** 53-bit FNV-1a style hash: keeps credentials out of guard keys. Not for security, for identity. */
export function hashCredential(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ c, 0x5bd1e995)
  }
  return ((h2 >>> 0) * 0x200000 + ((h1 >>> 0) & 0x1fffff)).toString(36)
}

/** Query parameters that name the caller, stable across requests (not a signature, nonce or time). */
const IDENTITY_PARAMS = new Set([
  'accesskeyid',
  'ak',
  'appkey',
  'appid',
  'accesstoken',
  'apikey',
  'key',
  'secretid',
  'sid',
])

/**
 * Where a vendor's requests name the caller's credential (an adapter's `credential`): query parameters, form
 * body fields, or the Authorization header (`'basic'`: its user; `'signed'`: the key id of `Credential=…/`).
 */
export interface CredentialLocation {
  readonly query?: string | readonly string[] | undefined
  readonly form?: string | readonly string[] | undefined
  readonly authorization?: 'basic' | 'signed' | undefined
}

/** The part of a guard key that stands for a request whose credential could not be found. */
const UNIDENTIFIED = '-'

/** The credential part of a guard key: a hash, or {@link UNIDENTIFIED} where nothing names the credential. */
export const credentialPart = (credential: string): string =>
  credential === '' ? UNIDENTIFIED : hashCredential(credential)

/**
 * Whether a guard key names no credential: a block of the account's own limit under it would stop every
 * credential on the host, so none is set (see `RetryPolicy.arm`).
 */
export const unidentified = (key: string): boolean => key.endsWith(`:${UNIDENTIFIED}`)

/** The key id of a signed header (`Credential=AKID…/…`: Tencent Cloud's TC3, AWS SigV4). */
function signedKeyId(authorization: string): string | undefined {
  const signed = /Credential=([^/,\s]+)/.exec(authorization)
  return signed === null ? undefined : `key:${signed[1]}`
}

/** The user of a Basic header (jiguang's app key; UCPaaS's `base64(sid:timestamp)` gives its sid). */
function basicUser(authorization: string): string | undefined {
  const basic = /^(?:Basic\s+)?([A-Za-z0-9+/]+={0,2})$/.exec(authorization.trim())
  if (basic === null) return undefined
  try {
    const text = atob(basic[1] as string)
    const colon = text.indexOf(':')
    if (colon > 0 && /^[\x20-\x7e]+$/.test(text)) return `user:${text.slice(0, colon)}`
  } catch {
    // Not base64 after all.
  }
  return undefined
}

const listOf = (names: string | readonly string[] | undefined): readonly string[] =>
  names === undefined ? [] : typeof names === 'string' ? [names] : names

/** The named fields of a query or a form, sorted: `name=value&…`, or `''`. */
function fieldsOf(params: Iterable<[string, string]>, wanted: (name: string) => boolean): string {
  const ids: string[] = []
  for (const [name, value] of params) if (wanted(name)) ids.push(`${name}=${value}`)
  return ids.sort().join('&')
}

function queryOf(url: string): URLSearchParams | undefined {
  // Most requests have no query: no URL to parse for it (`String`: a URL object, from JavaScript, too).
  if (!String(url).includes('?')) return undefined
  try {
    return new URL(url).searchParams
  } catch {
    return undefined
  }
}

/** A form body's fields (`URLSearchParams`, `FormData`, or a form text), or `undefined` for any other body. */
function formOf(body: unknown): Iterable<[string, string]> | undefined {
  if (body instanceof URLSearchParams) return body
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const out: [string, string][] = []
    body.forEach((value, key) => {
      if (typeof value === 'string') out.push([key, value])
    })
    return out
  }
  if (typeof body !== 'string') return undefined
  const text = body.trim()
  if (text === '' || text.startsWith('{') || text.startsWith('[') || !text.includes('=')) return undefined
  return new URLSearchParams(text)
}

/** The credential where an adapter says its vendor puts it, or `''`. */
function located(where: CredentialLocation, url: string, authorization: string | undefined, body: unknown): string {
  if (authorization !== undefined && authorization !== '') {
    const id =
      where.authorization === 'signed'
        ? signedKeyId(authorization)
        : where.authorization === 'basic'
          ? basicUser(authorization)
          : undefined
    if (id !== undefined) return id
  }
  const query = listOf(where.query)
  if (query.length > 0) {
    const params = queryOf(url)
    const found = params === undefined ? '' : fieldsOf(params, (name) => query.includes(name))
    if (found !== '') return found
  }
  const form = listOf(where.form)
  if (form.length > 0) {
    const fields = formOf(body)
    const found = fields === undefined ? '' : fieldsOf(fields, (name) => form.includes(name))
    if (found !== '') return found
  }
  return ''
}

/**
 * What identifies the credential of a request, the same on every request of one account: where the
 * vendor's adapter says it travels (`where`), else the user of a Basic header, the key id of a signed header
 * (`Credential=AKID…/…`), any other Authorization header as it is, or else the caller's ids in the query or
 * in a form body (Alibaba Cloud's AccessKeyId, NavInfo's ak, WeChat's access_token). `''` where none is found.
 */
export function credentialOf(
  url: string,
  authorization: string | undefined,
  body?: unknown,
  where?: CredentialLocation,
): string {
  if (where !== undefined) {
    const found = located(where, url, authorization, body)
    if (found !== '') return found
  }
  if (authorization !== undefined && authorization !== '') {
    return signedKeyId(authorization) ?? basicUser(authorization) ?? authorization
  }
  const isId = (name: string) => IDENTITY_PARAMS.has(name.toLowerCase().replace(/[-_.]/g, ''))
  const params = queryOf(url)
  const inQuery = params === undefined ? '' : fieldsOf(params, isId)
  if (inQuery !== '') return inQuery
  const form = formOf(body)
  return form === undefined ? '' : fieldsOf(form, isId)
}

/** A request body as the `recipient` option sees it: JSON and form texts parsed, other values as given. */
export function readableBody(body: unknown): unknown {
  if (body instanceof URLSearchParams) return Object.fromEntries(body)
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const out: Record<string, unknown> = {}
    body.forEach((value, key) => {
      if (typeof value === 'string') out[key] = value
    })
    return out
  }
  if (typeof body !== 'string') return body
  const text = body.trim()
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text)
    } catch {
      return body
    }
  }
  return text.includes('=') ? Object.fromEntries(new URLSearchParams(text)) : body
}
