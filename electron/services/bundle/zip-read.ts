import { inflateRawSync } from 'node:zlib'
import { isSafeRelativePath } from '../../../shared/bundle/layout'
import { shown } from '../../../shared/bundle/verify-messages'
import { utf8Decode } from '../../../shared/crypto/bytes'
import { crc32 } from './crc32'
import { ZipError } from './zip-error'

/**
 * Strict zip reader for bundles from elsewhere. It reads the central directory and then insists the file is
 * exactly what it says: local headers agree with it, entries are contiguous from byte 0 to the directory (so no
 * hidden entry a streaming extractor would see and we would not), names are safe and unique on every OS, sizes
 * are bounded before anything is inflated, and every CRC matches. Zip64, encryption and multi-disk are refused.
 */

/** Bounds that keep a hostile zip from exhausting memory. */
export type ZipLimits = {
  /** total uncompressed bytes of all entries */
  maxTotalBytes: number
  /** uncompressed ÷ compressed, per entry */
  maxRatio: number
  /** entries below this size are not ratio-checked: a small blank file compresses well and is harmless */
  ratioFloorBytes: number
  maxEntries: number
}

export const defaultZipLimits: ZipLimits = { maxTotalBytes: 200 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024, maxEntries: 1000 }

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_END = 0x06054b50
const SIG_ZIP64_LOCATOR = 0x07064b50
const SIG_DESCRIPTOR = 0x08074b50
const FLAG_ENCRYPTED = 0x0001
const FLAG_DESCRIPTOR = 0x0008
const FLAG_STRONG_ENCRYPTION = 0x0040
const FLAG_UTF8 = 0x0800

type Entry = { name: string; rawName: Uint8Array; flags: number; method: number; crc: number; csize: number; usize: number; offset: number }

/** Reads a zip into entry name → bytes (directory entries are dropped). Throws ZipError on anything irregular. */
export function readZip(zip: Uint8Array, limits: Partial<ZipLimits> = {}): Map<string, Uint8Array> {
  const lim = { ...defaultZipLimits, ...limits }
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = findEnd(zip, view)
  const count = view.getUint16(end + 10, true)
  const cdSize = view.getUint32(end + 12, true)
  const cdOffset = view.getUint32(end + 16, true)
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    throw new ZipError('multi-disk', 'multi-disk zip')
  }
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff || (end >= 20 && view.getUint32(end - 20, true) === SIG_ZIP64_LOCATOR)) {
    throw new ZipError('zip64', 'zip64 is not supported')
  }
  if (count > lim.maxEntries) throw new ZipError('too-many-entries', `${count} entries (limit ${lim.maxEntries})`)
  if (cdOffset + cdSize !== end) throw new ZipError('structure', 'central directory does not end where the end record begins')

  const entries = readCentral(zip, view, cdOffset, cdSize, count, lim)
  checkNames(entries)
  const data = locateData(zip, view, entries, cdOffset)

  const out = new Map<string, Uint8Array>()
  entries.forEach((e, i) => {
    const content = inflate(e, data[i])
    if (crc32(content) !== e.crc) throw new ZipError('crc', `CRC mismatch in ${e.name}`, e.name)
    if (!e.name.endsWith('/')) out.set(e.name, content)
  })
  return out
}

function findEnd(zip: Uint8Array, view: DataView): number {
  if (zip.length < 22) throw new ZipError('not-zip', 'too short to be a zip')
  const lowest = Math.max(0, zip.length - 22 - 0xffff)
  let sawSignature = false
  for (let p = zip.length - 22; p >= lowest; p--) {
    if (view.getUint32(p, true) !== SIG_END) continue
    sawSignature = true
    // the end record's comment must run exactly to the end of the file: no trailing bytes
    if (p + 22 + view.getUint16(p + 20, true) === zip.length) return p
  }
  throw sawSignature ? new ZipError('trailing-data', 'bytes after the end of the zip') : new ZipError('not-zip', 'no zip end record')
}

function readCentral(zip: Uint8Array, view: DataView, cdOffset: number, cdSize: number, count: number, lim: ZipLimits): Entry[] {
  const entries: Entry[] = []
  let p = cdOffset
  let total = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize || view.getUint32(p, true) !== SIG_CENTRAL) throw new ZipError('structure', 'corrupt central directory')
    const flags = view.getUint16(p + 8, true)
    const method = view.getUint16(p + 10, true)
    const crc = view.getUint32(p + 16, true)
    const csize = view.getUint32(p + 20, true)
    const usize = view.getUint32(p + 24, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const offset = view.getUint32(p + 42, true)
    const next = p + 46 + nameLen + extraLen + commentLen
    if (next > cdOffset + cdSize) throw new ZipError('structure', 'corrupt central directory')
    const rawName = zip.subarray(p + 46, p + 46 + nameLen)
    const name = decodeName(rawName, flags)
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw new ZipError('encrypted', `${name} is encrypted`, name)
    if (method !== 0 && method !== 8) throw new ZipError('unsupported-method', `${name} uses compression method ${method}`, name)
    if (csize === 0xffffffff || usize === 0xffffffff || offset === 0xffffffff) throw new ZipError('zip64', 'zip64 is not supported', name)
    if (method === 0 && csize !== usize) throw new ZipError('structure', `${name}: stored sizes differ`, name)
    // a directory holds no data; bytes there would be seen by some extractors and ignored by us
    if (name.endsWith('/') && usize !== 0) throw new ZipError('structure', `directory ${name} has content`, name)
    total += usize
    if (usize > lim.maxTotalBytes || total > lim.maxTotalBytes) throw new ZipError('too-large', `more than ${lim.maxTotalBytes} bytes uncompressed`, name)
    if (usize > lim.ratioFloorBytes && usize > csize * lim.maxRatio) throw new ZipError('ratio', `${name} expands more than ${lim.maxRatio}:1`, name)
    entries.push({ name, rawName, flags, method, crc, csize, usize, offset })
    p = next
  }
  if (p !== cdOffset + cdSize) throw new ZipError('structure', 'central directory size does not match its entries')
  return entries
}

