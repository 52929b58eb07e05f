/**
 * A zip reader for .docx/.xlsx packages. Not the bundle reader (services/bundle/zip-read.ts): that one
 * refuses anything a deterministic bundle would not contain and inflates every entry up front; office files
 * come from many writers (data descriptors, Zip64 extras from .NET, gaps between entries), and a package
 * holds images we never need to inflate. So this one reads the central directory, then inflates only the
 * parts asked for, each bounded before and while it inflates: the declared size is checked against the
 * limits first, and node:zlib's maxOutputLength stops inflating the moment a lying entry crosses them.
 */
import zlib, { inflateRaw } from 'node:zlib'
import { promisify } from 'node:util'
import { ImportError } from '../../../shared/import/index'
import { crc32 as crc32Js } from '../bundle/crc32'
import type { ImportLimits } from './limits'

const inflateRawAsync = promisify(inflateRaw)
// zlib's own CRC (Node ≥ 20.15, and Electron's Node) is native; the table version is the fallback
const crc32: (data: Uint8Array) => number = typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32Js

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_END = 0x06054b50
const SIG_END64 = 0x06064b50
const SIG_END64_LOCATOR = 0x07064b50
const FLAG_ENCRYPTED = 0x0001
const FLAG_STRONG_ENCRYPTION = 0x0040
const FLAG_UTF8 = 0x0800

/** One entry of the central directory. */
export type ZipEntry = { name: string; flags: number; method: number; crc: number; csize: number; usize: number; offset: number }

/** A package opened for reading; parts are inflated on demand. */
export class PackageZip {
  private readonly entries = new Map<string, ZipEntry>()
  private inflated = 0

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly limits: ImportLimits,
  ) {}

  /** Reads the central directory; a broken or hostile structure throws ImportError naming the file. */
  static open(bytes: Uint8Array, file: string, limits: ImportLimits): PackageZip {
    const zip = new PackageZip(bytes, file, limits)
    zip.readDirectory()
    return zip
  }

  /** Entry names, in directory order. */
  names(): string[] {
    return [...this.entries.keys()]
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name)
  }

  /** The uncompressed bytes of one part, within the limits, CRC-checked. */
  async read(name: string): Promise<Uint8Array> {
    const e = this.entries.get(name)
    if (!e) throw new ImportError('not-ooxml', this.file, `missing ${name}`)
    const { bytes, file, limits } = this
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const p = e.offset
    if (p + 30 > bytes.length || view.getUint32(p, true) !== SIG_LOCAL) throw corrupt(file, `${name}: no local header`)
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true)
    const stop = start + e.csize
    if (stop > bytes.length) throw corrupt(file, `${name}: truncated`)
    const data = bytes.subarray(start, stop)
    const allowed = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - this.inflated, Math.max(limits.ratioFloorBytes, e.csize * limits.maxRatio))
    // refused before a byte is inflated when the directory admits to the size …
    if (e.usize > allowed) throw new ImportError('zip-bomb', file, `${name}: ${e.usize} bytes uncompressed`)
    let out: Uint8Array
    if (e.method === 0) {
      if (e.csize !== e.usize) throw corrupt(file, `${name}: stored sizes differ`)
      out = data
    } else {
      try {
        // … and stopped mid-way when the data holds more than the directory said
        out = await inflateRawAsync(data, { maxOutputLength: Math.max(1, e.usize) })
      } catch (error) {
        const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
        throw tooBig ? new ImportError('zip-bomb', file, `${name}: expands past its declared size`) : corrupt(file, `${name}: compressed data is damaged`)
      }
    }
    if (out.length !== e.usize) throw corrupt(file, `${name}: size differs from the directory`)
    if (crc32(out) !== e.crc) throw corrupt(file, `${name}: CRC mismatch`)
    this.inflated += out.length
    return out
  }

  private readDirectory(): void {
    const { bytes, file, limits } = this
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const end = findEnd(bytes, view, file)
    let count = view.getUint16(end + 10, true)
    let cdSize = view.getUint32(end + 12, true)
    let cdOffset = view.getUint32(end + 16, true)
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      // Zip64 end record, located by its locator just before the classic end record
      const loc = end - 20
      if (loc < 0 || view.getUint32(loc, true) !== SIG_END64_LOCATOR) throw corrupt(file, 'zip64 locator missing')
      const e64 = safeNumber(view.getBigUint64(loc + 8, true), file)
      if (e64 + 56 > bytes.length || view.getUint32(e64, true) !== SIG_END64) throw corrupt(file, 'zip64 end record missing')
      count = safeNumber(view.getBigUint64(e64 + 32, true), file)
      cdSize = safeNumber(view.getBigUint64(e64 + 40, true), file)
      cdOffset = safeNumber(view.getBigUint64(e64 + 48, true), file)
    }
    if (count > limits.maxEntries) throw new ImportError('zip-bomb', file, `${count} entries (limit ${limits.maxEntries})`)
    if (cdOffset + cdSize > bytes.length) throw corrupt(file, 'central directory outside the file')
    let declared = 0
    let p = cdOffset
    for (let i = 0; i < count; i++) {
      if (p + 46 > cdOffset + cdSize || view.getUint32(p, true) !== SIG_CENTRAL) throw corrupt(file, 'central directory damaged')
      const flags = view.getUint16(p + 8, true)
      const method = view.getUint16(p + 10, true)
      const crc = view.getUint32(p + 16, true)
      let csize = view.getUint32(p + 20, true)
      let usize = view.getUint32(p + 24, true)
      const nameLen = view.getUint16(p + 28, true)
      const extraLen = view.getUint16(p + 30, true)
      const commentLen = view.getUint16(p + 32, true)
      let offset = view.getUint32(p + 42, true)
      const next = p + 46 + nameLen + extraLen + commentLen
      if (next > cdOffset + cdSize) throw corrupt(file, 'central directory damaged')
      const raw = bytes.subarray(p + 46, p + 46 + nameLen)
      // OOXML part names are ASCII; without the UTF-8 flag a high byte is some code page: latin1 keeps it distinct
      const name = flags & FLAG_UTF8 ? new TextDecoder('utf-8').decode(raw) : latin1(raw)
      if (usize === 0xffffffff || csize === 0xffffffff || offset === 0xffffffff) {
        const z = zip64Extra(view, p + 46 + nameLen, extraLen, usize === 0xffffffff, csize === 0xffffffff, offset === 0xffffffff, file)
        usize = z.usize ?? usize
        csize = z.csize ?? csize
        offset = z.offset ?? offset
      }
      if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw new ImportError('encrypted', file, name)
      if (method !== 0 && method !== 8) throw corrupt(file, `${name}: compression method ${method}`)
      // two entries of one name: readers differ on which wins, and the other would be content nobody reviewed
      if (this.entries.has(name)) throw corrupt(file, `duplicate entry ${name}`)
      if (offset + 30 > cdOffset) throw corrupt(file, `${name}: data outside the file`)
      declared += usize
      if (declared > limits.maxTotalBytes * 4) throw new ImportError('zip-bomb', file, 'declared sizes far beyond the limits')
      if (!name.endsWith('/')) this.entries.set(name, { name, flags, method, crc, csize, usize, offset })
      p = next
    }
  }
}

