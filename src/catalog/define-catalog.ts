// A catalog: one vendor's code table as data, checked once when it is defined (categories, retry rules,
// time zone, duplicate codes) and looked up by a code given as a number or a string.
import { type Catalog, type CatalogEntry, type Code, categories, type Translated } from '../types.js'
import { assertTimeZone } from './time.js'

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

const knownCategories = new Set<string>(categories)

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
  const byKey = new Map<string, CatalogEntry<E[number]['code']>>()
  const entries = input.entries.map((raw) => {
    const key = codeKey(raw.code)
    if (key === undefined) throw new TypeError(`${input.vendor}: invalid code ${String(raw.code)}`)
    if (byKey.has(key)) throw new TypeError(`${input.vendor}: code ${key} is listed twice; use \`variants\``)
    if (!knownCategories.has(raw.category)) {
      throw new TypeError(`${input.vendor} ${key}: unknown category ${raw.category}`)
    }
    for (const variant of raw.byMessage ?? []) {
      if (!(variant.message instanceof RegExp) || variant.message.global || variant.message.sticky) {
        throw new TypeError(`${input.vendor} ${key}: byMessage needs a RegExp without the g or y flag`)
      }
      if (variant.category !== undefined && !knownCategories.has(variant.category)) {
        throw new TypeError(`${input.vendor} ${key}: unknown category ${variant.category} in byMessage`)
      }
    }
    const translated = raw.translated ?? input.translated
    const entry = Object.freeze({
      ...raw,
      kind: raw.kind ?? 'error',
      ...(translated === undefined ? {} : { translated }),
    }) as CatalogEntry<E[number]['code']>
    byKey.set(key, entry)
    return entry
  })
  return Object.freeze({
    vendor: input.vendor,
    title: input.title,
    source: input.source,
    timeZone: input.timeZone,
    entries: Object.freeze(entries),
    get(code: unknown) {
      const key = codeKey(code)
      return key === undefined ? undefined : byKey.get(key)
    },
  })
}
