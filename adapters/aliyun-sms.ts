import { aliyunSmsCatalog } from '../catalogs/aliyun-sms.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

const HOST = 'dysmsapi.aliyuncs.com'

/** Gateway codes are PascalCase (`SignatureDoesNotMatch`); the SMS service's own are `isv.*`, `isp.*` or SNAKE. */
const GATEWAY_CODE = /^[A-Z][a-z]/

/**
 * Alibaba Cloud SMS, Dysmsapi 2017-05-25 (`dysmsapi.aliyuncs.com`). Every answer carries `Code`; `'OK'` is
 * success.
 *
 * - Success: `{"Message":"OK","RequestId":"…","BizId":"853819343905671399^0","Code":"OK"}`.
 * - The SMS service's refusals come with HTTP 200:
 *   `{"Message":"触发号码天级流控Permits:10","RequestId":"…","Code":"isv.BUSINESS_LIMIT_CONTROL"}`.
 * - The POP gateway's refusals come with HTTP 4xx and add `HostId` and `Recommend`, a diagnosis URL:
 *   `{"Recommend":"https://…","Message":"SignName is mandatory for this action.","RequestId":"…",
 *   "HostId":"dysmsapi.aliyuncs.com","Code":"MissingSignName"}`. The link is kept as `err.diagnosis`.
 *
 * `encode(code)` builds the first shape for `OK`, the second for the service's codes and the third, with a
 * troubleshooting link of the gateway's form, for gateway codes.
 */
export const aliyunSms = defineAdapter({
  catalog: aliyunSmsCatalog,
  code: 'Code',
  message: 'Message',
  requestId: 'RequestId',
  diagnosis: 'Recommend',
  hosts: [HOST],
  // POP's RPC style: the AccessKeyId is a common parameter, in the query or in the POST form body.
  credential: { query: 'AccessKeyId', form: 'AccessKeyId' },
  success: ['OK'],
  envelope: (f) => {
    const body: Record<string, unknown> = {}
    if (f.message !== undefined) body.Message = f.message
    if (f.requestId !== undefined) body.RequestId = f.requestId
    if (f.entry?.kind === 'success') body.BizId = '0^0'
    else if (typeof f.code === 'string' && GATEWAY_CODE.test(f.code)) {
      body.HostId = HOST
      body.Recommend = `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(f.code)}&product=Dysmsapi`
    }
    body.Code = f.code
    return body
  },
})
