/**
 * .docx import: the body's paragraphs and tables in reading order (tracked changes accepted, as Word shows
 * them), and every side channel listed: deleted revisions, hidden text, field codes, alt text, change and
 * comment authors, headers, footers, comments, footnotes, document variables, the glossary.
 */
import { guessStyles, type Block, type HiddenItem, type ImportWarning, type ParagraphBlock, type TableBlock, type TableMerge, type TableRow } from '../../../../shared/import/index'
import { relKind, type OfficePackage } from '../package'
import { findAll, attrLocal } from '../xml'
import { walkWordPart, type WalkedParagraph, type WalkedTable } from './walker'

export type ImportParts = { blocks: Block[]; hidden: HiddenItem[]; warnings: ImportWarning[] }

/** Field codes that only number pages or build tables of contents say nothing; others (HYPERLINK "mailto:…", INCLUDETEXT "C:\\Users\\…") may. */
const BORING_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|SECTION|DATE|TIME|TOC|SEQ|PAGEREF|STYLEREF|NUMWORDS|NUMCHARS|LISTNUM|AUTONUM\w*|EQ|FORMTEXT|FORMCHECKBOX|MERGEFORMAT)\b[^"]*$/i

export async function importDocx(pkg: OfficePackage, part: string, onProgress: (f: number) => void, signal?: AbortSignal, checkpoint?: () => void): Promise<ImportParts> {
  const ctx = { file: pkg.file, part, onProgress, ...(signal ? { signal } : {}), ...(checkpoint ? { checkpoint } : {}) }
  const walked = await walkWordPart(await pkg.zip.read(part), ctx)
  const rels = await pkg.rels(part)
  const styleNames = await readStyleNames(pkg, rels.find((r) => relKind(r) === 'styles' && !r.external)?.target)

  const blocks: Block[] = []
  const top: ParagraphBlock[] = []
  const topHints: { text: string; styleName?: string; align?: 'left' | 'center' | 'right' | 'both' }[] = []
  for (const b of walked.blocks) {
    if (b.kind === 'table') {
      const t = table(b.t, part)
      if (t) blocks.push(t)
      continue
    }
    if (!b.p.text.trim()) continue
    const block = paragraph(b.p, part)
    blocks.push(block)
    top.push(block)
    const hint: (typeof topHints)[number] = { text: b.p.text }
    const styleName = styleNames.get(b.p.styleId)
    if (styleName) hint.styleName = styleName
    if (b.p.align === 'center' || b.p.align === 'right' || b.p.align === 'left' || b.p.align === 'both') hint.align = b.p.align
    topHints.push(hint)
  }
  guessStyles(topHints).forEach((s, i) => (top[i].style = s))

  const hidden: HiddenItem[] = []
  const warnings: ImportWarning[] = []
  const authors = new Set<string>()
  let tracked = false
  for (const p of walked.paragraphs) {
    const location = { part, paragraph: p.number }
    for (const r of p.inserted) hidden.push({ kind: 'trackedInsertion', location, text: p.text.slice(r.start, r.end), disposition: 'shown' })
    if (p.deleted.trim()) hidden.push({ kind: 'trackedDeletion', location, text: p.deleted, disposition: 'dropped' })
    if (p.inserted.length || p.deleted) tracked = true
    if (p.hiddenText.trim()) hidden.push({ kind: 'hiddenText', location, text: p.hiddenText, disposition: 'dropped' })
    if (p.fieldCode.trim() && !BORING_FIELD.test(p.fieldCode)) hidden.push({ kind: 'fieldCode', location, text: p.fieldCode.trim(), disposition: 'dropped' })
    for (const alt of p.altText) hidden.push({ kind: 'altText', location, text: alt, disposition: 'dropped' })
    for (const a of p.authors) authors.add(a)
  }
  for (const a of authors) hidden.push({ kind: 'property', location: { part, property: 'w:author' }, text: a, disposition: 'dropped', label: 'w:author 修订人姓名' })
  if (tracked) {
    warnings.push({
      code: 'trackedChanges',
      location: { part },
      message: {
        'zh-CN': '文档含有未处理的修订，已按“接受所有修订”后的文字导入；被删除的文字和修订人已单独列出，不会发布',
        en: 'the document has tracked changes; imported as if all were accepted; deleted text and reviewers are listed separately and not published',
      },
    })
  }
  hidden.push(...(await sideParts(pkg, rels, checkpoint)))
  return { blocks, hidden, warnings }
}

function paragraph(p: WalkedParagraph, part: string): ParagraphBlock {
  const block: ParagraphBlock = { kind: 'paragraph', text: p.text, style: 'body', location: { part, paragraph: p.number } }
  if (p.inserted.length) block.marks = p.inserted.map((r) => ({ start: r.start, end: r.end, kind: 'trackedInsertion' as const }))
  return block
}

/** A Word table as a header row and data rows; horizontally and vertically merged cells keep their text in the first cell. */
function table(t: WalkedTable, part: string): TableBlock | null {
  const merges: TableMerge[] = []
  const grid: TableRow[] = []
  const openVertical = new Map<number, TableMerge>()
  t.rows.forEach((row, ri) => {
    const cells: string[] = []
    const paragraphs: number[] = []
    for (const cell of row.cells) {
      const col = cells.length
      const text = cell.paragraphs.map((p) => p.text).join('\n')
      const first = cell.paragraphs[0]?.number ?? 0
      if (cell.vMergeContinue) {
        const m = openVertical.get(col)
        if (m) m.rows++
        cells.push('')
      } else {
        cells.push(text)
        const m: TableMerge = { row: ri, column: col, rows: 1, columns: cell.span }
        openVertical.set(col, m)
        merges.push(m)
      }
      paragraphs.push(first)
      for (let k = 1; k < cell.span; k++) {
        cells.push('')
        paragraphs.push(first)
      }
    }
    const r: TableRow = { cells, source: ri + 1, paragraphs }
    if (row.hidden) r.hidden = true
    grid.push(r)
  })
  const width = Math.max(0, ...grid.map((r) => r.cells.length))
  if (width === 0 || grid.every((r) => r.cells.every((c) => !c.trim()))) return null
  for (const r of grid) {
    while (r.cells.length < width) {
      r.cells.push('')
      r.paragraphs?.push(r.paragraphs[r.paragraphs.length - 1] ?? 0)
    }
  }
  const [header, ...rows] = grid
  const block: TableBlock = {
    kind: 'table',
    origin: { format: 'docx', part, table: t.number },
    index: t.number,
    location: { part, table: t.number, paragraph: header.paragraphs?.[0] ?? 0 },
    columns: Array.from({ length: width }, (_, i) => ({ source: i + 1 })),
    header,
    rows,
  }
  const real = merges.filter((m) => m.rows * m.columns > 1)
  if (real.length) block.merges = real
  return block
}

async function readStyleNames(pkg: OfficePackage, part: string | undefined): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const tree = part ? await pkg.tree(part) : null
  for (const s of tree ? findAll(tree, 'style') : []) {
    const id = attrLocal(s, 'styleId')
    const name = s.children.find((c) => c.local === 'name')
    const value = name ? attrLocal(name, 'val') : undefined
    if (id && value) names.set(id, value)
  }
  return names
}

