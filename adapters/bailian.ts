import { bailianCatalog } from '../catalogs/bailian.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'

/**
 * Alibaba Cloud Model Studio (阿里云百炼, DashScope), both of its envelopes: the OpenAI-compatible mode
 * (`https://dashscope.aliyuncs.com/compatible-mode/v1`), `{"error":{"code":"Arrearage","message":"…",
 * "type":"Arrearage","param":null},"request_id":"…"}`, and the native API (`/api/v1`),
 * `{"code":"InvalidApiKey","message":"…","request_id":"…"}`. A body without a code is a success. Hosts: Beijing
 * and the international (Singapore) site.
 */
export const bailian = defineAdapter({
  catalog: bailianCatalog,
  code: ['error.code', 'code', 'error.type'],
  message: ['error.message', 'message'],
  requestId: 'request_id',
  missingCode: 'success',
  hosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com'],
  envelope: (f) => ({
    error: { code: f.code, message: f.message ?? '', type: f.code, param: null },
    ...(f.requestId === undefined ? {} : { request_id: f.requestId }),
  }),
})
