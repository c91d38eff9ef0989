// npm run demo: a vendor simulator on loopback, the same vendor answers through axios, ky and fetch,
// and one table of what application code receives.
import axios from 'axios'
import { type Adapter, isApiError, type RetryHint } from 'errcode-js'
import { aliyunSms } from 'errcode-js/adapters/aliyun-sms'
import { guanaitong } from 'errcode-js/adapters/guanaitong'
import { iyune } from 'errcode-js/adapters/iyune'
import { jiguang } from 'errcode-js/adapters/jiguang'
import { navinfo } from 'errcode-js/adapters/navinfo'
import { tencentSms } from 'errcode-js/adapters/tencent-sms'
import { ucpaas } from 'errcode-js/adapters/ucpaas'
import { wechat } from 'errcode-js/adapters/wechat'
import { withErrcode as withAxios } from 'errcode-js/axios'
import { withErrcode as withFetch } from 'errcode-js/fetch'
import { withErrcode as withKy } from 'errcode-js/ky'
import { startSimulator } from 'errcode-js/simulator'
import ky from 'ky'

interface Scenario {
  readonly vendor: string
  readonly adapter: Adapter
  readonly path: string
  readonly label: string
}

const scenarios: Scenario[] = [
  { vendor: 'jiguang', adapter: jiguang, path: '/jiguang/v1/web/verify?code=9000', label: '9000' },
  { vendor: 'jiguang', adapter: jiguang, path: '/jiguang/v1/web/verify?code=9001', label: '9001' },
  { vendor: 'jiguang', adapter: jiguang, path: '/jiguang/v1/web/verify?code=1804', label: '1804' },
  { vendor: 'navinfo', adapter: navinfo, path: '/navinfo/geocode?code=1007', label: '1007' },
  { vendor: 'navinfo', adapter: navinfo, path: '/navinfo/geocode?code=1008', label: '1008' },
  { vendor: 'guanaitong', adapter: guanaitong, path: '/guanaitong/token?code=1000210004', label: '1000210004' },
  { vendor: 'ucpaas', adapter: ucpaas, path: '/ucpaas/ol/sms/sendsms?variant=1&code=105130', label: '"105130"' },
  { vendor: 'ucpaas', adapter: ucpaas, path: '/ucpaas/ol/sms/sendsms?variant=1&code=105147', label: '"105147"' },
  { vendor: 'ucpaas', adapter: ucpaas, path: '/ucpaas/Messages?format=xml&code=105110', label: '"105110" xml' },
  { vendor: 'iyune', adapter: iyune, path: '/iyune/oauth?code=40015', label: '40015' },
  { vendor: 'iyune', adapter: iyune, path: '/iyune/oauth?code=-1', label: '-1' },
  { vendor: 'wechat', adapter: wechat, path: '/wechat/cgi-bin/message?code=45011', label: '45011' },
  { vendor: 'wechat', adapter: wechat, path: '/wechat/cgi-bin/message?code=42001', label: '42001' },
  {
    vendor: 'aliyun-sms',
    adapter: aliyunSms,
    path: '/aliyun-sms/?code=isv.BUSINESS_LIMIT_CONTROL',
    label: 'isv.BUSINESS_LIMIT_CONTROL',
  },
  {
    vendor: 'tencent-sms',
    adapter: tencentSms,
    path: '/tencent-sms/?code=LimitExceeded.PhoneNumberDailyLimit&variant=1',
    label: 'PhoneNumberDailyLimit',
  },
  { vendor: 'jiguang', adapter: jiguang, path: '/html?status=502', label: 'HTML 502' },
  { vendor: 'jiguang', adapter: jiguang, path: '/drop', label: 'dropped' },
]

type Call = (url: string) => Promise<unknown>
const clients: Record<string, (adapter: Adapter) => Call> = {
  axios: (adapter) => {
    const api = withAxios(axios.create(), { adapter })
    return (url) => api.get(url)
  },
  ky: (adapter) => {
    const api = withKy(ky.create({ retry: 0 }), { adapter })
    return (url) => api.get(url)
  },
  fetch: (adapter) => {
    const f = withFetch(fetch, { adapter })
    return (url) => f(url)
  },
}

function describeHint(hint: RetryHint): string {
  const safe = `${hint.replaySafe ? ', replay-safe' : ''}${hint.scope === undefined ? '' : `, ${hint.scope}`}`
  if (hint.kind !== 'after' || hint.delayMs === undefined) return `${hint.kind}${safe}`
  const seconds = Math.round(hint.delayMs / 1000)
  if (seconds < 60) return `after ${seconds}s${safe}`
  const minutes = Math.round(seconds / 60)
  const wait = `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
  return `after ${wait} (${hint.at?.toISOString().slice(0, 16)}Z)${safe}`
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

const sim = await startSimulator()
const rows: string[][] = []
try {
  for (const s of scenarios) {
    for (const [name, make] of Object.entries(clients)) {
      const call = make(s.adapter)
      try {
        await call(`${sim.url}${s.path}`)
        const entry = s.adapter.catalog.get(s.label.replace(/"/g, ''))
        rows.push([
          s.vendor,
          s.label,
          name,
          entry?.kind === 'result' ? '(result: returned)' : '(success: returned)',
          entry?.description.en ?? '',
          '',
        ])
      } catch (err) {
        if (!isApiError(err)) throw err
        rows.push([s.vendor, s.label, name, err.name, err.description, describeHint(err.retry)])
      }
    }
  }
} finally {
  await sim.close()
}

const header = ['vendor', 'code', 'client', 'error class', 'description', 'retry hint']
const table = [header, ...rows.map((r) => r.map((c, i) => (i === 4 ? cut(c, 44) : c)))]
const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)))
const line = (r: string[]) =>
  r
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd()
console.log(
  `errcode demo: ${scenarios.length} vendor answers through axios, ky and fetch, from a simulator at ${sim.url}\n`,
)
console.log(line(header))
console.log(widths.map((w) => '─'.repeat(w)).join('  '))
for (const r of table.slice(1)) console.log(line(r))
const mismatch = scenarios.filter((_, i) => new Set(rows.slice(i * 3, i * 3 + 3).map((r) => r[3])).size !== 1)
console.log(
  `\n${rows.length} calls; every client gave the same class for ${scenarios.length - mismatch.length} of ${scenarios.length} answers.`,
)
if (mismatch.length > 0) process.exitCode = 1
