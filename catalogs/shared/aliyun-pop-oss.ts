// Object Storage Service (OSS, `<bucket>.oss-<region>.aliyuncs.com`): the codes of OSS's error-response table,
// included by catalogs/aliyun-pop.ts after the gateway's common codes, STS, ECS and RAM.
//
// OSS is not behind the POP gateway: its API is its own REST API (signed with `Authorization: OSS …`), and
// its API reference (cn.zh-CN/API 参考, below) describes no POP-style (RPC, `Action=`) side of it. Its errors, though, come in the
// same envelope the gateway uses in XML, `<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId>
// <HostId>…</HostId></Error>` with HTTP 3xx, 4xx or 5xx, on a host `*.aliyuncs.com` matches, so the
// aliyun-pop adapter reads them as they are; these entries give the codes their meaning.
//
// Source: Alibaba Cloud's own documentation source, github.com/AlibabaCloudDocs/oss:
// - cn.zh-CN/常见错误排除/OSS错误响应.md at commit f68409178447a330ac39eafa05bb44123ea8811f (2021-07-14; the
//   file's last change 2019-06-28), its 错误码汇总 table: HTTP状态码, 错误码, 描述, 原因及解决方案.
// - Its English edition, intl.en-US/Errors and Troubleshooting/OSS error response.md at commit
//   ac3bc77075aa40545bb663faab5ad34592fed15a (2019-08-16; the file was removed on 2020-09-27, when the
//   pages came to send the reader to the error center, error-center.alibabacloud.com/status/product/Oss,
//   which could not be read): the same rows, Description and Cause and solution.
// Both languages are Alibaba's: `description` is the 描述/Description, `remedy` the 原因及解决方案/Cause and
// solution, nothing is translated. Markdown is removed as the page renders it (link targets, `code`,
// **bold**, backslash escapes; a list's items kept after "- "; line breaks as one space). The rows compared are
// in scripts/sources/aliyun-pop-oss.tsv (`npx tsx scripts/compare-catalog.ts aliyun-pop
// scripts/sources/aliyun-pop-oss.tsv`).
//
// How the rows became entries (40 codes of the table's 42):
// - The English edition spells one code `Downloadtrafficratelimitexceeded`; the code is kept as the Chinese
//   edition spells it, `DownloadTrafficRateLimitExceeded`, like every other OSS code in PascalCase.
// - EntityTooLarge shares its 原因及解决方案 cell with EntityTooSmall (a merged cell: "当过小或者过大时，则报
//   相应错误"); it has a description and no remedy of its own.
// - SignatureDoesNotMatch and RequestTimeout are codes the gateway (common table) and ECS already have: their
//   entries keep their meaning and take OSS's row as variants (`popOssVariants`).
// - The table is the 2019 edition; codes OSS added since are not here, and arrive as `UnknownApiError` with
//   OSS's code, message and request id.
//
// How entries were judged, by the table's HTTP status and words:
// - 403 AccessDenied: `permission`; InvalidAccessKeyId: `authentication`; RequestTimeTooSkewed (more than 15
//   minutes between the request's time and OSS's): `authentication`, `refresh` with the measured clock skew,
//   as the gateway's InvalidTimeStamp.Expired.
// - 404: `not_found`. 409 and 412, and 403 InvalidObjectState (an Archive object not restored yet): `conflict`,
//   the object's present state refuses the call; `never`.
// - TooManyBuckets (30 buckets per account and region): `quota`, scope `account`, `never`.
// - 503 DownloadTrafficRateLimitExceeded, UploadTrafficRateLimitExceeded and MetaOperationQpsLimitExceeded
//   ("建议您延迟几秒后进行重试"): `rate_limit`, scope `account`, `throttled` (OSS refused before doing the work).
// - Every other code (400, 405, 411, and 203 CallbackFailed, the upload callback's parameters): `invalid_request`,
//   `never`.

import type { CatalogEntryInput } from '../../src/catalog/define-catalog.js'
import { never, refresh, throttled } from '../../src/catalog/retry-rules.js'
import type { LocalizedText, Translated } from '../../src/types.js'

/** Both languages are the vendor's: the Chinese page and its English edition. */
const vendorBoth: Translated = {}

