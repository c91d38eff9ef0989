// An adapter: where one vendor's API puts its code, message, request id and batch items, and which codes
// mean success; `decode` turns a parsed body into a Decision.
import { codeKey } from '../catalog/define-catalog.js'
import { isOk } from '../catalog/http-status.js'
import type { Catalog, CatalogEntry, Code, Decision, DecodedItem } from '../types.js'
import { getPath, rawNumberAt, setPath } from './json-path.js'

/** A dotted path into a body (`'resp.respCode'`), or several tried in order. */
export type Paths = string | readonly string[]

/** What an adapter's envelope function is given to build a body. */
export interface EnvelopeFields {
  readonly code: Code
  readonly entry: CatalogEntry | undefined
  readonly message: string | undefined
  readonly requestId: string | number | undefined
  /** Which code path the body should use: an index into the adapter's `code` paths. */
  readonly variant: number
  /** The top-level code to put beside a sub-code (the entry's `parent`), for adapters with `subCode`. */
  readonly parentCode: Code | undefined
}

/**
 * Where a vendor gives the wait it wants before the next request, beside `Retry-After`: a response header
 * (Feishu `x-ogw-ratelimit-reset`) or a body field (Telegram `parameters.retry_after`). The retry engine,
 * the quota guard and pacing use it as they use `Retry-After`, which it wins over.
 */
export interface WaitInput {
  /** The response header(s), tried in order. */
  readonly header?: string | readonly string[]
  /** The body field(s), tried in order. */
  readonly path?: Paths
  /**
   * The unit of a plain number.
   * @default 'seconds'
   */
  readonly unit?: 'seconds' | 'milliseconds'
  /** Reads a value the plain number rule cannot (`'6m0s'`): milliseconds, or `undefined`. Must not throw. */
  readonly parse?: (value: string | number) => number | undefined
}

/** What {@link defineAdapter} takes. */
export interface AdapterInput<C extends Code = Code> {
  readonly catalog: Catalog<C>
  /** The vendor id; the catalog's by default. */
  readonly vendor?: string
  /** Where the code is. A list is tried in order (`['resp.respCode', 'code']`). */
  readonly code: Paths
  /** Where the vendor's message is. */
  readonly message?: Paths
  /**
   * Where a second, more specific code is, beside the top-level one (Alipay `sub_code` under `code`
   * `40004`; Graph `error_subcode`). When the body has one, `err.code` is the sub-code and `err.parentCode`
   * the top-level code; the catalog is asked for the sub-code within its parent, then alone, and the
   * parent's own entry decides when the sub-code is not listed.
   */
  readonly subCode?: Paths
  /** Where the message of the sub-code is (Alipay `sub_msg`): preferred to `message` when present. */
  readonly subMessage?: Paths
  /**
   * Completes the message read from the `message` paths with what the body says elsewhere (Feishu names the
   * missing scope in `error.permission_violations`). Given the body and that message; must not throw.
   */
  readonly messageFrom?: (body: unknown, message: string | undefined) => string | undefined
  /** Where the vendor's request or serial id is. */
  readonly requestId?: Paths
  /**
   * The response header(s) that carry the request id (WeChat Pay `Request-ID`), where the body has none.
   */
  readonly requestIdHeader?: string | readonly string[]
  /** Where the vendor gives its own wait before the next request (see {@link WaitInput}). */
  readonly wait?: WaitInput
  /**
   * The vendor's API moves money (WeChat Pay, Alipay): a call that is not idempotent (a POST) and gets no
   * answer (a timeout, a dropped connection) may have been carried out, so its error says
   * `retry.outcome === 'unknown'` and errcode never replays it. A refused connection still replays.
   * @default false
   */
  readonly payments?: boolean
  /**
   * Finds the request id where no `requestId` path has one, for vendors that put it inside another field
   * (WeChat ends `errmsg` with `rid: …`). Given the body and the message read from the `message` paths;
   * must not throw.
   */
  readonly requestIdFrom?: (body: unknown, message: string | undefined) => string | undefined
  /** Where the vendor gives a link to diagnose a failure (Alibaba Cloud's `Recommend`): `err.diagnosis`. */
  readonly diagnosis?: Paths
  /**
   * Finds the diagnosis where no `diagnosis` path has one, for vendors that put it inside another field (WeCom
   * ends `errmsg` with `more info at https://…`). Given the body and the message; must not throw.
   */
  readonly diagnosisFrom?: (body: unknown, message: string | undefined) => string | undefined
  /**
   * Where a batch answer lists one result per item, each with its own code (Tencent's `SendSms`:
   * `Response.SendStatusSet[]`, `Code` `"Ok"` or an error code per phone number). A call whose every item
   * failed is an error (the first item's code, every item in `err.items`); one where some items succeeded
   * passes, and {@link Adapter.failedItems} lists the others. Several lists are read in order; a list of
   * keys joined in one string ({@link SeparatedItems}: WeCom's `"invaliduser": "user1|user2"`) only names
   * failures, so it never turns a success into an error.
   */
  readonly items?: ItemPaths | SeparatedItems | readonly (ItemPaths | SeparatedItems)[]
  /** The codes that mean success; by default the catalog entries of kind `success`. */
  readonly success?: readonly Code[]
  /** The vendor's API hosts: a client routes them to this adapter without being told. */
  readonly hosts?: readonly string[]
  /**
   * Where the vendor's requests name the caller's credential (a key id, an app key; never a secret): the
   * quota guard, the breaker and pacing keep one tenant's limits apart from another's by it.
   */
  readonly credential?: CredentialInput
  /**
   * What a 2xx JSON body without a readable code means: `'error'` (an `UnknownApiError`) for vendors
   * whose every answer carries a code, `'success'` for vendors that only add one on failure.
   * @default 'error'
   */
  readonly missingCode?: 'success' | 'error'
  /** Builds a body in the vendor's envelope; by default the code and message at their first paths. */
  readonly envelope?: (fields: EnvelopeFields) => unknown
  /** Reads a body that is not JSON (ucpaas v1 can answer in XML); `undefined` when it cannot. */
  readonly parseText?: (text: string) => unknown
  /**
   * What the vendor's API answers with. A 2xx body of another kind (a proxy's or a captive portal's HTML
   * login page in place of WeChat's JSON) is then an `UnknownApiError` that says so: "not the vendor's
   * answer: text/html". Unset, a 2xx body the adapter cannot read passes, as any body that is not JSON does.
   */
  readonly answers?: readonly AnswerKind[]
}

