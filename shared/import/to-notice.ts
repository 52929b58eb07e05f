/**
 * 导入为公告 — an imported document becomes the fields of a new draft, and the report of what it held
 * besides. Pure: the app's `notice.import` and the CLI's `notice new --import` both call this.
 *
 * Title, 文号, 落款单位 and 落款日期 come from paragraphs the import recognised by style; everything else is
 * the body, tables as tab-separated lines (header first). Hidden rows, columns and sheets come in marked
 * exactly as `documentText` marks them, so the officer sees them and submitting is refused until they are
 * deleted or their marker is. Dropped items (comments, properties, headers …) never enter the notice.
 */
import type { ImportReport } from '../api/contract-workflow'
import { emptyFields, limits, type NoticeFields, type NoticeType } from '../notice/notice'
import { scan } from '../pii/index'
import type { EntityType } from '../pii/index'
import { columnLetters } from './cells'
import { describePlace } from './describe'
import { hiddenKindLabel, type HiddenItem, type ImportedDocument, type ParagraphBlock, type TableBlock, type TableRow } from './model'
import { hiddenColumnNote, hiddenMarker } from './project'

export type ImportedNotice = { fields: NoticeFields; report: ImportReport }

export type ToNoticeOptions = {
  noticeType?: NoticeType | undefined
  /** the scan's "today" (birth dates in the future are not birth dates) */
  today?: Date
}

/** `2026年3月1日`, `2026-03-01`, `2026/3/1`, `2026.3.1` → `2026-03-01`; undefined when it is not one real day. */
export function parseDay(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, '')
  const m = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日|[-/.](\d{1,2})[-/.](\d{1,2}))$/.exec(t)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2] ?? m[4])
  const day = Number(m[3] ?? m[5])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The file name without its folder and extension: the title when the document has none. */
export function baseTitle(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).trim().slice(0, limits.title)
}

/** Tabs and line breaks inside a cell would split its row: spaces instead (as documentText does). */
function cellText(s: string): string {
  return s.replace(/[\t\n\r\u2028\u2029]/g, ' ')
}


function tableLines(table: TableBlock): string[] {
  const line = (row: TableRow, header: boolean): string => {
    const cells = row.cells.map((cell, ci) => `${cellText(cell)}${header && table.columns[ci]?.hidden ? hiddenColumnNote : ''}`)
    return `${cells.join('\t')}${row.hidden ? `\t${hiddenMarker('hiddenRow')}` : ''}`
  }
  // a one-column table has no tab: it would read as paragraphs, so its rows get an empty second cell
  const lines = [line(table.header, true), ...table.rows.map((r) => line(r, false))]
  return lines.map((l) => (l.includes('\t') ? l : `${l}\t`))
}

/**
 * The text of a hidden item as the scanner should read it. A hidden column's item names only its header:
 * its content is the column's cells, read as `header：value` lines so the column's meaning is context.
 */
function hiddenItemText(doc: ImportedDocument, h: HiddenItem): string {
  if (h.kind === 'hiddenColumn' && h.location.sheet !== undefined && h.location.range) {
    const letters = h.location.range.split(':')[0] ?? ''
    for (const t of doc.blocks) {
      if (t.kind !== 'table' || t.origin.format !== 'xlsx' || t.origin.sheet !== h.location.sheet) continue
      const ci = t.columns.findIndex((c) => columnLetters(c.source) === letters)
      if (ci < 0) continue
      const header = t.header.cells[ci] ?? ''
      return t.rows.map((r) => `${header}：${r.cells[ci] ?? ''}`).join('\n')
    }
  }
  return h.author ? `批注人姓名：${h.author}\u3000${h.text}` : h.text
}

/** Converts an imported document into notice fields and the import report. */
export function importToNotice(doc: ImportedDocument, fileName: string, options: ToNoticeOptions = {}): ImportedNotice {
  const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph')
  const pick = (style: ParagraphBlock['style'], ok: (text: string) => boolean = () => true): ParagraphBlock | undefined =>
    paragraphs.find((p) => p.style === style && !p.hidden && !p.marks?.length && p.text.trim() !== '' && ok(p.text.trim()))
  const titleBlock = pick('title', (t) => t.length <= limits.title)
  const docNumberBlock = pick('docNumber', (t) => t.length <= limits.docNumber)
  const issuerBlock = pick('signature', (t) => t.length <= limits.issuer && !t.includes('\n'))
  const dateBlock = pick('date', (t) => parseDay(t) !== undefined)
  const used = new Set<ParagraphBlock>([titleBlock, docNumberBlock, issuerBlock, dateBlock].filter((b): b is ParagraphBlock => b !== undefined))

  const body: string[] = []
  let sheet: string | undefined
  let lastWasTable = false
  for (const block of doc.blocks) {
    // a hidden sheet announces itself as documentText does: 【隐藏工作表】name
    const blockSheet = block.kind === 'table' ? (block.origin.format === 'xlsx' ? block.origin.sheet : undefined) : block.location.sheet
    if (blockSheet !== undefined && blockSheet !== sheet) {
      sheet = blockSheet
      const kind = block.kind === 'table' ? block.hidden : block.hidden === 'hiddenSheet' || block.hidden === 'veryHiddenSheet' ? block.hidden : undefined
      if (kind) {
        body.push(`${hiddenMarker(kind)}${cellText(blockSheet)}`)
        lastWasTable = false
      }
    }
    if (block.kind === 'paragraph') {
      if (used.has(block)) continue
      const text = block.text.replace(/\t/g, ' ')
      if (text.trim() === '' && !block.hidden) continue
      body.push(`${block.hidden ? hiddenMarker(block.hidden) : ''}${text}`)
      lastWasTable = false
      continue
    }
    // two tables in a row would render as one: a blank line keeps them apart
    if (lastWasTable) body.push('')
    body.push(...tableLines(block))
    lastWasTable = true
  }

  const fields: NoticeFields = {
    ...emptyFields,
    title: titleBlock?.text.trim() ?? baseTitle(fileName),
    docNumber: docNumberBlock?.text.trim() ?? '',
    issuer: issuerBlock?.text.trim() ?? '',
    signatureDate: dateBlock ? (parseDay(dateBlock.text) ?? '') : '',
    noticeType: options.noticeType ?? 'general',
    body: body.join('\n'),
  }

  const scanOptions = options.today ? { today: options.today } : {}
  const dropped = new Map<EntityType, number>()
  const hidden = doc.hidden.map((h) => {
    const findings = scan(hiddenItemText(doc, h), scanOptions)
    if (h.disposition === 'dropped') for (const f of findings) dropped.set(f.type, (dropped.get(f.type) ?? 0) + 1)
    return { kind: h.kind, label: hiddenKindLabel[h.kind], where: describePlace(h.location), disposition: h.disposition, findings: findings.length }
  })
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table')
  const report: ImportReport = {
    format: doc.format,
    paragraphs: paragraphs.length,
    tables: tables.length,
    rows: tables.reduce((n, t) => n + t.rows.length, 0),
    hidden,
    warnings: doc.warnings.map((w) => ({ code: w.code, message: w.message, where: w.location ? describePlace(w.location) : null })),
    droppedFindings: [...dropped].map(([type, count]) => ({ type, count })),
  }
  return { fields, report }
}
