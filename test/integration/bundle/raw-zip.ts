import { crc32 } from '../../../electron/services/bundle/crc32'
import { utf8Encode } from '../../../shared/crypto/bytes'

/**
 * A zip writer for attack tests: every header field can be set, so a test can build exactly the irregular zip an
 * attacker would (a deflate stream with bytes after it, an extra field, a comment, a gap) while everything else
 * stays as the exporter writes it. Defaults are the exporter's (zip-write.ts): stored, UTF-8 flag, 1980-01-01,
 * version 2.0 made on Unix, mode 0644.
 */

export type RawEntry = {
  name: string
  /** the bytes as they lie in the file after the local header (compressed data, or anything an attacker likes) */
  data: Uint8Array
  /** what the headers declare; by default those of `data` stored */
  crc?: number
  usize?: number
  method?: number
  flags?: number
  time?: number
  date?: number
  localExtra?: Uint8Array
  centralExtra?: Uint8Array
  comment?: Uint8Array
  /** bytes written after this entry's data and before the next local header (unlisted: a gap) */
  after?: Uint8Array
}

export type RawZip = { entries: RawEntry[]; comment?: Uint8Array; trailing?: Uint8Array }

/** A stored entry as the exporter writes it. */
export const stored = (name: string, bytes: Uint8Array): RawEntry => ({ name, data: bytes, crc: crc32(bytes), usize: bytes.length })

/** Local file header bytes (signature through extra field) for `e`, as the writer below makes them. */
export function localHeader(e: RawEntry): Uint8Array {
  const name = utf8Encode(e.name)
  const extra = e.localExtra ?? new Uint8Array(0)
  const out = new Uint8Array(30 + name.length + extra.length)
  const v = new DataView(out.buffer)
  v.setUint32(0, 0x04034b50, true)
  v.setUint16(4, 20, true)
  v.setUint16(6, e.flags ?? 0x0800, true)
  v.setUint16(8, e.method ?? 0, true)
  v.setUint16(10, e.time ?? 0, true)
  v.setUint16(12, e.date ?? 0x21, true)
  v.setUint32(14, e.crc ?? crc32(e.data), true)
  v.setUint32(18, e.data.length, true)
  v.setUint32(22, e.usize ?? e.data.length, true)
  v.setUint16(26, name.length, true)
  v.setUint16(28, extra.length, true)
  out.set(name, 30)
  out.set(extra, 30 + name.length)
  return out
}

/** Writes the zip exactly as described, offsets computed so that the central directory is self-consistent. */
export function rawZip(zip: RawZip): Uint8Array {
  const parts: Uint8Array[] = []
  const offsets: number[] = []
  let at = 0
  for (const e of zip.entries) {
    offsets.push(at)
    for (const part of [localHeader(e), e.data, e.after ?? new Uint8Array(0)]) {
      parts.push(part)
      at += part.length
    }
  }
  const cdOffset = at
  zip.entries.forEach((e, i) => {
    const name = utf8Encode(e.name)
    const extra = e.centralExtra ?? new Uint8Array(0)
    const comment = e.comment ?? new Uint8Array(0)
    const out = new Uint8Array(46 + name.length + extra.length + comment.length)
    const v = new DataView(out.buffer)
    v.setUint32(0, 0x02014b50, true)
    v.setUint16(4, (3 << 8) | 20, true)
    v.setUint16(6, 20, true)
    v.setUint16(8, e.flags ?? 0x0800, true)
    v.setUint16(10, e.method ?? 0, true)
    v.setUint16(12, e.time ?? 0, true)
    v.setUint16(14, e.date ?? 0x21, true)
    v.setUint32(16, e.crc ?? crc32(e.data), true)
    v.setUint32(20, e.data.length, true)
    v.setUint32(24, e.usize ?? e.data.length, true)
    v.setUint16(28, name.length, true)
    v.setUint16(30, extra.length, true)
    v.setUint16(32, comment.length, true)
    v.setUint32(38, (0o100644 << 16) >>> 0, true)
    v.setUint32(42, offsets[i] ?? 0, true)
    out.set(name, 46)
    out.set(extra, 46 + name.length)
    out.set(comment, 46 + name.length + extra.length)
    parts.push(out)
    at += out.length
  })
  const comment = zip.comment ?? new Uint8Array(0)
  const end = new Uint8Array(22 + comment.length)
  const v = new DataView(end.buffer)
  v.setUint32(0, 0x06054b50, true)
  v.setUint16(8, zip.entries.length, true)
  v.setUint16(10, zip.entries.length, true)
  v.setUint32(12, at - cdOffset, true)
  v.setUint32(16, cdOffset, true)
  v.setUint16(20, comment.length, true)
  end.set(comment, 22)
  parts.push(end)
  if (zip.trailing) parts.push(zip.trailing)
  const total = parts.reduce((n, p) => n + p.length, 0)
  const out = new Uint8Array(total)
  let p = 0
  for (const part of parts) {
    out.set(part, p)
    p += part.length
  }
  return out
}
