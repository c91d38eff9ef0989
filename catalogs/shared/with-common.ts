// A catalog's entries with the common codes its cloud's gateway answers before the product does.
import type { CatalogEntryInput } from '../../src/catalog/define-catalog.js'

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
