import { tencentSmsCatalog } from '../catalogs/tencent-sms.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { tencentCloudError, tencentCloudFields } from './shared/tencent-cloud-envelope.js'

/**
 * Tencent Cloud SMS, API 3.0 (`sms.tencentcloudapi.com`). Every answer is `{"Response": {...}}` with a
 * `RequestId`; a failed call adds `Response.Error` with a dotted `Code` and a `Message`, and a body without
 * `Error` is a success.
 *
 * - Error: `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials
 *   could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-…"}}`.
 * - `SendSms`: `{"Response":{"SendStatusSet":[{"SerialNo":"5000:…","PhoneNumber":"+8618501234444","Fee":1,
 *   "SessionContext":"…","Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"a0aabda6-…"}}`.
 *   Each number has its own `Code` (`"Ok"` or an error code of the catalog), and a batch can fail in part.
 *   When every number failed, the call is an error: the first number's code decides the class, and
 *   `err.items` holds every number with its own typed error. When some numbers were sent, the call
 *   passes, and `batchFailures(tencentSms, body)` lists the others, each with its own typed error.
 *
 * `encode('Ok')` builds a one-number `SendSms` answer; any other code an `Error` body, or with
 * `{ variant: 1 }` a one-number `SendSms` answer whose number failed with it.
 */
export const tencentSms = defineAdapter({
  catalog: tencentSmsCatalog,
  ...tencentCloudFields,
  items: { list: 'Response.SendStatusSet', code: 'Code', message: 'Message', key: 'PhoneNumber' },
  hosts: ['sms.tencentcloudapi.com'],
  answers: ['json'],
  // TC3-HMAC-SHA256: `Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<date>/sms/tc3_request, …`.
  credential: { authorization: 'signed' },
  envelope: (f) =>
    f.entry?.kind === 'success' || f.variant === 1
      ? {
          Response: {
            SendStatusSet: [{ PhoneNumber: '+8613800000000', Code: f.code, Message: f.message ?? '' }],
            ...(f.requestId === undefined ? {} : { RequestId: f.requestId }),
          },
        }
      : tencentCloudError(f),
})
