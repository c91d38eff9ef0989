// What a response's content type says about its body. Kept apart from the HTTP status classes, so that
// code on every response's path does not carry the texts of the error path.

/** True for a content type that declares JSON (`application/json`, `application/problem+json`). */
export function declaresJson(contentType: string | null | undefined): boolean {
  return contentType != null && /[/+]json\b/i.test(contentType)
}

/**
 * True when a body with this content type may hold a vendor envelope and is worth reading: JSON, text
 * (vendors often label JSON `text/html` or `text/plain`), XML, or no type at all. Binary types pass unread.
 */
export function mayHoldEnvelope(contentType: string | null | undefined): boolean {
  if (contentType == null || contentType === '') return true
  return declaresJson(contentType) || /^\s*text\/|[/+]xml\b/i.test(contentType)
}

/**
 * What kind of answer a 2xx body that no adapter path could read is, for an adapter that says what its API
 * answers with: `json`, `xml` or `media` (a binary type), or the content type itself (`text/html`) when it
 * is none of them. `undefined` when it cannot be told: no type on a body that does not look like a page.
 */
export function answerKind(contentType: string | null | undefined, text: string | undefined): string | undefined {
  const type = contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? ''
  if (type === '') return text !== undefined && /^\s*<(?:!doctype\s+html|html)\b/i.test(text) ? 'text/html' : undefined
  if (declaresJson(type)) return 'json'
  if (/[/+]xml$/.test(type)) return 'xml'
  return mayHoldEnvelope(type) ? type : 'media'
}