/**
 * A kind of body a vendor's API answers with: `json`, `xml` (a `…/xml` or `…+xml` type), or `media`, the
 * binary files of download endpoints (images, audio, video, documents).
 */
export type AnswerKind = 'json' | 'xml' | 'media'

/**
 * Where a vendor's requests carry the credential: query parameters (Alibaba Cloud `AccessKeyId`, WeChat
 * `access_token`), form body fields (Alibaba Cloud's POST form), or the Authorization header (`'basic'`: its
 * user; `'signed'`: the key id of `Credential=<id>/…`, Tencent Cloud's TC3).
 */
export interface CredentialInput {
  readonly query?: string | readonly string[]
  readonly form?: string | readonly string[]
  readonly authorization?: 'basic' | 'signed'
}

/** Where the items of a batch answer are, and where each item keeps its code, message and key. */
export interface ItemPaths {
  /** The path of the list in the body (`'Response.SendStatusSet'`). */
  readonly list: string
  /** The item's code, inside an item (`'Code'`). */
  readonly code: string
  readonly message?: string
  /** What the item is about (`'PhoneNumber'`). */
  readonly key?: string
}

/**
 * A string at `list` that joins the keys of failed items with `separator` (`"user1|user2"`), every one of
 * them failed with `code`.
 */
export interface SeparatedItems {
  readonly list: string
  readonly separator: string
  /** The code each listed key failed with: a code of the catalog. */
  readonly code: Code
}

/** Options of {@link Adapter.encode}. */
export interface EncodeOptions {
  /** The message to put in the body; the catalog's own words by default. */
  readonly message?: string
  readonly requestId?: string | number
  /** Which of the adapter's code paths to use (ucpaas: 0 for v1, 1 for v2). */
  readonly variant?: number
  /**
   * The top-level code the sub-code comes under, where the catalog lists the same code under several
   * parents (WeChat Pay `SYSTEMERROR` of APIv3, and under APIv2's `FAIL`); the entry's own parent by default.
   */
  readonly parent?: Code
}

