// Every shipped catalog by vendor name (errcode/catalogs): for tools; an application imports one adapter.
import { aliyunPopCatalog } from './aliyun-pop.js'
import { aliyunSmsCatalog } from './aliyun-sms.js'
import { guanaitongCatalog } from './guanaitong.js'
import { iyuneCatalog } from './iyune.js'
import { jiguangCatalog } from './jiguang.js'
import { navinfoCatalog } from './navinfo.js'
import { tencentCloudCatalog } from './tencent-cloud.js'
import { tencentSmsCatalog } from './tencent-sms.js'
import { ucpaasCatalog } from './ucpaas.js'
import { wechatCatalog } from './wechat.js'

export {
  aliyunPopCatalog,
  aliyunSmsCatalog,
  guanaitongCatalog,
  iyuneCatalog,
  jiguangCatalog,
  navinfoCatalog,
  tencentCloudCatalog,
  tencentSmsCatalog,
  ucpaasCatalog,
  wechatCatalog,
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
  'tencent-cloud': tencentCloudCatalog,
  'aliyun-pop': aliyunPopCatalog,
})
