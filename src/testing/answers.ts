// The simulator's answers, apart from any server: what `errcode-js/simulator` serves on loopback and what the
// tests' mock handlers (test/support/msw-simulator.ts) answer alike. Not an entry point of the package.
import { gzipSync } from 'node:zlib'
import { alipay } from '../../adapters/alipay.js'
import { aliyunPop } from '../../adapters/aliyun-pop.js'
import { aliyunSms } from '../../adapters/aliyun-sms.js'
import { amap } from '../../adapters/amap.js'
import { bailian } from '../../adapters/bailian.js'
import { feishu } from '../../adapters/feishu.js'
import { guanaitong } from '../../adapters/guanaitong.js'
import { iyune } from '../../adapters/iyune.js'
import { jiguang } from '../../adapters/jiguang.js'
import { metaGraph } from '../../adapters/meta-graph.js'
import { navinfo } from '../../adapters/navinfo.js'
import { openai } from '../../adapters/openai.js'
import { qianfan } from '../../adapters/qianfan.js'
import { slack } from '../../adapters/slack.js'
import { telegram } from '../../adapters/telegram.js'
import { tencentCloud } from '../../adapters/tencent-cloud.js'
import { tencentSms } from '../../adapters/tencent-sms.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import { wechat } from '../../adapters/wechat.js'
import { wechatPay } from '../../adapters/wechatpay.js'
import { wecom } from '../../adapters/wecom.js'
import type { Adapter } from '../adapter/define-adapter.js'
import type { Code } from '../types.js'

/** The vendors the simulator answers for, by the first path segment. */
export const simulatedVendors: Readonly<Record<string, Adapter>> = Object.freeze({
  navinfo,
  jiguang,
  guanaitong,
  ucpaas,
  iyune,
  wechat,
  'aliyun-sms': aliyunSms,
  'tencent-sms': tencentSms,
  openai,
  slack,
  telegram,
  'meta-graph': metaGraph,
  bailian,
  qianfan,
  wecom,
  feishu,
  amap,
  alipay,
  'tencent-cloud': tencentCloud,
  'aliyun-pop': aliyunPop,
  wechatpay: wechatPay,
})

/** The code a query asks for, in the vendor's own JSON type: `'000000'` stays a string, `1804` a number. */
function codeFor(adapter: Adapter, raw: string): Code {
  const entry = adapter.catalog.get(raw)
  if (entry !== undefined) return entry.code
  const numeric = adapter.catalog.entries.some((e) => typeof e.code === 'number')
  return numeric && /^-?\d+$/.test(raw) && !adapter.catalog.entries.some((e) => e.code === raw) ? Number(raw) : raw
}

function successCode(adapter: Adapter): Code {
  return adapter.catalog.entries.find((e) => e.kind === 'success')?.code ?? 0
}

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>'

/** What the simulator answers to one request: a body, a dropped connection, a late answer or a download. */
export type SimulatedAnswer =
  | { readonly kind: 'body'; readonly status: number; readonly headers: Record<string, string>; readonly body: string }
  | { readonly kind: 'drop' }
  | { readonly kind: 'slow'; readonly ms: number }
  | { readonly kind: 'download'; readonly bytes: number; readonly type: string }
  /** A JSON body sent one byte every `ms`. */
  | { readonly kind: 'trickle'; readonly ms: number; readonly body: string }
  /** Headers that declare `declared` bytes, the first bytes of `body`, then a closed connection. */
  | { readonly kind: 'truncate'; readonly declared: number; readonly body: string }
  /** A gzip-encoded JSON body that inflates to `bytes` bytes (a compression bomb when large), or not gzip. */
  | { readonly kind: 'gzip'; readonly bytes: number; readonly corrupt: boolean }

/**
 * The simulator's answer to a URL, apart from any server: the node:http simulator and mock handlers
 * (msw) share it, so both answer alike.
 */
