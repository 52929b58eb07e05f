/**
 * What a file is, from its first bytes rather than its name: a zip (a .docx/.xlsx package), an OLE compound
 * file (legacy .doc/.xls, or an encrypted .docx/.xlsx — Office wraps those in OLE with an EncryptionInfo
 * stream), markup, or text.
 */
import { ImportError, type ImportErrorCode } from '../../../shared/import/index'

export type Sniffed = 'zip' | 'ole' | 'markup' | 'text'

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) && bytes[3] === bytes[2] + 1) return 'zip'
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) return 'ole'
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  return bytes[i] === 0x3c ? 'markup' : 'text'
}

/**
 * The error for an OLE compound file, from the names of its streams: EncryptionInfo → a password-protected
 * .docx/.xlsx; WordDocument → .doc; Workbook/Book → .xls. Names come from the directory when it parses, else
 * from a search for the UTF-16 names (a damaged header must still get the right advice).
 */
export function oleError(bytes: Uint8Array, file: string): ImportError {
  const names = new Set(cfbStreamNames(bytes) ?? searchNames(bytes))
  let code: ImportErrorCode = 'legacy-other'
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) code = 'encrypted'
  else if (names.has('WordDocument')) code = 'legacy-doc'
  else if (names.has('Workbook') || names.has('Book')) code = 'legacy-xls'
  return new ImportError(code, file)
}

const KNOWN = ['EncryptionInfo', 'EncryptedPackage', 'WordDocument', 'Workbook', 'Book']

function searchNames(bytes: Uint8Array): string[] {
  const found: string[] = []
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (const name of KNOWN) if (buf.indexOf(Buffer.from(name, 'utf16le')) >= 0) found.push(name)
  return found
}

/** Stream and storage names of a compound file's directory (MS-CFB), or null when it does not parse. Bounded: loops and out-of-range sectors end it. */
export function cfbStreamNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) return null
  const size = 1 << shift
  const sectorCount = Math.floor((bytes.length - size) / size)
  const sectorAt = (s: number): number => size + s * size
  // the FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain
  const fatSectors: number[] = []
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true)
    if (s < sectorCount) fatSectors.push(s)
  }
  let difat = view.getUint32(0x44, true)
  for (let guard = 0; difat < sectorCount && guard < sectorCount; guard++) {
    const base = sectorAt(difat)
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = view.getUint32(base + i * 4, true)
      if (s < sectorCount) fatSectors.push(s)
    }
    difat = view.getUint32(base + size - 4, true)
  }
  const next = (s: number): number => {
    const fi = Math.floor((s * 4) / size)
    const fs = fatSectors[fi]
    if (fs === undefined) return 0xfffffffe
    return view.getUint32(sectorAt(fs) + ((s * 4) % size), true)
  }
  const names: string[] = []
  let dir = view.getUint32(0x30, true)
  for (let guard = 0; dir < sectorCount && guard < sectorCount; guard++) {
    const base = sectorAt(dir)
    for (let e = 0; e < size / 128; e++) {
      const p = base + e * 128
      const len = view.getUint16(p + 0x40, true)
      const type = bytes[p + 0x42]
      if (len < 2 || len > 64 || (type !== 1 && type !== 2 && type !== 5)) continue
      names.push(Buffer.from(bytes.subarray(p, p + len - 2)).toString('utf16le'))
    }
    dir = next(dir)
  }
  return names.length ? names : null
}
