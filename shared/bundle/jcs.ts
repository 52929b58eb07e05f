import { utf8Encode } from '../crypto/bytes'

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS). Signed statements are serialised with it so the same
 * statement always has the same bytes, whoever writes it. Only I-JSON data is accepted: a value JSON.stringify
 * would silently drop or change (undefined, functions, NaN, Date, Map, lone surrogates, cycles) throws instead,
 * because a statement that does not round-trip must never be signed.
 */

/** Thrown for input that has no canonical JSON form; the message names the path, never the value. */
export class CanonicalizationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CanonicalizationError'
  }
}

/** Values JCS can serialise. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/** The canonical JSON text of `value` (RFC 8785). */
export function canonicalize(value: unknown): string {
  const out: string[] = []
  write(value, '$', new Set(), out)
  return out.join('')
}

/** The canonical JSON of `value` as UTF-8 bytes — what gets signed and hashed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8Encode(canonicalize(value))
}

function write(value: unknown, path: string, ancestors: Set<object>, out: string[]): void {
  switch (typeof value) {
    case 'string':
      out.push(quote(value, path))
      return
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalizationError(`${path}: ${String(value)} is not a JSON number`)
      // RFC 8785 §3.2.2.3 adopts ECMAScript Number serialisation, which JSON.stringify implements (-0 → "0").
      out.push(JSON.stringify(value))
      return
    case 'boolean':
      out.push(value ? 'true' : 'false')
      return
    case 'object':
      break
    default:
      throw new CanonicalizationError(`${path}: ${typeof value} has no JSON form`)
  }
  if (value === null) {
    out.push('null')
    return
  }
  if (ancestors.has(value)) throw new CanonicalizationError(`${path}: cycle`)
  ancestors.add(value)
  if (Array.isArray(value)) {
    out.push('[')
    value.forEach((item: unknown, i) => {
      if (i > 0) out.push(',')
      write(item, `${path}[${i}]`, ancestors, out)
    })
    out.push(']')
  } else {
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) throw new CanonicalizationError(`${path}: only plain objects have a JSON form`)
    if (Object.getOwnPropertySymbols(value).length > 0) throw new CanonicalizationError(`${path}: symbol keys have no JSON form`)
    const record = value as Record<string, unknown>
    // Default sort compares UTF-16 code units, exactly what RFC 8785 §3.2.3 asks for.
    const keys = Object.keys(record).sort()
    out.push('{')
    keys.forEach((key, i) => {
      if (i > 0) out.push(',')
      out.push(quote(key, path), ':')
      write(record[key], `${path}.${key}`, ancestors, out)
    })
    out.push('}')
  }
  ancestors.delete(value)
}

const shortEscapes: Record<number, string> = { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r', 0x22: '\\"', 0x5c: '\\\\' }

/** RFC 8785 §3.2.2.2: escape only `"`, `\` and C0 controls (short forms where JSON has them); everything else as is. */
function quote(s: string, path: string): string {
  let out = '"'
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1)
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      throw new CanonicalizationError(`${path}: string has a lone surrogate (not I-JSON)`)
    }
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue
    out += s.slice(from, i) + (shortEscapes[c] ?? `\\u${c.toString(16).padStart(4, '0')}`)
    from = i + 1
  }
  return `${out}${s.slice(from)}"`
}
