import { describe, expect, it } from 'vitest'
import { getPath, rawNumberAt } from '../../src/adapter/json-path.js'

describe('rawNumberAt', () => {
  it('finds the literal digits of a number wherever it stands in the object', () => {
    expect(rawNumberAt('{"code":1804,"id":117270465679982592}', ['id'])).toBe('117270465679982592')
    expect(rawNumberAt('{"id":117270465679982592,"code":1}', ['id'])).toBe('117270465679982592')
    expect(rawNumberAt(' { "a" : [1, {"id": 2}], "id" : -9007199254740993 } ', ['id'])).toBe('-9007199254740993')
    expect(rawNumberAt('{"resp":{"x":"}","id":12345678901234567890}}', ['resp', 'id'])).toBe('12345678901234567890')
  })

  it('skips strings with escaped quotes and brackets', () => {
    expect(rawNumberAt('{"s":"a\\"}{[","id":1}', ['id'])).toBe('1')
  })

  it('returns undefined for text that is not an object or holds no number there', () => {
    for (const text of ['', 'null', '[1]', '{"id":"1"}', '{"id":', '{"id', '{"x":{"id":1}}', '<html>']) {
      expect(rawNumberAt(text, ['id']), text).toBeUndefined()
    }
  })

  it('survives 10,000 levels of nesting without recursion', () => {
    const deep = `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)},"id":77}`
    expect(rawNumberAt(deep, ['id'])).toBe('77')
  })
})

describe('getPath', () => {
  it('reads own properties only', () => {
    expect(getPath({ a: { b: 1 } }, ['a', 'b'])).toBe(1)
    expect(getPath({}, ['constructor'])).toBeUndefined()
    expect(getPath({}, ['__proto__'])).toBeUndefined()
    expect(getPath({ a: 'str' }, ['a', 'length'])).toBeUndefined()
  })
})
