/** The workbook-wide parts of an .xlsx: the sheet list, cell formats, shared strings. */
import type { OfficePackage, Rel } from '../package'
import { relKind } from '../package'
import { findAll, kids, attrLocal, parseXmlPlain, type XmlContext } from '../xml'
import { builtInFormat } from './number-format'

/** A sheet as the workbook lists it. */
export type SheetEntry = { name: string; state: 'visible' | 'hidden' | 'veryHidden'; part: string | null; kind: string }

export type Workbook = { sheets: SheetEntry[]; date1904: boolean; rels: Rel[] }

export async function readWorkbook(pkg: OfficePackage, part: string): Promise<Workbook> {
  const tree = await pkg.tree(part)
  const rels = await pkg.rels(part)
  const byId = new Map(rels.map((r) => [r.id, r]))
  const sheets: SheetEntry[] = []
  let date1904 = false
  if (tree) {
    const pr = findAll(tree, 'workbookPr')[0]
    date1904 = pr?.attrs.date1904 === '1' || pr?.attrs.date1904 === 'true'
    for (const s of findAll(tree, 'sheet')) {
      const rel = byId.get(attrLocal(s, 'id') ?? '')
      const state = s.attrs.state === 'hidden' ? 'hidden' : s.attrs.state === 'veryHidden' ? 'veryHidden' : 'visible'
      sheets.push({ name: s.attrs.name ?? `Sheet${sheets.length + 1}`, state, part: rel && !rel.external ? rel.target : null, kind: rel ? relKind(rel) : '' })
    }
  }
  return { sheets, date1904, rels }
}

/** The number format code of each cell style (the `s` attribute indexes this list). */
export async function readCellFormats(pkg: OfficePackage, workbook: Workbook): Promise<string[]> {
  const rel = workbook.rels.find((r) => relKind(r) === 'styles' && !r.external)
  const tree = rel ? await pkg.tree(rel.target) : null
  if (!tree) return []
  const custom = new Map<number, string>()
  for (const f of findAll(tree, 'numFmt')) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? 'General')
  const cellXfs = findAll(tree, 'cellXfs')[0]
  return (cellXfs ? kids(cellXfs, 'xf') : []).map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0)
    return custom.get(id) ?? builtInFormat(id)
  })
}

/** The shared string table, streamed: a big list is mostly this part. Phonetic runs (rPh) are not the cell's text. */
export async function readSharedStrings(pkg: OfficePackage, workbook: Workbook, onProgress: (f: number) => void, signal?: AbortSignal, checkpoint?: () => void): Promise<string[]> {
  const rel = workbook.rels.find((r) => relKind(r) === 'sharedStrings' && !r.external)
  if (!rel || !pkg.zip.has(rel.target)) return []
  const strings: string[] = []
  let cur = ''
  let inT = false
  let phonetic = 0
  const ctx: XmlContext = { file: pkg.file, part: rel.target, onProgress }
  if (signal) ctx.signal = signal
  if (checkpoint) ctx.checkpoint = checkpoint
  await parseXmlPlain(
    await pkg.zip.read(rel.target),
    {
      open(tag) {
        if (tag.local === 'si') cur = ''
        else if (tag.local === 't') inT = true
        else if (tag.local === 'rPh') phonetic++
      },
      close(local) {
        if (local === 't') inT = false
        else if (local === 'rPh') phonetic--
        else if (local === 'si') strings.push(cur)
      },
      text(t) {
        if (inT && phonetic === 0) cur += t
      },
    },
    ctx,
  )
  return strings
}
