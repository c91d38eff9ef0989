import { describe, expectTypeOf, it } from 'vitest'
import { jiguang } from '../adapters/jiguang.js'
import type { iyuneCatalog } from '../catalogs/iyune.js'
import type { jiguangCatalog } from '../catalogs/jiguang.js'
import type { ucpaasCatalog } from '../catalogs/ucpaas.js'
import {
  type Adapter,
  type ApiError,
  type CodeOf,
  defineCatalog,
  type ErrorOf,
  isApiError,
  isRateLimitError,
  never,
  type RateLimitError,
  type RetryHint,
} from '../src/index.js'

describe('types', () => {
  it('guards narrow unknown to the class', () => {
    const e: unknown = null
    if (isRateLimitError(e)) expectTypeOf(e).toEqualTypeOf<RateLimitError>()
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

  it('error fields are read-only', () => {
    expectTypeOf<ApiError>().toHaveProperty('code')
    // @ts-expect-error code is readonly
    ;((e: ApiError) => (e.code = 1))(null as never)
  })
})
