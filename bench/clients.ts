// The sides of each client measured against one another, over a given transport. The bare baseline is what
// application code writes without errcode: check the code by hand, throw.
import axios, { type AxiosAdapter } from 'axios'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { withErrcode as withAxios } from 'errcode-js/axios'
import { withErrcode as withFetch } from 'errcode-js/fetch'
import { withErrcode as withKy } from 'errcode-js/ky'
import ky from 'ky'

/** One request of a side: GET by default, or the method given (with no body). */
export type Call = (url: string, method?: Method) => Promise<unknown>
export type Method = 'get' | 'post'

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

/** A fetch that checks the code by hand and throws, as a one-line wrapper would: the body read once. */
const checkingFetch =
  (f: typeof fetch): typeof fetch =>
  async (input, init) => {
    const res = await f(input, init)
    const text = await res.text()
    byHand(JSON.parse(text))
    return new Response(text, res)
  }

/**
 * The sides of one client, made alike: `bare` checks the code after the client has answered; `wrapped` is
 * errcode; `inline` is the hand-written check where errcode sits, inside the client (an axios response
 * interceptor, ky's `fetch`, a fetch wrapper), which shows what throwing from there costs by itself.
 */
export function clientPair(client: string, t: Transport): { bare: Call; wrapped: Call; inline: Call } {
  if (client === 'axios') {
    const options = t.axiosAdapter === undefined ? {} : { adapter: t.axiosAdapter }
    const bare = axios.create(options)
    const api = withAxios(axios.create(options), { adapter: jiguang })
    const inline = axios.create(options)
    inline.interceptors.response.use((r) => {
      byHand(r.data)
      return r
    })
    return {
      bare: (url, method = 'get') => swallow(bare[method](url).then((r) => byHand(r.data))),
      wrapped: (url, method = 'get') => swallow(api[method](url).then((r) => r.data)),
      inline: (url, method = 'get') => swallow(inline[method](url).then((r) => r.data)),
    }
  }
  if (client === 'ky') {
    const bare = ky.create({ retry: 0, fetch: t.fetch })
    const wrapped = withKy(ky.create({ retry: 0, fetch: t.fetch }), { adapter: jiguang })
    const inline = ky.create({ retry: 0, fetch: checkingFetch(t.fetch) })
    return {
      bare: (url, method = 'get') => swallow(bare[method](url).json<{ code: number }>().then(byHand)),
      wrapped: (url, method = 'get') => swallow(wrapped[method](url).json()),
      inline: (url, method = 'get') => swallow(inline[method](url).json()),
    }
  }
  if (client === 'fetch') {
    const f = withFetch(t.fetch, { adapter: jiguang })
    const inline = checkingFetch(t.fetch)
    const init = (method: Method) => (method === 'get' ? undefined : { method: 'POST' })
    return {
      bare: (url, method = 'get') => swallow(t.fetch(url, init(method)).then((r) => r.json().then(byHand))),
      wrapped: (url, method = 'get') => swallow(f(url, init(method)).then((r) => r.json())),
      inline: (url, method = 'get') => swallow(inline(url, init(method)).then((r) => r.json())),
    }
  }
  throw new Error(`no such client: ${client}`)
}