/** Where a vendor's API puts its code, and what the codes mean. */
export interface Adapter<C extends Code = Code> {
  readonly vendor: string
  readonly catalog: Catalog<C>
  readonly hosts: readonly string[]
  /** Where the vendor's requests name the credential (see {@link AdapterInput.credential}). */
  readonly credential?: CredentialInput | undefined
  readonly codePaths: readonly string[]
  readonly messagePaths: readonly string[]
  readonly requestIdPaths: readonly string[]
  /** The response headers that carry the request id, lower-cased, tried in order. */
  readonly requestIdHeaders: readonly string[]
  /**
   * The wait the vendor asked for in a response header, in ms, or `undefined` (a body field's wait is the
   * decision's `waitMs`).
   */
  waitFrom(header: (name: string) => string | null | undefined): number | undefined
  readonly missingCode: 'success' | 'error'
  /** The vendor's API moves money: see {@link AdapterInput.payments}. */
  readonly payments: boolean
  /** Reads a body that is not JSON, where the vendor has such bodies. */
  readonly parseText?: (text: string) => unknown
  /** What the vendor's API answers with, where the adapter says (see {@link AdapterInput.answers}). */
  readonly answers?: readonly AnswerKind[]
  /** True when the code means success. */
  isSuccess(code: unknown): boolean
  /**
   * Reads a parsed body. Never throws: a body it cannot read is `{ kind: 'unreadable' }`.
   * @param status The HTTP status: a success code in a non-2xx response is not trusted.
   * @param text The raw body text, to keep request ids above 2^53 exact.
   */
  decode(body: unknown, status?: number, text?: string): Decision
  /**
   * The items of a batch answer whose code is not a success, in the vendor's order; none where the
   * adapter has no `items` or the body has no list.
   */
  failedItems(body: unknown): readonly DecodedItem[]
  /** A body in the vendor's envelope carrying the code: for tests, mocks and the simulator. */
  encode(code: C | Code, options?: EncodeOptions): unknown
  /** A new adapter with some fields replaced: correct a path without forking. */
  extend(overrides: Partial<AdapterInput<C>>): Adapter<C>
}

function toList(paths: Paths | undefined): readonly string[] {
  if (paths === undefined) return []
  return Object.freeze(typeof paths === 'string' ? [paths] : [...paths])
}

const splitCache = new Map<string, readonly string[]>()
function split(path: string): readonly string[] {
  let parts = splitCache.get(path)
  if (parts === undefined) {
    parts = Object.freeze(path.split('.'))
    splitCache.set(path, parts)
  }
  return parts
}

function readString(body: unknown, paths: readonly string[]): string | undefined {
  for (const path of paths) {
    const v = getPath(body, split(path))
    if (typeof v === 'string' && v !== '') return v
  }
  return undefined
}

function readRequestId(body: unknown, paths: readonly string[], text: string | undefined): string | undefined {
  for (const path of paths) {
    const v = getPath(body, split(path))
    if (typeof v === 'string' && v !== '') return v
    if (typeof v === 'number' && Number.isFinite(v)) {
      if (!Number.isSafeInteger(v) && text !== undefined) return rawNumberAt(text, split(path)) ?? String(v)
      return String(v)
    }
  }
  return undefined
}

/** A wait as milliseconds: a plain number in `unit`, else what `parse` makes of it. */
function waitMs(value: unknown, wait: WaitInput): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)
  const ms = Number.isFinite(n) ? (wait.unit === 'milliseconds' ? n : n * 1000) : wait.parse?.(value)
  return ms !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined
}

/** A body decoded without its status (`decode(body)`) is judged as a 2xx one. */
const okOrUnknown = (status: number | undefined) => status === undefined || isOk(status)

/**
 * Defines where a vendor's API puts its code, message and request id.
 *
 * @example
 * ```ts
 * export const acme = defineAdapter({
 *   catalog: acmeCatalog, code: 'error.code', message: 'error.message', hosts: ['api.acme.example'],
 * })
 * ```
 */
