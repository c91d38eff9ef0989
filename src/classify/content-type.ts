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
