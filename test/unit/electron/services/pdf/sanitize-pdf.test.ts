import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { PdfError } from '../../../../../electron/services/pdf/printer'
import { decodeTextString, latin1, objectValue, readXref, skipObject } from '../../../../../electron/services/pdf/pdf-syntax'
import { pdfInfo, sanitizePdf } from '../../../../../electron/services/pdf/sanitize-pdf'
import { buildPdf, catalog, chromiumInfo, page, pages } from './minimal-pdf'

/** Every object listed in the xref table still starts at its offset. */
function expectOffsetsValid(bytes: Uint8Array): void {
  const text = latin1(bytes)
  const xref = readXref(text)
  for (const num of xref.offsets.keys()) expect(() => skipObject(text, objectValue(text, xref, num)), `object ${num}`).not.toThrow()
}

describe('sanitizePdf', () => {
  it('keeps the title, names Countersign as creator, and drops the user agent, the Skia build and both dates', () => {
    const input = buildPdf([chromiumInfo, page, catalog, pages])
    const output = sanitizePdf(input)
    expect(output.length).toBe(input.length)
    expect(pdfInfo(output)).toEqual({ Title: '公告', Creator: 'Countersign' })
    const text = latin1(output)
    for (const gone of ['Mozilla', 'Linux', 'HeadlessChrome', 'Skia', 'D:2026', 'CreationDate', 'ModDate', 'Producer']) expect(text).not.toContain(gone)
    expectOffsetsValid(output)
  })

  it('changes nothing outside the Info dictionary', () => {
    const input = buildPdf([chromiumInfo, page, catalog, pages])
    const output = sanitizePdf(input)
    const infoEnd = latin1(input).indexOf('>>', latin1(input).indexOf('1 0 obj')) + 2
    expect(Buffer.from(output.subarray(infoEnd)).equals(Buffer.from(input.subarray(infoEnd)))).toBe(true)
  })

  it('gives the same bytes for prints made at different times', () => {
    const later = chromiumInfo.replaceAll('D:20260506093012', 'D:20270101235959')
    expect(Buffer.from(sanitizePdf(buildPdf([chromiumInfo, page, catalog, pages]))).equals(Buffer.from(sanitizePdf(buildPdf([later, page, catalog, pages]))))).toBe(true)
  })

  it('is idempotent', () => {
    const once = sanitizePdf(buildPdf([chromiumInfo, page, catalog, pages]))
    expect(Buffer.from(sanitizePdf(once)).equals(Buffer.from(once))).toBe(true)
  })

  it('drops a title that is the page address (what Chromium writes for an untitled page) and any author', () => {
    for (const title of ['(about:blank)', '(app://countersign/print/0b8f3c2e.html)', '(file:///home/zhang/notice.html)', '()']) {
      const info = `<</Title ${title}\n/Author (张三)\n/Creator (Chromium)\n/CreationDate (D:20260506093012Z)>>`
      expect(pdfInfo(sanitizePdf(buildPdf([info, page, catalog, pages])))).toEqual({ Creator: 'Countersign' })
    }
  })

  it('removes the trailer /ID and blanks an uncompressed XMP packet and the reference to it', () => {
    const xmp = '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta><xmp:CreateDate>2026-05-06T09:30:12+08:00</xmp:CreateDate><pdf:Producer>Skia/PDF m156</pdf:Producer><xmpMM:DocumentID>uuid:6a1c2d3e</xmpMM:DocumentID></x:xmpmeta><?xpacket end="w"?>'
    const input = buildPdf(
      [chromiumInfo, page, '<</Type /Catalog\n/Pages 4 0 R\n/Metadata 5 0 R>>', pages, `<</Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}>>\nstream\n${xmp}\nendstream`],
      '\n/ID [<6A1C2D3E4F5061728394A5B6C7D8E9F0> <6A1C2D3E4F5061728394A5B6C7D8E9F0>]',
    )
    const output = sanitizePdf(input)
    const text = latin1(output)
    expect(output.length).toBe(input.length)
    for (const gone of ['/ID', '6A1C2D3E', 'xpacket', '2026-05-06', 'uuid:', '/Metadata 5 0 R']) expect(text).not.toContain(gone)
    expectOffsetsValid(output)
  })

  it('refuses a compressed XMP packet rather than ship it', () => {
    const packed = zlib.deflateSync(Buffer.from('<x:xmpmeta><xmp:CreateDate>2026-05-06</xmp:CreateDate></x:xmpmeta>')).toString('latin1')
    const input = buildPdf([chromiumInfo, page, catalog, pages, `<</Type /Metadata\n/Subtype /XML\n/Filter /FlateDecode\n/Length ${packed.length}>>\nstream\n${packed}\nendstream`])
    expect(() => sanitizePdf(input)).toThrow(PdfError)
  })

  it('refuses what is not a PDF it can read, with the malformed code', () => {
    const valid = latin1(buildPdf([chromiumInfo, page, catalog, pages]))
    const cases = {
      'not a PDF': '<!DOCTYPE html><p>公告</p>',
      'no startxref': valid.slice(0, valid.indexOf('startxref')),
      'incremental update': valid.replace('/Info 1 0 R', '/Info 1 0 R /Prev 9'),
      'xref offset off by one': valid.replace(/startxref\n(\d+)/, (_m, n: string) => `startxref\n${Number(n) + 1}`),
    }
    for (const [name, text] of Object.entries(cases)) {
      const run = (): Uint8Array => sanitizePdf(new Uint8Array(Buffer.from(text, 'latin1')))
      expect(run, name).toThrow(PdfError)
      try {
        run()
      } catch (error) {
        expect((error as PdfError).code, name).toBe('malformed')
      }
    }
  })

  it('leaves a PDF without an Info dictionary as it is', () => {
    const input = latin1(buildPdf(['<<>>', page, catalog, pages])).replace('\n/Info 1 0 R', '           ')
    const bytes = new Uint8Array(Buffer.from(input, 'latin1'))
    expect(Buffer.from(sanitizePdf(bytes)).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('decodeTextString', () => {
  it('reads literal strings with escapes, hex strings and UTF-16BE', () => {
    expect(decodeTextString('(a\\(b\\)c\\\\d)')).toBe('a(b)c\\d')
    expect(decodeTextString('(line\\nbreak\\101)')).toBe('line\nbreakA')
    expect(decodeTextString('<FEFF516C544A0020>')).toBe('公告 ')
    expect(decodeTextString('<48 69>')).toBe('Hi')
  })
})
