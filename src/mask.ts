/** Field names whose values are secrets wherever they appear: query strings, bodies, messages. */
export const defaultSecretKeys: readonly string[] = Object.freeze([
  'authorization',
  'sig',
  'sign',
  'signature',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'appsecret',
  'secret',
  'client_secret',
  'masterSecret',
  'ak',
  'sk',
  'key',
  'apikey',
  'password',
  'passwd',
  'ticket',
  'session_key',
  // Cloud API credentials and what they sign: Alibaba Cloud's RPC query carries AccessKeyId and, for SMS,
  // TemplateParam (the verification code); Tencent Cloud's are SecretId and SecretKey.
  'AccessKeyId',
  'AccessKeySecret',
  'TemplateParam',
  'SecretId',
  'SecretKey',
])

/** Decides whether a field name names a secret. */
export type SecretMatcher = (key: string) => boolean

const MASK = '***'
const MAX_DEPTH = 32

/** `access_token`, `accessToken` and `Access-Token` are one name. */
function normalize(key: string): string {
  const lower = key.toLowerCase()
  return lower.includes('-') || lower.includes('_') ? lower.replace(/[-_]/g, '') : lower
}

const defaultSet = new Set(defaultSecretKeys.map(normalize))
const defaultMatcher: SecretMatcher = (key) => defaultSet.has(normalize(key))

