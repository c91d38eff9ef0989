// Every shipped catalog by vendor name (errcode/catalogs): for tools; an application imports one adapter.
import { aliyunSmsCatalog } from './aliyun-sms.js'
import { guanaitongCatalog } from './guanaitong.js'
import { iyuneCatalog } from './iyune.js'
import { jiguangCatalog } from './jiguang.js'
import { navinfoCatalog } from './navinfo.js'
import { tencentSmsCatalog } from './tencent-sms.js'
import { ucpaasCatalog } from './ucpaas.js'
import { wechatCatalog } from './wechat.js'
import { wechatPayCatalog } from './wechatpay.js'

export {
  aliyunSmsCatalog,
  guanaitongCatalog,
  iyuneCatalog,
  jiguangCatalog,
  navinfoCatalog,
  tencentSmsCatalog,
  ucpaasCatalog,
  wechatCatalog,
  wechatPayCatalog,
}

/** Every catalog errcode ships, keyed by vendor id. */
export const catalogs = Object.freeze({
  navinfo: navinfoCatalog,
  jiguang: jiguangCatalog,
  guanaitong: guanaitongCatalog,
  ucpaas: ucpaasCatalog,
  iyune: iyuneCatalog,
  wechat: wechatCatalog,
  'aliyun-sms': aliyunSmsCatalog,
  'tencent-sms': tencentSmsCatalog,
  wechatpay: wechatPayCatalog,
})
