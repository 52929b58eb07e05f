import { findTables, type BodyTable } from '../../../shared/notice/body-tables'

/** The last few texts' tables: the grid, the 表格 panel and the findings' 表1 · 第3行 all ask about the same body. */
const recent: { text: string; tables: readonly BodyTable[] }[] = []
const KEEP = 3

/** findTables, remembered for the last few texts (one parse of a long list per keystroke, not three). */
export function tablesOf(text: string): readonly BodyTable[] {
  for (const entry of recent) if (entry.text === text) return entry.tables
  const tables = findTables(text)
  recent.unshift({ text, tables })
  if (recent.length > KEEP) recent.length = KEEP
  return tables
}
