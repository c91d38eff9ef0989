// Alibaba Cloud DNS (Alidns, `alidns.aliyuncs.com`, formerly `dns.aliyuncs.com`, API version 2015-01-09): the
// few codes of its own whose words could be read on Alibaba Cloud's pages, included by catalogs/aliyun-pop.ts.
//
// Sources, Alibaba Cloud's own pages (English; the Chinese is a translation, marked):
// - www.alibabacloud.com/help/doc-detail/29746.htm (Alibaba Cloud DNS, the API's responses): the error example,
//   `DomainNotExist` with "The domain name does not exist." (the page prints a space before `</Message>`).
// - jp.alibabacloud.com/help/doc-detail/34320.htm (AddBatchDomainRecords, 2016 edition): its Error Codes table,
//   Error Code, Description, HTTP Status Code (400 for all) and Meaning. Description is `description.en`,
//   Meaning a variant.
// The rows compared are in scripts/sources/aliyun-pop-alidns.tsv (`npx tsx scripts/compare-catalog.ts
// aliyun-pop scripts/sources/aliyun-pop-alidns.tsv`).
//
// Left out, and why: every other Alidns code. The API pages of Alibaba's documentation source
// (github.com/AlibabaCloudDocs/dns, every commit) have no error table: their 错误码 section sends the reader to
// the error center (error-center.aliyun.com/status/product/Alidns), which could not be read. The older pages
// with tables for AddDomainRecord, UpdateDomainRecord and others (DomainRecordDuplicate, DomainRecordConflict,
// QuotaExceeded.Record, …) could be read only in copies on third-party sites, which are not a source.
//
// How entries were judged: DomainNotExist is `not_found`; IllegalUser ("not authorized") `permission`;
// QuotaExceeded.BatchNumber (at most 5,000 records a submission, says the same page) a `quota` of the request;
// OperationThreadInUsed (another batch is running) `conflict`; DataFormatError `invalid_request`. None is
// retried as it is.

import type { CatalogEntryInput } from '../../src/catalog/define-catalog.js'
import { never } from '../../src/catalog/retry-rules.js'
import type { Translated } from '../../src/types.js'

/** The English page is the vendor's words, the Chinese a translation. */
const enPage: Translated = { description: 'zh' }

/** Alidns's codes, in the shape of catalog entries. */
export const popAlidnsEntries = [
  {
    code: 'DomainNotExist',
    message: 'The domain name does not exist.',
    translated: enPage,
    category: 'not_found',
    retry: never,
    description: { zh: '域名不存在。', en: 'The domain name does not exist.' },
  },
  {
    code: 'IllegalUser',
    translated: enPage,
    category: 'permission',
    retry: never,
    description: { zh: '用户 ID 非法。', en: 'The user ID is illegal.' },
    variants: [{ zh: '用户 ID 未获授权', en: 'The user ID is not authorized' }],
  },
  {
    code: 'QuotaExceeded.BatchNumber',
    translated: enPage,
    category: 'quota',
    retry: never,
    scope: 'request',
    description: {
      zh: '批量数目超过上限，无法完成此操作。',
      en: 'You Can’t finish this operation because the batch number has been out of MAX count.',
    },
    variants: [{ zh: '批量操作的数据超过上限', en: 'Batch operation data exceeds the limit' }],
  },
  {
    code: 'OperationThreadInUsed',
    translated: enPage,
    category: 'conflict',
    retry: never,
    description: {
      zh: '操作线程正在使用中，无法完成此操作。',
      en: 'You Can’t finish this operation because the thread of operation has been in used.',
    },
    variants: [
      { zh: '批量操作线程正被其他用户使用', en: 'The batch operation threads are being used by another user' },
    ],
  },
  {
    code: 'DataFormatError',
    translated: enPage,
    category: 'invalid_request',
    retry: never,
    description: { zh: '数据格式错误。', en: 'The data format is error.' },
    variants: [{ zh: '数据格式不正确', en: 'Incorrect data format' }],
  },
] as const satisfies readonly CatalogEntryInput[]
