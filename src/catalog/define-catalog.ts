// A catalog: one vendor's code table as data, checked once when it is defined (categories, retry rules,
// time zone, duplicate codes) and looked up by a code given as a number or a string.
import type { Catalog, CatalogEntry, Code, Translated } from '../types.js'
import { assertTimeZone } from './time.js'
import { isCategory, isRetryRule } from './vocabulary.js'

/** A catalog entry as written in a catalog file: `kind` defaults to `'error'`. */
export type CatalogEntryInput<C extends Code = Code> = Omit<CatalogEntry<C>, 'kind'> & {
  readonly kind?: CatalogEntry['kind']
}

/** What {@link defineCatalog} takes. */
export interface CatalogInput<E extends readonly CatalogEntryInput[]> {
  readonly vendor: string
  readonly title: string
  readonly source: string
  /** IANA time zone of the vendor's windows. */
  readonly timeZone: string
  /** Which language fields are translations, for every entry that does not say otherwise. */
  readonly translated?: Translated
  readonly entries: E
}

/** The key under which a code is found: `1804` and `'1804'` are one code, `'000000'` and `0` are two. */
export function codeKey(code: unknown): string | undefined {
  if (typeof code === 'string') return code === '' ? undefined : code
  if (typeof code === 'number' && Number.isFinite(code)) return String(code)
  return undefined
}

/**
 * Defines a vendor's code table. The code type is derived from the data, so
 * `CodeOf<typeof myCatalog>` is the union of its codes.
 *
 * @example
 * ```ts
 * export const acmeCatalog = defineCatalog({
 *   vendor: 'acme', title: 'Acme API error codes', source: 'https://acme.example/errors',
 *   timeZone: 'Asia/Shanghai',
 *   entries: [
 *     { code: 0, kind: 'success', category: 'unknown', retry: never, description: { en: 'OK' } },
 *     { code: 429001, category: 'rate_limit', retry: backoff, description: { en: 'Too many requests' } },
 *   ],
 * })
 * ```
 */
export function defineCatalog<const E extends readonly CatalogEntryInput[]>(
  input: CatalogInput<E>,
): Catalog<E[number]['code']> {
  assertTimeZone(input.timeZone)
  type Entry = CatalogEntry<E[number]['code']>
  // An entry without a parent under its code's key; one with a parent under `parent \0 code`. `anyParent`
  // finds a sub-code whatever parent it came with: looked up alone, or paired with another top-level code.
  const byKey = new Map<string, Entry>()
  const anyParent = new Map<string, Entry>()
  const entries = input.entries.map((raw) => {
    const code = codeKey(raw.code)
    if (code === undefined) throw new TypeError(`${input.vendor}: invalid code ${String(raw.code)}`)
    const parent = raw.parent === undefined ? undefined : codeKey(raw.parent)
    if (raw.parent !== undefined && parent === undefined) {
      throw new TypeError(`${input.vendor} ${code}: invalid parent ${String(raw.parent)}`)
    }
    const key = parent === undefined ? code : `${parent}\0${code}`
    const shown = parent === undefined ? code : `${code} under ${parent}`
    if (byKey.has(key)) throw new TypeError(`${input.vendor}: code ${shown} is listed twice; use \`variants\``)
    if (!isCategory(raw.category)) {
      throw new TypeError(`${input.vendor} ${shown}: unknown category ${String(raw.category)}`)
    }
    if (!isRetryRule(raw.retry)) {
      throw new TypeError(`${input.vendor} ${shown}: invalid retry rule ${JSON.stringify(raw.retry)}`)
    }
    for (const variant of raw.byMessage ?? []) {
      if (!(variant.message instanceof RegExp) || variant.message.global || variant.message.sticky) {
        throw new TypeError(`${input.vendor} ${key}: byMessage needs a RegExp without the g or y flag`)
      }
      if (variant.category !== undefined && !isCategory(variant.category)) {
        throw new TypeError(`${input.vendor} ${key}: unknown category ${String(variant.category)} in byMessage`)
      }
      if (variant.retry !== undefined && !isRetryRule(variant.retry)) {
        throw new TypeError(`${input.vendor} ${key}: invalid retry rule ${JSON.stringify(variant.retry)} in byMessage`)
      }
    }
    const translated = raw.translated ?? input.translated
    const entry = Object.freeze({
      ...raw,
      kind: raw.kind ?? 'error',
      ...(translated === undefined ? {} : { translated }),
    }) as Entry
    byKey.set(key, entry)
    if (parent !== undefined && !anyParent.has(code)) anyParent.set(code, entry)
    return entry
  })
  return Object.freeze({
    vendor: input.vendor,
    title: input.title,
    source: input.source,
    timeZone: input.timeZone,
    entries: Object.freeze(entries),
    get(code: unknown, parent?: unknown) {
      const key = codeKey(code)
      if (key === undefined) return undefined
      const parentKey = parent === undefined ? undefined : codeKey(parent)
      return (
        (parentKey === undefined ? undefined : byKey.get(`${parentKey}\0${key}`)) ??
        byKey.get(key) ??
        anyParent.get(key)
      )
    },
  })
}
