// Structures a test states exactly (make-ooxml.ts): the hiding places an office suite rarely writes but a
// file can hold — each must come out either in the notice, marked, or listed and dropped.
import { describe, expect, it } from 'vitest'
import { documentText, type ParagraphBlock, type TableBlock } from '../../../shared/import/index'
import { importBytes } from '../../../electron/services/import/index'
import { docxBytes, esc, p, xlsxBytes } from './make-ooxml'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const enc = new TextEncoder()

describe('xlsx hiding places', () => {
  it('veryHidden sheets, ;;; formats, values under a merge, formulas without a value, phonetic runs', async () => {
    const bytes = xlsxBytes({
      formats: [';;;', '000000', 'yyyy"年"m"月"d"日"'],
      sheets: [
        {
          name: '名单',
          rows: [
            ['姓名', '电话', '邮编', '出生日期', '合计'],
            ['张三', { v: 13905621234, s: 1 }, { v: 4100, s: 2 }, { v: 29036, s: 3 }, { f: 'SUM(A1:A2)' }],
            ['李四', '隐藏在合并单元格下', null, null, null],
          ],
          merges: ['A3:B3'],
        },
        { name: '底稿', state: 'veryHidden', rows: [['姓名', '身份证号'], ['赵六', '340705198204150268']] },
      ],
      parts: {
        'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>姓名</t></si><si><t>电话</t></si><si><t>邮编</t></si><si><t>出生日期</t></si><si><t>合计</t></si><si><r><t>张三</t></r><rPh sb="0" eb="2"><t>ちょうさん</t></rPh></si><si><t>李四</t></si><si><t>隐藏在合并单元格下</t></si><si><t>身份证号</t></si><si><t>赵六</t></si><si><t>340705198204150268</t></si></sst>`,
      },
    })
    const doc = await importBytes(bytes, 'x.xlsx')
    const [list, hiddenSheet] = doc.blocks.filter((b): b is TableBlock => b.kind === 'table')
    expect(list.rows[0].cells).toEqual(['张三', '', '004100', '1979年6月30日', ''])
    // the value under the merge left the grid: the row is a lone cell now, a paragraph after the table
    expect(list.rows).toHaveLength(1)
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text === '李四')).toBe(true)
    expect(hiddenSheet.hidden).toBe('veryHiddenSheet')
    expect(hiddenSheet.rows[0].cells).toEqual(['赵六', '340705198204150268'])
    const hidden = doc.hidden.map((h) => [h.kind, h.location.cell ?? h.location.sheet, h.text])
    expect(hidden).toEqual(
      expect.arrayContaining([
        ['hiddenText', 'B2', '13905621234'],
        ['hiddenText', 'B3', '隐藏在合并单元格下'],
        ['veryHiddenSheet', '底稿', '底稿'],
      ]),
    )
    expect(doc.warnings.map((w) => w.code)).toContain('formulaWithoutValue')
    const view = documentText(doc)
    expect(view.text).not.toContain('ちょうさん')
    expect(view.text.slice(0, view.bodyLength)).not.toContain('13905621234')
    expect(view.text.slice(view.bodyLength)).toContain('13905621234')
  })

  it('drawings with alt text and shape text, external links, print headers', async () => {
    const drawing = `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1" descr="张三的身份证照片"/></xdr:nvPicPr></xdr:pic></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/></xdr:nvSpPr><xdr:txBody><a:p><a:r><a:t>经办人手机13805629999</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:oneCellAnchor></xdr:wsDr>`
    const bytes = xlsxBytes({
      sheets: [{ name: 'S', rows: [['姓名', '电话'], ['张三', '13905621234']], after: '<headerFooter><oddHeader>&amp;L制表人：王五&amp;R第&amp;P页</oddHeader></headerFooter>' }],
      sheet1Rels: [
        { id: 'rId1', type: `${REL}/drawing`, target: '../drawings/drawing1.xml' },
        { id: 'rId2', type: `${REL}/hyperlink`, target: 'mailto:zhangsan@example.com', external: true },
      ],
      parts: { 'xl/drawings/drawing1.xml': drawing, 'xl/media/image1.png': enc.encode('png') as unknown as string },
    })
    const doc = await importBytes(bytes, 'x.xlsx')
    const byKind = (k: string): string[] => doc.hidden.filter((h) => h.kind === k).map((h) => `${h.location.cell ?? h.location.part ?? ''}|${h.text}`)
    expect(byKind('altText')).toEqual(['D2|张三的身份证照片'])
    expect(byKind('drawingText')).toEqual(['A10|经办人手机13805629999'])
    expect(byKind('hyperlink')).toEqual(['xl/worksheets/sheet1.xml|mailto:zhangsan@example.com'])
    expect(byKind('header')).toEqual(['xl/worksheets/sheet1.xml|制表人：王五 第页'])
    expect(byKind('image')).toEqual(['xl/media/image1.png|image1.png'])
  })
})

