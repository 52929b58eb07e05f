// Builds the import fixtures in test/fixtures/import/ with a real office suite, so the files have the
// structure Word, WPS and Excel users send: LibreOffice (headless) converts flat OpenDocument sources
// (.fods/.fodt, written below) to .xlsx/.docx, a sheet to GBK and UTF-8 CSV, and both to the legacy
// .xls/.doc formats (which the import refuses with advice).
//
//   apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui
//   node --import tsx scripts/import-build-fixtures.ts
//
// The outputs are committed: CI does not install LibreOffice. Every ID number is invented but has a valid
// GB 11643 check character, so the scanner treats it as a real one.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { idCardCheckChar } from '../shared/pii/index'

const root = path.resolve(import.meta.dirname, '..')
const outDir = path.join(root, 'test/fixtures/import')

/** An ID number with its check character. */
function id(first17: string): string {
  return first17 + (idCardCheckChar(first17) ?? '0')
}

export const people = {
  ouyang: { name: '欧阳娜娜', id: '340705198204150268', phone: '13905621234', address: '铜陵市郊区白马镇王岗村14组79号' },
  wang: { name: '王小明', id: id('34072119560101113'), phone: '15805621122', address: '铜陵市郊区白马镇东山村5组8号' },
  liu: { name: '刘德明', id: id('34172319721130362'), phone: '13805620001', address: '铜陵市郊区白马镇新桥村2组11号' },
  chen: { name: '陈桂英', id: id('34070519650822153'), phone: '0562-2881234', address: '铜陵市郊区白马镇王岗村3组6号' },
}

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

const NS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"`

const meta = (title: string): string => `<office:meta>
  <meta:initial-creator>张建国</meta:initial-creator><dc:creator>李秀英</dc:creator><dc:title>${title}</dc:title>
  <meta:user-defined meta:name="经办人" meta:value-type="string">王卫东 13705628888</meta:user-defined>
 </office:meta>`

const s = (text: string): string => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`
const n = (value: number | string): string => `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`

/** The 低保 list: a hidden ID column, a hidden row, a hidden sheet, a commented cell, an ID stored as a number. */
function dibaoFods(): string {
  const { ouyang, wang, liu, chen } = people
  const row = (cells: string, hidden = false): string => `<table:table-row${hidden ? ' table:visibility="collapse"' : ''}>${cells}</table:table-row>`
  const comment = `<table:table-cell office:value-type="string"><office:annotation><dc:creator>张建国</dc:creator><dc:date>2025-06-01T09:00:00</dc:date><text:p>该户联系人孙静，电话13705621111，已核实</text:p></office:annotation><text:p>${wang.name}</text:p></table:table-cell>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 ${meta('白马镇2025年第二季度低保名单')}
 <office:automatic-styles>
  <style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false"/></style:style>
  <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
  <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="低保名单" table:style-name="ta1">
   <table:table-column table:style-name="co1" table:number-columns-repeated="2"/>
   <table:table-column table:style-name="co2" table:visibility="collapse"/>
   <table:table-column table:style-name="co1"/>
   <table:table-column table:style-name="co2"/>
   <table:table-column table:style-name="co1" table:number-columns-repeated="2"/>
   ${row(`<table:table-cell office:value-type="string" table:number-columns-spanned="7" table:number-rows-spanned="1"><text:p>白马镇2025年第二季度城乡最低生活保障对象名单</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="6"/>`)}
   ${row(['序号', '户主姓名', '身份证号码', '联系电话', '家庭住址', '保障人数', '月保障金额（元）'].map(s).join(''))}
   ${row(n(1) + s(ouyang.name) + s(ouyang.id) + s(ouyang.phone) + s(ouyang.address) + n(3) + n(1500))}
   ${row(n(2) + comment + n(wang.id) + s(wang.phone) + s(wang.address) + n(2) + n(900))}
   ${row(n(3) + s(liu.name) + s(liu.id) + s(liu.phone) + s(liu.address) + n(1) + n(450), true)}
   ${row(n(4) + s(chen.name) + s(chen.id) + s(chen.phone) + s(chen.address) + n(2) + n(900))}
   ${row('<table:table-cell table:number-columns-repeated="7"/>')}
   ${row(s('制表人：张建国'))}
   ${row(s('2025年6月1日'))}
  </table:table>
  <table:table table:name="审核记录" table:style-name="ta2">
   <table:table-column table:number-columns-repeated="3"/>
   ${row(['姓名', '身份证号', '审核意见'].map(s).join(''))}
   ${row(s(liu.name) + s(liu.id) + s('家庭收入超标，取消资格'))}
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
`
}

/** A roster exported to CSV in GBK and in UTF-8 with a BOM. */
function rosterFods(): string {
  const row = (cells: string): string => `<table:table-row>${cells}</table:table-row>`
  const { ouyang, wang, chen } = people
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body><office:spreadsheet>
  <table:table table:name="Sheet1">
   <table:table-column table:number-columns-repeated="5"/>
   ${row(['序号', '姓名', '身份证号码', '联系电话', '家庭住址'].map(s).join(''))}
   ${[ouyang, wang, chen].map((p, i) => row(n(i + 1) + s(p.name) + s(p.id) + s(p.phone) + s(`${p.address}，"老宅"`))).join('\n   ')}
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
`
}

