// Dotted paths into parsed bodies (`'resp.respCode'`), and the raw digits of numbers too long for a double.
/**
 * Reads a value at a dotted path (`'resp.respCode'`) through own properties only, never the prototype. A
 * segment with `*` matches the first own key of that shape (`'*_response.code'`: Alipay names the object
 * after the method called), where no key is the segment itself.
 */
export function getPath(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined
    if (Object.hasOwn(current, segment)) current = (current as Record<string, unknown>)[segment]
    else {
      const key = segment.includes('*') ? globKey(current, segment) : undefined
      if (key === undefined) return undefined
      current = (current as Record<string, unknown>)[key]
    }
  }
  return current
}

const globs = new Map<string, RegExp>()
/** The first own key of `target` that `glob` (a segment with `*`) matches. */
function globKey(target: object, glob: string): string | undefined {
  let re = globs.get(glob)
  if (re === undefined) {
    re = new RegExp(
      `^${glob
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    )
    globs.set(glob, re)
  }
  for (const key of Object.keys(target)) if (re.test(key)) return key
  return undefined
}

/** Sets a value at a dotted path, creating plain objects on the way. */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      current[segment] = value
      return
    }
    const next = current[segment]
    if (typeof next === 'object' && next !== null) current = next as Record<string, unknown>
    else {
      const created: Record<string, unknown> = {}
      current[segment] = created
      current = created
    }
  })
}

const WS = /[ \t\n\r]/
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y

function skipWs(text: string, pos: number): number {
  let p = pos
  while (p < text.length && WS.test(text.charAt(p))) p++
  return p
}

function skipString(text: string, pos: number): number {
  let p = pos + 1
  while (p < text.length) {
    const c = text.charCodeAt(p)
    if (c === 92) p += 2
    else if (c === 34) return p + 1
    else p++
  }
  return -1
}

/** Skips one JSON value without recursion, so deep nesting cannot overflow the stack. */
function skipValue(text: string, pos: number): number {
  let depth = 0
  let p = pos
  while (p < text.length) {
    const c = text.charAt(p)
    if (c === '"') {
      p = skipString(text, p)
      if (p < 0) return -1
      if (depth === 0) return p
      continue
    }
    if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      // At depth 0 the bracket closes the enclosing container: the scalar before it ends here.
      if (depth === 0) return p
      depth--
      if (depth === 0) return p + 1
    } else if (depth === 0 && (c === ',' || WS.test(c))) return p
    p++
  }
  return depth === 0 ? p : -1
}

/**
 * The literal text of a number at a path in raw JSON: `"117270465679982592"` where `JSON.parse` would
 * round it to `117270465679982590`. Undefined when the text is not JSON or holds no number there.
 */
export function rawNumberAt(text: string, path: readonly string[]): string | undefined {
  let pos = skipWs(text, 0)
  for (let depth = 0; depth < path.length; depth++) {
    if (text.charAt(pos) !== '{') return undefined
    pos = skipWs(text, pos + 1)
    const last = depth === path.length - 1
    let found: number | undefined
    let literal: string | undefined
    while (text.charAt(pos) === '"') {
      const end = skipString(text, pos)
      if (end < 0) return undefined
      let key: unknown
      try {
        key = JSON.parse(text.slice(pos, end))
      } catch {
        return undefined
      }
      pos = skipWs(text, end)
      if (text.charAt(pos) !== ':') return undefined
      pos = skipWs(text, pos + 1)
      if (key === path[depth]) {
        if (!last) {
          found = pos
          break
        }
        NUMBER.lastIndex = pos
        literal = NUMBER.exec(text)?.[0]
      }
      pos = skipValue(text, pos)
      if (pos < 0) return undefined
      pos = skipWs(text, pos)
      if (text.charAt(pos) !== ',') break
      pos = skipWs(text, pos + 1)
    }
    if (last) return literal
    if (found === undefined) return undefined
    pos = found
  }
  return undefined
}
