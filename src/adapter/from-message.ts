// Values a vendor writes inside its message text (WeChat's `rid: …`, WeCom's `hint: [...]` and `more info at …`).

/**
 * A reader for the adapter options that take `(body, message)`: the first group of `pattern` in the
 * message, or `undefined`. The pattern should be linear (no nested quantifiers): messages come from the network.
 */
export function fromMessage(pattern: RegExp): (body: unknown, message: string | undefined) => string | undefined {
  return (_body, message) => (message === undefined ? undefined : pattern.exec(message)?.[1])
}
