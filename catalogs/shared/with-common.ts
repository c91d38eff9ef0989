// A catalog's entries with the common codes its cloud's gateway answers before the product does.
import type { CatalogEntryInput } from '../../src/catalog/define-catalog.js'
import type { LocalizedText } from '../../src/types.js'

/**
 * The common entries, then the catalog's own. Where the product's table has its own row for a common code
 * (its words for the same refusal), the product's row is kept and the common one left out.
 */
export function withCommon<const C extends readonly CatalogEntryInput[], const O extends readonly CatalogEntryInput[]>(
  common: C,
  own: O,
): readonly (C[number] | O[number])[] {
  const owned = new Set(own.map((e) => String(e.code)))
  return [...common.filter((e) => !owned.has(String(e.code))), ...own]
}

/**
 * The entries, where another product's table words one of their codes too: that table's texts are added to the
 * entry's variants, and the entry keeps its own meaning and judgement.
 */
export function withVariants<const E extends readonly CatalogEntryInput[]>(
  entries: E,
  extra: Readonly<Record<string, readonly LocalizedText[]>>,
): readonly E[number][] {
  return entries.map((e) => {
    const more = extra[String(e.code)]
    return more === undefined ? e : { ...e, variants: [...(e.variants ?? []), ...more] }
  })
}
