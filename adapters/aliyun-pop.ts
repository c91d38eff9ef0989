import { aliyunPopCatalog } from '../catalogs/aliyun-pop.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { popBody, popFields } from './shared/aliyun-pop-envelope.js'

/**
 * Alibaba Cloud's OpenAPI products behind the POP gateway (`*.aliyuncs.com`: `ecs.aliyuncs.com`,
 * `alidns.aliyuncs.com`, `sts.aliyuncs.com`, `ram.aliyuncs.com`, `green-cip.cn-shanghai.aliyuncs.com`, …).
 * A success carries the product's own fields and no `Code`; a failure comes with HTTP 4xx or 5xx and
 * `Code`, `Message`, `RequestId`, `HostId` and `Recommend` (a troubleshooting link, kept as
 * `err.diagnosis`), in JSON with `Format=JSON` and otherwise in XML, the gateway's default:
 *
 * - `{"RequestId":"…","HostId":"ecs.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to
 *   operate on the specified resource, or this API doesn't support RAM.","Recommend":"https://…"}`
 * - `<Error><RequestId>…</RequestId><HostId>…</HostId><Code>SignatureDoesNotMatch</Code><Message>…</Message>
 *   <Recommend><![CDATA[https://…]]></Recommend></Error>`
 *
 * Products that answer with a `Code` of their own on success say so with `Code: "OK"` (Dysmsapi) or
 * `Code: 200` (Green 2022-03-02); both are success. For Alibaba Cloud SMS, `errcode-js/adapters/aliyun-sms`
 * holds the SMS table: route `dysmsapi.aliyuncs.com` to it before this adapter's wildcard.
 *
 * `encode(code)` builds the gateway's error body for a PascalCase code, and a product's HTTP-200 answer
 * with that `Code` for the others.
 */
export const aliyunPop = defineAdapter({
  catalog: aliyunPopCatalog,
  ...popFields,
  hosts: ['*.aliyuncs.com'],
  missingCode: 'success',
  success: ['OK', 200],
  envelope: popBody('ecs.aliyuncs.com', 'Ecs'),
})
