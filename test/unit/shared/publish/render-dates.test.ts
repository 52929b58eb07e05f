import { describe, expect, it } from 'vitest'
import { chineseDate, publicityLine, renderHtml, renderTxt, type PublishedText } from '../../../../shared/publish/render-html'

const base: PublishedText = { title: '低保公示', docNumber: '某民发〔2026〕3号', issuer: '某街道办事处', body: '现予公示：\n姓名\t金额\n张*\t500.00' }
const dated: PublishedText = { ...base, signatureDate: '2026-03-01', publicityStart: '2026-03-01', publicityEnd: '2026-03-07' }

describe('落款日期 and 公示期', () => {
  it('writes dates the 公文 way', () => {
    expect(chineseDate('2026-03-01')).toBe('2026年3月1日')
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日')
    expect(publicityLine(dated)).toBe('公示期：2026年3月1日至2026年3月7日')
    expect(publicityLine({ ...base, publicityEnd: '2026-03-07' })).toBe('公示期：至2026年3月7日止')
    expect(publicityLine(base)).toBeUndefined()
  })

  it('ends the text with the 公示期 line and then the 落款 (unit, date)', () => {
    const lines = renderTxt(dated).trimEnd().split('\n')
    expect(lines.slice(-6)).toEqual(['张*\t500.00', '', '公示期：2026年3月1日至2026年3月7日', '', '某街道办事处', '2026年3月1日'])
  })

  it('puts the 落款 block right-aligned at the end of the page', () => {
    const html = renderHtml(dated)
    expect(html).toContain('<p class="publicity">公示期：2026年3月1日至2026年3月7日</p>')
    expect(html).toMatch(/<div class="signature"><p class="issuer">某街道办事处<\/p><p class="issuer">2026年3月1日<\/p><\/div>\n<\/article>/)
    expect(html).toContain('.notice .issuer{text-align:right')
  })

  it('renders a notice without the dates exactly as before (empty strings or absent)', () => {
    const empty = { ...base, signatureDate: '', publicityStart: '', publicityEnd: '' }
    expect(renderHtml(empty)).toBe(renderHtml(base))
    expect(renderTxt(empty)).toBe(renderTxt(base))
    expect(renderTxt(base)).toBe('低保公示\n某民发〔2026〕3号\n\n现予公示：\n姓名\t金额\n张*\t500.00\n\n某街道办事处\n')
    expect(renderHtml(base)).not.toContain('publicity')
    expect(renderHtml(base)).not.toContain('signature')
  })
})

describe('a body that already has its 落款 or 公示期 (issue 10: published twice)', () => {
  const closingBody = '现予公示：\n姓名\t金额\n张*\t500.00\n公示期为7天，如有异议请向街道民政办反映。\n\n某街道办事处\n2026年3月1日'
  const ownClosing: PublishedText = { ...dated, body: closingBody }

  it('does not append the 落款单位, 落款日期 or 公示期 the body already states', () => {
    const txt = renderTxt(ownClosing)
    expect(txt.match(/某街道办事处/g)).toHaveLength(1)
    expect(txt.match(/2026年3月1日/g)).toHaveLength(1)
    expect(txt).not.toContain('公示期：')
    expect(txt.trimEnd().endsWith('某街道办事处\n2026年3月1日')).toBe(true)
    const html = renderHtml(ownClosing)
    expect(html.match(/某街道办事处/g)).toHaveLength(1)
    expect(html).not.toContain('class="publicity"')
    expect(html).not.toContain('class="signature"')
  })

  it('keeps appending what the body does not say: a date alone under a body ending with the office', () => {
    const officeOnly: PublishedText = { ...dated, body: '现予公示。\n某街道办事处', publicityStart: '', publicityEnd: '' }
    const lines = renderTxt(officeOnly).trimEnd().split('\n')
    expect(lines.slice(-3)).toEqual(['某街道办事处', '', '2026年3月1日'])
    expect(renderTxt(officeOnly).match(/某街道办事处/g)).toHaveLength(1)
  })
})
