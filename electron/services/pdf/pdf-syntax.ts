/**
 * Just enough PDF syntax (ISO 32000-1 §7) to find the metadata in the files Chromium's Skia backend writes:
 * a classic cross-reference table, one trailer, direct dictionaries. The file is viewed as Latin-1 text (one
 * character per byte), so every index here is also a byte offset into the file.
 */

export class PdfSyntaxError extends Error {
  override readonly name = 'PdfSyntaxError'
}

const WHITESPACE = '\0\t\n\f\r '
const DELIMITERS = '()<>[]{}/%'

function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WHITESPACE.includes(ch)
}

function isRegular(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && !WHITESPACE.includes(ch) && !DELIMITERS.includes(ch)
}

/** The file's bytes as Latin-1 text: index i is byte i. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

/** The index of the next token after whitespace and comments. */
export function skipSpace(text: string, pos: number): number {
  let at = pos
  for (;;) {
    while (isWhitespace(text[at])) at += 1
    if (text[at] !== '%') return at
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at += 1
  }
}

function skipLiteralString(text: string, pos: number): number {
  let depth = 0
  for (let at = pos; at < text.length; at += 1) {
    const ch = text[at]
    if (ch === '\\') at += 1
    else if (ch === '(') depth += 1
    else if (ch === ')' && --depth === 0) return at + 1
  }
  throw new PdfSyntaxError(`unterminated string at ${pos}`)
}

function skipRegular(text: string, pos: number): number {
  let at = pos
  while (isRegular(text[at])) at += 1
  return at
}

/** End of the direct object starting at `pos` (after any whitespace); `N G R` counts as one object. */
export function skipObject(text: string, pos: number): number {
  const at = skipSpace(text, pos)
  const ch = text[at]
  if (ch === '(') return skipLiteralString(text, at)
  if (ch === '<' && text[at + 1] === '<') return readDict(text, at).end
  if (ch === '<') {
    const close = text.indexOf('>', at)
    if (close < 0) throw new PdfSyntaxError(`unterminated hex string at ${at}`)
    return close + 1
  }
  if (ch === '[') {
    let next = skipSpace(text, at + 1)
    while (text[next] !== ']') {
      if (next >= text.length) throw new PdfSyntaxError(`unterminated array at ${at}`)
      next = skipSpace(text, skipObject(text, next))
    }
    return next + 1
  }
  if (ch === '/') return skipRegular(text, at + 1)
  if (!isRegular(ch)) throw new PdfSyntaxError(`unexpected ${JSON.stringify(ch ?? 'end of file')} at ${at}`)
  const end = skipRegular(text, at)
  // An indirect reference is two integers and R: take all three when they are there.
  const ref = /^\s+\d+\s+R(?![^\s()<>[\]{}/%])/.exec(text.slice(end, end + 24))
  return /^\d+$/.test(text.slice(at, end)) && ref ? end + ref[0].length : end
}

export type DictEntry = {
  key: string
  /** index of the key's '/' */
  start: number
  valueStart: number
  /** index just after the value */
  end: number
}
export type Dict = { start: number; end: number; entries: DictEntry[] }

/** The dictionary whose '<<' is at `pos`: its span and entries, values left as source text. */
export function readDict(text: string, pos: number): Dict {
  if (!text.startsWith('<<', pos)) throw new PdfSyntaxError(`expected a dictionary at ${pos}`)
  const entries: DictEntry[] = []
  let at = skipSpace(text, pos + 2)
  while (!text.startsWith('>>', at)) {
    if (text[at] !== '/') throw new PdfSyntaxError(`expected a name at ${at}`)
    const keyEnd = skipRegular(text, at + 1)
    const valueStart = skipSpace(text, keyEnd)
    const end = skipObject(text, valueStart)
    entries.push({ key: text.slice(at + 1, keyEnd), start: at, valueStart, end })
    at = skipSpace(text, end)
  }
  return { start: pos, end: at + 2, entries }
}

export function entry(dict: Dict, key: string): DictEntry | undefined {
  return dict.entries.find((e) => e.key === key)
}

export function valueOf(text: string, e: DictEntry): string {
  return text.slice(e.valueStart, e.end)
}

/** The object number of an indirect reference `N G R`, else undefined. */
export function refNumber(value: string): number | undefined {
  const m = /^(\d+)\s+\d+\s+R$/.exec(value.trim())
  return m ? Number(m[1]) : undefined
}

