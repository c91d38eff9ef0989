// Feishu: the catalog, answers the vendor published through axios, ky and fetch, and its own wait (the
// `x-ogw-ratelimit-reset` header of a 99991400 answer): the retry engine, the quota guard and pacing treat it
// as they treat `Retry-After` (each case runs with both).

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feishu } from '../../adapters/feishu.js'
import { feishuCatalog } from '../../catalogs/feishu.js'
import {
  type ApiError,
  AuthenticationError,
  type Catalog,
  ConflictError,
  classifyResponse,
  InternalError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  QuotaExceededError,
  RateLimitError,
  ServiceUnavailableError,
} from '../../src/index.js'
import { type Simulator, startSimulator } from '../../src/testing/simulator.js'
import { clients, rawUrl, rejection } from '../support/clients.js'
import { json } from '../support/json.js'

const catalog: Catalog = feishuCatalog

describe('feishu catalog', () => {
  it('has the 66 gateway codes, 111 messaging rows, 65 contact rows, 26 message API codes, 254 product and calendar v4 codes and 0, each msg as the page prints it', () => {
    expect(catalog.entries).toHaveLength(66 + 3 + 108 + 65 + 26 + 254 + 1)
    const legacy = catalog.entries.filter(
      (e) =>
        (Number(e.code) >= 10001 && Number(e.code) <= 19036) || (Number(e.code) >= 41001 && Number(e.code) <= 43013),
    )
    expect(legacy).toHaveLength(111 + 65)
    const gateway = catalog.entries.filter((e) => Number(e.code) >= 99991201)
    expect(gateway).toHaveLength(66)
    const im = catalog.entries.filter((e) => Number(e.code) >= 230001 && Number(e.code) <= 232009)
    expect(im).toHaveLength(26)
    // The open.feishu.cn edition's product rows: contacts, approval, sheets, docs and the calendar.
    const products = catalog.entries.filter(
      (e) =>
        !legacy.includes(e) &&
        !gateway.includes(e) &&
        !im.includes(e) &&
        ![0, 11232, 11233, 11247].includes(Number(e.code)),
    )
    expect(products).toHaveLength(254)
    for (const e of catalog.entries) {
      if (e.code === 99992402) continue
      // Where 说明 is Chinese (具体错误信息, 获取更新锁失败), the English is the translation.
      if (products.includes(e) && e.translated?.description === 'en') {
        expect(e.message, String(e.code)).toMatch(/^(具体错误信息|获取更新锁失败)$/)
        continue
      }
      if (products.includes(e)) {
        expect(e.message, String(e.code)).toBe(e.description.en)
        expect(e.translated).toEqual({})
        continue
      }
      // The message APIs' Description column is not always the msg sent: those entries have none.
      if (im.includes(e)) {
        expect(e.message, String(e.code)).toBeUndefined()
        expect(e.translated).toEqual({ description: 'zh' })
        continue
      }
      // The Lark edition's 排查建议 is the Chinese: both languages are Lark's there.
      if (legacy.includes(e) && ![11232, 11233, 11247].includes(e.code as number)) {
        expect(e.message, String(e.code)).toBe(e.description.en)
        expect(e.translated).toEqual({})
        continue
      }
      expect(e.message, String(e.code)).toBe(e.description.en)
      expect(e.translated).toEqual({ description: 'zh' })
    }
    expect(catalog.get(99992402)).toMatchObject({ message: '具体错误信息', translated: { description: 'en' } })
    expect(catalog.get(99991301)?.message).toBe('request method doesn’t match')
    expect(catalog.get(99992364)?.variants).toEqual([{ en: 'user id cross tenant', zh: 'user id 属于其他租户' }])
  })

  it('renews the tenant, app and user tokens; never the scope codes', () => {
    const renew = catalog.entries.filter((e) => e.retry.kind === 'refresh').map((e) => e.code)
    expect(renew.sort()).toEqual([99991663, 99991664, 99991668, 99991677])
    for (const code of [99991672, 99991679])
      expect(catalog.get(code)).toMatchObject({ category: 'permission', retry: { kind: 'never' } })
    expect(catalog.get(99991400)).toMatchObject({
      category: 'rate_limit',
      retry: { kind: 'backoff', replaySafe: true },
      scope: 'account',
    })
    expect(catalog.get(99991403)).toMatchObject({ category: 'quota', retry: { kind: 'after', window: 'month' } })
    expect(catalog.get(11233)?.scope).toBe('recipient')
  })
})