/** A matcher for the default secret names plus the given ones. */
export function secretMatcher(extra: readonly string[] = []): SecretMatcher {
  if (extra.length === 0) return defaultMatcher
  const set = new Set([...defaultSet, ...extra.map(normalize)])
  return (key) => set.has(normalize(key))
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

/** Masks the values of secret names in `a=1&sig=2` (a query string or a form body). */
export function maskParams(params: string, isSecret: SecretMatcher = defaultMatcher): string {
  if (params === '') return params
  const pairs = params.split('&')
  // Most queries hold no secret: the text is rebuilt only when one is found.
  let out: string[] | undefined
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as string
    const eq = pair.indexOf('=')
    if (eq < 0) continue
    const key = pair.slice(0, eq)
    if (isSecret(key.includes('%') || key.includes('+') ? safeDecode(key) : key)) {
      out ??= pairs.slice()
      out[i] = `${key}=${MASK}`
      continue
    }
    // A value that carries a request of its own (`message=bad%20request%20%2Fjson%3Fsig%3D…`, a redirect
    // URL): its secrets are masked as in free text.
    const value = pair.slice(eq + 1)
    if (value.includes('%') || value.includes('+')) {
      const decoded = safeDecode(value)
      const masked = maskText(decoded, isSecret)
      if (masked !== decoded) {
        out ??= pairs.slice()
        out[i] = `${key}=${encodeURIComponent(masked)}`
      }
    }
  }
  return out === undefined ? params : out.join('&')
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

/** Where a URL's authority starts: after `scheme://`, or 0 when it has none. */
function authorityStart(url: string): number {
  // A scheme has no `:`, so a match ends at the first `://` or not at all.
  return SCHEME.test(url) ? url.indexOf('://') + 3 : 0
}

/** The first index at or after `from` of any character of `stops`, or the length (native scans). */
function indexOfAny(url: string, from: number, stops: string): number {
  let first = url.length
  for (let i = 0; i < stops.length; i++) {
    const at = url.indexOf(stops.charAt(i), from)
    if (at >= 0 && at < first) first = at
  }
  return first
}

/** The last `@` of the authority that starts at `from` (user info ends there), or -1. */
function userInfoEnd(url: string, from: number): number {
  // The authority ends at the first `/`, `?` or `#`.
  const at = url.lastIndexOf('@', indexOfAny(url, from, '/?#') - 1)
  return at >= from ? at : -1
}

/**
 * Masks a URL for errors and logs: user info, and the values of secret query and fragment parameters.
 * The path stays, so the request can still be recognised.
 */
export function maskUrl(url: string, isSecret: SecretMatcher = defaultMatcher): string {
  const start = authorityStart(url)
  if (start === 0) {
    // No scheme: the path and a masked query; what follows a fragment mark is not kept.
    const q = url.indexOf('?')
    return q < 0 ? url : `${url.slice(0, q + 1)}${maskParams(url.slice(q + 1).split('#')[0] ?? '', isSecret)}`
  }
  const at = userInfoEnd(url, start)
  // The path ends at the first `?` or `#`; a query runs to the first `#` after it.
  const end = indexOfAny(url, start, '?#')
  const hash = url.indexOf('#', end)
  let out = url.slice(0, start) + (at < 0 ? url.slice(start, end) : `${MASK}@${url.slice(at + 1, end)}`)
  if (url.charAt(end) === '?') out += `?${maskParams(url.slice(end + 1, hash < 0 ? url.length : hash), isSecret)}`
  if (hash >= 0) out += `#${maskParams(url.slice(hash + 1), isSecret)}`
  return out
}

/** `host/path` of a URL, without scheme, user info, query or fragment: what an error message shows. */
export function shortUrl(url: string): string {
  const start = authorityStart(url)
  const at = userInfoEnd(url, start)
  const from = at >= 0 ? at + 1 : start
  return url.slice(from, indexOfAny(url, from, '?#'))
}

const MAY_HOLD_SECRET = /[=:@]|Bearer|Basic/i

/**
 * Masks `key=value`, `key: value` and `"key":"value"` pairs with secret names, `Bearer`/`Basic`
 * credentials, and the user info of URLs, inside free text.
 */
export function maskText(text: string, isSecret: SecretMatcher = defaultMatcher): string {
  // Most texts hold neither a pair nor a credential: one scan finds that out.
  if (!MAY_HOLD_SECRET.test(text)) return text
  const masked = text
    .replace(/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${MASK}`)
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, `$1${MASK}@`)
    .replace(/([A-Za-z_][\w.-]*)(=|"?\s*:\s*"?)([^&\s"',;}]+)/g, (all, key: string, sep: string) =>
      isSecret(key) ? `${key}${sep}${MASK}` : all,
    )
  // A query quoted percent-encoded, once or more (Alibaba Cloud's "string to sign is: GET&%2F&AccessKeyId%3D…"):
  // `=` is `%3D` (`%253D` …) and `&` is `%26` (`%2526` …).
  return masked.includes('%')
    ? masked.replace(ENCODED_PAIR, (all, key: string, sep: string) => (isSecret(key) ? `${key}${sep}${MASK}` : all))
    : masked
}

const ENCODED_PAIR = /([A-Za-z_][\w.-]*)(%(?:25)*3D)((?:(?!%(?:25)*26)[^&\s"',;}])+)/gi

/**
 * A copy of a parsed body with the values of secret keys masked, and secrets in its strings (see
 * {@link maskText}), at any depth up to 32 levels (deeper levels are cut, so no secret can hide below
 * them). Returns the body itself when there is nothing to mask.
 */
export function maskBody(value: unknown, isSecret: SecretMatcher = defaultMatcher, depth = 0): unknown {
  // A vendor that echoes the request in a message (`"bad request /json?sig=…"`) puts secrets in free text.
  if (typeof value === 'string') return maskText(value, isSecret)
  if (typeof value !== 'object' || value === null) return value
  if (depth >= MAX_DEPTH) return '[truncated]'
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const masked = maskBody(value[i], isSecret, depth + 1)
      if (masked !== value[i]) {
        out ??= value.slice()
        out[i] = masked
      }
    }
    return out ?? value
  }
  let out: Record<string, unknown> | undefined
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key]
    const masked = isSecret(key) && v != null && v !== '' ? MASK : maskBody(v, isSecret, depth + 1)
    if (masked !== v) {
      out ??= copyOwn(value as Record<string, unknown>)
      Object.defineProperty(out, key, { value: masked, enumerable: true, writable: true, configurable: true })
    }
  }
  return out ?? value
}

/** A plain copy that keeps keys such as `__proto__` as own data, never as a prototype. */
function copyOwn(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: value[key], enumerable: true, writable: true, configurable: true })
  }
  return out
}
