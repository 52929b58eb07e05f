/**
 * A small PDF laid out the way Skia writes one: Info as object 1 at the top, a classic xref table, a trailer.
 * `objects` are the bodies of objects 1…n (3 is the catalog); offsets are computed, so the file is valid as built.
 */
export function buildPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 3 0 R\n/Info 1 0 R${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

/** The Info dictionary Chromium 156 writes for a page titled 公告. */
export const chromiumInfo = [
  '<</Title <FEFF516C544A>',
  '/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) AppleWebKit/537.36 \\(KHTML, like Gecko\\) HeadlessChrome/156.0.0.0 Safari/537.36)',
  '/Producer (Skia/PDF m156)',
  "/CreationDate (D:20260506093012+08'00')",
  "/ModDate (D:20260506093012+08'00')>>",
].join('\n')
export const page = '<</Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 595 842]>>'
export const catalog = '<</Type /Catalog\n/Pages 4 0 R>>'
export const pages = '<</Type /Pages\n/Count 1\n/Kids [2 0 R]>>'

/** A one-page PDF with Chromium's metadata in it. */
export function chromiumLikePdf(): Uint8Array {
  return buildPdf([chromiumInfo, page, catalog, pages])
}