/** The notice: table, header and footer with phone numbers, a comment, tracked changes, hidden text, an image with alt text. */
function noticeFodt(): string {
  const { ouyang, wang, liu, chen } = people
  const cell = (text: string): string => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`
  const trow = (cells: string[]): string => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:mimetype="application/vnd.oasis.opendocument.text">
 ${meta('关于白马镇2025年第二季度最低生活保障对象的公示')}
 <office:styles>
  <style:style style:name="Title" style:family="paragraph" style:display-name="Title"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/><style:header-style/><style:footer-style/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>白马镇社会事务办\u3000联系电话：0562-2881234</text:p></style:header>
   <style:footer><text:p>经办人：王卫东\u3000手机：13705628888</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:tracked-changes text:track-changes="true">
   <text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>李秀英</dc:creator><dc:date>2025-06-01T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
   <text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>李秀英</dc:creator><dc:date>2025-06-01T10:05:00</dc:date></office:change-info><text:p>户主${liu.name}（身份证号${liu.id}）因收入超标不再纳入，</text:p></text:deletion></text:changed-region>
  </text:tracked-changes>
  <text:p text:style-name="P1">关于白马镇2025年第二季度最低生活保障对象的公示</text:p>
  <text:p>白政〔2025〕12号</text:p>
  <text:p>经入户调查、民主评议，现将拟纳入对象公示如下：<office:annotation><dc:creator>张建国</dc:creator><dc:date>2025-06-01T09:00:00</dc:date><text:p>请再核对${ouyang.name}的电话${ouyang.phone}</text:p></office:annotation></text:p>
  <table:table table:name="表格1">
   <table:table-column table:number-columns-repeated="5"/>
   ${trow(['序号', '户主姓名', '身份证号码', '联系电话', '家庭住址'])}
   ${trow(['1', ouyang.name, ouyang.id, ouyang.phone, ouyang.address])}
   ${trow(['2', chen.name, chen.id, chen.phone, chen.address])}
  </table:table>
  <text:p>本季度新增对象：<text:change-start text:change-id="ct1"/>户主${wang.name}，联系电话${wang.phone}<text:change-end text:change-id="ct1"/>。<text:change text:change-id="ct2"/>公示期为7天。</text:p>
  <text:p>备注：<text:span text:style-name="T1">${ouyang.name}患有肺结核，身份证号${ouyang.id}，请勿外传</text:span>如有异议请反映。</text:p>
  <text:p><draw:frame draw:name="图片1" text:anchor-type="as-char" svg:width="1cm" svg:height="1cm"><draw:image><office:binary-data>${PNG}</office:binary-data></draw:image><svg:title>户主身份证照片</svg:title><svg:desc>${ouyang.name}身份证正面 ${ouyang.id}</svg:desc></draw:frame></text:p>
  <text:p text:style-name="PR">白马镇人民政府</text:p>
  <text:p text:style-name="PR">2025年6月1日</text:p>
 </office:text></office:body>
</office:document>
`
}

function soffice(profile: string, args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 })
}

function main(): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-fixtures-'))
  const profile = path.join(work, 'profile')
  try {
    fs.writeFileSync(path.join(work, 'dibao.fods'), dibaoFods())
    fs.writeFileSync(path.join(work, 'notice.fodt'), noticeFodt())
    fs.writeFileSync(path.join(work, 'roster.fods'), rosterFods())
    fs.mkdirSync(outDir, { recursive: true })
    soffice(profile, ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, path.join(work, 'dibao.fods')])
    soffice(profile, ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, path.join(work, 'notice.fodt')])
    // CSV filter options: separator 44 (,), quote 34 ("), character set 67 (GBK, LibreOffice's rtl text encoding number)
    const gbkDir = path.join(work, 'gbk')
    soffice(profile, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,67', '--outdir', gbkDir, path.join(work, 'roster.fods')])
    // legacy binary formats, for the "save it as .docx/.xlsx" message
    soffice(profile, ['--convert-to', 'xls:MS Excel 97', '--outdir', work, path.join(work, 'roster.fods')])
    soffice(profile, ['--convert-to', 'doc:MS Word 97', '--outdir', work, path.join(work, 'notice.fodt')])
    const utf8Dir = path.join(work, 'utf8')
    soffice(profile, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', utf8Dir, path.join(work, 'roster.fods')])
    fs.copyFileSync(path.join(work, 'dibao.xlsx'), path.join(outDir, 'dibao.xlsx'))
    fs.copyFileSync(path.join(work, 'notice.docx'), path.join(outDir, 'notice.docx'))
    fs.copyFileSync(path.join(gbkDir, 'roster.csv'), path.join(outDir, 'roster-gbk.csv'))
    fs.copyFileSync(path.join(work, 'roster.xls'), path.join(outDir, 'legacy.xls'))
    fs.copyFileSync(path.join(work, 'notice.doc'), path.join(outDir, 'legacy.doc'))
    // LibreOffice 7.4 cannot write the BOM; Excel's "CSV UTF-8" always does, so add it as Excel would
    fs.writeFileSync(path.join(outDir, 'roster-utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(path.join(utf8Dir, 'roster.csv'))]))
    for (const f of fs.readdirSync(outDir).sort()) console.log(`${f.padEnd(24)} ${fs.statSync(path.join(outDir, f)).size} bytes`)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

main()
