import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { maskParams, shortUrl } from '../../src/errors/mask.js'
import { maskBody, maskText, maskUrl, secretMatcher } from '../../src/index.js'

const CANARY = 'canary-5f2b9e'

describe('masking', () => {
  it('masks secret query and fragment parameters and user info, keeping the rest of the URL', () => {
    const url = `https://user:${CANARY}@api.ucpaas.com/2014-06-30/Accounts/abc/Messages?sig=${CANARY}&to=138&access_token=${CANARY}#token=${CANARY}`
    const masked = maskUrl(url)
    expect(masked).not.toContain(CANARY)
    expect(masked).toBe(
      'https://***@api.ucpaas.com/2014-06-30/Accounts/abc/Messages?sig=***&to=138&access_token=***#token=***',
    )
  })

  it('matches names whatever their case and separators', () => {
    for (const key of [
      'SIG',
      'Access-Token',
      'accessToken',
      'AppSecret',
      'app_secret'.replace('_', ''),
      'masterSecret',
      'ak',
      'password',
    ]) {
      expect(maskUrl(`/x?${key}=${CANARY}`), key).not.toContain(CANARY)
    }
    expect(maskUrl('/x?page=2&sign%3D=1')).toBe('/x?page=2&sign%3D=1')
  })

  it('lets the user add names', () => {
    expect(maskUrl(`/x?x-api-code=${CANARY}`)).toContain(CANARY)
    expect(maskUrl(`/x?x-api-code=${CANARY}`, secretMatcher(['x-api-code']))).not.toContain(CANARY)
  })

  it('masks credentials and key=value pairs in free text', () => {
    expect(maskText(`Authorization: Bearer ${CANARY}`)).not.toContain(CANARY)
    expect(maskText(`Basic ${CANARY}`)).toBe('Basic ***')
    expect(maskText(`bad request token=${CANARY}&x=1`)).toBe('bad request token=***&x=1')
    expect(maskText(`{"appsecret":"${CANARY}"}`)).toBe('{"appsecret":"***"}')
    expect(maskText('parameters contain appsecret!')).toBe('parameters contain appsecret!')
  })

  it('masks secret keys at any depth of a body without touching the original', () => {
    const body = { code: 1, data: { list: [{ token: CANARY, id: 1 }], ak: CANARY } }
    const masked = maskBody(body)
    expect(JSON.stringify(masked)).not.toContain(CANARY)
    expect(masked).toEqual({ code: 1, data: { list: [{ token: '***', id: 1 }], ak: '***' } })
    expect(body.data.ak).toBe(CANARY)
    const clean = { code: 1, data: { id: 2 } }
    expect(maskBody(clean)).toBe(clean)
  })

  it('cuts bodies deeper than it reads, so nothing hides below', () => {
    let deep: unknown = { token: CANARY }
    for (let i = 0; i < 10_000; i++) deep = { a: deep }
    expect(JSON.stringify(maskBody(deep))).not.toContain(CANARY)
  })

  it('keeps __proto__ keys as data', () => {
    const body = JSON.parse(`{"__proto__": {"polluted": true}, "token": "${CANARY}"}`)
    const masked = maskBody(body) as Record<string, unknown>
    expect(Object.hasOwn(masked, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((masked as { polluted?: unknown }).polluted).toBeUndefined()
  })
})

describe('masking URLs without regular expressions', () => {
  // The regular-expression versions these replace, kept as the specification they must agree with.
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '))
    } catch {
      return s
    }
  }
  const isSecret = secretMatcher()
  const params = (p: string) =>
    p === ''
      ? p
      : p
          .split('&')
          .map((pair) => {
            const eq = pair.indexOf('=')
            if (eq < 0) return pair
            if (isSecret(decode(pair.slice(0, eq)))) return `${pair.slice(0, eq + 1)}***`
            // A value that is itself encoded text is masked as free text.
            const value = pair.slice(eq + 1)
            if (!/[%+]/.test(value)) return pair
            const masked = maskText(decode(value))
            return masked === decode(value) ? pair : `${pair.slice(0, eq + 1)}${encodeURIComponent(masked)}`
          })
          .join('&')
  const url = (u: string) => {
    const m = /^([a-z][a-z0-9+.-]*:\/\/|\/\/)([^/?#]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(u)
    if (m === null) {
      const q = u.indexOf('?')
      return q < 0 ? u : `${u.slice(0, q + 1)}${params(u.slice(q + 1).split('#')[0] ?? '')}`
    }
    const [, scheme = '', userInfo, rest = '', query, fragment] = m
    return `${scheme}${userInfo === undefined ? '' : '***@'}${rest}${query === undefined ? '' : `?${params(query.slice(1))}`}${fragment === undefined ? '' : `#${params(fragment.slice(1))}`}`
  }
  const short = (u: string) => /^(?:[a-z][a-z0-9+.-]*:\/\/|\/\/)?(?:[^/?#]*@)?([^?#]*)/i.exec(u)?.[1] ?? ''

  const piece = fc.constantFrom(
    'https://',
    'a1+.-://',
    '1x://',
    ':',
    '/',
    '//',
    '?',
    '#',
    '@',
    '&',
    '=',
    'sig',
    'Access-Token',
    'to',
    '%73ig',
    '%E0%A4%A',
    '+',
    'host.cn',
    'x',
    ' ',
  )
  const urlLike = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''))

  it('agrees with the regular expressions on any URL-like text', () => {
    fc.assert(
      fc.property(urlLike, (u) => {
        expect(maskUrl(u)).toBe(url(u))
        expect(shortUrl(u)).toBe(short(u))
        expect(maskParams(u)).toBe(params(u))
      }),
      { numRuns: 5_000 },
    )
  })
})

describe('secrets inside encoded values and body strings', () => {
  it('masks a query value that carries a request of its own', () => {
    const inner = encodeURIComponent('bad request /json?sig=s3cr3t used Bearer t0k3n')
    const masked = maskUrl(`https://api.example/x?message=${inner}&id=1`)
    expect(masked).not.toMatch(/s3cr3t|t0k3n/)
    expect(decodeURIComponent(masked)).toContain('sig=*** used Bearer ***')
    expect(masked).toMatch(/&id=1$/)
  })
  it('masks secrets inside the strings of a body, and user info in URLs of free text', () => {
    const body = { code: 1, msg: 'rejected /v1?access_token=s3cr3t from https://u:p4ss@host.cn/x' }
    expect(JSON.stringify(maskBody(body))).not.toMatch(/s3cr3t|p4ss/)
    expect(maskText('see https://u:p4ss@host.cn/x')).toBe('see https://***@host.cn/x')
  })
})

describe('a signed query quoted in a vendor message', () => {
  it('masks the secrets of Alibaba Cloud’s string to sign, percent-encoded once or twice', () => {
    const message =
      'Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3DLTAIs3cr3t%26Action%3DSendSms%26PhoneNumbers%3D13800138000%26TemplateParam%3D%257B%2522code%2522%253A%25221234%2522%257D%26Timestamp%3D2026-12-01'
    const masked = maskText(message)
    expect(masked).not.toMatch(/LTAIs3cr3t|1234/)
    expect(masked).toContain('AccessKeyId%3D***%26Action%3DSendSms')
    expect(masked).toContain('TemplateParam%3D***%26Timestamp')
  })
  it('masks Alibaba Cloud’s own query names in a URL', () => {
    const url = maskUrl(
      'https://dysmsapi.aliyuncs.com/?AccessKeyId=LTAIs3cr3t&TemplateParam=%7B%22code%22%3A%221234%22%7D&Signature=abc',
    )
    expect(url).not.toMatch(/LTAIs3cr3t|1234|abc$/)
  })
})

describe('masking the shapes secrets take in vendors’ free text', () => {
  it.each([
    ['invalid appsecret = S3CR3T'],
    ["{'access_token': 'S3CR3T'}"],
    ['sign="S3CR3T"'],
    ['headers: X-Api-Key: S3CR3T'],
    ['auth_token=S3CR3T'],
    ['{\\"token\\":\\"S3CR3T\\"}'],
    ['{"token":["S3CR3T"]}'],
    ['X-Auth-Token: S3CR3T'],
    ['api_secret=S3CR3T'],
    ['Cookie: sid=S3CR3T'],
    ['timed out: GET https://h.cn/x?sig=abc;S3CR3T'],
    ['GET https://h.cn/x?token[]=S3CR3T'],
    ['GET&%2F&AccessKeyId%3DS3CR3T%26Action%3DSendSms'],
  ])('masks %s', (text) => {
    expect(maskText(text)).not.toContain('S3CR3T')
  })

  it('leaves ordinary words alone', () => {
    for (const text of ['error: timeout of 3000ms', 'code = 1804', 'Time: 12:30', 'tokens left: 3']) {
      expect(maskText(text)).toBe(text)
    }
  })

  it('masks a megabyte of text without a catastrophic scan', () => {
    const text = `${'x'.repeat(1_048_576)}=`
    expect(maskText(text)).toBe(text)
    const many = `${'a1.'.repeat(200_000)}token=S3CR3T`
    expect(maskText(many)).not.toContain('S3CR3T')
    expect(maskText('%25'.repeat(100_000))).toBe('%25'.repeat(100_000))
  })

  it('copies a frozen body rather than handing it to a serializer that tags what it visits', () => {
    const body = Object.freeze({ code: 1, message: 'x', list: Object.freeze([1]) })
    const masked = maskBody(body) as Record<string, unknown>
    expect(masked).toEqual(body)
    expect(Object.isExtensible(masked)).toBe(true)
  })
})

describe('a Telegram bot token in the URL path', () => {
  // The Bot API takes the token in the path: https://core.telegram.org/bots/api#making-requests
  // ("https://api.telegram.org/bot<token>/METHOD_NAME"), and files at /file/bot<token>/<file_path>.
  const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'

  it('masks the token in a URL, a file URL, a short URL and a path without a scheme, keeping the method', () => {
    expect(maskUrl(`https://api.telegram.org/bot${TOKEN}/sendMessage?chat_id=42`)).toBe(
      'https://api.telegram.org/bot***/sendMessage?chat_id=42',
    )
    expect(maskUrl(`https://api.telegram.org/file/bot${TOKEN}/photos/file_0.jpg`)).toBe(
      'https://api.telegram.org/file/bot***/photos/file_0.jpg',
    )
    expect(maskUrl(`https://api.telegram.org/bot${TOKEN}`)).toBe('https://api.telegram.org/bot***')
    expect(maskUrl(`/bot${TOKEN}/getMe?x=1`)).toBe('/bot***/getMe?x=1')
    expect(shortUrl(`https://api.telegram.org/bot${TOKEN}/getMe#top`)).toBe('api.telegram.org/bot***/getMe')
  })

  it('masks the token in free text, alone or inside a URL', () => {
    const text = `POST https://api.telegram.org/bot${TOKEN}/sendMessage failed; retried with bot${TOKEN} again`
    const masked = maskText(text)
    expect(masked).not.toContain(TOKEN.split(':')[1])
    expect(masked).toBe('POST https://api.telegram.org/bot***/sendMessage failed; retried with bot*** again')
  })

  it('masks the token in any case, after an encoded slash, and user info of a scheme-relative URL', () => {
    expect(maskUrl(`https://api.telegram.org/BOT${TOKEN}/getMe`)).toBe('https://api.telegram.org/BOT***/getMe')
    expect(maskText(`GET%20https%3A%2F%2Fapi.telegram.org%2Fbot${TOKEN}`)).not.toContain(TOKEN.split(':')[1])
    expect(maskUrl('//user:hunter2@example.com/p')).toBe('//***@example.com/p')
  })

  it('leaves paths that only look alike alone', () => {
    for (const url of ['https://example.com/bots/list', 'https://example.com/bot/12:ab', 'https://x.test/robot1:2/a']) {
      expect(maskUrl(url), url).toBe(url)
    }
    expect(maskText('the bot 12:30 meeting')).toBe('the bot 12:30 meeting')
  })
})
