import { deflateRawSync } from 'node:zlib'
import { compareNames, isSafeRelativePath } from '../../../shared/bundle/layout'
import { utf8Encode } from '../../../shared/crypto/bytes'
import { crc32 } from './crc32'

/**
 * Deterministic zip writer: the same files give the same bytes, on every machine and every run. Entries are
 * sorted by name, dated 1980-01-01 00:00 (the zip epoch), carry fixed attributes (regular file, 0644), no extra
 * fields and no comments. Stored (no compression) is the default because deflate output depends on the zlib
 * build — Node's and Electron's (Chromium's) differ — and the contract promises the same bytes for the same approval.
 */

/** How entries are stored; the default keeps output identical across machines. */
export type ZipWriteOptions = {
  /** 'store' (default) is byte-identical everywhere; 'deflate' only within one zlib build */
  compression?: 'store' | 'deflate'
}

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_END = 0x06054b50
const FLAG_UTF8 = 0x0800
const VERSION = 20 // 2.0: deflate, directories
const MADE_BY = (3 << 8) | VERSION // Unix, so the external attributes read as a file mode
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
const DOS_TIME_MIDNIGHT = 0
const FILE_MODE = (0o100644 << 16) >>> 0
const DEFLATE_LEVEL = 9
const MAX_32 = 0xffffffff

type Prepared = { name: Uint8Array; method: 0 | 8; crc: number; size: number; data: Uint8Array; offset: number }

/** Writes `files` (entry name → bytes) as a zip. Names must be safe relative paths; sizes must fit zip32. */
export function writeZip(files: ReadonlyMap<string, Uint8Array>, options: ZipWriteOptions = {}): Uint8Array {
  const names = [...files.keys()].sort(compareNames)
  if (names.length > 0xfffe) throw new Error('too many zip entries')
  const entries: Prepared[] = []
  let offset = 0
  for (const name of names) {
    if (!isSafeRelativePath(name)) throw new Error(`unsafe zip entry name: ${JSON.stringify(name)}`)
    const bytes = files.get(name) ?? new Uint8Array(0)
    let method: 0 | 8 = 0
    let data = bytes
    if (options.compression === 'deflate') {
      const deflated = deflateRawSync(bytes, { level: DEFLATE_LEVEL })
      // storing is smaller for tiny or incompressible files; the choice depends only on the bytes
      if (deflated.length < bytes.length) {
        method = 8
        data = new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength)
      }
    }
    const encoded = utf8Encode(name)
    entries.push({ name: encoded, method, crc: crc32(bytes), size: bytes.length, data, offset })
    offset += 30 + encoded.length + data.length
    if (offset > MAX_32 || bytes.length > MAX_32) throw new Error('zip too large for zip32')
  }
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0)
  const out = new Uint8Array(offset + centralSize + 22)
  const view = new DataView(out.buffer)
  let p = 0
  const u16 = (v: number): void => {
    view.setUint16(p, v, true)
    p += 2
  }
  const u32 = (v: number): void => {
    view.setUint32(p, v, true)
    p += 4
  }
  const common = (e: Prepared): void => {
    u16(VERSION)
    u16(FLAG_UTF8)
    u16(e.method)
    u16(DOS_TIME_MIDNIGHT)
    u16(DOS_DATE_1980_01_01)
    u32(e.crc)
    u32(e.data.length)
    u32(e.size)
    u16(e.name.length)
    u16(0) // extra field length
  }
  for (const e of entries) {
    u32(SIG_LOCAL)
    common(e)
    out.set(e.name, p)
    p += e.name.length
    out.set(e.data, p)
    p += e.data.length
  }
  for (const e of entries) {
    u32(SIG_CENTRAL)
    u16(MADE_BY)
    common(e)
    u16(0) // comment length
    u16(0) // disk number
    u16(0) // internal attributes
    u32(FILE_MODE)
    u32(e.offset)
    out.set(e.name, p)
    p += e.name.length
  }
  u32(SIG_END)
  u16(0)
  u16(0)
  u16(entries.length)
  u16(entries.length)
  u32(centralSize)
  u32(offset)
  u16(0) // comment length
  return out
}
