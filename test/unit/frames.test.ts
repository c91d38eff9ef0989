// Errors made without frames, and given the application's frames later (src/errors/stack.ts).
import { describe, expect, it } from 'vitest'
import { annotate, createError } from '../../src/errors/errors.js'
import { isUnplaced, place, unplacedError, withoutFrames } from '../../src/errors/stack.js'

describe('making an error without frames, and placing it', () => {
  const init = {
    vendor: 'x',
    code: 1,
    source: 'vendor',
    category: 'quota',
    description: 'd',
    retry: { kind: 'never', replaySafe: false },
  } as const

  it('captures no frames, and restores the limit, even when making the error throws', () => {
    const limit = Error.stackTraceLimit
    const made = withoutFrames(() => createError(init))
    expect(made.stack).toBe(`QuotaExceededError: ${made.message}`)
    expect(() =>
      withoutFrames(() => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    expect(Error.stackTraceLimit).toBe(limit)
    expect(new Error('after').stack).toMatch(/\n {4}at /)
  })

  it('places an error once, from the caller of the function named; other values pass as they are', () => {
    const made = unplacedError(() => createError(init))
    expect(isUnplaced(made)).toBe(true)
    function caller() {
      return place(made, caller)
    }
    function outer() {
      return caller()
    }
    expect(outer()).toBe(made)
    expect(made.stack).toMatch(/^QuotaExceededError: .*\n {4}at outer /)
    expect(made.stack).not.toMatch(/at caller /)
    const placedStack = made.stack
    place(made, outer)
    expect(made.stack).toBe(placedStack)
    const plain = new Error('plain')
    const before = plain.stack
    expect(place(plain, outer)).toBe(plain)
    expect(plain.stack).toBe(before)
    expect(place('text', outer)).toBe('text')
    expect(place(undefined, outer)).toBeUndefined()
  })

  it('keeps the mark off the error’s own properties, and off a copy of them', () => {
    const made = unplacedError(() => createError(init))
    expect(Reflect.ownKeys(made)).not.toContain(Symbol.for('errcode.unplaced'))
    expect(Reflect.ownKeys({ ...made })).not.toContain(Symbol.for('errcode.unplaced'))
    expect(Reflect.ownKeys(Object.getPrototypeOf({}))).not.toContain(Symbol.for('errcode.unplaced'))
  })

  it('annotate keeps an unplaced error unplaced, and a placed one as it is', () => {
    const unplaced = unplacedError(() => createError(init))
    const copy = annotate(unplaced, { attempts: 2 })
    expect(isUnplaced(copy)).toBe(true)
    expect(copy.stack).toBe(unplaced.stack)
    const plain = createError(init)
    const plainCopy = annotate(plain, { attempts: 2 })
    expect(isUnplaced(plainCopy)).toBe(false)
    expect(plainCopy.stack).toBe(plain.stack)
  })

  it('annotate has no stack formatted for an unplaced error: the copy is placed later, by itself', () => {
    const unplaced = unplacedError(() => createError(init))
    const original = Error.prepareStackTrace
    let formatted = 0
    Error.prepareStackTrace = (error, frames) => {
      formatted++
      return original === undefined
        ? `${String(error)}${frames.map((f) => `\n    at ${f}`).join('')}`
        : original(error, frames)
    }
    try {
      const copy = annotate(unplaced, { attempts: 2 })
      expect(formatted).toBe(0)
      function caller() {
        return place(copy, caller)
      }
      function outer() {
        return caller()
      }
      outer()
      expect(copy.stack).toMatch(/^QuotaExceededError: .*\n {4}at outer /)
      expect(formatted).toBe(1)
    } finally {
      Error.prepareStackTrace = original
    }
  })
})
