/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding empty streams with the given
 * names: what Office wraps an encrypted .docx/.xlsx in (EncryptionInfo, EncryptedPackage, \u0006DataSpaces).
 * Sector 0 is the FAT, sector 1 the directory.
 */
export function cfbBytes(streams: readonly string[]): Uint8Array {
  const SECTOR = 512
  const entries = ['Root Entry', ...streams]
  if (entries.length > 4) throw new Error('one directory sector holds four entries')
  const out = new Uint8Array(SECTOR * 3)
  const view = new DataView(out.buffer)
  ;[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b))
  view.setUint16(0x18, 0x3e, true)
  view.setUint16(0x1a, 3, true)
  view.setUint16(0x1c, 0xfffe, true)
  view.setUint16(0x1e, 9, true)
  view.setUint16(0x20, 6, true)
  view.setUint32(0x2c, 1, true) // FAT sectors
  view.setUint32(0x30, 1, true) // first directory sector
  view.setUint32(0x38, 4096, true)
  view.setUint32(0x3c, 0xfffffffe, true)
  view.setUint32(0x44, 0xfffffffe, true)
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true)
  const fat = SECTOR
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true)
  view.setUint32(fat, 0xfffffffd, true)
  view.setUint32(fat + 4, 0xfffffffe, true)
  const dir = SECTOR * 2
  entries.forEach((name, i) => {
    const p = dir + i * 128
    for (let k = 0; k < name.length; k++) view.setUint16(p + k * 2, name.charCodeAt(k), true)
    view.setUint16(p + 0x40, (name.length + 1) * 2, true)
    out[p + 0x42] = i === 0 ? 5 : 2
    view.setUint32(p + 0x44, 0xffffffff, true)
    view.setUint32(p + 0x48, i + 1 < entries.length ? i + 1 : 0xffffffff, true)
    view.setUint32(p + 0x4c, i === 0 ? 1 : 0xffffffff, true)
    view.setUint32(p + 0x74, 0xfffffffe, true)
  })
  return out
}
