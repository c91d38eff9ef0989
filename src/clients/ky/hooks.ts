// ky 1 calls its hooks with arguments by position, ky 2 with one state object: the one place that tells
// the two apart. Everything else of errcode's ky integration is the same for both.

/** A ky hook: errcode's hooks accept the arguments of ky 1 and ky 2 alike. */
// biome-ignore lint/suspicious/noExplicitAny: a hook must be assignable to the hook types of ky 1 and ky 2.
export type AnyHook = (...args: any[]) => any

/** ky's `throwHttpErrors` option. */
export type ThrowHttpErrors = boolean | ((status: number) => boolean)

/** What a hook is told, as ky 2 names it. */
export interface HookState {
  readonly request: Request
  readonly options: { readonly throwHttpErrors?: ThrowHttpErrors } & Readonly<Record<string, unknown>>
  readonly response: Response
  readonly error: unknown
}

/** `beforeRequest` and `afterResponse`: ky 2 passes `{ request, options, response }`, ky 1 `(request, options, [response,] state)`. */
export function hookState(args: readonly unknown[]): Partial<HookState> {
  const first = args[0]
  if (!(first instanceof Request)) return (first ?? {}) as Partial<HookState>
  return {
    request: first,
    options: args[1] as HookState['options'],
    ...(args[2] instanceof Response ? { response: args[2] } : {}),
  }
}

/**
 * `beforeError`: ky 2 passes `{ request, error, ... }` for every kind of error; ky 1 passes `(httpError,
 * state)` for HTTP errors only, which errcode's own `fetch` has translated already (`undefined` then).
 */
export function errorHookState(args: readonly unknown[]): Partial<HookState> | undefined {
  return args.length === 1 && !(args[0] instanceof Error) ? (args[0] as Partial<HookState>) : undefined
}

/** Whether a status is an error by ky's `throwHttpErrors` (a boolean, or a function of the status). */
export function throwsHttpErrors(setting: ThrowHttpErrors | undefined, status: number): boolean {
  return typeof setting === 'function' ? setting(status) : setting !== false
}