/** OSS's codes, in the shape of catalog entries. */
export const popOssEntries = [
  {
    code: 'CallbackFailed',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '上传回调失败', en: 'Upload callback fails.' },
    remedy: {
      zh: '因回调参数设置错误或参数格式错误，如ArgumentValue之间的回调参数，不是有效JSON格式等导致上传回调失败。 原因及排查请参考上传回调错误及排除。',
      en: 'The setting or format of the callback parameters is incorrect. For example, upload callback fails because the callback parameters within the ArgumentValue is not in the valid JSON format. To learn the cause and troubleshooting, see Upload callback.',
    },
  },
  {
    code: 'InvalidBucketName',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的Bucket名字', en: 'The bucket name is invalid.' },
    remedy: {
      zh: 'Bucket命名不符合规范。 Bucket命名规则请参考存储空间（Bucket）。',
      en: 'The bucket name does not conform to the naming conventions. For more information about the bucket naming conventions, see Bucket.',
    },
  },
  {
    code: 'InvalidObjectName',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的Object名字', en: 'The object name is invalid.' },
    remedy: {
      zh: 'Object命名不符合规范。 Object命名规则请参考对象/文件（Object）。',
      en: 'The object name does not conform to the naming conventions. For more information about the object naming conventions, see Object.',
    },
  },
  {
    code: 'TooManyBuckets',
    translated: vendorBoth,
    category: 'quota',
    retry: never,
    scope: 'account',
    description: { zh: 'Bucket数目超过限制', en: 'The number of buckets exceeds the limit.' },
    remedy: {
      zh: '同一阿里云账号在同一地域内创建的Bucket数量不能超过 30 个。 有调整Bucket数量需求请提交工单。',
      en: 'An Alibaba CLoud account can create a maximum of 30 buckets in a region. To adjust the limit, open a bucket.',
    },
  },
  {
    code: 'RequestIsNotMultiPartContent',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: 'Post请求content-type非法', en: 'The content-type of the Post request is invalid.' },
    remedy: {
      zh: 'Post操作提交表单编码不是multipart/form-data类型。 Post操作提交表单编码必须为multipart/form-data，即Header中Content-Type为multipart/form-data;boundary=xxxxxx 这样的形式，boundary为边界字符串。原因及排查请参考PostObject。',
      en: 'The content-type header in the Post request is not multipart/form-data. The content-type header in a Post request must be multipart/form-data and in the multipart/form-data;boundary=xxxxxx format, in which boundary is the boundary string. For more information about troubleshooting, see PostObject.',
    },
  },
  {
    code: 'NotImplemented',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无法处理', en: 'The method cannot be implemented.' },
    remedy: {
      zh: '封装API时传错参数导致的错误。 请参见API概览中相应API规定的参数进行排查。',
      en: 'This error occurs because parameters are incorrectly passed when the API is encapsulated. For more information about troubleshooting, see the parameters described in API overview.',
    },
  },
  {
    code: 'MaxPOSTPreDataLengthExceededError',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: {
      zh: 'Post请求上传文件内容之外的body过大',
      en: 'The size of the body except for the uploaded file content of the Post request is too large.',
    },
    remedy: {
      zh: '通过Post方法上传的文件大于5G。 只有file的表单域大小允许超过4KB，请参见PostObject错误及排查。',
      en: 'The file uploaded by the Post request is larger than 5 GB. Only the file field can exceed 4 KB. For more information, see PostObject.',
    },
  },
  {
    code: 'MalformedPOSTRequest',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: 'Post请求的body格式非法', en: 'The format of the Post request body is invalid.' },
    remedy: {
      zh: '表单域格式非法。 排除请参看PostObject错误及排查。',
      en: 'The format of the form field is invalid. For more information about troubleshooting, see PostObject.',
    },
  },
  {
    code: 'MalformedXML',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: 'XML格式非法', en: 'The XML format is invalid.' },
    remedy: {
      zh: '请求中的XML格式非法。 请根据以下具体请求进行排除DeleteObjects、CompleteMultipartUpload、PutBucketLogging、PutBucketWebsite、PutBucketLifecycle、PutBucketReferer、PutBucketCORS。',
      en: 'The XML format in the Post request is invalid. For more information about troubleshooting, see the following topics: - DeleteObjects - CompleteMultipartUpload - PutBucketLogging - PutBucketWebsite - PutBucketLifecycle - PutBucketReferer - PutBucketCORS',
    },
  },
  {
    code: 'InvalidTargetBucketForLogging',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: {
      zh: 'Logging操作中有无效的目标bucket',
      en: 'The target bucket specified in the logging operation is invalid.',
    },
    remedy: {
      zh: '存放Logging的目标bucket无效。请更换有效的目标bucket。',
      en: 'The target bucket to store logs is invalid. Specify a valid target bucket.',
    },
  },
  {
    code: 'InvalidPolicyDocument',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的Policy文档', en: 'The policy document is invalid.' },
    remedy: {
      zh: 'Post请求中的Policy格式不正确。 原因及排查请参考Post Object常见错误。',
      en: 'The policy format in the Post request is incorrect. For more information about troubleshooting, see PostObject.',
    },
  },
  {
    code: 'InvalidPart',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的Part', en: 'Invalid parts exist.' },
    remedy: {
      zh: 'PartNumber或ETag错误导致CompleteMultipartUpload提交的Part无效。 请参考CompleteMultipartUpload进行排查。',
      en: 'A part uploaded by CompleteMultipartUpload is invalid because its PartNumber or ETag is incorrect. For more information about troubleshooting, see CompleteMultipartUpload.',
    },
  },
  {
    code: 'InvalidPartOrder',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的part顺序', en: 'The part order is invalid.' },
    remedy: {
      zh: 'CompleteMultipartUpload提交的Part顺序无效。 请按照PartNumber升序排列。 请参考CompleteMultipartUpload进行排查。',
      en: 'The parts submitted by CompleteMultipartUpload is invalid. Parts must be submitted in an ascending sort order of PartNumber. For more information about troubleshooting, see CompleteMultipartUpload.',
    },
  },
  {
    code: 'InvalidEncryptionAlgorithmError',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '指定的熵编码加密算法错误', en: 'The specified entropy encryption algorithm is incorrect.' },
    remedy: {
      zh: '指定x-oss-server-side-encryption的值无效。有效值为AES256或KMS。 请参考PutObject进行排查。',
      en: 'The specified value of x-oss-server-side-encryption is invalid. Only AES256 and KMS are supported. For more information about troubleshooting, see PutObject.',
    },
  },
  {
    code: 'InvalidDigest',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '无效的摘要', en: 'The digest is invalid.' },
    remedy: {
      zh: '如果用户上传了Content-MD5请求头，OSS会计算body的Content-MD5并检查一致性。如果不一致，将返回InvalidDigest错误码。 请参考PutObject进行排查。',
      en: 'If the Content-MD5 header is included in the request, OSS calculates the Content-MD5 value of the request body. If the Content-MD5 values are inconsistent, this error code is returned. For more information about troubleshooting, see PutObject.',
    },
  },
  {
    code: 'InvalidTargetType',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: {
      zh: '符号链接指向的目标Object类型无效',
      en: 'The type of the object that the symbol link directs to is invalid.',
    },
    remedy: {
      zh: 'Object类型为软链接，且软链接指向的目标Object类型仍为软链接。',
      en: 'The object is a symbol link and the object that the link directs to is also a symbol link.',
    },
  },
  {
    code: 'InvalidArgument',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '参数格式错误', en: 'The parameter format is incorrect.' },
    remedy: {
      zh: '参数格式不符合要求。 请参考API概览中相应的API填写正确的参数格式。',
      en: 'The parameter format is incorrect. For more information about the parameter format, see API overview.',
    },
  },
  {
    code: 'IncorrectNumberOfFilesInPOSTRequest',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: 'Post请求中文件个数非法', en: 'The number of files in the Post request is invalid.' },
    remedy: {
      zh: 'Post请求表单域中只能有一个file域。 请参考PostObject错误及排查。',
      en: 'Only one file field is allowed in the form fields of a Post request. For more information, see PostObject.',
    },
  },
  {
    code: 'FilePartNotExist',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '文件Part不存在', en: 'The file part does not exist.' },
    remedy: {
      zh: 'CompleteMultipartUpload提交的分片没有上传。 请参考CompleteMultipartUpload进行排查。',
      en: 'The part submitted by CompleteMultipartUpload is not uploaded. For more information about troubleshooting, see CompleteMultipartUpload.',
    },
  },
  {
    code: 'FieldItemTooLong',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: 'Post请求中表单域过大', en: 'The form field in the Post request is too large.' },
    remedy: {
      zh: '只有file表单域大小允许超过4KB。 请参考PostObject错误及排查。',
      en: 'Only the file field can exceed 4 KB. For more information, see PostObject.',
    },
  },
  {
    code: 'EntityTooSmall',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '实体过小', en: 'The entity is too small.' },
    remedy: {
      zh: '采用Post方法上传文件时，通过Post Policy设置表单域的合法值。例如content-length-range可以用于指定上传Object的最小和最大允许大小。 该condition支持contion-length-range匹配方式。 当过小或者过大时，则报相应错误。 请参考PostObject进行排查。',
      en: 'Set the Post policy to specify the valid values of form fields when using PostObject to upload files. For example, content-length-range can be used to set the maximum and minimum size of an uploaded object. The condition supports the matching method of contion-length-range, that is, the error is reported when the value is extremely large or small, For more information about troubleshooting, see PostObject.',
    },
  },
  {
    code: 'EntityTooLarge',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '实体过大', en: 'The entity is too large.' },
  },
  {
    code: 'AccessDenied',
    translated: vendorBoth,
    category: 'permission',
    retry: never,
    description: { zh: '拒绝访问', en: 'The access is denied.' },
    remedy: {
      zh: '无指定操作的权限。 请参考OSS 权限问题及排查。',
      en: 'You do not have the permission to perform the operation. For more information, see OSS permission.',
    },
  },
  {
    code: 'InvalidAccessKeyId',
    translated: vendorBoth,
    category: 'authentication',
    retry: never,
    description: { zh: '无效的AccessKeyId', en: 'The AccessKeyId is invalid.' },
    remedy: {
      zh: 'AccessKeyId无效或过期。 请参考OSS 403错误及排查。',
      en: 'The AccessKeyId is invalid or expired. For more information, see OSS 403.',
    },
  },
  {
    code: 'InvalidObjectState',
    translated: vendorBoth,
    category: 'conflict',
    retry: never,
    description: { zh: '无效的Object状态', en: 'The object state is invalid.' },
    remedy: {
      zh: '下载归档类型Object时，以下两种情况会导致报错无效的Object状态。 - 没有提交RestoreObject请求或者上一次提交RestoreObject已经超时。 - 已经提交RestoreObject请求，但数据的RestoreObject操作还没有完成。 请参考RestoreObject进行排查。',
      en: 'When you download an object of the Archive class, the state of the object is invalid in the following two conditions: - The RestoreObject request is not submitted or the last RestoreObject request is timeout. - The RestoreObject request is submitted but the RestoreObject operation is not complete. For more information about troubleshooting, see RestoreObject.',
    },
  },
  {
    code: 'RequestTimeTooSkewed',
    translated: vendorBoth,
    category: 'authentication',
    retry: refresh,
    clockSkew: true,
    description: {
      zh: '发送请求的时间与OSS收到请求的时间间隔超出了15分钟',
      en: 'The time when OSS receives the request is more than 15 minutes later than the time when the request is sent.',
    },
    remedy: {
      zh: '请检查发送请求设备的系统时间，并根据时区调整到正确时间。 请参考OSS 403错误及排查。',
      en: 'Check the system time of the device from where the request is sent, and then adjust the time according to your time zone. For more information, see OSS 403.',
    },
  },
  {
    code: 'SymlinkTargetNotExist',
    translated: vendorBoth,
    category: 'not_found',
    retry: never,
    description: {
      zh: '软链接指向的目标Object不存在',
      en: 'The target object that the symbol link directs to does not exist.',
    },
    remedy: {
      zh: 'Object类型为软链接，且软链接指向的目标Object不存在。',
      en: 'The object is a symbol link, and the target object that the symbol link directs to does not exist.',
    },
  },
  {
    code: 'NoSuchBucket',
    translated: vendorBoth,
    category: 'not_found',
    retry: never,
    description: { zh: 'Bucket不存在', en: 'The bucket does not exist.' },
    remedy: {
      zh: '当请求一个不存在的bucket时，会报此类错误。',
      en: 'The requested bucket does not exist.',
    },
  },
  {
    code: 'NoSuchKey',
    translated: vendorBoth,
    category: 'not_found',
    retry: never,
    description: { zh: 'Object不存在', en: 'The object does not exist.' },
    remedy: {
      zh: '当请求一个不存在的object时，会报此类错误。',
      en: 'The requested object does not exist.',
    },
  },
  {
    code: 'NoSuchUpload',
    translated: vendorBoth,
    category: 'not_found',
    retry: never,
    description: { zh: 'MultipartUpload ID不存在', en: 'The ID of the MultipartUpload task does not exist.' },
    remedy: {
      zh: '没有初始化分片上传或者初始化的分片上传过期。 请参见InitiateMultipartUpload进行排查。',
      en: 'The MultipartUpload task is not initialized or the initialized MultipartUpload task is expired. For more information about troubleshooting, see InitiateMultipartUpload.',
    },
  },
  {
    code: 'MethodNotAllowed',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '不支持的方法', en: 'The method is not supported.' },
    remedy: {
      zh: '当操作行为不支持的话，会报此类错误。',
      en: 'The operation is not supported.',
    },
  },
  {
    code: 'BucketAlreadyExists',
    translated: vendorBoth,
    category: 'conflict',
    retry: never,
    description: { zh: 'Bucket已存在', en: 'The bucket already exists.' },
    remedy: {
      zh: '该Bucket已存在。请使用新的Bucket名称创建Bucket。 Bucket命名规则请参考存储空间（Bucket）。',
      en: 'The specified bucket name already exists. Specify another name for the new bucket. For more information about bucket naming conventions, see Bucket.',
    },
  },
  {
    code: 'BucketNotEmpty',
    translated: vendorBoth,
    category: 'conflict',
    retry: never,
    description: { zh: 'Bucket不为空', en: 'The bucket is not empty.' },
    remedy: {
      zh: '要删除的Bucket中有未删除的Object或未完成的分片上传任务。 请参见DeleteBucket进行排查。',
      en: 'The bucket to be deleted includes objects that are not deleted or multipart upload tasks that are not complete. For more information about troubleshooting, see DeleteBucket.',
    },
  },
  {
    code: 'ObjectNotAppendable',
    translated: vendorBoth,
    category: 'conflict',
    retry: never,
    description: { zh: '不是可追加文件', en: 'The object is not appendable.' },
    remedy: {
      zh: 'OSS有三种文件类型，分别为normal、appendable、multipart。只有appendable类型的文件才能执行AppendObject操作。',
      en: 'OSS objects can be classified into three types: normal, appendable, and multipart. The AppendObject operation can be performed only on objects of the appendable type.',
    },
  },
  {
    code: 'PositionNotEqualToLength',
    translated: vendorBoth,
    category: 'conflict',
    retry: never,
    description: {
      zh: 'Append的位置和文件长度不相等',
      en: 'The position where the object is appended does not equal to the object size.',
    },
    remedy: {
      zh: '- position的值和当前Object的长度不一致。 说明： 您可以通过响应头x-oss-next-append-position得到下一次position，并再次进行请求。由于并发的关系，即使把position的值设为了x-oss-next-append-position，该请求依然可能因为PositionNotEqualToLength而失败。 - position值为0时，如果没有同名Appendable Object，或者同名Appendable Object长度为0，该请求成功；其他情况均视为position和Object长度不匹配的情形，返回此错误码。',
      en: '- The value of position is inconsistent with the size of the current object. Note: You can obtain the position for the next operation from the response header x-oss-next-append-position, and then send the next request. However, the same error may occur even if the value of position is set to x-oss-next-append-position because of the concurrency of the requests. - When the value of position is 0, if appendable objects with the same name specified in the request does not exist or the size of an appendable object with the same name is 0, the request is successful. Otherwise, the value of position and the size of the object does not match and this error code is returned.',
    },
  },
  {
    code: 'MissingContentLength',
    translated: vendorBoth,
    category: 'invalid_request',
    retry: never,
    description: { zh: '缺少内容长度', en: 'The content length is not included in the request.' },
    remedy: {
      zh: '请求头没有采用chunked encoding编码方式，且没有Content-Length参数。',
      en: 'The request header is not encoded by using chunked encoding, and does not include the Content-Length parameter.',
    },
  },
  {
    code: 'PreconditionFailed',
    translated: vendorBoth,
    category: 'conflict',
    retry: never,
    description: { zh: '预处理错误', en: 'The pre-processing fails.' },
    remedy: {
      zh: '- 指定了If-Unmodified-Since，但指定的时间早于Object实际修改时间 。 - 指定了If-Match，但源Object的ETag值和您提供的ETag不相等。 请参见GetObject进行排查。',
      en: '- The value of If-Unmodified-Since is specified, but the specified time is before the modification time of the object. - The value of If-Match is specified, but the ETag of the original object is different from the ETag value in the request. For more information about troubleshooting, see GetObject.',
    },
  },
  {
    code: 'DownloadTrafficRateLimitExceeded',
    translated: vendorBoth,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '下载流量超过限制', en: 'The downloading traffic exceeds the limit.' },
    remedy: {
      zh: '内外网默认下载流量上限为5Gbit/s。有调整需求请提交工单。',
      en: 'The default limit of the downloading traffic through the Internet and intranet is 5 Gbit/s. To adjust the limit, open a ticket.',
    },
  },
  {
    code: 'UploadTrafficRateLimitExceeded',
    translated: vendorBoth,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '上传流量超过限制', en: 'The uploading traffic exceeds the limit.' },
    remedy: {
      zh: '内外网默认上传流量上限为5Gbit/s。有调整需求请提交工单。',
      en: 'The default limit of the uploading traffic through the Internet and intranet is 5 Gbit/s. To adjust the limit, open a ticket.',
    },
  },
  {
    code: 'MetaOperationQpsLimitExceeded',
    translated: vendorBoth,
    category: 'rate_limit',
    retry: throttled,
    scope: 'account',
    description: { zh: '超出默认设置的QPS阈值', en: 'The QPS exceeds the default limit.' },
    remedy: {
      zh: 'OSS针对以下管控类API进行QPS限制： - Service的操作：GetService (ListBuckets) - Bucket的操作，如PutBucket、GetBucketLifecycle等 - 跨域资源共享的操作，如PutBucketCORS、GetBucketCORS等 - LiveChannel的操作，如PutLiveChannel、DeleteLiveChannel等 超出阈值，则返回503。建议您延迟几秒后进行重试。',
      en: 'OSS limits the QPS for the following APIs: - Service-related operations, such as GetService (ListBuckets) - Bucket-related operations, such as PutBucket and GetBucketLifecycle - CORS-related operations, such as PutBucketCORS and GetBucketCORS - LiveChannel-related operations, such as PutLiveChannel and DeleteLiveChannel. If the QPS exceeds the limit, this error code is returned. We recommend that you perform the operation again after a few seconds.',
    },
  },
] as const satisfies readonly CatalogEntryInput[]

/**
 * OSS's rows for codes another table of the catalog already has (the gateway's SignatureDoesNotMatch, ECS's
 * RequestTimeout): each row's 描述/Description and its 原因及解决方案/Cause and solution, both the vendor's, as
 * variants of that entry, whose own meaning and judgement stay.
 */
export const popOssVariants: Readonly<Record<string, readonly LocalizedText[]>> = {
  SignatureDoesNotMatch: [
    { zh: '签名错误', en: 'The signature is incorrect.' },
    { zh: '请参见签名常见问题进行排查。', en: 'The signature of the request is incorrect.' },
  ],
  RequestTimeout: [
    { zh: '请求超时', en: 'Request timeout occurs.' },
    {
      zh: '因网络环境或网络配置等引起的网络超时。 请参见网络超时处理进行排查。',
      en: 'The request timeout occurs because of network environment or configurations. For more information about troubleshooting, see Network connection timeout handling.',
    },
  ],
}
