import { inflateRawSync } from 'node:zlib'
import { bundleFileNames, compareNames, isSafeRelativePath } from '../../../shared/bundle/layout'
import { shown } from '../../../shared/bundle/verify-messages'
import { utf8Decode } from '../../../shared/crypto/bytes'
import { crc32 } from './crc32'
import { ZipError } from './zip-error'

/**
 * Strict zip reader for bundles from elsewhere. It reads the central directory and then insists the file is
 * exactly what it says: local headers agree with it, entries are contiguous from byte 0 to the directory (so no
 * hidden entry a streaming extractor would see and we would not), a deflate stream fills its entry exactly (no
 * bytes after its end, where a streaming extractor would find another local header), names are safe and unique
 * on every OS, sizes are bounded before anything is inflated, and every CRC matches. Zip64, encryption and
 * multi-disk are refused.
 *
 * `readBundleZip` goes further and accepts only what the exporter (zip-write.ts) writes: stored entries, no
 * comment, no extra field, the exporter's header fields, and exactly the file layout of contracts.md §2.
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

// What the exporter writes in every header (zip-write.ts); a bundle with anything else was not written by it.
const EXPORT_VERSION = 20
const EXPORT_MADE_BY = (3 << 8) | EXPORT_VERSION
const EXPORT_DATE = 0x21 // 1980-01-01
const EXPORT_TIME = 0
const EXPORT_MODE = (0o100644 << 16) >>> 0

type Entry = {
  name: string
  rawName: Uint8Array
  flags: number
  method: number
  crc: number
  csize: number
  usize: number
  offset: number
  /** version made by, version needed, time, date, internal and external attributes, as the central header says */
  fields: number[]
}

/** Reads a zip into entry name → bytes (directory entries are dropped). Throws ZipError on anything irregular. */
export function readZip(zip: Uint8Array, limits: Partial<ZipLimits> = {}): Map<string, Uint8Array> {
  return read(zip, limits, false)
}

/**
 * Reads a signed bundle: everything readZip checks, and only what the exporter writes — every entry stored, its
 * data exactly its declared size, no zip or entry comment, no extra field, the exporter's version, flags, date and
 * file mode, and no file or folder outside the layout of contracts.md §2. Each departure has its own ZipError code.
 */
export function readBundleZip(zip: Uint8Array, limits: Partial<ZipLimits> = {}): Map<string, Uint8Array> {
  return read(zip, limits, true)
}

function read(zip: Uint8Array, limits: Partial<ZipLimits>, exact: boolean): Map<string, Uint8Array> {
  const lim = { ...defaultZipLimits, ...limits }
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = findEnd(zip, view)
  if (exact && view.getUint16(end + 20, true) !== 0) throw new ZipError('comment', 'the zip has a comment')
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

  const entries = readCentral(zip, view, cdOffset, cdSize, count, lim, exact)
  checkNames(entries)
  if (exact) checkLayout(entries)
  const data = locateData(zip, view, entries, cdOffset, exact)

  const out = new Map<string, Uint8Array>()
  entries.forEach((e, i) => {
    const content = inflate(e, data[i])
    if (crc32(content) !== e.crc) throw new ZipError('crc', `CRC mismatch in ${e.name}`, e.name)
    if (!e.name.endsWith('/')) out.set(e.name, content)
  })
  // Refused last, so a deflate stream with bytes hidden after its end is reported as that, not merely as compressed.
  if (exact) {
    const compressed = entries.find((e) => e.method !== 0)
    if (compressed) throw new ZipError('compressed', `${compressed.name} is compressed; a bundle stores every file`, compressed.name)
    // the exporter writes entries sorted by name, the directory in the same order as the data
    const unsorted = entries.find((e, i) => i > 0 && !(compareNames(entries[i - 1].name, e.name) < 0 && entries[i - 1].offset < e.offset))
    if (unsorted) throw new ZipError('order', `${unsorted.name} is out of the exporter's order`, unsorted.name)
  }
  return out
}

