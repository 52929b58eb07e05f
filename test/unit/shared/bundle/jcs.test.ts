import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../../../../shared/crypto/bytes'
import { canonicalBytes, canonicalize, CanonicalizationError } from '../../../../shared/bundle/jcs'

/** IEEE-754 double from its 16 hex digits, as RFC 8785 Appendix B lists them. */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, BigInt(`0x${hex}`))
  return view.getFloat64(0)
}

describe('canonicalize (RFC 8785)', () => {
  it('canonicalises the example of §3.2.2 (numbers, escapes, literals, key order)', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`
    expect(canonicalize(JSON.parse(input))).toBe(String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`)
  })

  it('sorts keys by UTF-16 code units: the example of §3.2.3', () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`
    const expected =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
      '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}'
    expect(canonicalize(JSON.parse(input))).toBe(expected)
    // U+1F600 (surrogates D83D…) sorts before U+FB33 by code unit, though after it by code point
    expect(canonicalBytes(JSON.parse(input))).toEqual(utf8Encode(expected))
  })

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the double %s as %s (Appendix B)', (hex, text) => {
    expect(canonicalize(double(hex))).toBe(text)
  })

  it.each([
    ['NaN (7fffffffffffffff)', double('7fffffffffffffff')],
    ['Infinity (7ff0000000000000)', double('7ff0000000000000')],
    ['-Infinity', -Infinity],
  ])('refuses %s', (_name, n) => {
    expect(() => canonicalize({ a: [n] })).toThrow(CanonicalizationError)
  })

  it('escapes every C0 control, short forms where JSON has them, and nothing else', () => {
    const all = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('') + '"\\/\u007f\u2028😀'
    const out = canonicalize(all)
    expect(out).toBe(
      '"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f' +
        '\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\\"\\\\/\u007f\u2028😀"',
    )
    expect(JSON.parse(out)).toBe(all)
  })

  it('writes nested structures without whitespace and keeps array order', () => {
    expect(canonicalize({ b: [3, 1, { d: true, c: null }], a: '' })).toBe('{"a":"","b":[3,1,{"c":null,"d":true}]}')
    expect(canonicalize([])).toBe('[]')
    expect(canonicalize({})).toBe('{}')
  })

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 }
    expect(canonicalize({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
  })

  it.each([
    ['undefined', undefined],
    ['undefined property', { a: undefined }],
    ['undefined in array', [1, undefined]],
    ['function', { f: () => 1 }],
    ['symbol', Symbol('s')],
    ['bigint', 10n],
    ['Date', new Date(0)],
    ['Map', new Map()],
    ['lone surrogate', 'a\ud800'],
    ['lone surrogate in key', { '\udc00': 1 }],
    ['symbol key', { [Symbol('k')]: 1 }],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalize(value)).toThrow(CanonicalizationError)
  })

  it('refuses cycles and names where', () => {
    const a: Record<string, unknown> = { list: [] }
    ;(a.list as unknown[]).push(a)
    expect(() => canonicalize(a)).toThrow(/\$\.list\[0\]: cycle/)
  })
})
