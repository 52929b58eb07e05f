import { describe, expect, it } from 'vitest'
import { scan, type EntityType, type Finding } from '../../../../shared/pii/index'
import { getPolicy } from '../../../../shared/policy/index'
import { extractHtmlText, itemsWithReviewMasked, markupSpan, redactHtml, redactionPlan, redactText, REMOVED_TEXT, type RedactionItem } from '../../../../shared/redact/index'
import { expectNoLeak } from './leak'

function at(text: string, type: EntityType, value: string): Finding {
  const start = text.indexOf(value)
  if (start < 0) throw new Error(`${value} not in ${JSON.stringify(text)}`)
  return { type, start, end: start + value.length, text: value, confidence: 0.9, rule: 'test', reasons: [] }
}

/** Every non-synthetic extracted character must come from markup that reads as that character. */
function expectMapConsistent(html: string): void {
  const x = extractHtmlText(html)
  expect(x.from.length).toBe(x.text.length)
  for (let i = 0; i < x.text.length; i++) {
    const src = html.slice(x.from[i], x.to[i])
    if (x.from[i] === x.to[i]) expect(['\n', '\t', ' ']).toContain(x.text[i])
    else if (x.text[i] === ' ') expect(src).toMatch(/^\s+$/)
    else if (!src.startsWith('&')) expect(src).toBe(x.text[i])
  }
}

describe('extractHtmlText', () => {
  it('turns tables into tab-separated lines and blocks into lines', () => {
    const html = '<h2>公示</h2>\n<table>\n  <tr><th>姓名</th><th>身份证号</th></tr>\n  <tr><td>张三</td><td>340705199001011234</td></tr>\n</table>\n<p>联系人：李四</p>'
    expect(extractHtmlText(html).text).toBe('公示\n姓名\t身份证号\n张三\t340705199001011234\n联系人：李四')
    expectMapConsistent(html)
  })

  it('keeps a row on one line when cells hold paragraphs or line breaks, as word processors write them', () => {
    const html = '<table><tr><td><p>姓名</p></td><td><p>住址</p></td></tr><tr><td><p>张三</p></td><td>白马镇<br>王岗村</td></tr></table>'
    expect(extractHtmlText(html).text).toBe('姓名\t住址\n张三\t白马镇 王岗村')
    expectMapConsistent(html)
  })

  it('keeps empty cells as empty columns', () => {
    expect(extractHtmlText('<table><tr><td></td><td>a</td><td></td><td>b</td></tr></table>').text).toBe('\ta\t\tb')
  })

  it('decodes character references and maps them back to the whole reference', () => {
    const html = '<p>邮箱&nbsp;li&#95;wei&#x40;sina.com &amp; 电话&#49;38</p>'
    const x = extractHtmlText(html)
    expect(x.text).toBe('邮箱\u00a0li_wei@sina.com & 电话138')
    const email = at(x.text, 'EMAIL', 'li_wei@sina.com')
    expect(html.slice(...markupSpan(x, email.start, email.end))).toBe('li&#95;wei&#x40;sina.com')
    expectMapConsistent(html)
  })

  it('collapses whitespace as a browser does, a line break inside a value becoming one space', () => {
    const html = '<p>身份证号：340705\n      199001011234</p>'
    const x = extractHtmlText(html)
    expect(x.text).toBe('身份证号：340705 199001011234')
    expectMapConsistent(html)
  })

  it('keeps whitespace inside <pre>', () => {
    expect(extractHtmlText('<pre>a  b\nc</pre>').text).toBe('a  b\nc')
  })

  it('skips comments, scripts and styles, and marks comments and scripts for dropping', () => {
    const html = '<p>公告<!-- 张三 13812345678 --></p><script>var p = "13812345678"</script><style>p{color:red}</style><!DOCTYPE html>'
    const x = extractHtmlText(html)
    expect(x.text).toBe('公告')
    expect(x.dropped.map(([a, b]) => html.slice(a, b))).toEqual(['<!-- 张三 13812345678 -->', '<script>var p = "13812345678"</script>'])
  })

  it('appends text-bearing attributes after the body, one per line, and records them', () => {
    const html = '<p title="联系人张三">正文</p><img alt=\'照片：李四\' src=x.png><a href="mailto:li_wei@sina.com" class="mail">邮件</a>'
    const x = extractHtmlText(html)
    expect(x.text).toBe('正文\n邮件\n联系人张三\n照片：李四\nx.png\nmailto:li_wei@sina.com')
    expect(x.attributes.map((a) => [a.name, x.text.slice(a.start, a.end)])).toEqual([
      ['title', '联系人张三'],
      ['alt', '照片：李四'],
      ['src', 'x.png'],
      ['href', 'mailto:li_wei@sina.com'],
    ])
    expectMapConsistent(html)
  })

  it('treats a lone < as text', () => {
    expect(extractHtmlText('<p>3 < 5 and 1<2</p>').text).toBe('3 < 5 and 1<2')
  })
})

