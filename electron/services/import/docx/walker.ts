/**
 * Streams a WordprocessingML part (document, header, footer, comments, notes) into paragraphs and tables
 * in reading order. Visible text goes into the paragraph; what Word does not show — deleted revisions,
 * w:vanish hidden text, field codes — goes into side buffers of the same paragraph, so nothing is lost and
 * nothing hidden joins the visible text. Inserted revisions are visible text (Word's "all changes accepted"
 * view) and are marked. Text boxes come after the paragraph that anchors them. mc:Fallback content
 * duplicates its mc:Choice and is skipped.
 */
import { parseXml, tagAttr, type Tag, type XmlContext } from '../xml'
import { flatten, flattenAfter, type After, type Frame, type TableFrame, type WalkedBlock, type WalkedCell, type WalkedParagraph, type WalkResult } from './walked'

export type { WalkedBlock, WalkedCell, WalkedParagraph, WalkedTable, WalkResult } from './walked'

const W_NS = /wordprocessingml\/2006\/main$|ooxml\/wordprocessingml\/main$/
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
const WP_NS = /drawingml\/2006\/wordprocessingDrawing$|ooxml\/drawingml\/wordprocessingDrawing$/
const VML_NS = 'urn:schemas-microsoft-com:vml'

export async function walkWordPart(bytes: Uint8Array, ctx: XmlContext): Promise<WalkResult> {
  const blocks: WalkedBlock[] = []
  const paragraphs: WalkedParagraph[] = []
  const commentAnchors = new Map<string, number>()
  const paraStack: Frame[] = []
  const tables: TableFrame[] = []
  const names: string[] = []
  let paragraphCount = 0
  let tableCount = 0
  let skip = 0
  let ins = 0
  let del = 0
  let runVanish = false
  let inText: 't' | 'delText' | 'instrText' | null = null
  let container: WalkedParagraph['container']
  let insStart = -1

  const current = (): WalkedParagraph | undefined => paraStack[paraStack.length - 1]?.p
  const parentName = (): string => names[names.length - 2] ?? ''
  const addText = (s: string): void => {
    const p = current()
    if (!p) return
    if (del > 0) p.deleted += s
    else if (runVanish) p.hiddenText += s
    else p.text += s
  }
  /** Where a finished paragraph goes: after its anchoring paragraph (a text box), into a cell, or into the body. */
  const place = (p: WalkedParagraph, after: After): void => {
    const outer = paraStack[paraStack.length - 1]
    if (outer) {
      outer.after.push(p)
      if (after.length) outer.after.push(after)
      return
    }
    const all = flattenAfter(p, after)
    const cell = tables[tables.length - 1]?.cell
    if (cell) for (const q of all) cell.cell.paragraphs.push(q)
    else for (const q of all) blocks.push({ kind: 'paragraph', p: q })
  }

  await parseXml(
    bytes,
    {
      open(tag: Tag) {
        names.push(tag.local)
        if (skip > 0) {
          skip++
          return
        }
        if (tag.uri === MC_NS && tag.local === 'Fallback') {
          skip = 1
          return
        }
        if (WP_NS.test(tag.uri) && tag.local === 'docPr') {
          const alt = [tagAttr(tag, 'title'), tagAttr(tag, 'descr')].filter((s): s is string => !!s?.trim()).join(' ')
          if (alt) current()?.altText.push(alt)
          return
        }
        if (tag.uri === VML_NS) {
          const alt = tagAttr(tag, 'alt') ?? (tag.local === 'imagedata' ? tagAttr(tag, 'title') : undefined)
          if (alt?.trim()) current()?.altText.push(alt)
          return
        }
        if (!W_NS.test(tag.uri)) return
        switch (tag.local) {
          case 'p': {
            paragraphCount++
            const p: WalkedParagraph = { number: paragraphCount, text: '', inserted: [], deleted: '', hiddenText: '', fieldCode: '', altText: [], authors: new Set(), styleId: '', align: '' }
            if (container) p.container = container
            paraStack.push({ p, after: [] })
            paragraphs.push(p)
            break
          }
          case 'r':
            runVanish = false
            if (ins > 0) insStart = current()?.text.length ?? -1
            break
          case 'vanish':
          case 'specVanish':
            // on a run's properties only: under pPr it hides the paragraph mark, not the text
            if (parentName() === 'rPr' && names[names.length - 3] === 'r') runVanish = tagAttr(tag, 'val') !== '0' && tagAttr(tag, 'val') !== 'false'
            break
          case 'ins':
          case 'moveTo':
            if (parentName() !== 'rPr' && parentName() !== 'trPr') ins++
            noteAuthor(tag)
            break
          case 'del':
          case 'moveFrom':
            if (parentName() !== 'rPr' && parentName() !== 'trPr') del++
            noteAuthor(tag)
            break
          case 'rPrChange':
          case 'pPrChange':
          case 'sectPrChange':
          case 'tblPrChange':
          case 'trPrChange':
          case 'tcPrChange':
            noteAuthor(tag)
            break
          case 't':
            inText = 't'
            break
          case 'delText':
            inText = 'delText'
            break
          case 'instrText':
          case 'delInstrText':
            inText = 'instrText'
            break
          case 'tab':
            if (parentName() === 'r') addText('\t')
            break
          case 'br':
          case 'cr':
            addText('\n')
            break
          case 'noBreakHyphen':
            addText('-')
            break
          case 'fldSimple': {
            const p = current()
            if (p) p.fieldCode += `${tagAttr(tag, 'instr') ?? ''} `
            break
          }
          case 'pStyle': {
            const p = current()
            if (p && parentName() === 'pPr') p.styleId = tagAttr(tag, 'val') ?? ''
            break
          }
          case 'jc': {
            const p = current()
            if (p && parentName() === 'pPr') p.align = tagAttr(tag, 'val') ?? ''
            break
          }
          case 'commentRangeStart':
          case 'commentReference': {
            const id = tagAttr(tag, 'id')
            const p = current()
            if (id !== undefined && p && !commentAnchors.has(id)) commentAnchors.set(id, p.number)
            break
          }
          case 'comment':
          case 'footnote':
          case 'endnote':
            container = { kind: tag.local, id: tagAttr(tag, 'id') ?? '', author: tagAttr(tag, 'author') ?? '', type: tagAttr(tag, 'type') ?? '' }
            break
          case 'tbl':
            tableCount++
            tables.push({ t: { number: tableCount, rows: [] }, cell: null })
            break
          case 'tr':
            tables[tables.length - 1]?.t.rows.push({ cells: [], hidden: false })
            break
          case 'hidden':
            if (parentName() === 'trPr') {
              const rows = tables[tables.length - 1]?.t.rows
              const row = rows?.[rows.length - 1]
              if (row) row.hidden = tagAttr(tag, 'val') !== '0' && tagAttr(tag, 'val') !== 'false'
            }
            break
          case 'tc': {
            const frame = tables[tables.length - 1]
            const rows = frame?.t.rows
            const row = rows?.[rows.length - 1]
            if (frame && row) {
              const cell: WalkedCell = { paragraphs: [], span: 1, vMergeContinue: false }
              row.cells.push(cell)
              frame.cell = { cell }
            }
            break
          }
          case 'gridSpan': {
            const cell = tables[tables.length - 1]?.cell
            if (cell && parentName() === 'tcPr') cell.cell.span = Math.max(1, Math.min(64, Number(tagAttr(tag, 'val')) || 1))
            break
          }
          case 'vMerge': {
            const cell = tables[tables.length - 1]?.cell
            if (cell && parentName() === 'tcPr') cell.cell.vMergeContinue = tagAttr(tag, 'val') !== 'restart'
            break
          }
        }

        function noteAuthor(t: Tag): void {
          const author = tagAttr(t, 'author')
          if (author?.trim()) current()?.authors.add(author.trim())
        }
      },
      close(tag: Tag) {
        names.pop()
        if (skip > 0) {
          skip--
          return
        }
        if (!W_NS.test(tag.uri)) return
        switch (tag.local) {
          case 'p': {
            const frame = paraStack.pop()
            if (frame) place(frame.p, frame.after)
            break
          }
          case 'r': {
            const p = current()
            if (p && ins > 0 && insStart >= 0 && p.text.length > insStart) {
              // runs of one insertion follow each other: one range
              const last = p.inserted[p.inserted.length - 1]
              if (last && last.end === insStart) last.end = p.text.length
              else p.inserted.push({ start: insStart, end: p.text.length })
            }
            runVanish = false
            insStart = -1
            break
          }
          case 'ins':
          case 'moveTo':
            if (parentName() !== 'rPr' && parentName() !== 'trPr' && ins > 0) ins--
            break
          case 'del':
          case 'moveFrom':
            if (parentName() !== 'rPr' && parentName() !== 'trPr' && del > 0) del--
            break
          case 't':
          case 'delText':
          case 'instrText':
          case 'delInstrText':
            inText = null
            break
          case 'comment':
          case 'footnote':
          case 'endnote':
            container = undefined
            break
          case 'tc': {
            const frame = tables[tables.length - 1]
            if (frame) frame.cell = null
            break
          }
          case 'tbl': {
            const frame = tables.pop()
            if (!frame) break
            const outerCell = tables[tables.length - 1]?.cell
            // a table inside a table cell: its rows become lines of that cell
            if (outerCell) for (const q of flatten(frame.t)) outerCell.cell.paragraphs.push(q)
            else if (paraStack.length) paraStack[paraStack.length - 1].after.push(flatten(frame.t))
            else blocks.push({ kind: 'table', t: frame.t })
            break
          }
        }
      },
      text(t: string) {
        if (skip > 0 || inText === null) return
        const p = current()
        if (!p) return
        if (inText === 'instrText') p.fieldCode += t
        else if (inText === 'delText') p.deleted += t
        else addText(t)
      },
    },
    ctx,
  )
  return { blocks, paragraphs, commentAnchors }
}