/** A bundle holds exactly the files of its layout: no folder entries, nothing else under any name. */
function checkLayout(entries: readonly Entry[]): void {
  for (const e of entries) {
    if (!bundleFileNames.has(e.name)) throw new ZipError('unexpected-file', `${e.name} is not part of a bundle`, e.name)
  }
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

function readCentral(zip: Uint8Array, view: DataView, cdOffset: number, cdSize: number, count: number, lim: ZipLimits, exact: boolean): Entry[] {
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
    if (exact && commentLen !== 0) throw new ZipError('comment', `${name} has a comment`, name)
    if (exact && extraLen !== 0) throw new ZipError('extra-field', `${name} has an extra field in the central directory`, name)
    const fields = [p + 4, p + 6, p + 12, p + 14, p + 36].map((at) => view.getUint16(at, true))
    fields.push(view.getUint32(p + 38, true))
    if (exact && !sameFields(fields, [EXPORT_MADE_BY, EXPORT_VERSION, EXPORT_TIME, EXPORT_DATE, 0, EXPORT_MODE], flags)) {
      throw new ZipError('header-fields', `${name}: header fields differ from what the exporter writes`, name)
    }
    if (method === 0 && csize !== usize) throw new ZipError('structure', `${name}: stored sizes differ`, name)
    // a directory holds no data; bytes there would be seen by some extractors and ignored by us
    if (name.endsWith('/') && usize !== 0) throw new ZipError('structure', `directory ${name} has content`, name)
    total += usize
    if (usize > lim.maxTotalBytes || total > lim.maxTotalBytes) throw new ZipError('too-large', `more than ${lim.maxTotalBytes} bytes uncompressed`, name)
    if (usize > lim.ratioFloorBytes && usize > csize * lim.maxRatio) throw new ZipError('ratio', `${name} expands more than ${lim.maxRatio}:1`, name)
    entries.push({ name, rawName, flags, method, crc, csize, usize, offset, fields })
    p = next
  }
  if (p !== cdOffset + cdSize) throw new ZipError('structure', 'central directory size does not match its entries')
  return entries
}

/** The exporter's version, date, time and mode, and no flag but UTF-8 (no data descriptor). */
function sameFields(found: readonly number[], expected: readonly number[], flags: number): boolean {
  return flags === FLAG_UTF8 && found.length === expected.length && found.every((v, i) => v === expected[i])
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
function locateData(zip: Uint8Array, view: DataView, entries: readonly Entry[], cdOffset: number, exact: boolean): Uint8Array[] {
  const order = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset)
  const data: Uint8Array[] = new Array<Uint8Array>(entries.length)
  let expected = 0
  for (const { e, i } of order) {
    if (e.offset > expected) throw new ZipError('gap', `${e.offset - expected} unlisted bytes before ${e.name}`, e.name)
    if (e.offset < expected) throw new ZipError('overlap', `${e.name} overlaps the entry before it`, e.name)
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
    if (exact && extraLen !== 0) throw new ZipError('extra-field', `${e.name} has an extra field in its local header`, e.name)
    // the central header's version needed, time and date, repeated locally
    if (exact && [p + 4, p + 10, p + 12].some((at, k) => view.getUint16(at, true) !== e.fields[k + 1])) {
      throw new ZipError('header-fields', `${e.name}: local header fields differ from what the exporter writes`, e.name)
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
  if (expected < cdOffset) throw new ZipError('gap', `${cdOffset - expected} unlisted bytes before the central directory`)
  if (expected > cdOffset) throw new ZipError('overlap', 'the last entry runs into the central directory')
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
  let consumed: number
  try {
    // maxOutputLength stops a lying size field from inflating past what was declared (and checked) above
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, e.usize), info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } }
    out = inflated.buffer
    consumed = inflated.engine.bytesWritten
  } catch {
    throw new ZipError('bad-data', `${e.name}: compressed data is corrupt or larger than declared`, e.name)
  }
  if (out.length !== e.usize) throw new ZipError('bad-data', `${e.name}: size differs from the declared size`, e.name)
  // A deflate stream that ends early leaves room a streaming extractor reads as the next entry.
  if (consumed !== data.length) throw new ZipError('hidden-data', `${data.length - consumed} bytes after the end of ${e.name}'s compressed data`, e.name)
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}
