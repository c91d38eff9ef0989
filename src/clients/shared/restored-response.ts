// The Response the application gets after errcode read its body: the same object, its body readable again
// from the bytes read, so a body is read from the network once.
/** What a restored Response holds in place of the body errcode read; let go once the body is read. */
export interface Held {
  bytes: Uint8Array
  text: string
  /** The value parsed once already: `json()` (or ky's `parseJson`) hands it over instead of parsing again. */
  parsed: { value: unknown } | undefined
  used: boolean
  stream: ReadableStream<Uint8Array> | undefined
  /** Told when the text is read, while the parsed value is still held (ky's `json()` parses that text next). */
  readonly onText: ((held: Held) => void) | undefined
}

const HELD: unique symbol = Symbol('errcode.body')
type Restored = Response & { [HELD]: Held }

const unusable = () => Promise.reject(new TypeError('Body is unusable: Body has already been read'))

const NONE = new Uint8Array(0)

/** Lets go of a read body: a Response an application keeps (or a client keeps a while) does not keep it. */
export function release(held: Held): void {
  held.bytes = NONE
  held.text = ''
  held.parsed = undefined
}

/**
 * Reads the body once, then lets it go. `handing` keeps the text and the parsed value for ky's `json()`,
 * which takes them and lets them go.
 */
function consume<T>(held: Held, make: (held: Held) => T, handing = false): Promise<T> {
  if (held.used || held.stream?.locked === true) return unusable()
  held.used = true
  try {
    return Promise.resolve(make(held))
  } catch (error) {
    return Promise.reject(error)
  } finally {
    if (handing) held.bytes = NONE
    else release(held)
  }
}

const init = (r: Response): ResponseInit => ({ status: r.status, statusText: r.statusText, headers: r.headers })

/**
 * A new Response with another body and all the rest of `original`, also what `new Response()` cannot take
 * (its url, whether it was redirected, its type).
 */
export function renewed(original: Response, body: BodyInit | null): Response {
  const out = new Response(body, init(original))
  for (const key of ['url', 'redirected', 'type'] as const) {
    Object.defineProperty(out, key, { value: original[key], configurable: true })
  }
  return out
}

/**
 * The body methods of a restored Response. A restored Response keeps its own class's getters (status,
 * headers, url) and takes these from one shared prototype: one step per response, where defining each
 * method on the object would make eight closures and eight properties.
 */
const bodyMethods: ThisType<Restored> & Record<string, unknown> = {
  get bodyUsed(): boolean {
    const held = this[HELD]
    return held.used || held.stream?.locked === true
  },
  // Looking at `body` reads nothing, as on any Response (ofetch checks `res.body` before `text()`): the
  // stream takes the bytes at its first read, and a body read another way first leaves it empty.
  get body(): ReadableStream<Uint8Array> {
    const held = this[HELD]
    held.stream ??= new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (!held.used && held.bytes.byteLength > 0) controller.enqueue(held.bytes.slice())
          held.used = true
          release(held)
          controller.close()
        },
      },
      { highWaterMark: 0 },
    )
    return held.stream
  },
  arrayBuffer() {
    return consume(this[HELD], (h) => h.bytes.slice().buffer)
  },
  bytes() {
    return consume(this[HELD], (h) => h.bytes.slice())
  },
  text() {
    const held = this[HELD]
    const onText = held.parsed === undefined ? undefined : held.onText
    return consume(
      held,
      (h) => {
        onText?.(h)
        return h.text
      },
      onText !== undefined,
    )
  },
  json() {
    return consume(this[HELD], (h) => (h.parsed === undefined ? JSON.parse(h.text) : h.parsed.value))
  },
  blob() {
    const type = this.headers.get('content-type') ?? ''
    return consume(this[HELD], (h) => new Blob([h.bytes as Uint8Array<ArrayBuffer>], { type }))
  },
  formData() {
    return consume(this[HELD], (h) => new Response(h.bytes.slice(), init(this))).then((r) => r.formData())
  },
  clone() {
    const held = this[HELD]
    if (held.used || held.stream?.locked === true) {
      throw new TypeError('Response.clone: Body has already been consumed.')
    }
    // The copy parses its own value: two readers of one response never share (and mutate) one object.
    return restore(renewed(this, null), held.bytes, held.text, undefined)
  },
}

/** One prototype per Response class met (a polyfill's or the platform's), inheriting from it. */
const prototypes = new WeakMap<object, object>()
function prototypeFor(proto: object): object {
  let made = prototypes.get(proto)
  if (made === undefined) {
    made = Object.create(proto, Object.getOwnPropertyDescriptors(bodyMethods)) as object
    prototypes.set(proto, made)
  }
  return made
}

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
  onText?: (held: Held) => void,
): Response {
  const held: Held = { bytes, text, parsed, used: false, stream: undefined, onText }
  const restored = original as Restored
  const again = HELD in original
  restored[HELD] = held
  if (!again) Object.setPrototypeOf(original, prototypeFor(Object.getPrototypeOf(original) as object))
  return original
}