describe('feishu adapter', () => {
  it('routes both hosts and round-trips every code', () => {
    expect(feishu.hosts).toEqual(['open.feishu.cn', 'open.larksuite.com'])
    for (const entry of catalog.entries) {
      const d = feishu.decode(json(feishu.encode(entry.code, { requestId: 'log1' })))
      if (entry.kind === 'success') expect(d).toEqual({ kind: 'success', code: 0 })
      else expect(d).toMatchObject({ kind: 'error', code: entry.code, requestId: 'log1' })
    }
  })

  it('reads the wait from x-ogw-ratelimit-reset in seconds, and the log id from X-Tt-Logid', () => {
    const headers: Record<string, string> = { 'x-ogw-ratelimit-reset': '52', 'x-tt-logid': '20240101ABC' }
    expect(feishu.waitFrom((n) => headers[n] ?? null)).toBe(52_000)
    expect(feishu.waitFrom(() => null)).toBeUndefined()
    expect(feishu.requestIdHeaders).toEqual(['x-tt-logid', 'request-id'])
  })

  it('keeps odd permission_violations and errors out of the message', () => {
    const odd = [null, 1, {}, { subject: 3 }, { subject: '' }, { subject: 'im:message' }]
    const d = feishu.decode({ code: 99991672, msg: 'Access denied', error: { permission_violations: odd } })
    expect(d).toMatchObject({ message: 'Access denied [im:message]' })
    expect(feishu.decode({ code: 99991672, error: { permission_violations: 'x', troubleshooter: 7 } })).toEqual({
      kind: 'error',
      code: 99991672,
      entry: catalog.get(99991672),
    })
    expect(feishu.decode({ code: 99991672, error: { permission_violations: [{ subject: 's' }] } })).toMatchObject({
      message: '[s]',
    })
  })
})

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

const raw = (body: unknown, status = 200) => rawUrl(sim.url, body, status)

// https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error
// (报错示例; its `helps` list is not reproduced here).
const feishuScope = {
  code: 99991672,
  msg: 'Access denied. One of the following scopes is required: [contact:user.id:readonly]',
  error: {
    message:
      'Refer to the documentation to fix the error: https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error',
    log_id: '202307211618216F3E9EB64DC7E1234',
    permission_violations: [{ type: 'action_scope_required', subject: 'contact:user.id:readonly' }],
  },
}
// https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-resolve-error-99991679
// (报错示例). The page's `msg` string lacks its closing quote; it is closed here.
const feishuUserGrant = {
  code: 99991679,
  msg: 'Unauthorized. You do not have permission to perform the requested operation on the resource. Please request user re-authorization and try again. required one of these privileges: [sheets:spreadsheet, drive:drive, sheets:spreadsheet:write_only].应用未获取所需的用户授权：[sheets:spreadsheet, drive:drive, sheets:spreadsheet:write_only]',
  error: {
    permission_violations: [
      { subject: 'sheets:spreadsheet', type: 'action_privilege_required' },
      { type: 'action_privilege_required', subject: 'drive:drive' },
      { type: 'action_privilege_required', subject: 'sheets:spreadsheet:write_only' },
    ],
    log_id: '2024110416232661C50BC902DF30E6C183',
    troubleshooter:
      '排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?from=openapi&log_id=2024110416232661C50BC902DF30E61234&code=99991679&method_id=7088555130824867868',
  },
}

