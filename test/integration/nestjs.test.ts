// The NestJS example's exception filter in a real Nest app (platform-express, on loopback), for the
// failures its navinfo route cannot produce: its service is replaced, through @nestjs/testing, by one that
// calls other simulated vendors through errcode's axios wrapper. examples.test.ts runs the example itself.
// Against the built package (`npm run build` first): under vitest the example's `errcode` imports resolve
// through package.json's exports, and this file imports the same copy.
import type { INestApplication } from '@nestjs/common'
import { ExpressAdapter } from '@nestjs/platform-express'
import { Test } from '@nestjs/testing'
import axios from 'axios'
import { tencentSms } from 'errcode-js/adapters/tencent-sms'
import { withErrcode } from 'errcode-js/axios'
import { type Simulator, startSimulator } from 'errcode-js/simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GeocodeModule, GeocodeService } from '../../examples/integration-nestjs.js'

let sim: Simulator
let app: INestApplication
let base: string

beforeAll(async () => {
  sim = await startSimulator()
  const vendor = withErrcode(axios.create({ baseURL: sim.url, timeout: 300 }), { adapter: tencentSms })
  // The route's `address` names the path the replaced service asks the simulator for.
  const replaced = {
    async geocode(path: string): Promise<unknown> {
      if (path === 'bug') throw new TypeError('a bug of ours')
      return (await vendor.get(path)).data
    },
  }
  const moduleRef = await Test.createTestingModule({ imports: [GeocodeModule.forRoot(sim.url)] })
    .overrideProvider(GeocodeService)
    .useValue(replaced)
    .compile()
  app = moduleRef.createNestApplication(new ExpressAdapter(), { logger: false })
  await app.listen(0, '127.0.0.1')
  base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`
})
afterAll(async () => {
  await app?.close()
  await sim?.close()
})

const call = async (path: string) => {
  const res = await fetch(`${base}/geocode?address=${encodeURIComponent(path)}`)
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as unknown }
}

describe('the NestJS example’s VendorErrorFilter', () => {
  it('answers a limit on one phone number with 429 and the seconds until the vendor’s next day', async () => {
    const { status, retryAfter, body } = await call('/tencent-sms/?code=LimitExceeded.PhoneNumberDailyLimit')
    expect(status).toBe(429)
    expect(Number(retryAfter)).toBeGreaterThan(0)
    expect(Number(retryAfter)).toBeLessThanOrEqual(86_400)
    expect(body).toEqual({
      statusCode: 429,
      error: 'quota',
      vendor: 'tencent-sms',
      code: 'LimitExceeded.PhoneNumberDailyLimit',
      message: expect.stringContaining('single phone number'),
    })
  })

  it('answers a vendor too slow for axios’ timeout with 504, and a dropped connection with 502', async () => {
    const slow = await call('/slow?ms=2000')
    expect(slow.status).toBe(504)
    expect(slow.retryAfter).toBeNull()
    expect(slow.body).toMatchObject({ statusCode: 504, error: 'timeout', vendor: 'tencent-sms' })
    const dropped = await call('/drop')
    expect(dropped).toMatchObject({ status: 502, body: { statusCode: 502, error: 'network' } })
  })

  it('answers an account credential the vendor refuses with 502, not 401', async () => {
    const { status, body } = await call('/tencent-sms/?code=AuthFailure.SecretIdNotFound')
    expect(status).toBe(502)
    expect(body).toMatchObject({ error: 'authentication', code: 'AuthFailure.SecretIdNotFound' })
  })

  it('leaves other errors to Nest: a bug of ours is its own 500', async () => {
    expect(await call('bug')).toEqual({
      status: 500,
      retryAfter: null,
      body: { statusCode: 500, message: 'Internal server error' },
    })
  })
})
