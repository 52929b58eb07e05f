import { describe, expect, it } from 'vitest'
import { renderHtml, TABLE_PART_ROWS, UNTITLED, type PublishedText } from '../../../../shared/publish/render-html'

const base: PublishedText = { title: '低保公示', docNumber: '某民发〔2026〕3号', issuer: '某街道办事处', body: '现予公示：\n姓名\t金额\n张*\t500.00' }
const styleOf = (html: string): string => /<style>\n([\s\S]*?)\n<\/style>/.exec(html)?.[1] ?? ''

describe('renderHtml print styles', () => {
  it('prints on A4 with 公文 margins and page numbers', () => {
    const css = styleOf(renderHtml(base))
    expect(css).toMatch(/@page\{size:A4;margin:37mm 26mm 35mm 28mm;/)
    expect(css).toContain('@bottom-center{content:"— " counter(page) " —"')
  })

  it('names CJK fonts for Windows and for Debian, Kylin and UOS, ending in a generic family', () => {
    const css = styleOf(renderHtml(base))
    for (const family of ['FangSong', '仿宋', 'SimSun', '宋体', 'SimHei', 'Microsoft YaHei', 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei']) {
      expect(css).toContain(`"${family}"`)
    }
    expect(css).toMatch(/\.notice\{[^}]*font-family:[^;}]*,serif;/)
  })

  it('repeats table headers on every page and keeps each row on one page', () => {
    const css = styleOf(renderHtml(base))
    expect(css).toContain('.notice thead{display:table-header-group}')
    expect(css).toContain('.notice tr{break-inside:avoid}')
  })

  it('stays self-contained: nothing to fetch, no script, one CSP that forbids fetching', () => {
    const html = renderHtml(base)
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import|@font-face/i)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
  })
})

describe('renderHtml title', () => {
  it('titles the page with the published title, or 公告 when there is none (never the address)', () => {
    expect(renderHtml(base)).toContain('<title>低保公示</title>')
    expect(renderHtml({ ...base, title: '  ' })).toContain(`<title>${UNTITLED}</title>`)
  })
})

describe('renderHtml long tables', () => {
  const rows = (n: number): string[] => Array.from({ length: n }, (_, i) => `王*\t340705********${String(i).padStart(4, '0')}\t某某镇幸福村${i % 9}组`)
  const bodyOf = (n: number): string => ['名单：', '姓名\t身份证号\t住址', ...rows(n)].join('\n')

  it('keeps a table up to the part size as one plain table', () => {
    const html = renderHtml({ ...base, body: bodyOf(TABLE_PART_ROWS) })
    expect(html.match(/<table>/g)).toHaveLength(1)
    expect(html).not.toContain('<div class="long-table">')
    expect(html).toContain('<table><thead><tr><th>姓名</th><th>身份证号</th><th>住址</th></tr></thead><tbody>')
  })

  it('splits a longer table into parts with the same header and column widths, losing no row', () => {
    const html = renderHtml({ ...base, body: bodyOf(TABLE_PART_ROWS * 2 + 1) })
    const parts = html.match(/<table>(<colgroup>.*?<\/colgroup>)<thead><tr><th>姓名<\/th><th>身份证号<\/th><th>住址<\/th><\/tr><\/thead>/g) ?? []
    expect(parts).toHaveLength(3)
    expect(new Set(parts).size).toBe(1)
    const widths = [...(parts[0] ?? '').matchAll(/width:([\d.]+)%/g)].map((m) => Number(m[1]))
    expect(widths).toHaveLength(3)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0)
    // The ID column (18 half-width characters) gets more room than the name (two characters).
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0)
    expect(html.match(/<tr><td>/g)).toHaveLength(TABLE_PART_ROWS * 2 + 1)
    expect(html).toContain('<div class="long-table"><table><colgroup>')
  })

  it('renders the same bytes for the same long table', () => {
    const text = { ...base, body: bodyOf(TABLE_PART_ROWS + 7) }
    expect(renderHtml(text)).toBe(renderHtml(text))
  })
})
