/**
 * Pure parts of the sweep of already-published files: masking each value, ranking files by risk, the stated
 * 公示期 and whether it is over, and the report (report.html, findings.csv). No value is ever written unmasked.
 */
import type { EntityType } from '../pii/index'
import { maskValue } from '../redact/mask'
import { statedPublicityEnd } from './publicity'

/** `action`: with `sweep --policy`, what that policy would do with the value (findings it keeps are not reported). */
export type SweepFinding = { type: EntityType; masked: string; place: string; action?: string }
export type SweepFile = {
  path: string
  status: 'scanned' | 'unreadable' | 'image-only' | 'legacy'
  reason?: string
  findings: SweepFinding[]
  publicity?: { end: string; overdue: boolean }
}

/** The types in the report's words (the JSON lines keep the codes). */
export const typeLabel: Readonly<Record<EntityType, string>> = {
  ID_CARD: '身份证号',
  MOBILE: '手机号',
  LANDLINE: '固定电话',
  BANK_CARD: '银行卡号',
  EMAIL: '电子邮箱',
  PASSPORT: '护照号',
  HK_MACAO_PERMIT: '港澳通行证',
  TAIWAN_PERMIT: '台湾通行证',
  LICENSE_PLATE: '车牌号',
  IP_ADDRESS: 'IP 地址',
  USCC: '统一社会信用代码',
  PERSON_NAME: '姓名',
  ADDRESS: '住址',
  DATE_OF_BIRTH: '出生日期',
  HEALTH: '健康信息',
  CONFIDENTIAL_MARKER: '涉密/内部标记',
}

const riskWeight: Partial<Record<string, number>> = { ID_CARD: 100, HEALTH: 90, BANK_CARD: 60, MOBILE: 30, LANDLINE: 20, ADDRESS: 20, PERSON_NAME: 5 }

export function mask(type: EntityType, value: string): string {
  try {
    return maskValue(type, value)
  } catch {
    return '*'.repeat(Math.min(value.length, 8))
  }
}

export function riskOf(file: SweepFile): number {
  let score = file.publicity?.overdue ? 10 : 0
  for (const f of file.findings) score += riskWeight[f.type] ?? 10
  return score
}

export { statedPublicityEnd } from './publicity'

export function publicityOf(text: string, today: string): SweepFile['publicity'] {
  const end = statedPublicityEnd(text)
  return end ? { end, overdue: end < today } : undefined
}

const statusLabel: Record<SweepFile['status'], string> = {
  scanned: '已检查',
  unreadable: '无法读取',
  'image-only': '需人工查看（仅图片）',
  legacy: '旧格式，请另存为 .docx/.xlsx 后再查',
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The default locale's order of paths (as localeCompare), made once: a report of 100,000 files sorts fast. */
const pathOrder = new Intl.Collator()

/** Riskiest first, then by path; each file's risk computed once. */
export function sortByRisk(files: readonly SweepFile[]): SweepFile[] {
  return files
    .map((file) => ({ file, risk: riskOf(file) }))
    .sort((a, b) => b.risk - a.risk || pathOrder.compare(a.file.path, b.file.path))
    .map((r) => r.file)
}

/** The report's opening: title and counts (`files` in any order). Sections and the tail follow. */
export function reportHtmlHead(files: readonly SweepFile[], options: { policy?: string | undefined } = {}): string {
  const withFindings = files.filter((f) => f.findings.length || f.publicity?.overdue).length
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>已发布信息排查报告</title><style>body{font-family:sans-serif;margin:2em}section{border-bottom:1px solid #ccc}</style></head><body><h1>已发布信息排查报告</h1><p>共 ${files.length} 个文件，${withFindings} 个需要处理。所有值均已遮盖。${options.policy ? `按策略 ${esc(options.policy)} 检查：该策略允许公开的信息未列出。` : ''}</p>`
}

/** One file's section of the report: its link, status, counts by type, 公示期, and each finding masked. */
export function reportHtmlSection(file: SweepFile, linkOf: (p: string) => string): string {
  const counts = new Map<string, number>()
  for (const f of file.findings) counts.set(typeLabel[f.type], (counts.get(typeLabel[f.type]) ?? 0) + 1)
  const summary = [...counts].map(([t, n]) => `${t} ×${n}`).join('，') || '无'
  const items = file.findings.map((f) => `<li>${esc(typeLabel[f.type])}：${esc(f.masked)}（${esc(f.place)}）</li>`).join('')
  const period = file.publicity ? `<p>公示期至 ${esc(file.publicity.end)}${file.publicity.overdue ? '，<strong>公示期已过仍在网上</strong>' : ''}</p>` : ''
  return `<section><h2><a href="${esc(linkOf(file.path))}">${esc(file.path)}</a></h2><p>${esc(statusLabel[file.status])}${file.reason ? `：${esc(file.reason)}` : ''}；发现：${esc(summary)}</p>${period}<ul>${items}</ul></section>`
}

export const reportHtmlTail = '</body></html>\n'

/** report.html in one string: the head, each file's section (riskiest first, a line each), the tail. */
export function reportHtml(files: readonly SweepFile[], linkOf: (p: string) => string, options: { policy?: string | undefined } = {}): string {
  const rows = sortByRisk(files).map((file) => reportHtmlSection(file, linkOf))
  return `${reportHtmlHead(files, options)}${rows.join('\n')}${reportHtmlTail}`
}

const csvCell = (s: string): string => (/[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : s)

/** findings.csv's first line, after the UTF-8 BOM that makes Excel and WPS read it as UTF-8. */
export const findingsCsvHead = '\ufeff文件,状态,类型,遮盖后的值,位置,公示期截止,公示期已过\r\n'

/** One file's lines of findings.csv (a line per finding, or one line saying its status), each ending \r\n. */
export function findingsCsvLines(file: SweepFile): string {
  const lines: string[] = []
  const tail = [file.publicity?.end ?? '', file.publicity?.overdue ? '是' : '']
  if (!file.findings.length) lines.push([file.path, statusLabel[file.status] + (file.reason ? `：${file.reason}` : ''), '', '', '', ...tail].map(csvCell).join(','))
  for (const f of file.findings) lines.push([file.path, statusLabel[file.status], typeLabel[f.type], f.masked, f.place, ...tail].map(csvCell).join(','))
  return lines.map((line) => `${line}\r\n`).join('')
}

export function findingsCsv(files: readonly SweepFile[]): string {
  return findingsCsvHead + sortByRisk(files).map(findingsCsvLines).join('')
}