export function simulate(url: URL, authorization?: string | null): SimulatedAnswer {
  const q = url.searchParams
  const status = Number(q.get('status') ?? 200)
  const headers: Record<string, string> = {}
  if (q.has('retryAfter')) headers['retry-after'] = q.get('retryAfter') as string
  if (q.has('date')) headers.date = q.get('date') as string
  const body = (s: number, type: string | undefined, text: string): SimulatedAnswer => ({
    kind: 'body',
    status: s,
    headers: type === undefined ? headers : { ...headers, 'content-type': type },
    body: text,
  })
  const [, first = ''] = url.pathname.split('/')
  switch (first) {
    case 'html':
      return body(status === 200 ? 502 : status, 'text/html; charset=utf-8', HTML_PAGE)
    case 'empty':
      return body(status, q.get('type') ?? 'application/json', '')
    case 'malformed':
      return body(status, 'application/json', '{"code": 18')
    case 'raw':
      return body(status, q.get('type') ?? 'application/json', q.get('body') ?? '')
    case 'drop':
      return { kind: 'drop' }
    case 'slow':
      return { kind: 'slow', ms: Number(q.get('ms') ?? 5_000) }
    case 'trickle':
      return { kind: 'trickle', ms: Number(q.get('ms') ?? 1_000), body: '{"code":1804,"content":"qps limit"}' }
    case 'truncated':
      return { kind: 'truncate', declared: 1_000, body: '{"code":1804,"cont' }
    case 'gzip':
      return { kind: 'gzip', bytes: Number(q.get('bytes') ?? 1_048_576), corrupt: q.has('corrupt') }
    case 'download':
      return {
        kind: 'download',
        bytes: Number(q.get('bytes') ?? 1_048_576),
        type: q.get('type') ?? 'application/octet-stream',
      }
  }
  const adapter = simulatedVendors[first]
  if (adapter === undefined) return body(404, 'application/json', JSON.stringify({ error: 'unknown vendor' }))
  // `acceptToken=T`: a request that carries `Authorization: Bearer T` succeeds whatever `code` asks for.
  const accepted = q.has('acceptToken') && authorization === `Bearer ${q.get('acceptToken')}`
  const asked = accepted ? null : q.get('code')
  const code = codeFor(adapter, asked ?? String(successCode(adapter)))
  if (q.get('format') === 'xml') {
    const xml = `<?xml version="1.0"?><resp><respCode>${String(code).replace(/[<&>]/g, '')}</respCode></resp>`
    return body(status, 'application/xml', xml)
  }
  const requestId = q.get('requestId')
  // A vendor that names its request ids in a header (WeChat Pay `Request-ID`) gets it there too.
  const idHeader = adapter.requestIdHeaders[0]
  if (requestId !== null && idHeader !== undefined) headers[idHeader] = requestId
  const encoded = adapter.encode(code, {
    variant: Number(q.get('variant') ?? 0),
    ...(q.has('message') ? { message: q.get('message') as string } : {}),
    ...(requestId === null ? {} : { requestId: 0 }),
    ...(q.has('parent') ? { parent: codeFor(adapter, q.get('parent') as string) } : {}),
  })
  // `format=cdata`: the body's fields as XML with CDATA sections, as WeChat Pay APIv2 answers.
  if (q.get('format') === 'cdata') return body(status, 'text/xml', cdataXml(encoded))
  let text = JSON.stringify(encoded)
  // Request ids beyond 2^53 must reach the client as the literal digits, as the vendor sends them.
  if (requestId !== null && /^\d+$/.test(requestId)) text = text.replace(/"id":0/, `"id":${requestId}`)
  return body(status, q.get('type') ?? 'application/json;charset=UTF-8', text)
}

/** A flat body as `<xml><key><![CDATA[value]]></key>…</xml>`. */
function cdataXml(value: unknown): string {
  const fields = typeof value === 'object' && value !== null ? Object.entries(value) : []
  const cdata = (v: unknown) => `<![CDATA[${String(v).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
  return `<xml>${fields.map(([k, v]) => `<${k}>${cdata(v)}</${k}>`).join('')}</xml>`
}

const CHUNK = 65_536

/**
 * A gzip body of `{"code":1804,…}` padded with spaces to `bytes` bytes: the vendor code comes first, the
 * padding compresses about a thousand to one. Made of gzip members one after another (which every gunzip
 * reads as one body), so a large one is made without holding its inflated bytes.
 */
const gzipped = new Map<number, Buffer>()
/**
 * A vendor's QPS limit as a rolling second: a request at `now` (ms) passes when fewer than `limit` passed in
 * the second before it, and is then counted in `passed` (the times of those passes, oldest first).
 */
export function passesWithinSecond(passed: number[], now: number, limit: number): boolean {
  while (passed.length > 0 && (passed[0] as number) <= now - 1_000) passed.shift()
  if (passed.length >= limit) return false
  passed.push(now)
  return true
}

/** A gzip header followed by bytes that are no deflate stream. */
export const CORRUPT_GZIP: Buffer = Buffer.from([
  0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0xff, 0xff, 0xff, 0xff, 0x00, 0x01,
])
const PAD = 16 * 1_048_576
let padMember: Buffer | undefined
export function gzipBody(bytes: number): Buffer {
  let out = gzipped.get(bytes)
  if (out === undefined) {
    const head = '{"code":1804,"content":"qps limit","pad":"'
    const tail = '"}'
    const parts: Buffer[] = [gzipSync(head)]
    let left = Math.max(0, bytes - head.length - tail.length)
    for (; left >= PAD; left -= PAD) {
      padMember ??= gzipSync(Buffer.alloc(PAD, 0x20), { level: 9 })
      parts.push(padMember)
    }
    parts.push(gzipSync(`${' '.repeat(left)}${tail}`))
    out = Buffer.concat(parts)
    gzipped.set(bytes, out)
  }
  return out
}

/** The bytes of a simulated download, in chunks, as a web stream (for mock handlers). */
export function downloadStream(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0
  const chunk = new Uint8Array(Math.min(CHUNK, bytes)).fill(0x61)
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const n = Math.min(chunk.length, bytes - sent)
      if (n <= 0) {
        controller.close()
        return
      }
      sent += n
      controller.enqueue(n === chunk.length ? chunk.slice() : chunk.slice(0, n))
    },
  })
}
