// The text a reader gets out of a PDF, for tests: what the notice says, and that no original personal value is in it.
//
// pdf.js (the legacy build runs in Node) does the reading. One thing it does not do is /ActualText: Skia maps each
// glyph to one code point in the font's ToUnicode table, and where Noto CJK draws two code points with one glyph
// (一 and the Kangxi radical ⼀, 民 and ⺠, 生 and ⽣ …) it picks the radical and wraps the glyph in
// `/Span <</ActualText <FEFF…>>> BDC … EMC` with the real text. Without it, 民 would read as ⺠ and a leak test
// looking for a name with 民 in it would find nothing. So the marked-content spans are read from the page's
// content stream here and their ActualText put in place of what pdf.js extracted inside them.
import zlib from 'node:zlib'
import { decodeTextString, entry, latin1, objectDict, readXref, refNumber, streamData, valueOf, type Xref } from '../../electron/services/pdf/pdf-syntax'

type Marker = { actualText: string | undefined }
type Item = { str?: string; hasEOL?: boolean; type?: string }

function refsIn(value: string): number[] {
  return [...value.matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1]))
}

/** Page objects in reading order, from the catalog's page tree. */
function pageObjects(text: string, xref: Xref): number[] {
  const root = entry(xref.trailer, 'Root')
  const catalog = refNumber(root ? valueOf(text, root) : '')
  const catalogDict = catalog === undefined ? undefined : objectDict(text, xref, catalog)
  const pagesRef = catalogDict && entry(catalogDict, 'Pages')
  const pages: number[] = []
  const walk = (num: number): void => {
    const dict = objectDict(text, xref, num)
    if (!dict) throw new Error(`pdfText: page tree node ${num} is not a dictionary`)
    const kids = entry(dict, 'Kids')
    if (kids) refsIn(valueOf(text, kids)).forEach(walk)
    else pages.push(num)
  }
  const first = pagesRef ? refNumber(valueOf(text, pagesRef)) : undefined
  if (first === undefined) throw new Error('pdfText: no page tree')
  walk(first)
  return pages
}

/** A page's content, inflated: the operators pdf.js interprets, in the same order. */
function pageContent(text: string, xref: Xref, page: number): string {
  const dict = objectDict(text, xref, page)
  const contents = dict && entry(dict, 'Contents')
  if (!contents) return ''
  return refsIn(valueOf(text, contents))
    .map((num) => {
      const streamDict = objectDict(text, xref, num)
      if (!streamDict) throw new Error(`pdfText: content ${num} is not a stream`)
      const { start, end } = streamData(text, xref, streamDict)
      const raw = Buffer.from(text.slice(start, end), 'latin1')
      const filter = entry(streamDict, 'Filter')
      if (!filter) return raw.toString('latin1')
      if (valueOf(text, filter).trim() !== '/FlateDecode') throw new Error(`pdfText: unsupported content filter ${valueOf(text, filter)}`)
      return zlib.inflateSync(raw).toString('latin1')
    })
    .join('\n')
}

/** The marked-content sequences (BMC/BDC) of a content stream in order, each with its /ActualText if it has one. */
function markers(content: string): Marker[] {
  const out: Marker[] = []
  for (const m of content.matchAll(/\/[^\s/<>[\]()]+\s*(?:(<<(?:[^>]|>(?!>))*>>)\s*BDC|\/[^\s/<>[\]()]+\s*BDC|BMC)(?![^\s/<>[\]()])/g)) {
    const props = m[1] ?? ''
    const actual = /\/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(props)
    out.push({ actualText: actual?.[1] === undefined ? undefined : decodeTextString(actual[1]) })
  }
  return out
}

/** One page's text from pdf.js items, with each ActualText span replaced by its ActualText. */
function pageText(items: readonly Item[], pageMarkers: readonly Marker[], pageNumber: number): string {
  let out = ''
  let next = 0
  // For each open marked-content sequence: the text to use instead of its glyphs, if any.
  const open: Array<string | undefined> = []
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      const marker = pageMarkers[next++]
      if (!marker) throw new Error(`pdfText: page ${pageNumber} has more marked content in pdf.js than in its content stream`)
      open.push(marker.actualText)
      continue
    }
    if (item.type === 'endMarkedContent') {
      const replacement = open.pop()
      if (replacement !== undefined && !open.some((r) => r !== undefined)) out += replacement
      continue
    }
    if (open.some((r) => r !== undefined)) continue
    out += (item.str ?? '') + (item.hasEOL ? '\n' : '')
  }
  if (next !== pageMarkers.length) throw new Error(`pdfText: page ${pageNumber}: ${pageMarkers.length} marked-content sequences in the stream, ${next} seen by pdf.js`)
  return out
}

/** Every page's text, pages separated by a form feed. Throws when the PDF cannot be read. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const text = latin1(bytes)
  const xref = readXref(text)
  const pageMarkers = pageObjects(text, xref).map((page) => markers(pageContent(text, xref, page)))
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  try {
    if (doc.numPages !== pageMarkers.length) throw new Error(`pdfText: pdf.js sees ${doc.numPages} pages, the page tree ${pageMarkers.length}`)
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent({ includeMarkedContent: true })
      pages.push(pageText(content.items, pageMarkers[n - 1] ?? [], n))
      page.cleanup()
    }
    return pages.join('\f')
  } finally {
    await doc.destroy()
  }
}
