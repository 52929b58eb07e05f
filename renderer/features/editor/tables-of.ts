import { findTables, tablesAfterEdit, type BodyTable } from '../../../shared/notice/body-tables'

/** The last few texts' tables: the grid, the 表格 panel and the findings' 表1 · 第3行 all ask about the same body. */
const recent: { text: string; tables: readonly BodyTable[] }[] = []
const KEEP = 3

/** findTables, remembered for the last few texts (one parse of a long list per keystroke, not three). */
export function tablesOf(text: string): readonly BodyTable[] {
  for (const entry of recent) if (entry.text === text) return entry.tables
  // a keystroke in a cell: the last text's tables with that row split again, not the whole body parsed
  const last = recent[0]
  const tables = (last && tablesAfterEdit(last.text, last.tables, text)) ?? findTables(text)
  recent.unshift({ text, tables })
  if (recent.length > KEEP) recent.length = KEEP
  return tables
}
