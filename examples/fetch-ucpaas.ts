// Wrap fetch for UCPaaS SMS: string codes, "000000" is success.
import { ucpaas } from 'errcode-js/adapters/ucpaas'
import { withErrcode } from 'errcode-js/fetch'
import { isMain, withSimulator } from './support.js'

export async function sendSms(base: string, code: string): Promise<unknown> {
  const fetchSms = withErrcode(fetch, { adapter: ucpaas })
  const res = await fetchSms(`${base}/ucpaas/ol/sms/sendsms?variant=1&code=${code}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ templateid: '1', mobile: '13800138000' }),
  })
  // The response is still whole: read it as with bare fetch.
  return res.json()
}

if (isMain(import.meta.url)) {
  await withSimulator(async (url) => {
    console.log('000000 →', await sendSms(url, '000000'))
    await sendSms(url, '105130').catch((err: Error) => console.log('105130 →', `${err.name}: ${err.message}`))
  })
}