describe.each(clients)('Feishu through $name', (client) => {
  it('Feishu: 99991672 is a permission error naming the missing scope, with the log id and the link', async () => {
    const err = (await rejection(client.wrap({ adapter: feishu })(raw(feishuScope, 400)))) as ApiError
    expect(err).toBeInstanceOf(PermissionError)
    expect(err).toMatchObject({
      code: 99991672,
      status: 400,
      requestId: '202307211618216F3E9EB64DC7E1234',
      diagnosis:
        'https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error',
      retry: { kind: 'never' },
    })
    expect(err.vendorMessage).toContain('contact:user.id:readonly')
  })

  it('Feishu: a scope the msg leaves out is added to the message; 99991679 keeps its troubleshooter link', async () => {
    const bare = { ...feishuScope, msg: 'Access denied. One of the following scopes is required' }
    const err = (await rejection(client.wrap({ adapter: feishu })(raw(bare)))) as ApiError
    expect(err.vendorMessage).toBe('Access denied. One of the following scopes is required [contact:user.id:readonly]')
    const user = (await rejection(client.wrap({ adapter: feishu })(raw(feishuUserGrant)))) as ApiError
    expect(user).toBeInstanceOf(PermissionError)
    expect(user).toMatchObject({
      requestId: '2024110416232661C50BC902DF30E6C183',
      diagnosis:
        'https://open.feishu.cn/search?from=openapi&log_id=2024110416232661C50BC902DF30E61234&code=99991679&method_id=7088555130824867868',
    })
    // Every subject is already in the msg: nothing is added.
    expect(user.vendorMessage).toBe(feishuUserGrant.msg)
  })

  it('Feishu: the tenant, app and user token codes ask for a new token; the scope code never does', async () => {
    const call = client.wrap({ adapter: feishu })
    for (const code of [99991663, 99991664, 99991668, 99991677]) {
      const err = await rejection(call(`${sim.url}/feishu/open-apis/im/v1/messages?code=${code}&status=401`))
      expect(err, String(code)).toBeInstanceOf(AuthenticationError)
      expect((err as ApiError).retry.kind).toBe('refresh')
    }
    const scope = (await rejection(call(`${sim.url}/feishu/open-apis/im/v1/messages?code=99991672`))) as ApiError
    expect(scope.retry.kind).toBe('never')
  })
})

// The frequency-control page's example (open.feishu.cn/document/server-docs/api-call-guide/frequency-control):
// HTTP/1.1 429 Too Many Requests, x-ogw-ratelimit-limit: 100, x-ogw-ratelimit-reset: 52, and this body.
const throttled = { code: 99991400, msg: 'request trigger frequency limit' }
const ok = { code: 0, msg: 'success', data: {} }

let server: Server
let base = ''
/** Requests seen per `key`: the first `fails` of a key are throttled, the rest pass. */
const seen = new Map<string, number>()
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const q = url.searchParams
    const key = q.get('key') ?? ''
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    if (n > Number(q.get('fails') ?? 0)) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(ok))
      return
    }
    res.writeHead(Number(q.get('status') ?? 429), {
      'content-type': 'application/json',
      'x-ogw-ratelimit-limit': '100',
      [q.get('header') ?? 'x-ogw-ratelimit-reset']: q.get('wait') ?? '1',
    })
    res.end(JSON.stringify(throttled))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

let serial = 0
/** A URL of its own key and credential (`access_token` in the query names the account to the guard). */
function route(header: string, wait: number, fails: number, status = 429) {
  const key = `k${++serial}`
  const q = new URLSearchParams({ key, header, wait: String(wait), fails: String(fails), status: String(status) })
  return { key, url: `${base}/open-apis/im/v1/messages?access_token=t-${key}&${q}` }
}

const fast = { baseDelay: 1, maxBackoff: 5, budget: false } as const

