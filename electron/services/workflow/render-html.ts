import { escapeHtml } from '../../../shared/redact/html-entities'

/** The redacted fields, as they are published. */
export type PublishedText = { title: string; docNumber: string; issuer: string; body: string }

// Plain, print-friendly 公文 look; inline so the file stands alone and survives pasting into a CMS.
const style = [
  'body{margin:0;background:#fff;color:#000}',
  '.notice{max-width:46em;margin:2em auto;padding:0 1em;font-family:"FangSong","仿宋","STFangsong",serif;font-size:16pt;line-height:1.8}',
  '.notice h1{font-family:"SimHei","黑体","STHeiti",sans-serif;font-size:22pt;text-align:center;margin:0 0 .5em}',
  '.notice .doc-number{text-align:center;margin:0 0 1em}',
  '.notice p{margin:0;text-indent:2em}',
  '.notice .doc-number,.notice .issuer{text-indent:0}',
  '.notice .issuer{text-align:right;margin-top:2em}',
  '.notice table{border-collapse:collapse;margin:.5em 0;font-size:12pt;line-height:1.5}',
  '.notice th,.notice td{border:1px solid #000;padding:.2em .5em;text-align:left;vertical-align:top}',
].join('\n')

/** Lines with a tab are table rows (pasted from a spreadsheet); a run of them is one table, first row the header. */
function bodyBlocks(body: string): string[] {
  const blocks: string[] = []
  let rows: string[][] = []
  const flush = (): void => {
    if (!rows.length) return
    const [head = [], ...rest] = rows
    const cells = (row: string[], tag: 'th' | 'td'): string => `<tr>${row.map((c) => `<${tag}>${escapeHtml(c.trim())}</${tag}>`).join('')}</tr>`
    const thead = `<thead>${cells(head, 'th')}</thead>`
    const tbody = rest.length ? `<tbody>${rest.map((r) => cells(r, 'td')).join('')}</tbody>` : ''
    blocks.push(`<table>${thead}${tbody}</table>`)
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
 * to any browser that opens it), every text escaped. Same text, same bytes.
 */
export function renderHtml(text: PublishedText): string {
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(text.title)}</title>`,
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    '<article class="notice">',
    `<h1>${escapeHtml(text.title)}</h1>`,
    ...(text.docNumber ? [`<p class="doc-number">${escapeHtml(text.docNumber)}</p>`] : []),
    ...bodyBlocks(text.body),
    ...(text.issuer ? [`<p class="issuer">${escapeHtml(text.issuer)}</p>`] : []),
    '</article>',
    '</body>',
    '</html>',
  ]
  return `${lines.join('\n')}\n`
}

/** content/notice.txt: 标题, 文号, a blank line, 正文, then 发布单位 as the 落款. */
export function renderTxt(text: PublishedText): string {
  const lines = [text.title, ...(text.docNumber ? [text.docNumber] : []), '', text.body.replace(/\n+$/, ''), ...(text.issuer ? ['', text.issuer] : [])]
  return `${lines.join('\n')}\n`
}