describe('redactHtml', () => {
  const items = (text: string, list: [EntityType, string, RedactionItem['action']][]): RedactionItem[] => list.map(([type, value, action]) => ({ finding: at(text, type, value), action }))

  it('replaces values inside text nodes and leaves the markup alone', () => {
    const html = '<table>\n<tr><th>姓名</th><th>身份证号</th></tr>\n<tr><td class="n">张三</td><td>340705199001011234</td></tr>\n</table>'
    const x = extractHtmlText(html)
    const r = redactHtml(html, x, items(x.text, [['PERSON_NAME', '张三', 'mask'], ['ID_CARD', '340705199001011234', 'mask']]))
    expect(r.html).toBe('<table>\n<tr><th>姓名</th><th>身份证号</th></tr>\n<tr><td class="n">张*</td><td>340705********1234</td></tr>\n</table>')
    expect(r.text).toBe(redactText(x.text, items(x.text, [['PERSON_NAME', '张三', 'mask'], ['ID_CARD', '340705199001011234', 'mask']])).text)
  })

  it('replaces a value split over inline tags and references, escaping what it writes', () => {
    const html = '<p>电话：138<b>1234</b>&#53;678，邮箱 <a href="mailto:li_wei@sina.com">li_wei&#64;sina.com</a></p>'
    const x = extractHtmlText(html)
    const r = redactHtml(html, x, [
      { finding: at(x.text, 'MOBILE', '13812345678'), action: 'mask' },
      ...x.text.split('li_wei@sina.com').slice(0, -1).map((_, k, parts): RedactionItem => {
        const start = parts.slice(0, k + 1).join('li_wei@sina.com').length
        return { finding: { type: 'EMAIL', start, end: start + 15, text: 'li_wei@sina.com', confidence: 0.9, rule: 'test', reasons: [] }, action: 'mask' }
      }),
    ])
    // a kept digit written as a reference stays as written
    expect(r.html).toBe('<p>电话：138<b>****</b>&#53;678，邮箱 <a href="mailto:l***@sina.com">l***@sina.com</a></p>')
    expectNoLeak(r.html, '13812345678')
    expectNoLeak(r.html.replace(/&#64;/g, '@'), 'li_wei@sina.com')
  })

  it('puts a placeholder where a removed value started and empties the rest of it', () => {
    const html = '<p>联系人：张<i>三</i>。</p>'
    const x = extractHtmlText(html)
    const r = redactHtml(html, x, items(x.text, [['PERSON_NAME', '张三', 'remove']]))
    expect(r.html).toBe(`<p>联系人：${REMOVED_TEXT}<i></i>。</p>`)
  })

  it('keeps a line break written inside a value as written and masks the digits around it', () => {
    const html = '<p>身份证号：340705\n  199001011234</p>'
    const x = extractHtmlText(html)
    const r = redactHtml(html, x, items(x.text, [['ID_CARD', '340705 199001011234', 'mask']]))
    expect(r.html).toBe('<p>身份证号：340705\n  ********1234</p>')
  })

  it('escapes markup characters in a kept or masked value', () => {
    const html = '<p>a&lt;b@x.com</p>'
    const x = extractHtmlText(html)
    const r = redactHtml(html, x, items(x.text, [['EMAIL', 'a<b@x.com', 'mask']]))
    expect(r.html).toBe('<p>a***@x.com</p>')
    const kept = redactHtml(html, x, items(x.text, [['EMAIL', 'a<b@x.com', 'keep']]))
    expect(kept.html).toBe(html)
  })

  it('drops comments and scripts from the copy', () => {
    const html = '<p>公告</p><!-- 13812345678 --><script>var a = 1</script>'
    const x = extractHtmlText(html)
    expect(redactHtml(html, x, []).html).toBe('<p>公告</p>')
  })

  it('redacts a scanned recruitment table end to end with no value left in the markup', () => {
    const html = [
      '<h2>拟聘用人员公示</h2>',
      '<table>',
      '<tr><th>序号</th><th>姓名</th><th>出生年月</th><th>身份证号</th></tr>',
      '<tr><td>1</td><td>周晓燕</td><td>1996.05</td><td>34172319960512048X</td></tr>',
      '<tr><td>2</td><td>上官文博</td><td>1994.11</td><td>341723199411030515</td></tr>',
      '</table>',
      '<p title="联系人：孙静">联系电话：13905621234</p>',
    ].join('\n')
    const x = extractHtmlText(html)
    const strict = getPolicy('strict')!
    const findings = scan(x.text)
    expect(findings.map((f) => f.type)).toEqual(expect.arrayContaining(['PERSON_NAME', 'ID_CARD', 'DATE_OF_BIRTH', 'MOBILE']))
    const r = redactHtml(html, x, itemsWithReviewMasked(redactionPlan(x.text, findings, strict), strict))
    for (const value of ['周晓燕', '上官文博', '1996.05', '34172319960512048X', '341723199411030515', '13905621234']) expectNoLeak(r.html, value)
    expect(r.html).toContain('<td>周**</td>')
    expect(r.html).toContain('<td>341723********048X</td>')
    // the markup is untouched apart from the values
    const skeleton = (markup: string): string => markup.replace(/>[^<]*</g, '><').replace(/="[^"]*"/g, '=""')
    expect(skeleton(r.html)).toBe(skeleton(html))
    expect(r.html).toMatch(/title="联系人：孙\*"/)
  })
})
