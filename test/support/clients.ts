import axios from 'axios'
import ky from 'ky'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { withErrcode as withKy } from '../../src/clients/ky/ky.js'
import type { ErrcodeOptions } from '../../src/clients/shared/options.js'

/** What a test needs of one call, whatever the client. */
export interface Outcome {
  readonly status: number
  /** The body as the application reads it: parsed JSON, or text. */
  readonly data: unknown
  readonly headers: (name: string) => string | null
}

export interface CallInit {
  readonly method?: string
  readonly timeoutMs?: number
  readonly body?: string
}

export type Call = (url: string, init?: CallInit) => Promise<Outcome>

export interface Client {
  readonly name: 'axios' | 'ky' | 'fetch'
  wrap(options: ErrcodeOptions): Call
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

export const clients: readonly Client[] = [
  {
    name: 'axios',
    wrap(options) {
      const api = withAxios(axios.create(), options)
      return async (url, init = {}) => {
        const res = await api.request({
          url,
          method: init.method ?? 'GET',
          ...(init.body === undefined ? {} : { data: init.body }),
          ...(init.timeoutMs === undefined ? {} : { timeout: init.timeoutMs }),
        })
        return { status: res.status, data: res.data, headers: (n) => (res.headers[n] as string | undefined) ?? null }
      }
    },
  },
  {
    name: 'ky',
    wrap(options) {
      // ky's default retry stays on: it must not retry typed errors by itself.
      const api = withKy(ky.create({ retry: { limit: 2, delay: () => 1 } }), options)
      return async (url, init = {}) => {
        const res = await api(url, {
          method: init.method ?? 'GET',
          ...(init.body === undefined ? {} : { body: init.body }),
          ...(init.timeoutMs === undefined ? {} : { timeout: init.timeoutMs }),
        })
        return { status: res.status, data: parse(await res.text()), headers: (n) => res.headers.get(n) }
      }
    },
  },
  {
    name: 'fetch',
    wrap(options) {
      const f = withFetch(fetch, options)
      return async (url, init = {}) => {
        const res = await f(url, {
          method: init.method ?? 'GET',
          ...(init.body === undefined ? {} : { body: init.body }),
          ...(init.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(init.timeoutMs) }),
        })
        return { status: res.status, data: parse(await res.text()), headers: (n) => res.headers.get(n) }
      }
    },
  },
]

/** The rejection of a promise, or a failure when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to reject, but it resolved')
}

/** A simulator URL whose `/raw` answers with the given JSON body: a vendor's own example, verbatim. */
export const rawUrl = (simUrl: string, body: unknown, status = 200) => rawTextUrl(simUrl, JSON.stringify(body), status)

/** The simulator's `/raw` URL that answers `text` verbatim, with the status and content type given. */
export const rawTextUrl = (simUrl: string, text: string, status = 200, type = 'application/json') =>
  `${simUrl}/raw?status=${status}&type=${encodeURIComponent(type)}&body=${encodeURIComponent(text)}`
