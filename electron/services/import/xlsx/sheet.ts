/**
 * One worksheet, streamed: rows become GridRows as they are read (a 100,000-row list is never a DOM), with
 * hidden rows and columns, merged ranges, values as displayed, and the side channels the sheet part holds
 * itself (print headers and footers). Comments, drawings and objects hang off the sheet's relationships.
 */
import { columnLetters, parseCellRef, type GridRow, type HiddenItem, type SheetGrid } from '../../../../shared/import/index'
import { parseXmlPlain, type XmlContext } from '../xml'
import { formatNumber, type Shown } from './number-format'

/** What the sheet part says beyond its grid. */
export type SheetRead = {
  grid: SheetGrid
  hidden: HiddenItem[]
  /** cells whose value needs a person's attention, by hazard */
  hazards: { precisionLost: string[]; scientific: string[]; formulaWithoutValue: string[] }
}

export type SheetInput = {
  name: string
  index: number
  state: SheetGrid['state']
  part: string
  strings: readonly string[]
  formats: readonly string[]
  date1904: boolean
}

/** `&L&"宋体,常规"制表人：张三&R第&P页` → `制表人：张三 第页`: the printed text of a header or footer, codes removed. */
export function headerFooterText(raw: string): string {
  // && is a literal ampersand: split on it first so the code stripping never sees it
  return raw
    .split('&&')
    .map((part) =>
      part
        .replace(/&"[^"]*"/g, '')
        .replace(/&K[0-9A-Fa-f]{6}|&K\d\d[+-]\d{3}/g, '')
        .replace(/&\d+/g, '')
        .replace(/&[LCR]/g, ' ')
        .replace(/&[A-Za-z]/g, ''),
    )
    .join('&')
    .replace(/\s+/g, ' ')
    .trim()
}

export async function readSheet(bytes: Uint8Array, input: SheetInput, ctx: XmlContext): Promise<SheetRead> {
  const rows: GridRow[] = []
  const hiddenColumns = new Set<number>()
  const merges: string[] = []
  const hidden: HiddenItem[] = []
  const hazards: SheetRead['hazards'] = { precisionLost: [], scientific: [], formulaWithoutValue: [] }
  let zeroHeight = false
  let row: GridRow | null = null
  let rowNumber = 0
  let colNumber = 0
  // the current cell
  let ref = ''
  let type = ''
  let style = 0
  let value = ''
  let inline = ''
  let hasFormula = false
  let where: 'v' | 't' | 'hf' | null = null
  let phonetic = 0
  let hfText = ''
  const finishCell = (): void => {
    if (!row) return
    let text: string
    let shown: Shown | null = null
    switch (type) {
      case 's':
        text = input.strings[Number(value)] ?? ''
        break
      case 'inlineStr':
        text = inline
        break
      case 'b':
        text = value === '1' || value === 'true' ? 'TRUE' : value === '' ? '' : 'FALSE'
        break
      case 'str':
      case 'e':
      case 'd':
        text = value
        break
      default: {
        const n = value.trim() === '' ? NaN : Number(value)
        if (Number.isNaN(n)) text = value
        else {
          shown = formatNumber(n, input.formats[style] ?? 'General', input.date1904)
          text = shown.text
        }
      }
    }
    if (hasFormula && value === '' && type !== 'inlineStr') hazards.formulaWithoutValue.push(ref)
    if (shown?.hidden) {
      // the format shows nothing (;;;): the value is hidden text, listed and kept out of the body
      hidden.push({ kind: 'hiddenText', location: { sheet: input.name, cell: ref }, text: value, disposition: 'dropped' })
      return
    }
    if (shown?.precisionLost) hazards.precisionLost.push(ref)
    else if (shown?.scientific && /^general$/i.test(input.formats[style] ?? 'General')) hazards.scientific.push(ref)
    if (text === '') return
    row.columns.push(colNumber)
    row.values.push(text)
  }
  await parseXmlPlain(
    bytes,
    {
      open(tag) {
        switch (tag.local) {
          case 'row': {
            const r = Number(tag.attributes.r)
            rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1
            colNumber = 0
            const ht = tag.attributes.ht
            const custom = tag.attributes.customHeight === '1' || tag.attributes.customHeight === 'true'
            const isHidden = tag.attributes.hidden === '1' || tag.attributes.hidden === 'true' || (ht !== undefined && Number(ht) === 0) || (zeroHeight && !(custom && Number(ht) > 0))
            row = { row: rowNumber, hidden: isHidden, columns: [], values: [] }
            break
          }
          case 'c': {
            ref = tag.attributes.r ?? ''
            const parsed = ref ? parseCellRef(ref) : null
            colNumber = parsed ? parsed.column : colNumber + 1
            if (!parsed) ref = `${columnLetters(colNumber)}${rowNumber}`
            type = tag.attributes.t ?? 'n'
            style = Number(tag.attributes.s ?? 0) || 0
            value = ''
            inline = ''
            hasFormula = false
            break
          }
          case 'v':
            where = 'v'
            break
          case 'f':
            hasFormula = true
            break
          case 't':
            if (type === 'inlineStr') where = 't'
            break
          case 'rPh':
            phonetic++
            break
          case 'col': {
            const isHidden = tag.attributes.hidden === '1' || tag.attributes.hidden === 'true' || (tag.attributes.width !== undefined && Number(tag.attributes.width) === 0)
            if (isHidden) {
              const min = Math.max(1, Number(tag.attributes.min) || 1)
              const max = Math.min(16384, Number(tag.attributes.max) || min)
              for (let c = min; c <= max; c++) hiddenColumns.add(c)
            }
            break
          }
          case 'sheetFormatPr':
            zeroHeight = tag.attributes.zeroHeight === '1' || tag.attributes.zeroHeight === 'true'
            break
          case 'mergeCell': {
            const m = tag.attributes.ref
            if (m) merges.push(m)
            break
          }
          case 'oddHeader':
          case 'evenHeader':
          case 'firstHeader':
          case 'oddFooter':
          case 'evenFooter':
          case 'firstFooter':
            where = 'hf'
            hfText = ''
            break
        }
      },
      close(local) {
        switch (local) {
          case 'v':
          case 't':
            where = null
            break
          case 'rPh':
            phonetic--
            break
          case 'c':
            finishCell()
            break
          case 'row':
            if (row && row.values.length) rows.push(row)
            row = null
            break
          case 'oddHeader':
          case 'evenHeader':
          case 'firstHeader':
          case 'oddFooter':
          case 'evenFooter':
          case 'firstFooter': {
            where = null
            const text = headerFooterText(hfText)
            // LibreOffice's and Excel's default "Page &P" / "第 &P 页" carry nothing once the codes are gone
            if (text && !/^(?:page|sheet|of|第|页|共|\s|\/|-)*$/i.test(text)) hidden.push({ kind: local.endsWith('Header') ? 'header' : 'footer', location: { sheet: input.name, part: input.part }, text, disposition: 'dropped' })
            break
          }
        }
      },
      text(t) {
        if (where === 'v') value += t
        else if (where === 't' && phonetic === 0) inline += t
        else if (where === 'hf') hfText += t
      },
    },
    ctx,
  )
  // rows may come out of order in hand-made files; the grid wants them ascending
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].row <= rows[i - 1].row) {
      rows.sort((a, b) => a.row - b.row)
      break
    }
  }
  return { grid: { sheet: input.name, index: input.index, state: input.state, rows, hiddenColumns, merges }, hidden, hazards }
}