export type Xref = {
  /** object number → byte offset of `N G obj` */
  offsets: Map<number, number>
  trailer: Dict
}

/**
 * The cross-reference table and trailer. Only the classic single-section form is read: an incremental update
 * (/Prev) or a cross-reference stream is refused rather than half-understood.
 */
export function readXref(text: string): Xref {
  const marker = text.lastIndexOf('startxref')
  const m = marker < 0 ? null : /^startxref\s+(\d+)/.exec(text.slice(marker, marker + 40))
  if (!m) throw new PdfSyntaxError('no startxref')
  let at = Number(m[1])
  if (!text.startsWith('xref', at)) throw new PdfSyntaxError('not a classic cross-reference table')
  at = skipSpace(text, at + 4)
  const offsets = new Map<number, number>()
  const section = /^(\d+)\s+(\d+)\s/
  for (let head = section.exec(text.slice(at, at + 40)); head; head = section.exec(text.slice(at, at + 40))) {
    const first = Number(head[1])
    const count = Number(head[2])
    at = skipSpace(text, at + head[0].length)
    for (let i = 0; i < count; i += 1) {
      const row = /^(\d{10}) (\d{5}) ([nf])/.exec(text.slice(at, at + 20))
      if (!row) throw new PdfSyntaxError(`bad cross-reference entry at ${at}`)
      if (row[3] === 'n') offsets.set(first + i, Number(row[1]))
      at = skipSpace(text, at + 18)
    }
  }
  if (!text.startsWith('trailer', at)) throw new PdfSyntaxError('no trailer after the cross-reference table')
  const trailer = readDict(text, skipSpace(text, at + 'trailer'.length))
  if (entry(trailer, 'Prev')) throw new PdfSyntaxError('incremental updates are not supported')
  return { offsets, trailer }
}

/** Index of the value of object `num` (just after `num G obj`). */
export function objectValue(text: string, xref: Xref, num: number): number {
  const offset = xref.offsets.get(num)
  if (offset === undefined) throw new PdfSyntaxError(`object ${num} is not in the cross-reference table`)
  const head = new RegExp(`^${num}\\s+\\d+\\s+obj`).exec(text.slice(offset, offset + 32))
  if (!head) throw new PdfSyntaxError(`object ${num} is not at its offset`)
  return skipSpace(text, offset + head[0].length)
}

/** The dictionary of object `num`, or undefined when the object is not a dictionary or stream. */
export function objectDict(text: string, xref: Xref, num: number): Dict | undefined {
  const at = objectValue(text, xref, num)
  return text.startsWith('<<', at) ? readDict(text, at) : undefined
}

/** The bytes of a stream object's data, given its dictionary: [start, end). */
export function streamData(text: string, xref: Xref, dict: Dict): { start: number; end: number } {
  const keyword = /^\s*stream(\r\n|\n)/.exec(text.slice(dict.end, dict.end + 16))
  if (!keyword) throw new PdfSyntaxError(`no stream after the dictionary at ${dict.start}`)
  const length = entry(dict, 'Length')
  if (!length) throw new PdfSyntaxError(`stream without /Length at ${dict.start}`)
  const raw = valueOf(text, length)
  const ref = refNumber(raw)
  const count = Number(ref === undefined ? raw : text.slice(objectValue(text, xref, ref), skipObject(text, objectValue(text, xref, ref))))
  if (!Number.isInteger(count) || count < 0) throw new PdfSyntaxError(`bad stream /Length at ${dict.start}`)
  const start = dict.end + keyword[0].length
  return { start, end: start + count }
}

/** A text string's value: a literal `(…)` with its escapes or a `<hex>` string; UTF-16BE when it starts with a BOM. */
export function decodeTextString(raw: string): string {
  const bytes: number[] = []
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '')
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16))
  } else {
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 }
    for (let i = 1; i < raw.length - 1; i += 1) {
      const ch = raw[i] ?? ''
      if (ch !== '\\') {
        bytes.push(ch.charCodeAt(0))
        continue
      }
      const next = raw[++i] ?? ''
      const octal = /^[0-7]{1,3}/.exec(raw.slice(i, i + 3))
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff)
        i += octal[0].length - 1
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && raw[i + 1] === '\n') i += 1
      } else bytes.push(escapes[next] ?? next.charCodeAt(0))
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = ''
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0))
    return out
  }
  // PDFDocEncoding agrees with Latin-1 on everything a title would hold.
  return String.fromCharCode(...bytes)
}
