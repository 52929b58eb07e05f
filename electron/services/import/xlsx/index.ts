/**
 * .xlsx import: every worksheet in workbook order (hidden ones included, marked), side parts listed.
 * Progress follows the bytes of XML parsed: shared strings and sheets are nearly all of it.
 */
import { gridToBlocks, parseRangeRef, cellRef, type Block, type HiddenItem, type ImportWarning, type SheetGrid } from '../../../../shared/import/index'
import type { OfficePackage } from '../package'
import { readSheet, type SheetRead } from './sheet'
import { readComments, readDrawings, readPersons } from './side-parts'
import { readCellFormats, readSharedStrings, readWorkbook } from './workbook-parts'

export type ImportParts = { blocks: Block[]; hidden: HiddenItem[]; warnings: ImportWarning[] }

export async function importXlsx(pkg: OfficePackage, mainPart: string, onProgress: (f: number) => void, signal?: AbortSignal, checkpoint?: () => void): Promise<ImportParts> {
  const workbook = await readWorkbook(pkg, mainPart)
  const formats = await readCellFormats(pkg, workbook)
  const stringsRel = workbook.rels.find((r) => r.target.endsWith('sharedStrings.xml'))
  const sizeOf = (part: string | null | undefined): number => (part ? (pkg.zip.entry(part)?.usize ?? 0) : 0)
  const total = Math.max(1, sizeOf(stringsRel?.target) + workbook.sheets.reduce((n, s) => n + sizeOf(s.part), 0))
  let done = 0
  const stage =
    (size: number) =>
    (f: number): void =>
      onProgress(Math.min(1, (done + f * size) / total))
  const stringsSize = sizeOf(stringsRel?.target)
  const strings = await readSharedStrings(pkg, workbook, stage(stringsSize), signal, checkpoint)
  done += stringsSize
  const persons = await readPersons(pkg, workbook.rels)

  const blocks: Block[] = []
  const hidden: HiddenItem[] = []
  const warnings: ImportWarning[] = []
  for (const [i, entry] of workbook.sheets.entries()) {
    if (!entry.part || !pkg.zip.has(entry.part) || entry.kind !== 'worksheet') {
      warnings.push({
        code: 'partSkipped',
        location: { sheet: entry.name },
        message: { 'zh-CN': `工作表“${entry.name}”不是普通工作表（图表或宏表），未导入其内容`, en: `sheet "${entry.name}" is not a worksheet (chart or macro sheet); its content was not imported` },
      })
      if (entry.state !== 'visible') hidden.push({ kind: entry.state === 'hidden' ? 'hiddenSheet' : 'veryHiddenSheet', location: { sheet: entry.name }, text: entry.name, disposition: 'shown' })
      continue
    }
    const size = sizeOf(entry.part)
    const ctx = { file: pkg.file, part: entry.part, onProgress: stage(size), ...(signal ? { signal } : {}), ...(checkpoint ? { checkpoint } : {}) }
    const read = await readSheet(await pkg.zip.read(entry.part), { name: entry.name, index: i + 1, state: entry.state, part: entry.part, strings, formats, date1904: workbook.date1904 }, ctx)
    done += size
    hidden.push(...coveredByMerges(read.grid))
    const shaped = gridToBlocks(read.grid)
    blocks.push(...shaped.blocks)
    hidden.push(...shaped.hidden, ...read.hidden)
    warnings.push(...hazardWarnings(entry.name, read.hazards))
    const rels = await pkg.rels(entry.part)
    hidden.push(...(await readComments(pkg, entry.name, rels, persons)), ...(await readDrawings(pkg, entry.name, rels)))
  }
  onProgress(1)
  return { blocks, hidden, warnings }
}

/**
 * Cells under a merged range other than its top-left one are not displayed, yet a file can hold values
 * there: hidden text. They leave the grid and are listed.
 */
function coveredByMerges(grid: SheetGrid): HiddenItem[] {
  if (!grid.merges.length || grid.sheet === undefined) return []
  const items: HiddenItem[] = []
  const { rows } = grid
  for (const r of grid.merges.map(parseRangeRef)) {
    if (!r) continue
    // rows are ascending: visit only those inside the range
    let lo = 0
    let hi = rows.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (rows[mid].row < r.top) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < rows.length && rows[i].row <= r.bottom; i++) {
      const row = rows[i]
      for (let k = row.columns.length - 1; k >= 0; k--) {
        const c = row.columns[k]
        if (c < r.left || c > r.right || (row.row === r.top && c === r.left)) continue
        items.push({ kind: 'hiddenText', location: { sheet: grid.sheet, cell: cellRef(row.row, c) }, text: row.values[k], disposition: 'dropped' })
        row.columns.splice(k, 1)
        row.values.splice(k, 1)
      }
    }
  }
  grid.rows = rows.filter((r) => r.values.length > 0)
  return items
}

/** One warning per hazard and sheet, at the first cell, with the count: a whole ID column would otherwise be a thousand warnings. */
function hazardWarnings(sheet: string, hazards: SheetRead['hazards']): ImportWarning[] {
  const out: ImportWarning[] = []
  const first = (cells: string[]): string => cells[0] ?? ''
  if (hazards.precisionLost.length) {
    const n = hazards.precisionLost.length
    out.push({
      code: 'numberPrecisionLost',
      location: { sheet, cell: first(hazards.precisionLost) },
      message: {
        'zh-CN': `工作表“${sheet}”有 ${n} 个超过15位的数字（如身份证号、银行卡号）以数值保存，Excel 只保留15位有效数字，后几位已变成0，与原号码不符；请在源文件中把该列设为“文本”并重新录入`,
        en: `sheet "${sheet}" has ${n} numbers longer than 15 digits (ID or bank card numbers?) stored as numbers; Excel keeps 15 significant digits, so the last digits are now zeros; store the column as text and re-enter them`,
      },
    })
  }
  if (hazards.scientific.length) {
    const n = hazards.scientific.length
    out.push({
      code: 'numberAsScientific',
      location: { sheet, cell: first(hazards.scientific) },
      message: {
        'zh-CN': `工作表“${sheet}”有 ${n} 个长数字以“常规”格式保存，Excel 显示为科学计数法（如 3.40705E+17）；此处按完整数字导入并检查`,
        en: `sheet "${sheet}" has ${n} long numbers in General format that Excel shows in scientific notation (3.40705E+17); imported and scanned as full digits`,
      },
    })
  }
  if (hazards.formulaWithoutValue.length) {
    out.push({
      code: 'formulaWithoutValue',
      location: { sheet, cell: first(hazards.formulaWithoutValue) },
      message: {
        'zh-CN': `工作表“${sheet}”有 ${hazards.formulaWithoutValue.length} 个公式没有保存计算结果，导入为空；请在 Excel/WPS 中重新计算并保存`,
        en: `sheet "${sheet}" has ${hazards.formulaWithoutValue.length} formulas saved without their value, imported as empty; recalculate and save in Excel/WPS`,
      },
    })
  }
  return out
}