/** Headers, footers, comments, foot- and endnotes, document variables and the glossary: listed, never body text. */
async function sideParts(pkg: OfficePackage, rels: Awaited<ReturnType<OfficePackage['rels']>>, checkpoint?: () => void): Promise<HiddenItem[]> {
  const items: HiddenItem[] = []
  const walk = async (part: string): Promise<WalkedParagraph[]> => (pkg.zip.has(part) ? (await walkWordPart(await pkg.zip.read(part), { file: pkg.file, part, ...(checkpoint ? { checkpoint } : {}) })).paragraphs : [])
  const all = (p: WalkedParagraph): string => [p.text, p.deleted, p.hiddenText, ...p.altText].filter((s) => s.trim()).join(' ')
  for (const rel of rels) {
    if (rel.external) continue
    const kind = relKind(rel)
    if (kind === 'header' || kind === 'footer') {
      const text = (await walk(rel.target)).map(all).filter(Boolean).join('\n')
      if (text.trim()) items.push({ kind, location: { part: rel.target }, text, disposition: 'dropped' })
    } else if (kind === 'comments' || kind === 'footnotes' || kind === 'endnotes') {
      const groups = new Map<string, { author: string; texts: string[] }>()
      for (const p of await walk(rel.target)) {
        const c = p.container
        if (!c || c.type === 'separator' || c.type === 'continuationSeparator' || c.type === 'continuationNotice') continue
        const g = groups.get(c.id) ?? { author: c.author, texts: [] }
        g.texts.push(all(p))
        groups.set(c.id, g)
      }
      for (const [id, g] of groups) {
        const text = g.texts.filter(Boolean).join('\n')
        if (!text.trim() && !g.author.trim()) continue
        const item: HiddenItem = kind === 'comments' ? { kind: 'comment', location: { part: rel.target, comment: id }, text, disposition: 'dropped' } : { kind: 'note', location: { part: rel.target }, text, disposition: 'dropped' }
        if (g.author.trim()) item.author = g.author.trim()
        items.push(item)
      }
    } else if (kind === 'settings') {
      const tree = await pkg.tree(rel.target)
      for (const v of tree ? findAll(tree, 'docVar') : []) {
        const value = attrLocal(v, 'val') ?? ''
        if (value.trim()) items.push({ kind: 'property', location: { part: rel.target, property: attrLocal(v, 'name') ?? 'docVar' }, text: value, disposition: 'dropped' })
      }
    } else if (kind === 'glossaryDocument') {
      const text = (await walk(rel.target)).map(all).filter(Boolean).join('\n')
      if (text.trim()) items.push({ kind: 'hiddenText', location: { part: rel.target }, text, disposition: 'dropped' })
    }
  }
  return items
}
