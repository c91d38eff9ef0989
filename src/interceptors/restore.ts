/**
 * Gives a Response whose body errcode has read its body back, from the bytes read: the caller gets the
 * very Response fetch returned (status, headers, url, `instanceof Response`), fully readable once, as
 * bodies are. Cheaper than a new Response, which copies the headers and sets up a new stream.
 */
export function restore(
  original: Response,
  bytes: Uint8Array,
  text: string,
  parsed: { value: unknown } | undefined,
): Response {
  let used = false
  let stream: ReadableStream<Uint8Array> | undefined
  const consume = <T>(make: () => T): Promise<T> => {
    if (used || stream !== undefined)
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'))
    used = true
    try {
      return Promise.resolve(make())
    } catch (error) {
      return Promise.reject(error)
    }
  }
  const init = () => ({ status: original.status, statusText: original.statusText, headers: original.headers })
  Object.defineProperties(original, {
    bodyUsed: { get: () => used || stream?.locked === true, configurable: true },
    body: {
      get: () => {
        stream ??= new ReadableStream<Uint8Array>({
          start(controller) {
            if (!used && bytes.byteLength > 0) controller.enqueue(bytes.slice())
            controller.close()
          },
        })
        return stream
      },
      configurable: true,
    },
    arrayBuffer: { value: () => consume(() => bytes.slice().buffer), configurable: true },
    bytes: { value: () => consume(() => bytes.slice()), configurable: true },
    text: { value: () => consume(() => text), configurable: true },
    // The body was parsed once already: json() hands the caller that value instead of parsing again.
    json: { value: () => consume(() => (parsed === undefined ? JSON.parse(text) : parsed.value)), configurable: true },
    blob: {
      value: () =>
        consume(
          () => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: original.headers.get('content-type') ?? '' }),
        ),
      configurable: true,
    },
    formData: {
      value: () => consume(() => new Response(bytes.slice(), init())).then((r) => r.formData()),
      configurable: true,
    },
    clone: {
      value: () => {
        if (used || stream !== undefined) throw new TypeError('Response.clone: Body has already been consumed.')
        const copy = restore(new Response(null, init()), bytes, text, parsed)
        for (const key of ['url', 'redirected', 'type'] as const) {
          Object.defineProperty(copy, key, { value: original[key], configurable: true })
        }
        return copy
      },
      configurable: true,
    },
  })
  return original
}