describe.each(clients)('Feishu’s wait through $name', (client) => {
  describe.each(['x-ogw-ratelimit-reset', 'retry-after'])('given as %s', (header) => {
    it('is the hint’s delay, on HTTP 429 and on the HTTP 400 of older APIs', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 1 } })
      for (const status of [429, 400]) {
        const err = (await rejection(call(route(header, 52, 1, status).url))) as ApiError
        expect(err).toBeInstanceOf(RateLimitError)
        expect(err).toMatchObject({
          code: 99991400,
          status,
          retry: { kind: 'after', delayMs: 52_000, scope: 'account' },
        })
      }
    })

    it('the retry engine waits it out, then replays', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 2, maxDelay: 5_000 } })
      const { key, url } = route(header, 1, 1)
      const started = Date.now()
      expect((await call(url)).data).toEqual(ok)
      expect(Date.now() - started).toBeGreaterThanOrEqual(950)
      expect(seen.get(key)).toBe(2)
    })

    it('past maxDelay it fails at once, and the guard refuses the next call without sending it', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 3, maxDelay: 5_000 } })
      const { key, url } = route(header, 3_600, 5)
      const started = Date.now()
      const first = (await rejection(call(url))) as ApiError
      expect(first).toMatchObject({ attempts: 1, retry: { kind: 'after', delayMs: 3_600_000 } })
      expect(Date.now() - started).toBeLessThan(2_000)
      const second = (await rejection(call(url))) as ApiError
      expect(second).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'quota', code: 99991400 })
      expect(seen.get(key)).toBe(1)
    })

    it('pacing holds the credential’s next request, failing at once when its turn is past the deadline', async () => {
      const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 1, pacing: true, deadline: 150 } })
      const { key, url } = route(header, 1, 1)
      expect(await rejection(call(url))).toBeInstanceOf(RateLimitError)
      const held = (await rejection(call(url))) as ApiError
      expect(held).toMatchObject({ shortCircuited: true, shortCircuitedBy: 'pacing', code: 99991400 })
      expect(seen.get(key)).toBe(1)
    })
  })

  it('reads no wait from a header it was not told of', async () => {
    const call = client.wrap({ adapter: feishu, retry: { ...fast, maxAttempts: 1 } })
    const err = (await rejection(call(route('x-ratelimit-reset', 52, 1).url))) as ApiError
    expect(err.retry).toMatchObject({ kind: 'backoff', replaySafe: true })
  })
})

// https://open.feishu.cn/document/server-docs/im-v1/message/reply (230099 sub-error codes, 200550): the page's
// example of a card error, with its log id and troubleshooter link.
const CARD_ERROR = {
  code: 230099,
  msg: 'Failed to create card content, ext=ErrCode: 200550; ErrPath: ROOT -> elements -> [2](tag: chart); ErrMsg: chart spec is invalid; ErrorValue: - (root): Must validate at least one schema (anyOf)\n- axes: Invalid type. Expected: array, given: null\n; ',
  error: {
    log_id: '202409131613579778D691D6E05516DE2D',
    troubleshooter:
      'Troubleshooting suggestions： https://open.feishu.cn/search?from=openapi&log_id=202409131613579778D691D6E05516DE2D&code=230099&method_id=6921911482032898068',
  },
}
// github.com/larksuite/cli, cmd/root_integration_test.go (TestIntegration_Api_BusinessError_OutputsEnvelope):
// the message API's answer when the bot is not in the chat, as Lark's own CLI tests it.
const BOT_OUT_OF_CHAT = {
  code: 230002,
  msg: 'Bot/User can NOT be out of the chat.',
  error: { log_id: 'test-log-id-001' },
}
const answer = (status: number, value: unknown) => ({
  status,
  header: () => null,
  body: { kind: 'json' as const, value },
})

const SUB_CODE_200380 =
  'Failed to create card content, ext=ErrCode: 200380; ErrMsg: template does not exist, please confirm whether this template has been released; ErrorValue: templateID: %v'
