import { escapeHtml } from '../redact/html-entities'
import { chineseDate, closingOf, publicityText, type Closing } from '../workflow/closing'

/**
 * The redacted fields, as they are published. The dates — 落款日期 signatureDate and 公示期 publicityStart to
 * publicityEnd, YYYY-MM-DD — are present only when set: a notice without them renders exactly as before.
 */
export type PublishedText = { title: string; docNumber: string; issuer: string; body: string; signatureDate?: string; publicityStart?: string; publicityEnd?: string }

export { chineseDate }

/** 公示期：2026年3月1日至2026年3月7日 (or only the end that is set); undefined when neither is. */
export function publicityLine(text: PublishedText): string | undefined {
  return publicityText(text.publicityStart ?? '', text.publicityEnd ?? '')
}

/** The page title when a notice has none: Chromium would otherwise print the page's URL into the PDF's /Title. */
export const UNTITLED = '公告'

// Font stacks: the Windows fonts 公文 are set in first (仿宋 for the body, 小标宋/黑体 for the title), then what
// Debian, Kylin and UOS ship (Noto/Source Han CJK SC, 文泉驿), then the generic family. Naming a CJK family
// explicitly also keeps Latin digits and CJK in one font, which is faster to lay out than per-glyph fallback.
const serifCjk = '"Noto Serif CJK SC","Source Han Serif SC","Source Han Serif CN","思源宋体"'
const sansCjk = '"Noto Sans CJK SC","Source Han Sans SC","Source Han Sans CN","思源黑体","WenQuanYi Micro Hei","文泉驿微米黑","WenQuanYi Zen Hei","文泉驿正黑"'
const bodyFonts = `"FangSong","仿宋","FangSong_GB2312","仿宋_GB2312","STFangsong","华文仿宋",${serifCjk},"SimSun","宋体","Songti SC",${sansCjk},"Microsoft YaHei","微软雅黑",serif`
const titleFonts = `"FZXiaoBiaoSong-B05S","方正小标宋简体","SimHei","黑体","STHeiti","Microsoft YaHei","微软雅黑",${sansCjk},${serifCjk},sans-serif`

// Plain, print-friendly 公文 look; inline so the file stands alone and survives pasting into a CMS.
// Print: A4 with the GB/T 9704 margins (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm) and a page number at the foot.
// Tables repeat their header row on every page and never split a row. No web fonts, images or url(): nothing to fetch.
const style = [
  '@page{size:A4;margin:37mm 26mm 35mm 28mm;@bottom-center{content:"— " counter(page) " —";font-family:"SimSun","宋体",' + serifCjk + ',serif;font-size:14pt}}',
  'body{margin:0;background:#fff;color:#000}',
  `.notice{max-width:46em;margin:2em auto;padding:0 1em;font-family:${bodyFonts};font-size:16pt;line-height:1.8}`,
  `.notice h1{font-family:${titleFonts};font-size:22pt;line-height:1.5;text-align:center;margin:0 0 .5em;break-after:avoid}`,
  '.notice .doc-number{text-align:center;margin:0 0 1em}',
  '.notice p{margin:0;text-indent:2em;orphans:2;widows:2}',
  '.notice .doc-number,.notice .issuer{text-indent:0}',
  '.notice .issuer{text-align:right;margin-top:2em;break-inside:avoid}',
  '.notice table{width:100%;border-collapse:collapse;margin:.5em 0;font-size:10.5pt;line-height:1.4}',
  '.notice thead{display:table-header-group}',
  '.notice tr{break-inside:avoid}',
  '.notice th,.notice td{border:1px solid #000;padding:.1em .4em;text-align:left;vertical-align:top;overflow-wrap:break-word}',
  '.notice th{font-weight:bold;text-align:center}',
  // A long table is split into parts that share fixed column widths, so they read as one table (see bodyBlocks).
  '.notice .long-table{margin:.5em 0}',
  '.notice .long-table table{table-layout:fixed;margin:0}',
  '.notice .long-table table+table{margin-top:-1px}',
  '@media print{.notice{max-width:none;margin:0;padding:0}}',
].join('\n')

// Only added when the notice has the dates, so a notice without them keeps its bytes (and its signatures) as before.
const publicityStyle = '.notice .publicity{margin-top:1em}'
const signatureStyle = '.notice .signature{margin-top:2em;break-inside:avoid}\n.notice .signature .issuer{margin-top:0}'

function styleOf(closing: Closing): string {
  return [style, ...(closing.publicity ? [publicityStyle] : []), ...(closing.date !== undefined ? [signatureStyle] : [])].join('\n')
}

/**
 * Body rows per part of a long table. Chromium's print layout of one table grows faster than its row count
 * (10,000 rows: ~3 s in one table, ~1.8 s in parts of 500), so long tables are printed as consecutive tables.
 * The header row then also appears where one part ends mid-page — about every 15 pages.
 */
