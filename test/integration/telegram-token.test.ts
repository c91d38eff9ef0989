// The Telegram Bot API takes its credential in the URL path (https://core.telegram.org/bots/api#making-requests:
// "https://api.telegram.org/bot<token>/METHOD_NAME"). Through axios, ky and fetch, answered or not, the token
// reaches no message, no toJSON(), no log line (pino, winston, console) and no exported span.
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { registerInstrumentations } from '@opentelemetry/instrumentation'
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http'
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici'
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { telegram } from '../../adapters/telegram.js'
import { type ApiError, NetworkError, PermissionError } from '../../src/index.js'
import { errcodeSpanProcessor, otel } from '../../src/otel/otel.js'
import { clients, rejection } from '../support/clients.js'
import { views } from '../support/loggers.js'

const spans = new InMemorySpanExporter()
const provider = new NodeTracerProvider({
  spanProcessors: [errcodeSpanProcessor(), new SimpleSpanProcessor(spans)],
})
provider.register()
registerInstrumentations({
  tracerProvider: provider,
  instrumentations: [new HttpInstrumentation({ ignoreIncomingRequestHook: () => true }), new UndiciInstrumentation()],
})
// The http instrumentation patches the module when it is next required; axios then calls the patched one.
createRequire(import.meta.url)('node:http')

// The token format of https://core.telegram.org/bots/features#botfather ("4839574812:AAFD39kkdpWt3ywyRZergyOLMaJhac60qc").
const SECRET = 'AAFD39kkdpWt3ywyRZergyOLMaJhac60qc'
const TOKEN = `4839574812:${SECRET}`

let server: Server
let base = ''
let closedBase = ''
beforeAll(async () => {
  // getMe succeeds (https://core.telegram.org/bots/api#getme returns a User); any other method answers as for a
  // blocked bot (captured 2020-12-11, quoted in a public Go Telegram provider).
  server = createServer((req, res) => {
    req.resume()
    const ok = req.url?.endsWith('/getMe') === true
    res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' })
    res.end(
      ok
        ? '{"ok":true,"result":{"id":4839574812,"is_bot":true,"first_name":"errcode","username":"errcode_bot"}}'
        : '{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}',
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  closedBase = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
  await new Promise((resolve) => closed.close(resolve))
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await provider.shutdown()
})

describe.each(clients)('a Telegram bot token through $name', (client) => {
  it('reaches no message, toJSON, log or span, answered, refused or passed', async () => {
    spans.reset()
    const call = client.wrap({ adapter: telegram, telemetry: otel({ span: true }) })
    expect((await call(`${base}/bot${TOKEN}/getMe`)).data).toMatchObject({ ok: true, result: { is_bot: true } })
    const answered = (await rejection(
      call(`${base}/bot${TOKEN}/sendMessage?chat_id=42`, { method: 'POST' }),
    )) as ApiError
    expect(answered).toBeInstanceOf(PermissionError)
    expect(answered.request?.url).toBe(`${base}/bot***/sendMessage?chat_id=42`)
    expect(answered.message).toContain('/bot***/sendMessage')
    const refused = await rejection(call(`${closedBase}/bot${TOKEN}/getMe`))
    expect(refused).toBeInstanceOf(NetworkError)

    for (const err of [answered, refused]) {
      expect(String((err as Error).stack)).not.toContain(SECRET)
      for (const [name, view] of Object.entries(views)) {
        expect(await view(err), name).not.toContain(SECRET)
      }
    }
    const exported = spans.getFinishedSpans()
    expect(exported.length).toBeGreaterThanOrEqual(3)
    const text = JSON.stringify(exported.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })))
    expect(text).toContain('bot***')
    expect(text).not.toContain(SECRET)
  })
})
