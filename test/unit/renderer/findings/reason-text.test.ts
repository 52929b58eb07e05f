import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { reasonText } from '../../../../renderer/features/findings/reason-text'
import { translate, type Translate } from '../../../../renderer/i18n/translate'
import { REASON_CODES, reasonEnglish, scan, type Finding, type Reason } from '../../../../shared/pii/index'

const zh: Translate = (key, params) => translate('zh-CN', key, params)
const en: Translate = (key, params) => translate('en', key, params)
const root = path.resolve(import.meta.dirname, '../../../fixtures/pii')
const CJK = /[\u4e00-\u9fff]/

/** The words of one reason in Chinese: in Chinese, every parameter filled, not the engine's English. */
function expectWorded(reason: Reason, where: string): void {
  const words = reasonText(reason, zh)
  expect(words, `${where}: ${reasonEnglish(reason)}`).toMatch(CJK)
  expect(words, `${where}: ${reasonEnglish(reason)}`).not.toMatch(/\{\w+\}/)
  // no engine English inside the Chinese (a list's or an issuer's name: mental, unionpay)
  expect(words, `${where}: ${reasonEnglish(reason)}`).not.toMatch(/[a-z]{4,}/)
  expect(words).not.toBe(reasonEnglish(reason))
  expect(reasonText(reason, en), `${where}: ${reasonEnglish(reason)}`).not.toMatch(/\{\w+\}|^$/)
}

describe('engine evidence in the officer’s language, from codes', () => {
  it('has Chinese and English words for every code the engine can give', () => {
    for (const code of REASON_CODES) {
      expect(zh(`reason.${code}`), code).toMatch(CJK)
      expect(en(`reason.${code}`), code).not.toBe(`reason.${code}`)
    }
  })

  it('words every reason the engine gives on every labelled notice in the fixtures, parameters filled', () => {
    const folders = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory())
    expect(folders).toEqual(expect.arrayContaining(['labelled', 'prose-dev', 'prose-dev-health', 'prose-holdout4']))
    const codes = new Set<string>()
    for (const folder of folders) {
      for (const file of fs.readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.txt'))) {
        for (const finding of scan(fs.readFileSync(path.join(root, folder, file), 'utf8'), { minConfidence: 0.2 })) {
          for (const reason of finding.reasons) {
            codes.add(reason.code)
            expectWorded(reason, `${folder}/${file}`)
          }
        }
      }
    }
    // the fixtures exercise most of the catalogue, so the check above is not about a handful of codes
    expect(codes.size).toBeGreaterThan(100)
  })

  it('translates nothing by matching text: the renderer reads codes, not the English', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../renderer/features/findings/reason-text.ts'), 'utf8')
    expect(source).not.toMatch(/RegExp|\.exec\(|\.match\(|\/\^/)
  })

  it('translates the evidence against a name and the wording around a marker or a level', () => {
    for (const reason of [
      { code: 'againstThing' },
      { code: 'againstThingBeside' },
      { code: 'againstThingList' },
      { code: 'conditionInCell' },
      { code: 'disabilityLevel' },
      { code: 'assessedLevel', params: { level: '七级' } },
      { code: 'aloneOnLine' },
      { code: 'inBrackets' },
      { code: 'classificationField' },
      { code: 'plateLowerCase' },
      { code: 'vehicleBeside' },
    ] satisfies Reason[]) {
      expectWorded(reason, 'list')
    }
    expect(reasonText({ code: 'assessedLevel', params: { level: '七级' } }, zh)).not.toContain('七级')
  })

  it('translates the name model’s evidence', () => {
    const text = '经社区网格员范丽萍现场调解，邻居曹德明表示同意。来电人：热依拉·艾买提。原诉求人：LI WEIDONG（李卫东）。外孙女古丽娜尔跟着住。'
    for (const finding of scan(text)) for (const reason of finding.reasons) expectWorded(reason, 'names')
    const qu = scan(text).find((f) => f.text === '曹德明')
    expect(qu?.reasons.map((r) => reasonText(r, zh))).toContain('前面是“邻居”')
    expect(reasonText({ code: 'nameLikeness', params: { value: '0.93' } }, en)).toBe('name-likeness 0.93')
    expect(reasonText({ code: 'nameLikeness', params: { value: '0.93' } }, zh)).toBe('姓名可能性 0.93')
    expect(reasonText({ code: 'confirmedName' }, en)).toBe('confirmed elsewhere in this notice')
    expect(reasonText({ code: 'afterLabel', params: { label: '户主' } }, zh)).toBe('位于“户主”之后')
  })

  it('translates the evidence for documents, cards and marks in unusual dress', () => {
    const text = [
      '护照号码：C7H4R2K91，签证号码：12345678，外国人永久居留身份证号码：USA123456789012。',
      '往来港澳通行证 C 1234 5678；他的卡6230 5210 1381 2345 678丢了；电话（852）9123 4567。',
      '姓名\t护照号码\n张三\tC7H4R2K91\n',
      '本材料不得扩散。（此件仅发至县级）',
      '车牌号：皖a12345，当事人驾驶皖B·D12345小型汽车。',
    ].join('\n')
    const findings: Finding[] = scan(text)
    expect(findings.map((f) => f.type)).toEqual(expect.arrayContaining(['PASSPORT', 'HK_MACAO_PERMIT', 'BANK_CARD', 'MOBILE', 'CONFIDENTIAL_MARKER', 'LICENSE_PLATE']))
    for (const finding of findings) for (const reason of finding.reasons) expectWorded(reason, 'documents')
  })

  it('does not repeat the parts of an ID number the panel masks', () => {
    const [finding] = scan('身份证号码：34052419800101001X')
    expect(finding?.type).toBe('ID_CARD')
    const text = (finding?.reasons ?? []).map((reason) => reasonText(reason, zh)).join('；')
    expect(text).not.toMatch(/1980|340524/)
    expect(text).toContain('出生日期')
  })

  it('reads an area code as 区号 for a landline and as 行政区划 for an ID number', () => {
    const landline = scan('联系电话：0562-2823456').find((f) => f.type === 'LANDLINE')
    expect(landline?.reasons.map((r) => reasonText(r, zh))).toContain('区号 0562 有效')
    expect(reasonText({ code: 'idArea', params: { code: '340705' } }, zh)).toBe('前六位是有效的行政区划代码')
  })

  it('words a reason qualified by another (“X, but Y”), and shows a group of digits as written', () => {
    const but: Reason = { code: 'idChecksumFails', but: { code: 'inColumn', params: { header: '身份证号码' } } }
    expect(reasonEnglish(but)).toBe('fails checksum, but in column 身份证号码')
    expect(reasonText(but, zh)).toBe('校验码不符，但位于“身份证号码”列')
    expect(reasonText(but, en)).toBe('check digit wrong, but in the “身份证号码” column')
    expect(reasonText({ code: 'writtenAs', params: { groups: '3-4-4' } }, zh)).toBe('分段书写（3-4-4）')
  })
})
