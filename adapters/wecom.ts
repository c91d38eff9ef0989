import { wecomCatalog } from '../catalogs/wecom.js'
import { defineAdapter } from '../src/adapter/define-adapter.js'
import { fromMessage } from '../src/adapter/from-message.js'

/** `hint: [1651125626252370061579454]` inside `errmsg`: the id WeCom asks for when you report a failure. */
const HINT = /\bhint:\s*\[([^\]\s]+)\]/
/** `more info at https://open.work.weixin.qq.com/devtool/query?e=45009` at the end of `errmsg`. */
const MORE_INFO = /\bmore info at (https?:\/\/\S+)/

/** The 发送应用消息 answer's lists of recipients it could not reach: 81013 is what a send to none of them returns. */
const UNREACHED = 81013

/**
 * WeCom (企业微信) server APIs (`qyapi.weixin.qq.com/cgi-bin/…`). Errors come with HTTP 200 as
 * `{"errcode":45009,"errmsg":"api freq out of limit, hint: [1651125626252370061579454], from ip: 122.14.234.1,
 * more info at https://open.work.weixin.qq.com/devtool/query?e=45009"}`: the `hint` is the request id and the
 * `more info` link is `err.diagnosis`. A success carries `errcode` 0.
 *
 * A message send (`/cgi-bin/message/send`) to several recipients answers 0 even when some could not be
 * reached, and lists them as `|`-joined strings: `"invaliduser":"userid1|userid2"`, `"invalidparty"`,
 * `"invalidtag"` (https://developer.work.weixin.qq.com/document/path/90236: "如果部分接收人无权限或不存在，发送仍然执行，
 * 但会返回无效的部分 … 如果全部接收人无权限或不存在，则本次调用返回失败，errcode为81013"). The call passes;
 * `batchFailures(wecom, body)` gives one error per listed recipient, with code 81013 and the id as `key`.
 */
export const wecom = defineAdapter({
  catalog: wecomCatalog,
  code: 'errcode',
  message: 'errmsg',
  requestIdFrom: fromMessage(HINT),
  diagnosisFrom: fromMessage(MORE_INFO),
  items: [
    { list: 'invaliduser', separator: '|', code: UNREACHED },
    { list: 'invalidparty', separator: '|', code: UNREACHED },
    { list: 'invalidtag', separator: '|', code: UNREACHED },
  ],
  success: [0],
  hosts: ['qyapi.weixin.qq.com'],
  envelope: (f) => {
    if (f.entry?.kind === 'success') return { errcode: f.code, errmsg: 'ok' }
    const hint = f.requestId === undefined ? '' : `, hint: [${f.requestId}]`
    return {
      errcode: f.code,
      errmsg: `${f.message ?? ''}${hint}, more info at https://open.work.weixin.qq.com/devtool/query?e=${f.code}`,
    }
  },
})
