import type { ImportLocation } from './model'

/** A short human form of a location for messages and lists: `Sheet1!C7`, `word/document.xml 第12段`, `第3行第2列`. */
export function describeLocation(loc: ImportLocation): string {
  const parts: string[] = []
  if (loc.sheet !== undefined) parts.push(loc.cell ? `${loc.sheet}!${loc.cell}` : loc.range ? `${loc.sheet}!${loc.range}` : loc.sheet)
  if (loc.part !== undefined) parts.push(loc.part)
  if (loc.property !== undefined) parts.push(loc.property)
  if (loc.comment !== undefined) parts.push(`批注 ${loc.comment}`)
  if (loc.table !== undefined) parts.push(`表${loc.table}`)
  if (loc.row !== undefined) parts.push(`第${loc.row}行`)
  if (loc.column !== undefined) parts.push(`第${loc.column}列`)
  if (loc.paragraph !== undefined) parts.push(`第${loc.paragraph}段`)
  return parts.join(' ')
}
