// The envelope of Alibaba Cloud's POP gateway (`*.aliyuncs.com`), shared by the adapters of the products
// behind it: `Code`, `Message`, `RequestId`, `HostId` and `Recommend`, in JSON or, when the request leaves
// `Format` unset, in XML (the gateway's default).
import type { AdapterInput, EnvelopeFields } from '../../src/adapter/define-adapter.js'

/** Gateway codes are PascalCase (`SignatureDoesNotMatch`); a product's own may be `isv.*` or numbers. */
const GATEWAY_CODE = /^[A-Z][a-z]/

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const ENTITY = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[\da-fA-F]{1,6});/g
const decodeEntities = (text: string) =>
  text.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole
    const n = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return n <= 0x10ffff ? String.fromCodePoint(n) : whole
  })

const NAME = /^\/?([A-Za-z_][\w.:-]*)/
const CDATA = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/

/** An element's text: entities decoded, a CDATA section (the gateway wraps `Recommend` in one) unwrapped. */
function textOf(raw: string): string | undefined {
  const cdata = CDATA.exec(raw)
  if (cdata !== null) return (cdata[1] as string).includes(']]>') ? undefined : (cdata[1] as string).trim()
  return raw.includes('<') ? undefined : decodeEntities(raw.trim())
}

/**
 * Reads the text children of an XML document's root element into an object: the gateway's
 * `<Error><RequestId>…</RequestId><HostId>…</HostId><Code>…</Code><Message>…</Message></Error>` becomes
 * `{ RequestId, HostId, Code, Message }`, and a product's `<SendSmsResponse>` its top-level fields.
 * Deeper elements are skipped, so a nested `<Code>` of a success body is not taken for the answer's.
 * `undefined` for text that is not XML. Each character is looked at a bounded number of times, so hostile
 * text is read in linear time.
 */
export function readPopXml(text: string): Record<string, string> | undefined {
  const start = text.search(/\S/)
  if (start === -1 || text[start] !== '<') return undefined
  const out: Record<string, string> = {}
  let depth = 0
  let roots = 0
  let open: { name: string; end: number } | undefined
  let i = start
  for (let lt = text.indexOf('<', i); lt !== -1; lt = text.indexOf('<', i)) {
    const skipTo = text.startsWith('<![CDATA[', lt) ? ']]>' : text.startsWith('<!--', lt) ? '-->' : '>'
    const gt = text.indexOf(skipTo, lt + 1)
    if (gt === -1) break
    i = gt + skipTo.length
    if (skipTo !== '>' || text[lt + 1] === '?' || text[lt + 1] === '!') continue
    const tag = text.slice(lt + 1, gt)
    const name = NAME.exec(tag)?.[1]
    if (name === undefined || tag.endsWith('/')) continue
    if (tag[0] === '/') {
      if (depth === 2 && open?.name === name && !Object.hasOwn(out, name)) {
        const value = textOf(text.slice(open.end, lt))
        if (value !== undefined) out[name] = value
      }
      open = undefined
      depth = Math.max(0, depth - 1)
      continue
    }
    depth += 1
    if (depth === 1) roots += 1
    open = depth === 2 ? { name, end: i } : undefined
  }
  return roots === 1 && Object.keys(out).length > 0 ? out : undefined
}

/** Where the POP envelope keeps its fields, for `defineAdapter`. */
export const popFields = {
  code: 'Code',
  message: 'Message',
  requestId: 'RequestId',
  diagnosis: 'Recommend',
  parseText: readPopXml,
} as const satisfies Partial<AdapterInput>

/**
 * Builds a POP body: the product's own answer for a success or a product code (HTTP 200, no `HostId`),
 * the gateway's error for a gateway code, with a troubleshooting link of the gateway's form in `Recommend`.
 */
export function popBody(host: string, product: string, success?: (f: EnvelopeFields) => Record<string, unknown>) {
  return (f: EnvelopeFields): Record<string, unknown> => {
    const body: Record<string, unknown> = {}
    if (f.message !== undefined) body.Message = f.message
    if (f.requestId !== undefined) body.RequestId = f.requestId
    if (f.entry?.kind === 'success') Object.assign(body, success?.(f))
    else if (typeof f.code === 'string' && GATEWAY_CODE.test(f.code)) {
      body.HostId = host
      body.Recommend = `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(f.code)}&product=${product}`
    }
    body.Code = f.code
    return body
  }
}
