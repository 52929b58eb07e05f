// Every bad input gets a clear ImportError naming the file and the problem — and nothing half-imported.
import fs from 'node:fs'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ImportError, type ImportErrorCode } from '../../../shared/import/index'
import { importBytes, importFile } from '../../../electron/services/import/index'
import { writeZip } from '../../../electron/services/bundle/zip-write'
import { tempDir } from '../../support/temp-dir'
import { cfbBytes } from './make-cfb'
import { docxBytes, p, xlsxBytes } from './make-ooxml'

const fixture = (name: string): string => path.resolve(import.meta.dirname, '../../fixtures/import', name)

async function failure(run: Promise<unknown>): Promise<ImportError> {
  try {
    await run
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('imported, but should have failed')
}

async function expectCode(run: Promise<unknown>, code: ImportErrorCode, file: string): Promise<ImportError> {
  const error = await failure(run)
  expect(error.code).toBe(code)
  expect(error.message.startsWith(`${file}: `)).toBe(true)
  // zh-CN first, English after, one line
  expect(error.message).toMatch(/^[^\n]*[\u4e00-\u9fff][^\n]* — [A-Za-z][^\n]*$/)
  return error
}

const small = (): Uint8Array => xlsxBytes({ sheets: [{ name: 'S', rows: [['姓名', '电话'], ['张三', '13905621234']] }] })

describe('bad input', () => {
  it('a corrupt or truncated zip', async () => {
    const bytes = fs.readFileSync(fixture('dibao.xlsx'))
    await expectCode(importBytes(bytes.subarray(0, bytes.length - 100), 'cut.xlsx'), 'corrupt-zip', 'cut.xlsx')
    await expectCode(importBytes(bytes.subarray(0, 2000), 'cut.xlsx'), 'corrupt-zip', 'cut.xlsx')
    // a flipped byte inside the compressed sheet: bad data or a CRC mismatch, never a half-read sheet
    const flipped = Uint8Array.from(small())
    flipped[200] ^= 0xff
    const e = await failure(importBytes(flipped, 'flip.xlsx'))
    expect(['corrupt-zip', 'bad-xml']).toContain(e.code)
  })

  it('a password-protected .docx/.xlsx (an OLE file with EncryptionInfo)', async () => {
    const encrypted = cfbBytes(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])
    await expectCode(importBytes(encrypted, '加密名单.xlsx'), 'encrypted', '加密名单.xlsx')
    const e = await expectCode(importBytes(encrypted, 'secret.docx'), 'encrypted', 'secret.docx')
    expect(e.message).toContain('password')
  })

  it('legacy .doc and .xls made by LibreOffice, whatever their name says', async () => {
    const doc = await expectCode(importFile(fixture('legacy.doc')), 'legacy-doc', fixture('legacy.doc'))
    expect(doc.message).toContain('.docx')
    const xls = await expectCode(importFile(fixture('legacy.xls')), 'legacy-xls', fixture('legacy.xls'))
    expect(xls.message).toContain('.xlsx')
    await expectCode(importBytes(fs.readFileSync(fixture('legacy.xls')), 'renamed.xlsx'), 'legacy-xls', 'renamed.xlsx')
  })

  it('zip bombs: a declared size past the limits, a part that inflates past its declared size, a ratio, an entry count', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024)
    // the package's first part read: _rels/.rels
    const bomb = writeZip(new Map([['_rels/.rels', zeros]]), { compression: 'deflate' })
    await expectCode(importBytes(bomb, 'bomb.xlsx'), 'zip-bomb', 'bomb.xlsx')
    // the same entry with its sizes patched down to 100 bytes: inflating stops at 100
    const lying = Uint8Array.from(bomb)
    const view = new DataView(lying.buffer)
    view.setUint32(22, 100, true)
    const cd = lying.length - 22 - (46 + '_rels/.rels'.length)
    view.setUint32(cd + 24, 100, true)
    const e = await expectCode(importBytes(lying, 'lying.xlsx'), 'zip-bomb', 'lying.xlsx')
    expect(e.detail).toContain('declared')
    await expectCode(importBytes(small(), 'many.xlsx', { limits: { maxEntries: 3 } }), 'zip-bomb', 'many.xlsx')
    await expectCode(importBytes(small(), 'total.xlsx', { limits: { maxTotalBytes: 800 } }), 'zip-bomb', 'total.xlsx')
  })

  it('a file over 50 MB, refused before it is read', async () => {
    const file = path.join(tempDir(), 'huge.xlsx')
    fs.writeFileSync(file, '')
    fs.truncateSync(file, 51 * 1024 * 1024)
    await expectCode(importFile(file), 'too-large', file)
  })

  it('CSV in no encoding that decodes cleanly, and binary named .csv', async () => {
    await expectCode(importBytes(Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xff, 0xff, 0x0a]), 'bad.csv'), 'bad-encoding', 'bad.csv')
    await expectCode(importBytes(Uint8Array.from([0x41, 0x00, 0x42, 0x2c]), 'nul.csv'), 'bad-encoding', 'nul.csv')
  })

  it('XML with a DOCTYPE or entities is refused, never expanded', async () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    await expectCode(importBytes(docxBytes(p('&c;'), { prolog: laughs }), 'laughs.docx'), 'xml-doctype', 'laughs.docx')
    await expectCode(importBytes(docxBytes(p('x').replace('x', '&undefined;')), 'entity.docx'), 'bad-xml', 'entity.docx')
    await expectCode(importBytes(docxBytes('<w:p><w:r><w:t>unclosed</w:r></w:p>'), 'broken.docx'), 'bad-xml', 'broken.docx')
  })

  it('a zip that is not an Office document, a duplicate entry, random bytes, an empty file', async () => {
    const plain = writeZip(new Map([['hello.txt', new TextEncoder().encode('hi')]]))
    await expectCode(importBytes(plain, 'plain.docx'), 'not-ooxml', 'plain.docx')
    const dup = Uint8Array.from(writeZip(new Map([['a.xml', new Uint8Array(1)], ['b.xml', new Uint8Array(1)]])))
    // rename b.xml to a.xml in both headers
    for (let i = 0; i + 5 <= dup.length; i++) if (dup[i] === 0x62 && dup[i + 1] === 0x2e && dup[i + 2] === 0x78) dup[i] = 0x61
    await expectCode(importBytes(dup, 'dup.xlsx'), 'corrupt-zip', 'dup.xlsx')
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)
    await expectCode(importBytes(random, 'random.xlsx'), 'not-recognised', 'random.xlsx')
    await expectCode(importBytes(new Uint8Array(0), 'empty.docx'), 'not-recognised', 'empty.docx')
  })

  it('an unsupported type and a missing file', async () => {
    await expectCode(importFile('notes.pdf'), 'unsupported-type', 'notes.pdf')
    const missing = path.join(tempDir(), 'missing.xlsx')
    const e = await expectCode(importFile(missing), 'not-recognised', missing)
    expect(e.detail).toBe('no such file')
  })

  it('can be cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    await expectCode(importBytes(small(), 'cancel.xlsx', { signal: controller.signal }), 'aborted', 'cancel.xlsx')
  })
})

describe('not bad, just unusual', () => {
  it('an .xlsx named .docx imports as a workbook, with a warning', async () => {
    const doc = await importBytes(small(), 'really-a-workbook.docx')
    expect(doc.format).toBe('xlsx')
    expect(doc.warnings[0].code).toBe('extensionMismatch')
  })

  it('a stored (uncompressed) package reads the same as a deflated one', async () => {
    const deflated = small()
    const entries = new Map<string, Uint8Array>()
    // re-pack the parts stored
    const { PackageZip } = await import('../../../electron/services/import/zip')
    const { defaultImportLimits } = await import('../../../electron/services/import/limits')
    const zip = PackageZip.open(deflated, 'x', defaultImportLimits)
    for (const name of zip.names()) entries.set(name, await zip.read(name))
    const stored = writeZip(entries)
    expect(stored.length).toBeGreaterThan(deflated.length)
    expect((await importBytes(stored, 's.xlsx')).blocks).toEqual((await importBytes(deflated, 'd.xlsx')).blocks)
    expect(deflateRawSync).toBeTypeOf('function')
  })
})