export const TABLE_PART_ROWS = 500

/** Display width of a cell in half-width units: CJK and full-width forms count two. */
function displayUnits(text: string): number {
  let units = 0
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1
  return units
}

/**
 * Column widths (percent) for the parts of a long table, from the widest cell in each column: every part gets
 * the same <colgroup>, so the columns line up from part to part. Capped so one long address cannot starve the rest.
 */
function columnWidths(rows: readonly string[][], columns: number): string[] {
  const widest = new Array<number>(columns).fill(4)
  for (const row of rows) row.forEach((cell, c) => (widest[c] = Math.max(widest[c] ?? 4, displayUnits(cell.trim()))))
  const weights = widest.map((units) => Math.min(40, units) + 2)
  const total = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => `${((w / total) * 100).toFixed(1)}%`)
}

function tableHtml(head: string[], rows: readonly string[][], colgroup: string): string {
  const cells = (row: readonly string[], tag: 'th' | 'td'): string => `<tr>${row.map((c) => `<${tag}>${escapeHtml(c.trim())}</${tag}>`).join('')}</tr>`
  const thead = `<thead>${cells(head, 'th')}</thead>`
  const tbody = rows.length ? `<tbody>${rows.map((r) => cells(r, 'td')).join('')}</tbody>` : ''
  return `<table>${colgroup}${thead}${tbody}</table>`
}

/** A table's HTML: one <table>, or for a long table several that share the header row and column widths. */
function tableBlock(rows: string[][]): string {
  const [head = [], ...rest] = rows
  if (rest.length <= TABLE_PART_ROWS) return tableHtml(head, rest, '')
  const columns = rows.reduce((n, r) => Math.max(n, r.length), 0)
  const colgroup = `<colgroup>${columnWidths(rows, columns)
    .map((w) => `<col style="width:${w}">`)
    .join('')}</colgroup>`
  const parts: string[] = []
  for (let start = 0; start < rest.length; start += TABLE_PART_ROWS) parts.push(tableHtml(head, rest.slice(start, start + TABLE_PART_ROWS), colgroup))
  return `<div class="long-table">${parts.join('')}</div>`
}

/** Lines with a tab are table rows (pasted from a spreadsheet); a run of them is one table, first row the header. */
function bodyBlocks(body: string): string[] {
  const blocks: string[] = []
  let rows: string[][] = []
  const flush = (): void => {
    if (!rows.length) return
    blocks.push(tableBlock(rows))
    rows = []
  }
  for (const line of body.split('\n')) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'))
      continue
    }
    flush()
    if (line.trim() !== '') blocks.push(`<p>${escapeHtml(line.trim())}</p>`)
  }
  flush()
  return blocks
}

/**
 * content/notice.html: one self-contained page — inline CSS, no script, no remote reference (the CSP says so
 * to any browser that opens it), every text escaped. Same text, same bytes. The <title> is the published title
 * (never empty): it becomes the PDF's /Title, the one metadata value the PDF keeps.
 */
export function renderHtml(text: PublishedText): string {
  // 落款 and 公示期 already in the body are not appended a second time (shared/workflow/closing)
  const closing = closingOf(text)
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(text.title.trim() || UNTITLED)}</title>`,
    `<style>\n${styleOf(closing)}\n</style>`,
    '</head>',
    '<body>',
    '<article class="notice">',
    `<h1>${escapeHtml(text.title)}</h1>`,
    ...(text.docNumber ? [`<p class="doc-number">${escapeHtml(text.docNumber)}</p>`] : []),
    ...bodyBlocks(text.body),
    ...publicityHtml(closing),
    ...signatureHtml(closing),
    '</article>',
    '</body>',
    '</html>',
  ]
  return `${lines.join('\n')}\n`
}

function publicityHtml(closing: Closing): string[] {
  return closing.publicity ? [`<p class="publicity">${escapeHtml(closing.publicity)}</p>`] : []
}

/** The 落款 block, right-aligned at the end; the issuer alone keeps its one paragraph as it always had. */
function signatureHtml(closing: Closing): string[] {
  if (closing.date === undefined) return closing.signature.map((line) => `<p class="issuer">${escapeHtml(line)}</p>`)
  return [`<div class="signature">${closing.signature.map((line) => `<p class="issuer">${escapeHtml(line)}</p>`).join('')}</div>`]
}

/** content/notice.txt: 标题, 文号, a blank line, 正文, the 公示期 line, then the 落款 (发布单位, 日期) as the last lines. */
export function renderTxt(text: PublishedText): string {
  const { publicity, signature } = closingOf(text)
  const lines = [
    text.title,
    ...(text.docNumber ? [text.docNumber] : []),
    '',
    text.body.replace(/\n+$/, ''),
    ...(publicity ? ['', publicity] : []),
    ...(signature.length ? ['', ...signature] : []),
  ]
  return `${lines.join('\n')}\n`
}