describe('docx hiding places', () => {
  const W = (xml: string): string => xml
  it('w:vanish, w:del/w:ins, field codes, text boxes once (not their mc:Fallback copy), nested tables, alt text', async () => {
    const body = [
      p('公示对象如下：', W('<w:r><w:rPr><w:vanish/></w:rPr><w:t>内部：张三患糖尿病</w:t></w:r>'), '请监督。'),
      `<w:p><w:ins w:id="1" w:author="李四" w:date="2025-06-01T00:00:00Z"><w:r><w:t>新增王五。</w:t></w:r></w:ins><w:del w:id="2" w:author="李四"><w:r><w:delText>删去赵六，身份证340705198204150268。</w:delText></w:r></w:del></w:p>`,
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:wangwu@example.com" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>联系我们</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      `<w:p><w:r><w:t>见右侧文本框</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="文本框 1" descr="落款框"/><w:txbxContent><w:p><w:r><w:t>经办人：孙七</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>经办人：孙七</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      `<w:tbl><w:tr><w:tc>${p('姓名')}</w:tc><w:tc>${p('家庭成员')}</w:tc><w:tc>${p('备注')}</w:tc></w:tr><w:tr><w:tc>${p('张三')}</w:tc><w:tc><w:tbl><w:tr><w:tc>${p('妻')}</w:tc><w:tc>${p('李梅')}</w:tc></w:tr></w:tbl>${p('')}</w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${p('合并')}</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p('跨两列')}</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>${p('')}</w:tc></w:tr></w:tbl>`,
    ].join('')
    const doc = await importBytes(docxBytes(body), 'x.docx')
    const texts = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text)
    expect(texts).toEqual(['公示对象如下：请监督。', '新增王五。', '联系我们', '见右侧文本框', '经办人：孙七'])
    const t = doc.blocks.find((b): b is TableBlock => b.kind === 'table')
    expect(t?.header.cells).toEqual(['姓名', '家庭成员', '备注'])
    expect(t?.rows.map((r) => r.cells)).toEqual([
      ['张三', '妻 李梅\n', '合并'],
      ['跨两列', '', ''],
    ])
    expect(t?.merges).toEqual([
      { row: 1, column: 2, rows: 2, columns: 1 },
      { row: 2, column: 0, rows: 1, columns: 2 },
    ])
    const hidden = doc.hidden.map((h) => `${h.kind}|${h.text}`)
    expect(hidden).toEqual(
      expect.arrayContaining([
        'hiddenText|内部：张三患糖尿病',
        'trackedInsertion|新增王五。',
        'trackedDeletion|删去赵六，身份证340705198204150268。',
        'fieldCode|HYPERLINK "mailto:wangwu@example.com"',
        'altText|落款框',
        'property|李四',
      ]),
    )
  })

  it('headers, footers, comments, footnotes and document variables come from their parts, listed', async () => {
    const part = (root: string, inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${inner}</w:${root}>`
    const doc = await importBytes(
      docxBytes(p('正文'), {
        rels: [
          { id: 'r1', type: `${REL}/header`, target: 'header1.xml' },
          { id: 'r2', type: `${REL}/footer`, target: 'footer1.xml' },
          { id: 'r3', type: `${REL}/comments`, target: 'comments.xml' },
          { id: 'r4', type: `${REL}/footnotes`, target: 'footnotes.xml' },
          { id: 'r5', type: `${REL}/settings`, target: 'settings.xml' },
        ],
        parts: {
          'word/header1.xml': part('hdr', p('某某局　电话0562-2881234')),
          'word/footer1.xml': part('ftr', p('第1页')),
          'word/comments.xml': part('comments', `<w:comment w:id="7" w:author="${esc('张建国')}">${p('核对13905621234')}</w:comment>`),
          'word/footnotes.xml': part('footnotes', `<w:footnote w:type="separator" w:id="-1">${p('')}</w:footnote><w:footnote w:id="1">${p('据王五反映')}</w:footnote>`),
          'word/settings.xml': part('settings', '<w:docVars><w:docVar w:name="经办人" w:val="孙七 13705620000"/></w:docVars>'),
        },
      }),
      'x.docx',
    )
    expect(doc.hidden.map((h) => [h.kind, h.location.part, h.text, h.author ?? ''])).toEqual([
      ['header', 'word/header1.xml', '某某局　电话0562-2881234', ''],
      ['footer', 'word/footer1.xml', '第1页', ''],
      ['comment', 'word/comments.xml', '核对13905621234', '张建国'],
      ['note', 'word/footnotes.xml', '据王五反映', ''],
      ['property', 'word/settings.xml', '孙七 13705620000', ''],
    ])
  })
})

describe('html', () => {
  it('visible text and tables in; scripts and styles out; hidden elements, comments, alt text, links and meta listed', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="author" content="张建国"><title>公示</title><style>.x{color:red}</style></head><body>
      <h1 style="text-align:center">关于低保对象的公示</h1>
      <p>现公示如下：<span style="display:none">内部备注：张三电话13905621234</span></p>
      <!-- 原名单含李四 -->
      <table><tr><th>姓名</th><th>身份证号码</th></tr><tr><td>王五</td><td>340705198204150268</td></tr></table>
      <div hidden>旧名单：赵六</div>
      <p><img src="a.png" alt="王五身份证照片"><a href="mailto:ww@example.com">联系</a></p>
      <script>var phone = "13800000000"</script>
      <p style="text-align:right">白马镇人民政府</p><p>2025年6月1日</p></body></html>`
    const doc = await importBytes(enc.encode(html), 'x.html')
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? `${b.style}:${b.text}` : `table:${b.header.cells.join('|')}`))).toEqual([
      'title:关于低保对象的公示',
      'body:现公示如下：',
      'table:姓名|身份证号码',
      'body:联系',
      'signature:白马镇人民政府',
      'date:2025年6月1日',
    ])
    expect(doc.hidden.map((h) => `${h.kind}|${h.text}`)).toEqual(
      expect.arrayContaining(['property|公示', 'property|张建国', 'hiddenText|内部备注：张三电话13905621234', 'comment|原名单含李四', 'hiddenText|旧名单：赵六', 'altText|王五身份证照片', 'hyperlink|mailto:ww@example.com']),
    )
    const view = documentText(doc)
    expect(view.text).not.toContain('13800000000')
    expect(view.text.slice(0, view.bodyLength)).not.toContain('赵六')
  })

  it('GBK HTML with its charset declared', async () => {
    const gbk = Uint8Array.from([...enc.encode('<html><head><meta charset="gbk"></head><body><p>'), 0xd5, 0xc5, 0xc8, 0xfd, ...enc.encode('</p></body></html>')])
    const doc = await importBytes(gbk, 'g.htm')
    expect((doc.blocks[0] as ParagraphBlock).text).toBe('张三')
  })
})
