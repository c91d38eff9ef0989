import axios from 'axios'
import ky from 'ky'
import { describe, expectTypeOf, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import type { iyuneCatalog } from '../../catalogs/iyune.js'
import type { jiguangCatalog } from '../../catalogs/jiguang.js'
import type { ucpaasCatalog } from '../../catalogs/ucpaas.js'
import { withErrcode as withAxios } from '../../src/clients/axios/axios.js'
import { type ErrcodeOptions, withErrcode as withFetch } from '../../src/clients/fetch/fetch.js'
import { errcodeHooks, withErrcode as withKy } from '../../src/clients/ky/ky.js'
import {
  type Adapter,
  type ApiError,
  type CodeOf,
  defineCatalog,
  type ErrorOf,
  isApiError,
  never,
  RateLimitError,
  type RetryHint,
  type RetryPolicy,
} from '../../src/index.js'

describe('types', () => {
  it('instanceof and isApiError narrow unknown to the class', () => {
    const e: unknown = null
    if (e instanceof RateLimitError) expectTypeOf(e).toEqualTypeOf<RateLimitError>()
    if (isApiError(e)) {
      expectTypeOf(e).toEqualTypeOf<ApiError>()
      expectTypeOf(e.retry).toEqualTypeOf<RetryHint>()
      expectTypeOf(e.code).toEqualTypeOf<string | number>()
    }
  })

  it('derives vendor code unions from the catalog data', () => {
    type Jiguang = CodeOf<typeof jiguangCatalog>
    expectTypeOf<1804>().toExtend<Jiguang>()
    expectTypeOf<9001>().toExtend<Jiguang>()
    expectTypeOf<1234>().not.toExtend<Jiguang>()
    expectTypeOf<'1804'>().not.toExtend<Jiguang>()
    type Ucpaas = CodeOf<typeof ucpaasCatalog>
    expectTypeOf<'000000'>().toExtend<Ucpaas>()
    expectTypeOf<0>().not.toExtend<Ucpaas>()
    type Iyune = CodeOf<typeof iyuneCatalog>
    expectTypeOf<'API_SYS_REQSIGN' | -1 | 40015>().toExtend<Iyune>()
    expectTypeOf(jiguang).toEqualTypeOf<Adapter<Jiguang>>()
  })

  it('narrows an error to a vendor’s code union', () => {
    type JiguangError = ErrorOf<typeof jiguangCatalog>
    expectTypeOf<JiguangError['code']>().toEqualTypeOf<CodeOf<typeof jiguangCatalog>>()
    expectTypeOf<JiguangError>().toExtend<ApiError>()
  })

  it('types a user catalog from its entries', () => {
    const acme = defineCatalog({
      vendor: 'acme',
      title: 't',
      source: 's',
      timeZone: 'UTC',
      entries: [{ code: 'E1', category: 'internal', retry: never, description: { en: 'x' } }],
    })
    expectTypeOf<CodeOf<typeof acme>>().toEqualTypeOf<'E1'>()
  })

  it('wrappers require `adapter` or `adapters`', () => {
    expectTypeOf<Record<never, never>>().not.toExtend<ErrcodeOptions>()
    expectTypeOf<{ locale: 'zh'; retry: true }>().not.toExtend<ErrcodeOptions>()
    expectTypeOf<{ adapter: typeof jiguang }>().toExtend<ErrcodeOptions>()
    expectTypeOf<{ adapters: [{ match: string; adapter: typeof ucpaas }] }>().toExtend<ErrcodeOptions>()
    expectTypeOf<{ adapter: typeof jiguang; adapters: { match: RegExp }[] }>().toExtend<ErrcodeOptions>()
    expectTypeOf(withFetch).parameter(1).toEqualTypeOf<ErrcodeOptions>()
    expectTypeOf(withAxios).parameter(1).toEqualTypeOf<ErrcodeOptions>()
    expectTypeOf(withKy).parameter(1).toEqualTypeOf<ErrcodeOptions>()
    expectTypeOf(errcodeHooks).parameter(0).toEqualTypeOf<ErrcodeOptions>()

    // @ts-expect-error neither adapter nor adapters
    withFetch(fetch, {})
    // @ts-expect-error neither adapter nor adapters
    withAxios(axios.create(), { locale: 'zh' })
    // @ts-expect-error neither adapter nor adapters
    withKy(ky.create(), { retry: true })
    // @ts-expect-error neither adapter nor adapters
    errcodeHooks({})
    withFetch(fetch, { adapter: jiguang, locale: 'zh', retry: true, maxBodyBytes: 1024, secrets: ['x-key'] })
    withAxios(axios.create(), { adapters: [{ match: 'open.ucpaas.com', adapter: ucpaas }], locale: 'zh' })
    withKy(ky.create(), { adapters: [{ match: /jpush/, adapter: jiguang }, { match: (u) => u.port === '8080' }] })
    errcodeHooks({ adapter: jiguang, adapters: [{ match: 'https://open.ucpaas.com/', adapter: ucpaas }] })
  })

  it('types the arguments of the retry option’s functions from context', () => {
    withFetch(fetch, {
      adapter: jiguang,
      retry: {
        refresh: async (err) => {
          expectTypeOf(err).toEqualTypeOf<ApiError>()
        },
      },
      telemetry: {
        retry: ({ error, attempt }) => {
          expectTypeOf(error).toEqualTypeOf<ApiError>()
          expectTypeOf(attempt).toEqualTypeOf<number>()
        },
      },
    })
    expectTypeOf<RetryPolicy>().not.toHaveProperty('refresh')
  })

  it('error fields are read-only', () => {
    expectTypeOf<ApiError>().toHaveProperty('code')
    // @ts-expect-error code is readonly
    ;((e: ApiError) => (e.code = 1))(null as never)
  })
})
