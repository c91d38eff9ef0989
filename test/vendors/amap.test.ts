// Amap: the catalog, then answers through axios, ky and fetch: status "1" passes, status "0" is the infocode's
// error, and each limit waits for its own window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { amap } from '../../adapters/amap.js'
import { amapCatalog } from '../../catalogs/amap.js'
import {
  type ApiError,
  AuthenticationError,
  type Catalog,
  QuotaExceededError,
  RateLimitError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'
import { json } from '../support/json.js'

const catalog: Catalog = amapCatalog

describe('amap catalog', () => {
  it('keeps the infocodes as strings, the info constant as name and message, and the table’s words', () => {
    expect(catalog.entries).toHaveLength(51)
    for (const e of catalog.entries) {
      expect(e.code).toMatch(/^\d{5}$/)
      expect(e.message).toBe(e.name)
      expect(e.translated).toEqual({ description: 'en', remedy: 'en' })
    }
    expect(catalog.get('10000')?.kind).toBe('success')
    expect(catalog.get('10003')?.remedy?.zh).toBe('开发者的日访问量超限，被系统自动封停，第二天0:00会自动解封。')
    expect(catalog.get('10010')?.remedy?.zh).toContain('封停后无法自动恢复，需要提交工单联系我们。')
    // The 300** row names eleven codes, each with the row's words.
    const engine = catalog.entries.filter((e) => e.name === 'ENGINE_RESPONSE_DATA_ERROR').map((e) => e.code)
    expect(engine).toEqual([
      '30001',
      '30002',
      '30003',
      '32000',
      '32001',
      '32002',
      '32003',
      '32200',
      '32201',
      '32202',
      '32203',
    ])
  })

  it('waits for midnight, the next minute or the next second, and never for the IP block', () => {
    expect(catalog.get('10003')).toMatchObject({ retry: { kind: 'after', window: 'day' }, scope: 'account' })
    expect(catalog.get('10004')).toMatchObject({ retry: { kind: 'after', window: 'minute' }, scope: 'account' })
    for (const code of ['10014', '10015', '10019', '10020', '10021'])
      expect(catalog.get(code)).toMatchObject({ category: 'rate_limit', retry: { kind: 'after', window: 'second' } })
    expect(catalog.get('10010')).toMatchObject({ category: 'quota', retry: { kind: 'never' }, scope: 'account' })
    expect(catalog.timeZone).toBe('Asia/Shanghai')
  })
})

describe('amap adapter', () => {
  it('round-trips every code with the string statuses', () => {
    expect(amap.hosts).toEqual(['restapi.amap.com'])
    for (const entry of catalog.entries) {
      const body = json(amap.encode(entry.code)) as { status: string; info: string; infocode: string }
      expect(body.status).toBe(entry.kind === 'success' ? '1' : '0')
      expect(body.info).toBe(entry.name)
      const d = amap.decode(body)
      if (entry.kind === 'success') expect(d).toEqual({ kind: 'success', code: '10000' })
      else expect(d).toMatchObject({ kind: 'error', code: entry.code, message: entry.name })
    }
  })

  it('reads infocode as sent or as a number, and a body without one is unreadable', () => {
    expect(amap.decode({ status: '1', info: 'OK', infocode: 10000 }).kind).toBe('success')
    expect(amap.decode({ status: '1', info: 'OK' }).kind).toBe('unreadable')
    expect(amap.decode({ status: '0', info: 'INVALID_USER_KEY', infocode: '10001' }, 500)).toMatchObject({
      kind: 'error',
      code: '10001',
    })
  })
})

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

// The IP location API's 返回结果示例 (lbs.amap.com/api/webservice/guide/api/ipconfig), as a public copy of the
// Amap web service docs quotes it.
const amapOk = {
  status: '1',
  info: 'OK',
  infocode: '10000',
  country: '中国',
  province: '北京市',
  city: '北京市',
  district: '朝阳区',
  adcode: '110105',
  location: '116.480881,39.989410',
  isp: '电信',
  ip: '114.247.50.2',
}
// What restapi.amap.com answers a request without a valid key, as client code across public repositories records
// it (for example beside a call to /v3/weather/weatherInfo).
const amapBadKey = { status: '0', info: 'INVALID_USER_KEY', infocode: '10001' }

describe.each(clients)('Amap through $name', (client) => {
  it('Amap: status "1" passes untouched; status "0" is the infocode’s error', async () => {
    const call = client.wrap({ adapter: amap })
    expect((await call(raw(amapOk))).data).toEqual(amapOk)
    const err = (await rejection(call(raw(amapBadKey)))) as ApiError
    expect(err).toBeInstanceOf(AuthenticationError)
    expect(err).toMatchObject({ vendor: 'amap', code: '10001', vendorMessage: 'INVALID_USER_KEY' })
  })

  it('Amap: 10003 waits for midnight in Beijing, 10004 for the next minute, 10010 for no one', async () => {
    const call = client.wrap({ adapter: amap })
    const date = encodeURIComponent('Thu, 07 May 2026 10:30:20 GMT')
    const daily = (await rejection(call(`${sim.url}/amap/v3/ip?code=10003&date=${date}`))) as ApiError
    expect(daily).toBeInstanceOf(QuotaExceededError)
    // 18:30:20 in Beijing: 00:00 UTC+8 is 5 h 29 min 40 s away on the server's clock.
    expect(daily.retry).toMatchObject({ kind: 'after', delayMs: 19_780_000, scope: 'account' })
    const minute = (await rejection(call(`${sim.url}/amap/v3/ip?code=10004&date=${date}`))) as ApiError
    expect(minute).toBeInstanceOf(RateLimitError)
    expect(minute.retry).toMatchObject({ kind: 'after', delayMs: 40_000, scope: 'account' })
    const blocked = (await rejection(call(`${sim.url}/amap/v3/ip?code=10010`))) as ApiError
    expect(blocked.retry).toMatchObject({ kind: 'never', scope: 'account' })
    expect(blocked.retry.at).toBeUndefined()
  })
})
