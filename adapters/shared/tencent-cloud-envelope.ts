// The envelope of Tencent Cloud API 3.0 (`*.tencentcloudapi.com`), shared by the adapters of its products:
// `{"Response": {..., "RequestId": "…"}}`, with `Response.Error.Code` and `.Message` on a failure only.
import type { AdapterInput, EnvelopeFields } from '../../src/adapter/define-adapter.js'

/** Where the API 3.0 envelope keeps its fields, for `defineAdapter`: a body without `Error` is a success. */
export const tencentCloudFields = {
  code: 'Response.Error.Code',
  message: 'Response.Error.Message',
  requestId: 'Response.RequestId',
  missingCode: 'success',
} as const satisfies Partial<AdapterInput>

/** An API 3.0 error body: `{"Response":{"Error":{"Code","Message"},"RequestId"}}`. */
export const tencentCloudError = (f: EnvelopeFields) => ({
  Response: {
    Error: { Code: f.code, Message: f.message ?? '' },
    ...(f.requestId === undefined ? {} : { RequestId: f.requestId }),
  },
})
