/**
 * Where a sweep finding is, in plain Chinese for the report: 第3行, 第2页第5行, 工作表“低保名单”C3单元格,
 * 正文第12段, 页眉, 文档属性 作者 — never "line 3" or a package path when a word for it exists.
 */
import type { ImportLocation } from '../import/index'

const partNames: readonly [RegExp, string][] = [
  [/^word\/document\.xml$/, '正文'],
  [/^word\/header\d*\.xml$/, '页眉'],
  [/^word\/footer\d*\.xml$/, '页脚'],
  [/^word\/footnotes\.xml$/, '脚注'],
  [/^word\/endnotes\.xml$/, '尾注'],
  [/^(word|xl)\/comments\w*\.xml$/, '批注'],
  [/^xl\/threadedComments\/.*\.xml$/, '批注'],
  [/^docProps\/core\.xml$/, '文档属性'],
  [/^docProps\/app\.xml$/, '文档属性'],
  [/^docProps\/custom\.xml$/, '自定义属性'],
  [/^xl\/sharedStrings\.xml$/, '工作簿'],
  [/^xl\/workbook\.xml$/, '工作簿'],
]

const propertyNames: Readonly<Record<string, string>> = {
  'dc:creator': '作者',
  'cp:lastModifiedBy': '最后修改人',
  'dc:title': '标题',
  'dc:subject': '主题',
  'dc:description': '备注',
  'cp:keywords': '关键词',
  Company: '单位',
  Manager: '经理',
  'w:author': '修订人',
  docVar: '文档变量',
  title: '标题',
}

/** 正文 for word/document.xml …; a part with no plain name is given as 文件内部分 path. */
export function partName(part: string): string {
  return partNames.find(([pattern]) => pattern.test(part))?.[1] ?? `文件内部分 ${part}`
}

/** A file's place of a finding in words. */
export function placeText(loc: ImportLocation): string {
  const parts: string[] = []
  if (loc.sheet !== undefined) parts.push(`工作表“${loc.sheet}”${loc.cell ? `${loc.cell}单元格` : loc.range ? ` ${loc.range}` : ''}`)
  const part = loc.part === undefined || loc.sheet !== undefined ? undefined : partName(loc.part)
  // a property (author, 修订人, company) belongs to the file, whatever part holds it
  if (part && loc.property === undefined && !(part === '批注' && loc.comment !== undefined)) parts.push(part)
  if (loc.property !== undefined) parts.push(`文档属性“${propertyNames[loc.property] ?? loc.property}”`)
  if (loc.comment !== undefined) parts.push(`批注（编号 ${loc.comment}）`)
  if (loc.table !== undefined) parts.push(`表${loc.table}`)
  if (loc.row !== undefined) parts.push(`第${loc.row}行`)
  if (loc.column !== undefined) parts.push(`第${loc.column}列`)
  // a table cell is placed by its row and column; its paragraph number would only confuse
  if (loc.paragraph !== undefined && loc.table === undefined) parts.push(`第${loc.paragraph}段`)
  return parts.join('') || '文件中'
}

/** 第N行 of a text at an offset (lines counted from 1). */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}