function corrupt(file: string, detail: string): ImportError {
  return new ImportError('corrupt-zip', file, detail)
}

function latin1(raw: Uint8Array): string {
  let s = ''
  for (const b of raw) s += String.fromCharCode(b)
  return s
}

function safeNumber(v: bigint, file: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt(file, 'zip64 value out of range')
  return Number(v)
}

function findEnd(bytes: Uint8Array, view: DataView, file: string): number {
  if (bytes.length < 22) throw corrupt(file, 'too short')
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  for (let p = bytes.length - 22; p >= lowest; p--) if (view.getUint32(p, true) === SIG_END) return p
  throw corrupt(file, 'no end of central directory (truncated?)')
}

/** The Zip64 extended-information extra field (0x0001): the 64-bit values, in this order, for the fields that overflowed. */
function zip64Extra(view: DataView, start: number, length: number, wantU: boolean, wantC: boolean, wantO: boolean, file: string): { usize?: number; csize?: number; offset?: number } {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true)
    const size = view.getUint16(p + 2, true)
    if (id === 0x0001) {
      let q = p + 4
      const take = (): number => {
        if (q + 8 > p + 4 + size) throw corrupt(file, 'zip64 extra field too short')
        const v = safeNumber(view.getBigUint64(q, true), file)
        q += 8
        return v
      }
      const out: { usize?: number; csize?: number; offset?: number } = {}
      if (wantU) out.usize = take()
      if (wantC) out.csize = take()
      if (wantO) out.offset = take()
      return out
    }
    p += 4 + size
  }
  throw corrupt(file, 'zip64 sizes without their extra field')
}
