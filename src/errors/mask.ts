// Masking: secrets out of URLs, bodies and texts by field name, in linear time, before anything is shown.
/** Field names whose values are secrets wherever they appear: query strings, bodies, messages. */
export const defaultSecretKeys: readonly string[] = /* @__PURE__ */ Object.freeze([
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

/** `access_token`, `accessToken`, `Access-Token` and `access_token[]` are one name. */
function normalize(key: string): string {
  let lower = key.toLowerCase()
  if (lower.endsWith(']')) lower = lower.replace(/\[[^\]]*\]$/, '')
  return lower.includes('-') || lower.includes('_') || lower.includes('.') ? lower.replace(/[-_.]/g, '') : lower
}

/** Names that end so are secrets, whatever comes before: `X-Auth-Token`, `api_secret`, `db_password`. */
const SECRET_ENDINGS = ['token', 'secret', 'password', 'passwd', 'apikey', 'signature', 'sessionkey', 'cookie']
const endsSecret = (name: string) => SECRET_ENDINGS.some((end) => name.endsWith(end))

const defaultSet = new Set(defaultSecretKeys.map(normalize))
const defaultMatcher: SecretMatcher = (key) => {
  const name = normalize(key)
  return defaultSet.has(name) || endsSecret(name)
}

/** A matcher for the default secret names plus the given ones. */
export function secretMatcher(extra: readonly string[] = []): SecretMatcher {
  if (extra.length === 0) return defaultMatcher
  const set = new Set([...defaultSet, ...extra.map(normalize)])
  return (key) => {
    const name = normalize(key)
    return set.has(name) || endsSecret(name)
  }
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
  // A scheme has no `:`, so a match ends at the first `://` or not at all; `//host` is scheme-relative.
  return SCHEME.test(url) ? url.indexOf('://') + 3 : url.startsWith('//') ? 2 : 0
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
 * A Telegram bot token in a path (`/bot123456:AAH…/sendMessage`, `/file/bot123456:AAH…/photo.jpg`): the Bot API
 * takes its credential there, not in a header or the query, and the whole `<id>:<secret>` is the secret.
 */
const PATH_BOT_TOKEN = /(\/bot)\d{1,20}:[\w-]+(?=[/?#]|$)/gi
/**
 * The same token anywhere in a text: `bot` and the bot's id, a colon, and at least 30 characters of secret,
 * also after a percent-encoded slash (`%2Fbot…`).
 */
const BOT_TOKEN_IN_TEXT = /(?:\b|(?<=%2F))bot\d{1,20}:[\w-]{30,}/gi
/** Where a path may hold a bot token, in any case. */
const MAY_HOLD_BOT = /\/bot/i

/** A path with its secret segments masked. */
function maskPath(path: string): string {
  return MAY_HOLD_BOT.test(path) ? path.replace(PATH_BOT_TOKEN, `$1${MASK}`) : path
}

/**
 * Masks a URL for errors and logs: user info, a bot token in the path, and the values of secret query and
 * fragment parameters. The rest of the path stays, so the request can still be recognised.
 */
export function maskUrl(url: string, isSecret: SecretMatcher = defaultMatcher): string {
  const start = authorityStart(url)
  if (start === 0) {
    // No scheme: the path and a masked query; what follows a fragment mark is not kept.
    const q = url.indexOf('?')
    return q < 0
      ? maskPath(url)
      : `${maskPath(url.slice(0, q + 1))}${maskParams(url.slice(q + 1).split('#')[0] ?? '', isSecret)}`
  }
  const at = userInfoEnd(url, start)
  // The path ends at the first `?` or `#`; a query runs to the first `#` after it.
  const end = indexOfAny(url, start, '?#')
  const hash = url.indexOf('#', end)
  // Most URLs have nothing to mask: the very string, not a copy of it in pieces (every request makes one).
  if (at < 0 && end === url.length && !MAY_HOLD_BOT.test(url)) return url
  let out = url.slice(0, start) + maskPath(at < 0 ? url.slice(start, end) : `${MASK}@${url.slice(at + 1, end)}`)
  if (url.charAt(end) === '?') out += `?${maskParams(url.slice(end + 1, hash < 0 ? url.length : hash), isSecret)}`
  if (hash >= 0) out += `#${maskParams(url.slice(hash + 1), isSecret)}`
  return out
}

/**
 * `host/path` of a URL, without scheme, user info, query or fragment, and with a bot token in the path masked:
 * what an error message shows.
 */
export function shortUrl(url: string): string {
  const start = authorityStart(url)
  const at = userInfoEnd(url, start)
  const from = at >= 0 ? at + 1 : start
  return maskPath(url.slice(from, indexOfAny(url, from, '?#')))
}

const MAY_HOLD_SECRET = /[=:@%]|Bearer|Basic|Token/i
/** An authorization scheme and its credentials. */
const CREDENTIALS = /\b(Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=-]+/gi
/** A URL inside a text: its user info and secret query values are masked as `maskUrl` masks them. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s"'<>`]+/gi
/**
 * `key=value`, `key = value`, `key: value`, `"key":"value"`, `'key': 'value'`, `\"key\":\"value\"`,
 * `"key":["value"]`. A key starts after a character that cannot be part of it and has at most 64
 * characters, so a scan is linear in the text whatever it holds.
 */
const PAIR = /(?<![\w%-])([A-Za-z_][\w.-]{0,63})(\s*=\s*|\\?["']?\s*:\s*)(\[?\\?["']?)([^&\s"'\\,;}\]<]+)/g
/**
 * The same pairs in a query quoted percent-encoded, once or more (Alibaba Cloud's "string to sign is:
 * GET&%2F&AccessKeyId%3D…"): `=` is `%3D` (`%253D` …), `&` is `%26` (`%2526` …).
 */
const ENCODED_PAIR =
  /(?:^|(?<=[^\w.%-]|%(?:25)*(?:26|3F|2C|20)))([A-Za-z_][\w.-]{0,63})(%(?:25)*3D)((?:(?!%(?:25)*26)[^&\s"',;}])+)/gi

/**
 * Masks secrets inside free text: the values of secret names in pairs (`key=value`, `key: value`, JSON,
 * percent-encoded queries), `Bearer`/`Basic` credentials, and URLs' user info and secret query values.
 */
export function maskText(text: string, isSecret: SecretMatcher = defaultMatcher): string {
  // Most texts hold neither a pair nor a credential: one scan finds that out.
  if (!MAY_HOLD_SECRET.test(text)) return text
  const masked = maskPairs(
    text
      .replace(BOT_TOKEN_IN_TEXT, `bot${MASK}`)
      .replace(CREDENTIALS, `$1 ${MASK}`)
      .replace(URL_IN_TEXT, (url) => maskUrl(url, isSecret)),
    isSecret,
  )
  return masked.includes('%')
    ? masked.replace(ENCODED_PAIR, (all, key: string, sep: string) => (isSecret(key) ? `${key}${sep}${MASK}` : all))
    : masked
}

/**
 * The values of secret names in pairs. A pair whose name is not secret gives its value back to the scan
 * (`headers: X-Api-Key: S` holds the pair `X-Api-Key: S`), so the scan goes on from that value.
 */
function maskPairs(text: string, isSecret: SecretMatcher): string {
  const pairs = new RegExp(PAIR)
  let out = ''
  let copied = 0
  for (let m = pairs.exec(text); m !== null; m = pairs.exec(text)) {
    const key = m[1] ?? ''
    const value = m[4] ?? ''
    const valueAt = m.index + m[0].length - value.length
    if (isSecret(key)) {
      out += `${text.slice(copied, valueAt)}${MASK}`
      copied = m.index + m[0].length
    } else {
      pairs.lastIndex = valueAt
    }
  }
  return copied === 0 ? text : out + text.slice(copied)
}

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
    // A frozen value is copied: a serializer that tags what it visits (pino) cannot write to it.
    return out ?? (Object.isExtensible(value) ? value : value.slice())
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
  return out ?? (Object.isExtensible(value) ? value : copyOwn(value as Record<string, unknown>))
}

/** A plain copy that keeps keys such as `__proto__` as own data, never as a prototype. */
function copyOwn(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: value[key], enumerable: true, writable: true, configurable: true })
  }
  return out
}
