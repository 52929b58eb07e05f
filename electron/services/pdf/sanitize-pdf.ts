import { PdfError } from './printer'
import { decodeTextString, entry, latin1, objectDict, PdfSyntaxError, readXref, refNumber, streamData, valueOf, type Dict, type Xref } from './pdf-syntax'

/**
 * What Chromium (Skia/PDF) writes about a print, and what a published bundle may keep of it:
 * - /Title: the page's <title> — the redacted, published notice title — kept; if it is empty Chromium writes
 *   the page URL instead (about:blank, or the print window's address), which is dropped.
 * - /Creator: the browser's user agent (OS, CPU, browser build, "HeadlessChrome" or "Electron/…") — replaced.
 * - /Producer: "Skia/PDF m<milestone>", the exact browser build — dropped.
 * - /CreationDate, /ModDate: the moment of printing, the only bytes in which two prints differ — dropped.
 * - anything else an Info dictionary could hold (/Author, /Subject, /Keywords …) — dropped.
 * - trailer /ID and an XMP metadata stream: Skia writes them only for PDF/A, which Chromium does not ask
 *   for; removed if present all the same (an XMP packet holds the same dates and tool names).
 * Every change overwrites bytes in place with content of the same length (dropped keys become spaces), so
 * each cross-reference offset stays valid and everything else in the file is untouched.
 */
export const PDF_CREATOR = 'Countersign'

type Edit = { start: number; end: number; text: string }

/** Same-length replacement: the new text padded with spaces to the old span. */
function edit(start: number, end: number, text = ''): Edit {
  if (text.length > end - start) throw new Error('a sanitising edit must not grow the file')
  return { start, end, text: text.padEnd(end - start, ' ') }
}

/** A value Chromium fills in from the page address when the document has no title. */
function looksLikeUrl(title: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(title.trim())
}

function infoEdit(text: string, info: Dict): Edit {
  const title = entry(info, 'Title')
  const kept = title && !looksLikeUrl(decodeTextString(valueOf(text, title))) && decodeTextString(valueOf(text, title)).trim() !== '' ? `/Title ${valueOf(text, title)}` : ''
  const creator = `/Creator (${PDF_CREATOR})`
  const room = info.end - info.start - '<<>>'.length
  const body = [kept, creator].filter((part) => part !== '').join('\n')
  const fitted = body.length <= room ? body : kept
  return edit(info.start, info.end, `<<${fitted.padEnd(room, ' ')}>>`)
}

/** The /Type of a dictionary, as a name without its slash. */
function typeOf(text: string, dict: Dict): string | undefined {
  const t = entry(dict, 'Type')
  return t ? valueOf(text, t).replace(/^\//, '') : undefined
}

/** XMP packets: blanked in place when stored uncompressed (as PDF/A requires); a compressed one is refused. */
function metadataEdits(text: string, xref: Xref): Edit[] {
  const edits: Edit[] = []
  for (const num of xref.offsets.keys()) {
    const dict = objectDict(text, xref, num)
    if (!dict) continue
    const ref = entry(dict, 'Metadata')
    // A /Metadata reference (in the catalog, a page, a font …) goes; the stream it named is blanked below.
    if (ref && refNumber(valueOf(text, ref)) !== undefined) edits.push(edit(ref.start, ref.end))
    if (typeOf(text, dict) !== 'Metadata') continue
    if (entry(dict, 'Filter')) throw new PdfError('malformed', 'PDF 含有压缩的元数据流，无法清理 (the PDF has a compressed metadata stream that cannot be cleaned)')
    const data = streamData(text, xref, dict)
    edits.push(edit(data.start, data.end))
  }
  return edits
}

/**
 * The PDF with its metadata neutralised (see above). Same length as the input; refuses (PdfError 'malformed')
 * a file whose structure it cannot vouch for, so an unsanitised PDF is never shipped by mistake.
 */
export function sanitizePdf(input: Uint8Array): Uint8Array {
  const text = latin1(input)
  if (!text.startsWith('%PDF-')) throw new PdfError('malformed', '打印结果不是 PDF (the printer did not return a PDF)')
  const edits: Edit[] = []
  try {
    const xref = readXref(text)
    const info = entry(xref.trailer, 'Info')
    const infoNum = info ? refNumber(valueOf(text, info)) : undefined
    if (info && infoNum === undefined) edits.push(edit(info.start, info.end))
    if (infoNum !== undefined) {
      const dict = objectDict(text, xref, infoNum)
      if (!dict) throw new PdfSyntaxError('the Info object is not a dictionary')
      edits.push(infoEdit(text, dict))
    }
    const id = entry(xref.trailer, 'ID')
    if (id) edits.push(edit(id.start, id.end))
    edits.push(...metadataEdits(text, xref))
  } catch (error) {
    if (error instanceof PdfSyntaxError) throw new PdfError('malformed', `无法读取 PDF 结构 (the PDF's structure could not be read: ${error.message})`)
    throw error
  }
  const output = new Uint8Array(input)
  for (const e of edits) output.set(Buffer.from(e.text, 'latin1'), e.start)
  return output
}

/** The Info dictionary of a PDF as key → value (strings decoded), to check what a PDF says about itself. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const text = latin1(bytes)
  const xref = readXref(text)
  const info = entry(xref.trailer, 'Info')
  const num = info ? refNumber(valueOf(text, info)) : undefined
  const dict = num === undefined ? undefined : objectDict(text, xref, num)
  const out: Record<string, string> = {}
  for (const e of dict?.entries ?? []) out[e.key] = /^[(<]/.test(valueOf(text, e)) ? decodeTextString(valueOf(text, e)) : valueOf(text, e)
  return out
}