export function defineAdapter<C extends Code>(input: AdapterInput<C>): Adapter<C> {
  const catalog = input.catalog
  const codePaths = toList(input.code)
  if (codePaths.length === 0) throw new TypeError('defineAdapter: `code` needs at least one path')
  const messagePaths = toList(input.message)
  const subCodePaths = toList(input.subCode)
  const subMessagePaths = toList(input.subMessage)
  const requestIdPaths = toList(input.requestId)
  const requestIdHeaders = toList(input.requestIdHeader).map((h) => h.toLowerCase())
  const wait = input.wait
  const waitHeaders = toList(wait?.header).map((h) => h.toLowerCase())
  const waitPaths = toList(wait?.path)
  const waitFrom = (header: (name: string) => string | null | undefined): number | undefined => {
    if (wait === undefined) return undefined
    for (const name of waitHeaders) {
      const ms = waitMs(header(name), wait)
      if (ms !== undefined) return ms
    }
    return undefined
  }
  const successCodes = input.success ?? catalog.entries.filter((e) => e.kind === 'success').map((e) => e.code)
  const successKeys = new Set(successCodes.map(codeKey))
  const missingCode = input.missingCode ?? 'error'
  const isSuccess = (code: unknown) => {
    const key = codeKey(code)
    return key !== undefined && successKeys.has(key)
  }

  const diagnosisPaths = toList(input.diagnosis)
  const itemLists: readonly (ItemPaths | SeparatedItems)[] =
    input.items === undefined ? [] : Array.isArray(input.items) ? input.items : [input.items as ItemPaths]
  const items = itemLists.find((l): l is ItemPaths => !('separator' in l))
  const separated = itemLists.filter((l): l is SeparatedItems => 'separator' in l)
  const separatedItems = (body: object, failed: DecodedItem[]) => {
    for (const { list, separator, code } of separated) {
      const joined = getPath(body, split(list))
      if (typeof joined !== 'string') continue
      const entry = catalog.get(code)
      joined
        .split(separator)
        .filter((key) => key !== '')
        .forEach((key, index) => {
          failed.push({ index, key, code, ...(entry === undefined ? {} : { entry }) })
        })
    }
  }
  const failedItems = (body: unknown): DecodedItem[] => {
    if (typeof body !== 'object' || body === null) return []
    const failed: DecodedItem[] = []
    separatedItems(body, failed)
    return failed.concat(listedFailures(body))
  }
  /** The failed items of the list of objects, the one list that can make a success an error. */
  const listedFailures = (body: object): DecodedItem[] => {
    if (items === undefined) return []
    const list = getPath(body, split(items.list))
    if (!Array.isArray(list)) return []
    const failed: DecodedItem[] = []
    for (let index = 0; index < list.length; index++) {
      const item: unknown = list[index]
      const code = getPath(item, split(items.code))
      if (codeKey(code) === undefined || isSuccess(code)) continue
      const message = items.message === undefined ? undefined : readString(item, [items.message])
      const key = items.key === undefined ? undefined : readString(item, [items.key])
      const entry = catalog.get(code)
      failed.push({
        index,
        code: code as Code,
        ...(key === undefined ? {} : { key }),
        ...(message === undefined ? {} : { message }),
        ...(entry === undefined ? {} : { entry }),
      })
    }
    return failed
  }
  /** A success whose batch items all failed is the first failure's error, with every item. */
  const batch = (body: object, status: number | undefined, text: string | undefined, success: Decision): Decision => {
    if (items === undefined || !okOrUnknown(status)) return success
    const list = getPath(body, split(items.list))
    const failed = Array.isArray(list) && list.length > 0 ? listedFailures(body) : []
    const first = failed[0]
    if (first === undefined || failed.length < (list as unknown[]).length) return success
    const requestId = readRequestId(body, requestIdPaths, text)
    return {
      kind: 'error',
      code: first.code,
      ...(first.message === undefined ? {} : { message: first.message }),
      ...(requestId === undefined ? {} : { requestId }),
      ...(first.entry === undefined ? {} : { entry: first.entry }),
      items: failed,
    }
  }

  const decode = (body: unknown, status?: number, text?: string): Decision => {
    if (typeof body !== 'object' || body === null) {
      if (missingCode === 'success' && body !== null && okOrUnknown(status)) return { kind: 'success' }
      return { kind: 'unreadable', reason: body === null ? 'the body is null' : `the body is a ${typeof body}` }
    }
    let code: Code | undefined
    let sawWrongType = false
    for (const path of codePaths) {
      const v = getPath(body, split(path))
      // An empty code is no code: Tencent Cloud answers a success with `"Error": {"Code": "", ...}`.
      if (v === undefined || v === null || v === '') continue
      if (codeKey(v) !== undefined) {
        code = v as Code
        break
      }
      sawWrongType = true
    }
    if (code === undefined) {
      if (sawWrongType) return { kind: 'unreadable', reason: 'the code is neither a string nor a finite number' }
      if (missingCode === 'success' && okOrUnknown(status)) return batch(body, status, text, { kind: 'success' })
      return { kind: 'unreadable', reason: 'the body has no code' }
    }
    if (isSuccess(code)) {
      return okOrUnknown(status)
        ? batch(body, status, text, { kind: 'success', code })
        : { kind: 'unreadable', reason: `a success code with HTTP status ${status}` }
    }
    let parentCode: Code | undefined
    for (const path of subCodePaths) {
      const v = getPath(body, split(path))
      if (codeKey(v) !== undefined) {
        parentCode = code
        code = v as Code
        break
      }
    }
    const read =
      (subMessagePaths.length === 0 ? undefined : readString(body, subMessagePaths)) ?? readString(body, messagePaths)
    const message = input.messageFrom === undefined ? read : input.messageFrom(body, read)
    const requestId = readRequestId(body, requestIdPaths, text) ?? input.requestIdFrom?.(body, message)
    const entry =
      parentCode === undefined ? catalog.get(code) : (catalog.get(code, parentCode) ?? catalog.get(parentCode))
    const base = {
      code,
      ...(parentCode === undefined ? {} : { parentCode }),
      ...(message === undefined ? {} : { message }),
      ...(requestId === undefined ? {} : { requestId }),
    }
    if (entry?.kind === 'result' && okOrUnknown(status)) return { kind: 'result', ...base }
    const diagnosis =
      (diagnosisPaths.length === 0 ? undefined : readString(body, diagnosisPaths)) ??
      input.diagnosisFrom?.(body, message)
    let waited: number | undefined
    if (wait !== undefined) {
      for (const path of waitPaths) {
        waited = waitMs(getPath(body, split(path)), wait)
        if (waited !== undefined) break
      }
    }
    return {
      kind: 'error',
      ...base,
      ...(entry === undefined ? {} : { entry }),
      ...(diagnosis === undefined ? {} : { diagnosis }),
      ...(waited === undefined ? {} : { waitMs: waited }),
    }
  }

  const envelope =
    input.envelope ??
    ((f: EnvelopeFields) => {
      const body: Record<string, unknown> = {}
      const codePath = split(codePaths[f.variant] ?? (codePaths[0] as string))
      const subPath = subCodePaths[Math.min(f.variant, subCodePaths.length - 1)]
      if (f.parentCode !== undefined && subPath !== undefined) {
        setPath(body, codePath, f.parentCode)
        setPath(body, split(subPath), f.code)
      } else setPath(body, codePath, f.code)
      const messagePath = messagePaths[Math.min(f.variant, messagePaths.length - 1)]
      if (messagePath !== undefined && f.message !== undefined) setPath(body, split(messagePath), f.message)
      const idPath = requestIdPaths[0]
      if (idPath !== undefined && f.requestId !== undefined) setPath(body, split(idPath), f.requestId)
      return body
    })

  const adapter: Adapter<C> = {
    vendor: input.vendor ?? catalog.vendor,
    catalog,
    hosts: Object.freeze([...(input.hosts ?? [])]),
    ...(input.credential === undefined ? {} : { credential: Object.freeze({ ...input.credential }) }),
    codePaths,
    messagePaths,
    requestIdPaths,
    requestIdHeaders,
    waitFrom,
    missingCode,
    payments: input.payments === true,
    ...(input.parseText === undefined ? {} : { parseText: input.parseText }),
    ...(input.answers === undefined ? {} : { answers: Object.freeze([...input.answers]) }),
    isSuccess,
    decode,
    failedItems,
    encode(code, options = {}) {
      const entry = options.parent === undefined ? catalog.get(code) : catalog.get(code, options.parent)
      return envelope({
        code,
        entry,
        message: options.message ?? entry?.message ?? entry?.description.en ?? entry?.description.zh,
        requestId: options.requestId,
        variant: options.variant ?? 0,
        parentCode: options.parent ?? entry?.parent,
      })
    },
    extend: (overrides) => defineAdapter({ ...input, ...overrides }),
  }
  return Object.freeze(adapter)
}
