// errcode/axios's own surface: the instance it returns, errcode: false, an adapter per request, removal,
// validateStatus, clientCause, cancellations and responses it passes unread.
import axios, { AxiosError } from 'axios'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jiguang } from '../../adapters/jiguang.js'
import { ucpaas } from '../../adapters/ucpaas.js'
import { clientCause, removeErrcode, withErrcode } from '../../src/clients/axios/axios.js'
import { NotFoundError, RateLimitError } from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { rejection } from '../support/clients.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

describe('errcode-js/axios', () => {
  it('returns the instance it was given', () => {
    const instance = axios.create()
    expect(withErrcode(instance, { adapter: jiguang })).toBe(instance)
  })

  it('switches off for one request with errcode: false', async () => {
    const api = withErrcode(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    const res = await api.get('/jiguang/x?code=1804', { errcode: false })
    expect(res.data).toEqual({ code: 1804, content: 'qps limit' })
    await expect(api.get('/jiguang/x?code=1804')).rejects.toBeInstanceOf(RateLimitError)
  })

  it('takes another adapter for one request', async () => {
    const api = withErrcode(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    const err = await rejection(api.get('/ucpaas/x?code=105110', { errcode: { adapter: ucpaas } }))
    expect(err).toBeInstanceOf(NotFoundError)
    expect(err).toMatchObject({ vendor: 'ucpaas', code: '105110' })
  })

  it('can be removed, leaving the instance as it was', async () => {
    const api = axios.create({ baseURL: sim.url })
    const before = api.defaults.transformResponse
    withErrcode(api, { adapter: jiguang })
    removeErrcode(api)
    expect(api.defaults.transformResponse).toBe(before)
    expect((await api.get('/jiguang/x?code=1804')).data).toMatchObject({ code: 1804 })
    const err = await rejection(api.get('/html?status=502'))
    expect(err).toBeInstanceOf(AxiosError)
  })

  it('installs once, even when called twice', async () => {
    const api = axios.create({ baseURL: sim.url })
    withErrcode(withErrcode(api, { adapter: jiguang }), { adapter: jiguang })
    const err = await rejection(api.get('/jiguang/x?code=1804'))
    // Translated once: the cause is axios' response, not another errcode error.
    expect(err).toBeInstanceOf(RateLimitError)
    expect(clientCause(err)).not.toBeInstanceOf(RateLimitError)
    expect(clientCause(err)).toMatchObject({ status: 200, data: { code: 1804 } })
  })

  it('respects validateStatus: an accepted status is not an error by itself, a vendor code still is', async () => {
    const api = withErrcode(axios.create({ baseURL: sim.url, validateStatus: () => true }), { adapter: jiguang })
    expect((await api.get('/html?status=503')).status).toBe(503)
    await expect(api.get('/jiguang/x?code=1804&status=429')).rejects.toBeInstanceOf(RateLimitError)
  })

  it('keeps the AxiosError for clientCause, and a masked summary of it as err.cause', async () => {
    const api = withErrcode(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    const err = await rejection(api.get('/jiguang/x?code=1804&status=429'))
    expect(clientCause(err)).toBeInstanceOf(AxiosError)
    expect((err as RateLimitError).cause).toMatchObject({
      name: 'AxiosError',
      message: 'Request failed with status code 429',
      code: 'ERR_BAD_REQUEST',
      status: 429,
    })
    expect((err as RateLimitError).cause).not.toHaveProperty('config')
  })

  it('leaves a cancellation as axios’ own CanceledError', async () => {
    const api = withErrcode(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    const controller = new AbortController()
    const pending = api.get('/slow?ms=2000', { signal: controller.signal })
    controller.abort()
    const err = await rejection(pending)
    expect(axios.isCancel(err)).toBe(true)
  })

  it('passes arraybuffer and stream responses through unread', async () => {
    const api = withErrcode(axios.create({ baseURL: sim.url }), { adapter: jiguang })
    const res = await api.get('/download?bytes=100000', { responseType: 'arraybuffer' })
    expect((res.data as ArrayBuffer).byteLength).toBe(100_000)
  })
})