const SUB_CODE_200381 =
  'Failed to create card content, ext=ErrCode: 200381; ErrMsg: template is not visible to app, please confirm whether the app is allowed to use this template; ErrorValue: %v, templateID: %v'

describe('feishu message API codes', () => {
  it('reads the page’s card error with its log id and troubleshooter link', () => {
    const err = classifyResponse(feishu, answer(400, CARD_ERROR))
    expect(err).toBeInstanceOf(InvalidRequestError)
    expect(err).toMatchObject({
      code: 230099,
      requestId: '202409131613579778D691D6E05516DE2D',
      diagnosis:
        'https://open.feishu.cn/search?from=openapi&log_id=202409131613579778D691D6E05516DE2D&code=230099&method_id=6921911482032898068',
    })
    expect(err?.vendorMessage).toMatch(/^Failed to create card content, ext=ErrCode: 200550;/)
  })

  it('reads the card sub-code in the msg of a 230099 answer: a missing template, one the app may not use', () => {
    // The 230099 Sub-error code table of Reply message: its Description column, the msg these answers carry.
    const missing = classifyResponse(feishu, answer(400, { code: 230099, msg: SUB_CODE_200380 }))
    expect(missing).toBeInstanceOf(NotFoundError)
    expect(missing).toMatchObject({ code: 230099, retry: { kind: 'never' } })
    expect(classifyResponse(feishu, answer(400, { code: 230099, msg: SUB_CODE_200381 }))).toBeInstanceOf(
      PermissionError,
    )
    expect(classifyResponse(feishu, answer(400, { code: 230099, msg: 'table rows is invalid' }))).toBeInstanceOf(
      InvalidRequestError,
    )
  })

  it('makes a bot outside the chat a permission error, with the msg the API sent', () => {
    const err = classifyResponse(feishu, answer(400, BOT_OUT_OF_CHAT))
    expect(err).toBeInstanceOf(PermissionError)
    expect(err).toMatchObject({ code: 230002, requestId: 'test-log-id-001', retry: { kind: 'never' } })
    expect(err?.vendorMessage).toBe('Bot/User can NOT be out of the chat.')
  })

  it('limits sending to one user or chat, and waits for a message still being sent', () => {
    const limited = classifyResponse(feishu, answer(400, { code: 230020, msg: 'm' }))
    expect(limited).toBeInstanceOf(RateLimitError)
    expect(limited?.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'recipient' })
    const sending = classifyResponse(feishu, answer(400, { code: 230049, msg: 'm' }))
    expect(sending).toBeInstanceOf(ServiceUnavailableError)
    expect(sending?.retry).toMatchObject({ kind: 'backoff', replaySafe: false })
  })
})

describe('feishu messaging rows of the generic table (Lark edition)', () => {
  const of = (code: number) => classifyResponse(feishu, answer(400, { code, msg: 'm', error: { log_id: 'l' } }))

  it('judges the bot outside the chat, owner-only actions, internal errors and chat limits by the page’s words', () => {
    expect(of(10002)).toBeInstanceOf(PermissionError)
    expect(catalog.get(10002)?.description).toEqual({
      en: 'Bot can NOT be out of the chat',
      zh: '机器人不在会话中，请添加机器人后重新请求',
    })
    expect(of(11220)).toBeInstanceOf(PermissionError)
    // 说明 "internal error", but 排查建议 says the bot may not send this message type.
    expect(of(11230)).toBeInstanceOf(PermissionError)
    expect(of(10101)).toBeInstanceOf(InternalError)
    expect(of(10101)?.retry).toMatchObject({ kind: 'backoff', replaySafe: false })
    const chatFull = of(18117)
    expect(chatFull).toBeInstanceOf(QuotaExceededError)
    expect(chatFull?.retry).toMatchObject({ scope: 'recipient' })
    expect(of(18121)).toBeInstanceOf(ServiceUnavailableError)
    expect(of(18121)?.retry.kind).toBe('backoff')
  })

  it('judges the contact rows: authority, duplicates, seats and departments', () => {
    expect(of(41050)).toBeInstanceOf(PermissionError)
    // The open.feishu.cn edition's 排查建议, and the Lark edition's as a variant.
    expect(catalog.get(41050)?.description.zh).toMatch(/^无用户权限。需将当前操作的用户添加到应用或用户的权限范围内。/)
    expect(catalog.get(41050)?.variants).toEqual([{ zh: '没有用户权限，检查该用户是否在通讯录权限范围内' }])
    // Rows of the open.feishu.cn edition only.
    expect(of(10023)).toBeInstanceOf(PermissionError)
    expect(of(18066)).toBeInstanceOf(NotFoundError)
    expect(of(41001)).toBeInstanceOf(ConflictError)
    const seats = of(41008)
    expect(seats).toBeInstanceOf(QuotaExceededError)
    expect(seats?.retry).toMatchObject({ kind: 'never', scope: 'account' })
    expect(of(41017)).toBeInstanceOf(NotFoundError)
    expect(catalog.get(41043)?.description.zh).toBe(
      'employee id 非法，employee id 长度应该在1-64个字符之间，不应包含\\t\\n\\r',
    )
  })
})

