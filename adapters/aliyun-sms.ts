import { aliyunSmsCatalog } from '../catalogs/aliyun-sms.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { popBody, popFields } from './shared/aliyun-pop-envelope.js'

const HOST = 'dysmsapi.aliyuncs.com'

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
 * - Without `Format=JSON` the same answers come in XML, the gateway's default:
 *   `<Error><RequestId>…</RequestId><HostId>…</HostId><Code>IllegalTimestamp</Code><Message>…</Message>
 *   <Recommend>…</Recommend></Error>` or `<SendSmsResponse>…<Code>OK</Code></SendSmsResponse>`; they are
 *   read alike.
 *
 * `encode(code)` builds the first shape for `OK`, the second for the service's codes and the third, with a
 * troubleshooting link of the gateway's form, for gateway codes.
 */
export const aliyunSms = defineAdapter({
  catalog: aliyunSmsCatalog,
  ...popFields,
  hosts: [HOST],
  // JSON, or XML where the request leaves `Format` unset (the gateway's default).
  answers: ['json', 'xml'],
  // POP's RPC style: the AccessKeyId is a common parameter, in the query or in the POST form body.
  credential: { query: 'AccessKeyId', form: 'AccessKeyId' },
  success: ['OK'],
  envelope: popBody(HOST, 'Dysmsapi', () => ({ BizId: '0^0' })),
})
