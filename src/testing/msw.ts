// errcode/msw: msw handlers that answer in a vendor's envelope, for application tests.
import { type HttpHandler, HttpResponse, http } from 'msw'
import type { Adapter } from '../adapter/define-adapter.js'
import type { Code } from '../types.js'

/** How a mocked vendor answers. */
export interface VendorResponseInit {
  /**
   * The HTTP status. Most vendors send their codes with 200.
   * @default 200
   */
  readonly status?: number
  /**
   * Headers of the response, as `new Headers()` takes them (what the DOM lib calls `HeadersInit`, a name
   * Node's own types do not have).
   */
  readonly headers?: ConstructorParameters<typeof Headers>[0]
  /** Which envelope of the adapter (ucpaas: 0 for v1, 1 for v2). */
  readonly variant?: number
  /** The vendor's message; the catalog's own words by default. */
  readonly message?: string
  readonly requestId?: string | number
}

/**
 * A response in the vendor's own envelope carrying a code, for an msw handler of your own.
 *
 * @example
 * ```ts
 * server.use(http.post('https://api.verification.jpush.cn/v1/web/verify', () => vendorResponse(jiguang, 1804)))
 * ```
 */
export function vendorResponse(adapter: Adapter, code: Code, init: VendorResponseInit = {}): HttpResponse<string> {
  const body = adapter.encode(code, {
    ...(init.variant === undefined ? {} : { variant: init.variant }),
    ...(init.message === undefined ? {} : { message: init.message }),
    ...(init.requestId === undefined ? {} : { requestId: init.requestId }),
  })
  const headers = new Headers(init.headers)
  if (!headers.has('content-type')) headers.set('content-type', 'application/json;charset=UTF-8')
  return new HttpResponse(JSON.stringify(body), { status: init.status ?? 200, headers })
}

/** Which requests the handlers answer. */
export interface VendorHandlersOptions extends VendorResponseInit {
  readonly code: Code
  /** The hosts to answer for; the adapter's own by default (navinfo and iyune publish none). */
  readonly hosts?: readonly string[]
  /**
   * The path pattern under each host, as msw matches it.
   * @default '*'
   */
  readonly path?: string
  /**
   * @default 'all'
   */
  readonly method?: 'all' | 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options'
}

/**
 * msw handlers that make a vendor's hosts answer every request with one code.
 *
 * @example
 * ```ts
 * const server = setupServer(...vendorHandlers(jiguang, { code: 1804 }))
 * ```
 */
export function vendorHandlers(adapter: Adapter, options: VendorHandlersOptions): HttpHandler[] {
  const hosts = options.hosts ?? adapter.hosts
  if (hosts.length === 0) {
    throw new TypeError(`vendorHandlers: ${adapter.vendor} publishes no hosts; name them with \`hosts\``)
  }
  const path = (options.path ?? '*').replace(/^\/+/, '')
  const method = options.method ?? 'all'
  return hosts.flatMap((host) =>
    ['https', 'http'].map((scheme) =>
      http[method](`${scheme}://${host}/${path}`, () => vendorResponse(adapter, options.code, options)),
    ),
  )
}
