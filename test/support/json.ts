/** A value as it arrives after a trip through JSON text. */
export function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
