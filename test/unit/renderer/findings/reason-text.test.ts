import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { reasonText } from '../../../../renderer/features/findings/reason-text'
import { translate, type Translate } from '../../../../renderer/i18n/translate'
import { scan } from '../../../../shared/pii/index'

const zh: Translate = (key, params) => translate('zh-CN', key, params)
const en: Translate = (key, params) => translate('en', key, params)
const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/pii/labelled')

describe('engine explanations in the officer’s language', () => {
  it('translates every explanation the engine gives on the labelled fixtures', () => {
    const untranslated = new Set<string>()
    for (const file of fs.readdirSync(fixtures).filter((name) => name.endsWith('.txt'))) {
      for (const finding of scan(fs.readFileSync(path.join(fixtures, file), 'utf8'))) {
        for (const reason of finding.reasons) if (reasonText(reason, finding.type, zh) === reason) untranslated.add(reason)
      }
    }
    expect([...untranslated]).toEqual([])
  })

  it('translates every explanation the engine gives on every labelled notice in the fixtures', () => {
    const untranslated = new Set<string>()
    const root = path.resolve(import.meta.dirname, '../../../fixtures/pii')
    const folders = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory())
    expect(folders).toEqual(expect.arrayContaining(['prose-dev', 'prose-dev-health', 'prose-holdout4']))
    for (const folder of folders) {
      for (const file of fs.readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.txt'))) {
        for (const finding of scan(fs.readFileSync(path.join(root, folder, file), 'utf8'), { minConfidence: 0.2 })) {
          for (const reason of finding.reasons) if (reasonText(reason, finding.type, zh) === reason) untranslated.add(`${folder}: ${reason}`)
        }
      }
    }
    expect([...untranslated]).toEqual([])
  })

  it('translates the evidence against a name and the wording around a marker or a level', () => {
    for (const reason of [
      'against: a medicine, food or animal word',
      'against: beside a medicine, food or animal word',
      'against: in a list of things',
      'a condition found inside the cell',
      'disability level',
      'assessed as 七级',
      'alone on its line',
      'in brackets',
      'value of a classification field',
    ]) {
      expect(reasonText(reason, 'PERSON_NAME', zh)).not.toBe(reason)
      expect(reasonText(reason, 'PERSON_NAME', zh)).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(reasonText('assessed as 七级', 'HEALTH', zh)).not.toContain('七级')
  })

  it('translates the name model’s evidence', () => {
    const text = '经社区网格员范丽萍现场调解，邻居曹德明表示同意。来电人：热依拉·艾买提。原诉求人：LI WEIDONG（李卫东）。外孙女古丽娜尔跟着住。'
    for (const finding of scan(text)) for (const reason of finding.reasons) expect(reasonText(reason, finding.type, zh)).not.toBe(reason)
    expect(reasonText('after 邻居', 'PERSON_NAME', zh)).toBe('前面是“邻居”')
    expect(reasonText('name-likeness 0.93', 'PERSON_NAME', en)).toBe('name-likeness 0.93')
    expect(reasonText('name-likeness 0.93', 'PERSON_NAME', zh)).toBe('姓名可能性 0.93')
    expect(reasonText('confirmed elsewhere in the document', 'PERSON_NAME', en)).toBe('confirmed elsewhere in this notice')
    expect(reasonText('after label 户主', 'PERSON_NAME', zh)).toBe('位于“户主”之后')
  })

  it('translates the evidence for documents, cards and marks in unusual dress', () => {
    const text = [
      '护照号码：C7H4R2K91，签证号码：12345678，外国人永久居留身份证号码：USA123456789012。',
      '往来港澳通行证 C 1234 5678；他的卡6230 5210 1381 2345 678丢了；电话（852）9123 4567。',
      '姓名\t护照号码\n张三\tC7H4R2K91\n',
      '本材料不得扩散。（此件仅发至县级）',
    ].join('\n')
    const findings = scan(text)
    expect(findings.map((f) => f.type)).toEqual(expect.arrayContaining(['PASSPORT', 'HK_MACAO_PERMIT', 'BANK_CARD', 'MOBILE', 'CONFIDENTIAL_MARKER']))
    for (const finding of findings) {
      for (const reason of finding.reasons) {
        expect(reasonText(reason, finding.type, zh)).not.toBe(reason)
        expect(reasonText(reason, finding.type, en)).not.toBe('')
      }
    }
  })

  it('does not repeat the parts of an ID number the panel masks', () => {
    const [finding] = scan('身份证号码：34052419800101001X')
    expect(finding?.type).toBe('ID_CARD')
    const text = (finding?.reasons ?? []).map((reason) => reasonText(reason, 'ID_CARD', zh)).join('；')
    expect(text).not.toMatch(/1980|340524/)
    expect(text).toContain('出生日期')
  })

  it('reads an area code as 区号 for a landline and as 行政区划 for an ID number', () => {
    expect(reasonText('area code 0562 valid', 'LANDLINE', zh)).toBe('区号 0562 有效')
    expect(reasonText('area code 340705 valid', 'ID_CARD', zh)).toBe('前六位是有效的行政区划代码')
  })

  it('joins “X, but Y” and keeps unknown explanations as written', () => {
    expect(reasonText('fails checksum, but in column 身份证号码', 'ID_CARD', zh)).toBe('校验码不符，但位于“身份证号码”列')
    expect(reasonText('fails checksum, but in column 身份证号码', 'ID_CARD', en)).toBe('check digit wrong, but in the “身份证号码” column')
    expect(reasonText('something new', 'EMAIL', zh)).toBe('something new')
  })
})