// The rows of the generic table (open.feishu.cn/document/server-docs/api-call-guide/generic-error-code, the
// open.feishu.cn edition of 2025-08-20) as answers: each body is a row's code with its 说明, the msg the API returns.
// 40001, 40003 and 40008 have two rows each, one marked "(注：通讯录V3版本接口出现该错误码时取该含义)".
const v3Internal = { code: 40003, msg: 'internal error' }
const noDepartmentAuthority = { code: 40003, msg: 'no department authority' }
const v3Param = { code: 40001, msg: 'param error' }
const marketplaceApp = { code: 40001, msg: 'market place app is not allowed to update user or department' }
const openIdMissing = { code: 40008, msg: 'open_id %v is not exist' }
const v3DepartmentNull = { code: 40008, msg: 'deptInfo is null error' }
const approvalUuid = { code: 60012, msg: 'OpenApiErrorCodeUuidConflict' }
const approvalLock = { code: 60014, msg: '获取更新锁失败' }
const sheetsTooMany = { code: 90217, msg: 'TooManyRequest' }
const sheetsRetryLater = { code: 90235, msg: 'Retry later' }
const docsForbidden = { code: 91403, msg: 'FORBIDDEN' }
const docxText = { code: 4000027, msg: 'too many chars in one text, max=100000' }
const calendarRate = { code: 1000004, msg: 'method rate limited' }
const calendarEvent = { code: 1003001, msg: 'event not found' }
// The calendar v4 table of 搜索日程 (open.feishu.cn/document/server-docs/calendar-v4/calendar-event/search):
// the HTTP status, code and 描述 of its rows.
const calendarV4Rate = { code: 190004, msg: 'method rate limited' }
const calendarV4Event = { code: 193001, msg: 'event not found' }

