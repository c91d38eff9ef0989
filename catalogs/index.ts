// Every shipped catalog by vendor name (errcode/catalogs): for tools; an application imports one adapter.
import { alipayCatalog } from './alipay.js'
import { aliyunPopCatalog } from './aliyun-pop.js'
import { aliyunSmsCatalog } from './aliyun-sms.js'
import { amapCatalog } from './amap.js'
import { bailianCatalog } from './bailian.js'
import { feishuCatalog } from './feishu.js'
import { guanaitongCatalog } from './guanaitong.js'
import { iyuneCatalog } from './iyune.js'
import { jiguangCatalog } from './jiguang.js'
import { metaGraphCatalog } from './meta-graph.js'
import { navinfoCatalog } from './navinfo.js'
import { openaiCatalog } from './openai.js'
import { qianfanCatalog } from './qianfan.js'
import { slackCatalog } from './slack.js'
import { telegramCatalog } from './telegram.js'
import { tencentCloudCatalog } from './tencent-cloud.js'
import { tencentSmsCatalog } from './tencent-sms.js'
import { ucpaasCatalog } from './ucpaas.js'
import { wechatCatalog } from './wechat.js'
import { wechatPayCatalog } from './wechatpay.js'
import { wecomCatalog } from './wecom.js'

export {
  alipayCatalog,
  aliyunPopCatalog,
  aliyunSmsCatalog,
  amapCatalog,
  bailianCatalog,
  feishuCatalog,
  guanaitongCatalog,
  iyuneCatalog,
  jiguangCatalog,
  metaGraphCatalog,
  navinfoCatalog,
  openaiCatalog,
  qianfanCatalog,
  slackCatalog,
  telegramCatalog,
  tencentCloudCatalog,
  tencentSmsCatalog,
  ucpaasCatalog,
  wechatCatalog,
  wechatPayCatalog,
  wecomCatalog,
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
  openai: openaiCatalog,
  slack: slackCatalog,
  telegram: telegramCatalog,
  'meta-graph': metaGraphCatalog,
  bailian: bailianCatalog,
  qianfan: qianfanCatalog,
  wecom: wecomCatalog,
  feishu: feishuCatalog,
  amap: amapCatalog,
  alipay: alipayCatalog,
  'tencent-cloud': tencentCloudCatalog,
  'aliyun-pop': aliyunPopCatalog,
  wechatpay: wechatPayCatalog,
})
