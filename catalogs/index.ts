import { guanaitongCatalog } from './guanaitong.js'
import { iyuneCatalog } from './iyune.js'
import { jiguangCatalog } from './jiguang.js'
import { navinfoCatalog } from './navinfo.js'
import { ucpaasCatalog } from './ucpaas.js'

export { guanaitongCatalog, iyuneCatalog, jiguangCatalog, navinfoCatalog, ucpaasCatalog }

/** Every catalog errcode ships, keyed by vendor id. */
export const catalogs = Object.freeze({
  navinfo: navinfoCatalog,
  jiguang: jiguangCatalog,
  guanaitong: guanaitongCatalog,
  ucpaas: ucpaasCatalog,
  iyune: iyuneCatalog,
})
