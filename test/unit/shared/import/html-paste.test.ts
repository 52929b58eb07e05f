import { describe, expect, it } from 'vitest'
import { pastedHtmlToText } from '../../../../shared/import/html-paste'
import { findTables } from '../../../../shared/notice/body-tables'

/** What Word puts on the clipboard (trimmed): conditional comments, a style block, fragment markers. */
const wordClipboard = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><meta name=Author content="张建国">
<title>内部草稿</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>张建国</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-size:10.5pt;} --></style>
<script>alert(1)</script>
</head>
<body lang=ZH-CN><!--StartFragment-->
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16pt'>关于2026年3月低保发放的公示</span></b></p>
<p class=MsoNormal>经审核，以下家庭符合条件<span style='mso-hide:all'>（内部：户主李秀英有前科）</span>，现予公示。</p>
<!-- 审核人：王会计，身份证号 340705198001011234 -->
<table class=MsoTableGrid border=1>
 <tr><td><p class=MsoNormal>序号</p></td><td><p class=MsoNormal>户主姓名</p></td><td><p class=MsoNormal>保障人数</p></td></tr>
 <tr><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>张建国</p></td><td><p class=MsoNormal>3</p></td></tr>
 <tr style='display:none'><td>2</td><td>李秀英</td><td>2</td></tr>
 <tr><td><p class=MsoNormal>3</p></td><td><p class=MsoNormal>王五</p></td><td><p class=MsoNormal>1</p></td></tr>
</table>
<p class=MsoNormal hidden>隐藏段落</p>
<p class=MsoNormal style='visibility:hidden'>看不见</p>
<p class=MsoNormal>白马镇人民政府</p>
<!--EndFragment--></body></html>`

describe('pastedHtmlToText', () => {
  it('turns paragraphs into lines and tables into tab-separated rows under the header', () => {
    const { text } = pastedHtmlToText(wordClipboard)
    const lines = text.split('\n')
    expect(lines[0]).toBe('关于2026年3月低保发放的公示')
    expect(lines).toContain('序号\t户主姓名\t保障人数')
    expect(lines).toContain('1\t张建国\t3')
    expect(lines.at(-1)).toBe('白马镇人民政府')
    const [table] = findTables(text)
    expect(table.headers).toEqual(['序号', '户主姓名', '保障人数'])
    expect(table.rows).toHaveLength(3)
  })

  it('drops hidden content and says how much', () => {
    const { text, dropped, droppedKinds } = pastedHtmlToText(wordClipboard)
    for (const secret of ['前科', '李秀英', '340705198001011234', '王会计', '隐藏段落', '看不见', 'alert', 'MsoNormal', '内部草稿', 'Word.Document']) {
      expect(text).not.toContain(secret)
    }
    expect(text).toContain('经审核，以下家庭符合条件，现予公示。')
    // the mso-hide span, the hidden row, the comment, the two hidden paragraphs, the author meta and the title
    expect(droppedKinds.filter((k) => k === 'hiddenText')).toHaveLength(4)
    expect(droppedKinds).toContain('comment')
    expect(dropped).toBe(droppedKinds.length)
    expect(dropped).toBeGreaterThanOrEqual(5)
  })

  it('does not count Office clipboard machinery as hidden content', () => {
    const { text, dropped } = pastedHtmlToText('<html><body><!--StartFragment--><p>你好</p><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--><!--EndFragment--></body></html>')
    expect(text).toBe('你好')
    expect(dropped).toBe(0)
  })

  it('keeps tabs and line breaks inside a cell from splitting the row', () => {
    const { text } = pastedHtmlToText('<table><tr><td>姓名</td><td>住址</td></tr><tr><td>张三</td><td>白马镇<br>王岗村</td></tr></table>')
    expect(text.split('\n')).toEqual(['姓名\t住址', '张三\t白马镇 王岗村'])
  })
})
