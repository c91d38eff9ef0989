import { tencentCloudCatalog } from '../catalogs/tencent-cloud.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { tencentCloudError, tencentCloudFields } from './shared/tencent-cloud-envelope.js'

/**
 * Tencent Cloud API 3.0, any product (`*.tencentcloudapi.com`: `cvm.tencentcloudapi.com`,
 * `cvm.ap-guangzhou.tencentcloudapi.com`, `ocr.tencentcloudapi.com`, …). Every answer is
 * `{"Response": {...}}` with a `RequestId`; a failed call adds `Response.Error` with a dotted `Code` and a
 * `Message` (often with HTTP 200), and a body without `Error` is a success:
 *
 * - `{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could
 *   not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-…"}}`
 * - `{"Response":{"TotalCount":0,"InstanceStatusSet":[],"RequestId":"b5b41468-…"}}`
 *
 * For SMS, whose `SendSms` answers per phone number, use `errcode-js/adapters/tencent-sms` and route
 * `sms.tencentcloudapi.com` to it before this adapter's wildcard.
 */
export const tencentCloud = defineAdapter({
  catalog: tencentCloudCatalog,
  ...tencentCloudFields,
  hosts: ['*.tencentcloudapi.com'],
  envelope: tencentCloudError,
})
