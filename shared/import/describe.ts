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

/** Parts of a .docx/.xlsx package in words (the file name inside the package is no use to an officer). */
const partNames: ReadonlyArray<readonly [RegExp, string]> = [
  [/^word\/document\.xml$/, '正文'],
  [/comments/i, '批注'],
  [/header\d*\.xml$/, '页眉'],
  [/footer\d*\.xml$/, '页脚'],
  [/footnotes\.xml$/, '脚注'],
  [/endnotes\.xml$/, '尾注'],
  [/^docProps\//, '文档属性'],
  [/^customXml\//, '自定义数据'],
  [/embeddings\//, '嵌入对象'],
  [/media\//, '图片'],
  [/(drawings|charts)\//, '图形'],
]

/** Document properties in words: 作者, 最后修改人 … (unknown ones keep their own name). */
const propertyNames: Readonly<Record<string, string>> = {
  'dc:creator': '作者',
  'cp:lastModifiedBy': '最后修改人',
  'dc:title': '标题',
  'dc:subject': '主题',
  'dc:description': '备注',
  'cp:keywords': '关键词',
  'cp:category': '类别',
  'cp:contentStatus': '状态',
  Company: '单位',
  Manager: '经理',
  Template: '模板',
  Application: '创建软件',
}

/**
 * The same place in words an officer reads, for the import report in the app: `低保名单!B4 批注`,
 * `文档属性：作者`, `正文 第12段` — no package paths or property codes. (describeLocation keeps those for
 * the command line.)
 */
export function describePlace(loc: ImportLocation): string {
  const parts: string[] = []
  if (loc.sheet !== undefined) parts.push(loc.cell ? `${loc.sheet}!${loc.cell}` : loc.range ? `${loc.sheet}!${loc.range}` : loc.sheet)
  const part = loc.part === undefined ? undefined : partNames.find(([pattern]) => pattern.test(loc.part ?? ''))?.[1]
  if (loc.property !== undefined) parts.push(`文档属性：${propertyNames[loc.property] ?? loc.property}`)
  else if (part !== undefined) parts.push(part)
  if (loc.comment !== undefined && part !== '批注') parts.push('批注')
  if (loc.table !== undefined) parts.push(`表${loc.table}`)
  if (loc.row !== undefined) parts.push(`第${loc.row}行`)
  if (loc.column !== undefined) parts.push(`第${loc.column}列`)
  if (loc.paragraph !== undefined) parts.push(`第${loc.paragraph}段`)
  return parts.join(' ')
}
