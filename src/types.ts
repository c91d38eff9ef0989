// The vocabulary every layer shares: codes, categories, catalog entries, retry rules and hints, decisions.
/** The locales every catalog text is available in. */
export type Locale = 'en' | 'zh'

/** A text in English and Chinese. A vendor table usually gives one of them; the other is a translation. */
export interface LocalizedText {
  readonly en?: string
  readonly zh?: string
}

/**
 * What kind of failure a code stands for. The category, not the code, decides the error class:
 * application code can handle `rate_limit` once for every vendor.
 */
export type Category =
  | 'invalid_request'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'rate_limit'
  | 'quota'
  | 'billing'
  | 'unavailable'
  | 'internal'
  | 'network'
  | 'timeout'
  | 'unknown'

/** Every category, in the order of the documentation (one error class each, errors/errors.ts). */
export const categories: readonly Category[] = Object.freeze([
  'invalid_request',
  'authentication',
  'permission',
  'not_found',
  'conflict',
  'rate_limit',
  'quota',
  'billing',
  'unavailable',
  'internal',
  'network',
  'timeout',
  'unknown',
])

/** A vendor code as the API sends it: `1804`, `'000000'`, `'API_SYS_REQSIGN'`. */
export type Code = string | number

/** A window that resets on the clock of the vendor's time zone. */
export type Window = 'second' | 'minute' | 'hour' | 'day' | 'month'

/**
 * Whom a `rate_limit` or `quota` code limits:
 * - `account`: the credential (the vendor account or app key): every request with it is refused.
 * - `recipient`: one phone number, user or other target of the request: other recipients are not limited.
 * - `request`: one identical request (the same content sent again within a window): a replay is refused,
 *   and would repeat work that was already done.
 */
export type Scope = 'account' | 'recipient' | 'request'

/**
 * The static retry rule of a catalog entry. It is resolved into a {@link RetryHint} when an error is made,
 * because "until midnight" only has a date once the response's clock is known.
 */
export type RetryRule = (
  | { readonly kind: 'never' }
  | { readonly kind: 'backoff'; readonly replaySafe?: boolean }
  | { readonly kind: 'refresh'; readonly replaySafe?: boolean }
  | { readonly kind: 'after'; readonly delayMs: number; readonly replaySafe?: boolean }
  | { readonly kind: 'after'; readonly window: Window; readonly replaySafe?: boolean }
) &
  Outcome

/**
 * What a vendor says about a request it may have carried out (payments' `SYSTEMERROR`, Alipay's
 * `ACQ.SYSTEM_ERROR`): shared by a {@link RetryRule} and the {@link RetryHint} it becomes.
 */
export interface Outcome {
  /**
   * `'unknown'`: the vendor may have carried the request out. Replay only the very same request (same body,
   * same merchant order number, same idempotency key), and only where the vendor allows it (`replaySafe`).
   */
  readonly outcome?: 'unknown'
  /** The vendor says: query the operation's state before anything else. Such a failure is never replayed. */
  readonly query?: true
}

/** What an application may do about an error, resolved at the moment the error was made. */
export interface RetryHint extends Outcome {
  /**
   * - `never`: fix the request or the account first.
   * - `backoff`: transient; retry with exponential backoff and jitter.
   * - `after`: a window must pass; `at` and `delayMs` say when.
   * - `refresh`: renew the token, signature or timestamp, then retry.
   */
  readonly kind: 'never' | 'backoff' | 'after' | 'refresh'
  /** When the request may be sent again, on this machine's clock (`after` only). */
  readonly at?: Date
  /** How long to wait from the moment the error was made (`after` only). */
  readonly delayMs?: number
  /**
   * Replaying the very same request cannot do the work twice: the vendor rejected it before executing it, or,
   * with `outcome: 'unknown'`, the vendor says the same request (same body, same merchant order number) may
   * be sent again (WeChat Pay `SYSTEMERROR`: "call again with the same parameters").
   */
  readonly replaySafe: boolean
  /** Whom the limit applies to, for `rate_limit` and `quota` codes (from the catalog entry). */
  readonly scope?: Scope
}

/** Which language field of a catalog text is a translation, not the vendor's own words. */
export interface Translated {
  readonly description?: Locale
  readonly remedy?: Locale
}

/**
 * Another reading of one code, chosen by the vendor's message: Alibaba's `isv.BUSINESS_LIMIT_CONTROL` is a
 * limit of a minute, an hour or a day, and only `Message` says which (`触发天级流控Permits:10`). Each field
 * given replaces the entry's own in the error; the others stay the entry's.
 */
export interface MessageVariant {
  /** Tested against the vendor's message (its first 2,048 characters); no `g` or `y` flag. */
  readonly message: RegExp
  readonly category?: Category
  readonly retry?: RetryRule
  readonly scope?: Scope
  /** What this reading means, where it differs from the entry's description. */
  readonly description?: LocalizedText
}