describe.each(clients)('Feishu product codes through $name', (client) => {
  const call = client.wrap({ adapter: feishu })

  it('reads 40001, 40003 and 40008 by their msg: the Contacts v3 reading, or the other versions’ one', async () => {
    const internal = (await rejection(call(raw(v3Internal, 500)))) as ApiError
    expect(internal).toBeInstanceOf(InternalError)
    expect(internal.retry).toMatchObject({ kind: 'backoff', replaySafe: false })
    const authority = (await rejection(call(raw(noDepartmentAuthority)))) as ApiError
    expect(authority).toBeInstanceOf(PermissionError)
    expect(authority.retry.kind).toBe('never')
    expect(await rejection(call(raw(v3Param, 400)))).toBeInstanceOf(InvalidRequestError)
    expect(await rejection(call(raw(marketplaceApp)))).toBeInstanceOf(PermissionError)
    for (const body of [openIdMissing, v3DepartmentNull]) {
      const err = (await rejection(call(raw(body)))) as ApiError
      expect(err, body.msg).toBeInstanceOf(NotFoundError)
      expect(err.vendorMessage).toBe(body.msg)
    }
  })

  it('judges approval, sheets, docs and calendar codes by the page’s words', async () => {
    expect(await rejection(call(raw(approvalUuid, 400)))).toBeInstanceOf(ConflictError)
    // 并发更新同一个审批实例冲突: a contention that clears by itself.
    const lock = (await rejection(call(raw(approvalLock, 400)))) as ApiError
    expect(lock).toBeInstanceOf(ServiceUnavailableError)
    expect(lock.retry.kind).toBe('backoff')
    const sheets = (await rejection(call(raw(sheetsTooMany, 400)))) as ApiError
    expect(sheets).toBeInstanceOf(RateLimitError)
    expect(sheets.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
    expect(await rejection(call(raw(sheetsRetryLater, 400)))).toBeInstanceOf(ServiceUnavailableError)
    expect(await rejection(call(raw(docsForbidden, 403)))).toBeInstanceOf(PermissionError)
    expect(await rejection(call(raw(docxText, 400)))).toBeInstanceOf(InvalidRequestError)
    const calendar = (await rejection(call(raw(calendarRate, 429)))) as ApiError
    expect(calendar).toBeInstanceOf(RateLimitError)
    expect(calendar.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
    expect(await rejection(call(raw(calendarEvent, 404)))).toBeInstanceOf(NotFoundError)
    const v4 = (await rejection(call(raw(calendarV4Rate, 429)))) as ApiError
    expect(v4).toBeInstanceOf(RateLimitError)
    expect(v4.retry).toMatchObject({ kind: 'backoff', replaySafe: true, scope: 'account' })
    expect(await rejection(call(raw(calendarV4Event, 404)))).toBeInstanceOf(NotFoundError)
  })

  it('reads the Reply message page’s chart-spec card error (230099, ErrCode 200550) as the request’s own fault', async () => {
    const err = (await rejection(call(raw(CARD_ERROR, 400)))) as ApiError
    expect(err).toBeInstanceOf(InvalidRequestError)
    expect(err).toMatchObject({
      code: 230099,
      status: 400,
      requestId: '202409131613579778D691D6E05516DE2D',
      retry: { kind: 'never' },
    })
    expect(err.diagnosis).toMatch(
      /^https:\/\/open\.feishu\.cn\/search\?from=openapi&log_id=202409131613579778D691D6E05516DE2D/,
    )
  })

  it('reads a card template the app may not use from the msg of a 230099 answer', async () => {
    const err = (await rejection(call(raw({ code: 230099, msg: SUB_CODE_200381 }, 400)))) as ApiError
    expect(err).toBeInstanceOf(PermissionError)
    expect(err.code).toBe(230099)
  })
})

describe('feishu product rows of the generic table (open.feishu.cn edition)', () => {
  it('keeps both rows of a two-meaning code: the other one as a reading chosen by its msg', () => {
    const entry = catalog.get(40003)
    expect(entry).toMatchObject({ message: 'internal error', category: 'internal' })
    expect(entry?.description.zh).toContain('通讯录V3版本接口')
    expect(entry?.byMessage?.[0]).toMatchObject({
      category: 'permission',
      retry: { kind: 'never' },
      description: {
        en: 'no department authority',
        zh: '应用没有对应的部门的通讯录授权，请检查通讯录授权情况；如需要访问相应部门，请联系管理员添加相应部门的通讯录授权',
      },
    })
    expect(catalog.get(40008)?.byMessage?.[0]?.message.test('open_id ou_1 is not exist')).toBe(true)
  })

  it('gives the page’s Chinese 说明 as the message, with the English marked a translation', () => {
    expect(catalog.get(95017)).toMatchObject({
      message: '具体错误信息',
      translated: { description: 'en' },
      description: { zh: '读取文档内容失败，检查revison是否正确' },
    })
  })
})
