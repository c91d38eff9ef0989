// `errcode import`: a vendor's published code table, in whatever shape it was copied, as catalog entries to review.
/**
 * Every code keeps its JSON type and every cell keeps the vendor's words; kind, category, retry rule, scope
 * and clock-skew flag are suggestions of word rules, each noted with the rule that made it, for a person to
 * review. Nothing is translated.
 *
 * The way through: input checks (input.ts), format detection (detect.ts), one reader per format
 * (read-lines.ts, read-markdown.ts, read-html.ts, read-delimited.ts, read-json.ts), text helpers (text.ts,
 * codes.ts, headers.ts, columns.ts), word rules as data (rules.ts) and the suggestions they make
 * (suggest.ts), assembly (assemble.ts, import-table.ts) and renderers (render.ts). HTML and CSV/TSV are read
 * by htmlparser2 and csv-parse, optional peer dependencies that {@link loadParsers} loads.
 *
 * All functions are pure and run in time linear in the input (no regular expression can backtrack over more
 * than one token). Bad input throws an {@link ImportError} with a message for the user.
 */
export { importTable } from './import-table.js'
export { decodeInput } from './input.js'
export { loadParsers } from './parsers.js'
/** @internal Exported for the importer's tests. */
export { parseTable } from './read.js'
export { renderModule, toJson } from './render.js'
/** @internal Exported for the importer's tests. */
export { rowWords, suggest } from './suggest.js'
/** @internal Exported for the importer's tests. */
export type { ImportedEntry, ImportOptions, ImportResult } from './types.js'
export { ImportError, maxInputBytes } from './types.js'