/** One code of a vendor's table. */
export interface CatalogEntry<C extends Code = Code> {
  /** The code in the vendor's own JSON type: `1804`, `'000000'`. */
  readonly code: C
  /** `result`: a valid answer that is not a failure (jiguang 9001 "verify not consistent"). */
  readonly kind: 'success' | 'result' | 'error'
  /** The constant name where the vendor has one (`VISITS_DAY_EXCESS`), cleaned of stray spaces. */
  readonly name?: string
  /** The constant name exactly as the vendor printed it, where it differs from `name`. */
  readonly publishedName?: string
  /** The short text the API itself returns (`qps limit`). */
  readonly message?: string
  /** The vendor's description, verbatim in its own language, and a translation. */
  readonly description: LocalizedText
  /** The vendor's advice, verbatim, and a translation. */
  readonly remedy?: LocalizedText
  /** Further texts the vendor's table gives for the same code. */
  readonly variants?: readonly LocalizedText[]
  /** Which fields are translations. */
  readonly translated?: Translated
  readonly category: Category
  readonly retry: RetryRule
  /** The vendor rejected the request's timestamp: errors carry the measured `clockSkewMs`. */
  readonly clockSkew?: boolean
  /** Whom the limit applies to: every `rate_limit` and `quota` entry says it. */
  readonly scope?: Scope
  /**
   * Readings chosen by the vendor's message, tried in order: the first whose pattern matches the message
   * gives the error its category, retry rule, scope or description. Without a match (or a message), the
   * entry's own apply.
   */
  readonly byMessage?: readonly MessageVariant[]
  /**
   * The top-level code this sub-code belongs to (Alipay `ACQ.TRADE_HAS_SUCCESS` under `40004`): the same
   * sub-code may mean other things under other parents. See {@link Catalog.get}.
   */
  readonly parent?: Code
}

/** A vendor's code table. */
export interface Catalog<C extends Code = Code> {
  /** The vendor id: `'jiguang'`. */
  readonly vendor: string
  /** The table's name. */
  readonly title: string
  /** Where the table is published. */
  readonly source: string
  /** The IANA time zone in which the vendor's windows reset: `'Asia/Shanghai'`. */
  readonly timeZone: string
  readonly entries: readonly CatalogEntry<C>[]
  /**
   * The entry of a code. `'1804'` and `1804` find the same entry; `'000000'` is never `0`. Safe for any key.
   * A code listed under a parent (see {@link CatalogEntry.parent}) is found in this order: its entry under
   * `parent` (the top-level code of a body that has two), its entry without a parent, its first entry under
   * any parent. The adapter falls back to the parent's own entry when the sub-code has none.
   */
  get(code: unknown, parent?: unknown): CatalogEntry<C> | undefined
}

/** The code type of a catalog: `CodeOf<typeof jiguangCatalog>` is `0 | 1801 | ... | 9301`. */
export type CodeOf<T> = T extends Catalog<infer C> ? C : never

/** One failed item of a batch answer (a phone number of a Tencent `SendSms`), as an adapter read it. */
export interface DecodedItem {
  /** Where the item stands in the vendor's list, from 0. */
  readonly index: number
  /** What the item is about, where the vendor names it (`PhoneNumber`). */
  readonly key?: string
  readonly code: Code
  readonly message?: string
  readonly entry?: CatalogEntry
}

/** What an adapter read from one response body. */
export type Decision =
  | { readonly kind: 'success'; readonly code?: Code }
  | {
      readonly kind: 'result'
      readonly code: Code
      readonly parentCode?: Code
      readonly message?: string
      readonly requestId?: string
    }
  | {
      readonly kind: 'error'
      /** The most specific code: the sub-code where the body has one. */
      readonly code: Code
      /** The top-level code, where the body has a sub-code too. */
      readonly parentCode?: Code
      /** The wait the vendor asked for in its body (Telegram `parameters.retry_after`), in ms. */
      readonly waitMs?: number
      /**
       * The retry rule the answer itself gives, where the adapter reads one from the body (Meta Graph
       * `is_transient: true`): it takes the place of the entry's rule, and of `never` for a code the catalog lacks.
       */
      readonly retry?: RetryRule
      readonly message?: string
      readonly requestId?: string
      readonly entry?: CatalogEntry
      /** A link the vendor gives to diagnose the failure (Alibaba Cloud's `Recommend`). */
      readonly diagnosis?: string
      /** Every item of a batch answer failed: each with its own code (the first one's is `code`). */
      readonly items?: readonly DecodedItem[]
    }
  | { readonly kind: 'unreadable'; readonly reason: string }

/** The request an error belongs to, with secrets masked. */
export interface RequestSummary {
  readonly method: string
  readonly url: string
}
