// The bare and the wrapped variant of each client, over a given transport. The bare baseline is what
// application code writes without errcode: check the code by hand, throw.
import axios, { type AxiosAdapter } from 'axios'
import { jiguang } from 'errcode/adapters/jiguang'
import { withErrcode as withAxios } from 'errcode/axios'
import { withErrcode as withFetch } from 'errcode/fetch'
import { withErrcode as withKy } from 'errcode/ky'
import ky from 'ky'

export type Call = (url: string) => Promise<unknown>

const swallow = (p: Promise<unknown>) => p.catch((e: unknown) => e)
const byHand = (data: { code?: number; content?: string }) => {
  if (data.code !== 0 && data.code !== 8000 && data.code !== 9000)
    throw new Error(`jiguang ${data.code}: ${data.content}`)
  return data
}

/** Where the requests go: fetch (real or in memory) and, for axios, an adapter (its own by default). */
export interface Transport {
  readonly fetch: typeof fetch
  readonly axiosAdapter?: AxiosAdapter
}

/** The pair of one client; each side is made alike, and differs from the other by errcode only. */
export function clientPair(client: string, t: Transport): { bare: Call; wrapped: Call } {
  if (client === 'axios') {
    const options = t.axiosAdapter === undefined ? {} : { adapter: t.axiosAdapter }
    const bare = axios.create(options)
    const api = withAxios(axios.create(options), { adapter: jiguang })
    return {
      bare: (url) => swallow(bare.get(url).then((r) => byHand(r.data))),
      wrapped: (url) => swallow(api.get(url).then((r) => r.data)),
    }
  }
  if (client === 'ky') {
    const bare = ky.create({ retry: 0, fetch: t.fetch })
    const wrapped = withKy(ky.create({ retry: 0, fetch: t.fetch }), { adapter: jiguang })
    return {
      bare: (url) => swallow(bare.get(url).json<{ code: number }>().then(byHand)),
      wrapped: (url) => swallow(wrapped.get(url).json()),
    }
  }
  if (client === 'fetch') {
    const f = withFetch(t.fetch, { adapter: jiguang })
    return {
      bare: (url) => swallow(t.fetch(url).then((r) => r.json().then(byHand))),
      wrapped: (url) => swallow(f(url).then((r) => r.json())),
    }
  }
  throw new Error(`no such client: ${client}`)
}