function decodeName(raw: Uint8Array, flags: number): string {
  // Without the UTF-8 flag a non-ASCII name is in some code page we cannot know (CP437, GBK…): refuse, don't guess.
  if (!(flags & FLAG_UTF8) && raw.some((b) => b >= 0x80)) throw new ZipError('bad-name', 'entry name in an unknown encoding')
  let name: string
  try {
    name = utf8Decode(raw)
  } catch {
    throw new ZipError('bad-name', 'entry name is not valid UTF-8')
  }
  const path = name.endsWith('/') ? name.slice(0, -1) : name
  if (!isSafeRelativePath(path)) throw new ZipError('bad-name', `unsafe entry name "${shown(name, 120)}"`, shown(name, 120))
  return name
}

/** Names as case-insensitive, normalising file systems (Windows, macOS) compare them. */
const fold = (name: string): string => name.normalize('NFC').toLowerCase()

/** Unique names, also case-insensitively (Windows and macOS would merge them), and no file used as a folder. */
function checkNames(entries: readonly Entry[]): void {
  const seen = new Set<string>()
  const files = new Set<string>()
  for (const e of entries) {
    const folded = fold(e.name)
    if (seen.has(folded)) throw new ZipError('duplicate-name', `duplicate entry "${e.name}"`, e.name)
    seen.add(folded)
    if (!e.name.endsWith('/')) files.add(folded)
  }
  for (const e of entries) {
    const segs = fold(e.name).split('/')
    for (let i = 1; i < segs.length; i++) {
      if (files.has(segs.slice(0, i).join('/'))) throw new ZipError('duplicate-name', `"${e.name}" lies under a file`, e.name)
    }
  }
}

/** The compressed data of each entry, after checking its local header and that entries tile the file exactly. */
function locateData(zip: Uint8Array, view: DataView, entries: readonly Entry[], cdOffset: number): Uint8Array[] {
  const order = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset)
  const data: Uint8Array[] = new Array<Uint8Array>(entries.length)
  let expected = 0
  for (const { e, i } of order) {
    if (e.offset !== expected) throw new ZipError('structure', `${e.name}: unexpected bytes before or overlapping the entry`, e.name)
    const p = e.offset
    if (p + 30 > cdOffset || view.getUint32(p, true) !== SIG_LOCAL) throw new ZipError('structure', `${e.name}: missing local header`, e.name)
    const flags = view.getUint16(p + 6, true)
    const nameLen = view.getUint16(p + 26, true)
    const extraLen = view.getUint16(p + 28, true)
    const start = p + 30 + nameLen + extraLen
    const stop = start + e.csize
    if (stop > cdOffset) throw new ZipError('structure', `${e.name}: data runs into the central directory`, e.name)
    const localName = zip.subarray(p + 30, p + 30 + nameLen)
    const sameName = localName.length === e.rawName.length && localName.every((b, k) => b === e.rawName[k])
    if (flags !== e.flags || view.getUint16(p + 8, true) !== e.method || !sameName) {
      throw new ZipError('header-mismatch', `${e.name}: local header disagrees with the central directory`, e.name)
    }
    const local = [view.getUint32(p + 14, true), view.getUint32(p + 18, true), view.getUint32(p + 22, true)]
    const central = [e.crc, e.csize, e.usize]
    // With a data descriptor a writer may leave each field 0 (Info-ZIP streaming fills in the size it knows).
    const deferred = (flags & FLAG_DESCRIPTOR) !== 0
    if (local.some((v, k) => v !== central[k] && !(deferred && v === 0))) throw new ZipError('header-mismatch', `${e.name}: local sizes or CRC disagree`, e.name)
    data[i] = zip.subarray(start, stop)
    expected = stop
    if (flags & FLAG_DESCRIPTOR) expected = readDescriptor(view, stop, cdOffset, e)
  }
  if (expected !== cdOffset) throw new ZipError('structure', 'unexpected bytes before the central directory')
  return data
}

/** A data descriptor (optional signature, CRC, sizes — zip32 only) must repeat the central values. */
function readDescriptor(view: DataView, p: number, limit: number, e: Entry): number {
  const signed = p + 4 <= limit && view.getUint32(p, true) === SIG_DESCRIPTOR
  const q = signed ? p + 4 : p
  if (q + 12 > limit) throw new ZipError('descriptor-mismatch', `${e.name}: truncated data descriptor`, e.name)
  const values = [view.getUint32(q, true), view.getUint32(q + 4, true), view.getUint32(q + 8, true)]
  if (values[0] !== e.crc || values[1] !== e.csize || values[2] !== e.usize) {
    throw new ZipError('descriptor-mismatch', `${e.name}: data descriptor disagrees with the central directory`, e.name)
  }
  return q + 12
}

function inflate(e: Entry, data: Uint8Array): Uint8Array {
  if (e.method === 0) return data.slice()
  let out: Buffer
  try {
    // maxOutputLength stops a lying size field from inflating past what was declared (and checked) above
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.usize) })
  } catch {
    throw new ZipError('bad-data', `${e.name}: compressed data is corrupt or larger than declared`, e.name)
  }
  if (out.length !== e.usize) throw new ZipError('bad-data', `${e.name}: size differs from the declared size`, e.name)
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}
