/**
 * Issue 11, "structured values in unusual dress" and "markers": each probe is a writing of a value the
 * engine must read — foreign documents after their labels, permits in groups, numbers read out in Chinese,
 * cards whose tail looks like a phone — and the wordings of a mark next to a caller's request.
 */
import { describe, expect, it } from 'vitest'
import { luhn } from '../../../../shared/pii/index'
import { breakCheck, findings, makeCard, makeId, texts } from './helpers'

describe('documents after their labels, whatever their shape', () => {
  it('reads a passport with few digits, and says when it fails the format', () => {
    const [f] = findings('护照号码：C7H4R2K91，', 'PASSPORT')
    expect(f?.text).toBe('C7H4R2K91')
    expect(f?.reasons).toContain('does not match the document format: flagged for its label')
    expect(texts('护照号码：M12AB3456。', 'PASSPORT')).toEqual(['M12AB3456'])
    expect(texts('Passport No. 503456789，', 'PASSPORT')).toEqual(['503456789'])
    expect(texts('持护照（号码C7H4R2K91）入境', 'PASSPORT')).toEqual(['C7H4R2K91'])
  })
  it('reads foreign residents’ documents as passports', () => {
    expect(texts('持外国人永久居留身份证（证号：USA123456789012）', 'PASSPORT')).toEqual(['USA123456789012'])
    expect(texts('居留许可号码：JX1234567', 'PASSPORT')).toEqual(['JX1234567'])
    expect(texts('签证号码：12345678，', 'PASSPORT')).toEqual(['12345678'])
    expect(texts('旅行证号码：T1234567', 'PASSPORT')).toEqual(['T1234567'])
    const [visa] = findings('签证号码：12345678，', 'PASSPORT')
    expect(visa?.reasons).toContain('a foreign document’s own numbering: format not checked')
  })
  it('checks the 2023 permanent-residence card by its check character', () => {
    const card = makeId('911234', '19900101', '123')
    const [good] = findings(`外国人永久居留身份证号码：${card}`)
    expect([good?.type, good?.text]).toEqual(['PASSPORT', card])
    expect(good?.reasons).toContain('shape foreign-permanent-residence')
    const [bad] = findings(`外国人永久居留身份证号码：${breakCheck(card)}`)
    expect(bad?.reasons).toContain('does not match the document format: flagged for its label')
  })
  it('leaves words, counts and dates after the labels alone', () => {
    expect(findings('办理签证 2 次，签证日期：2024-01-01，护照有效期至2030年。', 'PASSPORT')).toEqual([])
  })
  it('reads permits in traditional characters and in groups', () => {
    expect(texts('台灣居民來往大陸通行證號碼：05813326', 'TAIWAN_PERMIT')).toEqual(['05813326'])
    expect(texts('臺胞證：1234567890', 'TAIWAN_PERMIT')).toEqual(['1234567890'])
    expect(texts('往来港澳通行证 C 1234 5678', 'HK_MACAO_PERMIT')).toEqual(['C 1234 5678'])
    expect(texts('回鄉證號：H1234567801', 'HK_MACAO_PERMIT')).toEqual(['H1234567801'])
  })
  it('types a number after a bare 通行证 by its shape, and leaves other passes alone', () => {
    expect(texts('通行证号码：C 1234 5678', 'HK_MACAO_PERMIT')).toEqual(['C 1234 5678'])
    expect(texts('通行证号T12345678', 'TAIWAN_PERMIT')).toEqual(['T12345678'])
    expect(findings('车辆通行证号：2024001234')).toEqual([])
  })
  it('reads a foreign passport in a passport column', () => {
    expect(texts('序号\t姓名\t护照号码\n1\t张三\tC7H4R2K91\n', 'PASSPORT')).toEqual(['C7H4R2K91'])
    expect(texts('姓名\t身份证/护照号码\n张三\tC7H4R2K91\n', 'PASSPORT')).toEqual(['C7H4R2K91'])
  })
})

describe('phones in unusual dress', () => {
  it('reads a landline with a spaced subscriber number and codes in brackets', () => {
    expect(texts('联系电话：0551-6288 1234', 'LANDLINE')).toEqual(['0551-6288 1234'])
    expect(texts('电话（852）9123 4567', 'MOBILE')).toEqual(['（852）9123 4567'])
    expect(texts('香港手机+852 9123 4567，台湾+886 912 345 678', 'MOBILE')).toEqual(['+852 9123 4567', '+886 912 345 678'])
  })
  it('reads a number read out in Chinese digits, with 幺 and 〇, whole or in groups', () => {
    expect(texts('电话：一五八零五六二三四七一', 'MOBILE')).toEqual(['一五八零五六二三四七一'])
    expect(texts('手机幺五八〇五六二三四七幺。', 'MOBILE')).toEqual(['幺五八〇五六二三四七幺'])
    expect(texts('电话：一五八 零五六二 三四七一', 'MOBILE')).toEqual(['一五八 零五六二 三四七一'])
    expect(findings('第一 二三四，一二三 四五')).toEqual([])
  })
})

describe('a card in groups keeps its tail', () => {
  it('reads a 19-digit card in groups of four whole, never its tail as a mobile', () => {
    const bad = '6230521013812345678'
    const grouped = bad.replace(/(\d{4})(?=\d)/g, '$1 ')
    expect(texts(`收款账号 ${grouped}`)).toEqual([grouped])
    expect(findings(`他的卡${grouped}丢了`).map((f) => f.type)).toEqual(['BANK_CARD'])
  })
  it('keeps a Luhn-valid 16-digit head from cutting the card short', () => {
    const head = makeCard('622848', 16)
    const card = [...Array(1000).keys()].map((k) => head + String(k).padStart(3, '0')).find((c) => luhn(c)) ?? ''
    const grouped = card.replace(/(\d{4})(?=\d)/g, '$1 ')
    expect(texts(`卡号${grouped}`, 'BANK_CARD')).toEqual([grouped])
    expect(texts(`${grouped}`, 'BANK_CARD')).toEqual([grouped])
  })
  it('reads a labelled card whole whatever its grouping', () => {
    expect(texts('卡号：6230 52 13812345678', 'BANK_CARD')).toEqual(['6230 52 13812345678'])
    expect(texts('卡号：6230 52 13812345678', 'MOBILE')).toEqual([])
  })
  it('does not make two local numbers a card', () => {
    expect(findings('电话：6288 1234 6288 1235', 'BANK_CARD')).toEqual([])
    // Luhn alone, without an issuer's prefix, is no card in groups
    const serial = makeCard('1234', 16).replace(/(\d{4})(?=\d)/g, '$1 ')
    expect(findings(`编码${serial}`, 'BANK_CARD')).toEqual([])
  })
})

describe('残疾人证号 and birth dates', () => {
  it('reads the 20-character number whose ID ends in X', () => {
    const id = makeId('150102', '19600305', '277')
    expect(id.endsWith('X')).toBe(true)
    expect(texts(`其子王明（残疾证号${id}12）`, 'ID_CARD')).toEqual([`${id}12`])
    expect(texts(`残疾证号：${id.toLowerCase()}12`, 'ID_CARD')).toEqual([`${id.toLowerCase()}12`])
  })
  it('reads dotted and Chinese-numeral birth months', () => {
    expect(texts('张三，男，1979.11生，汉族', 'DATE_OF_BIRTH')).toEqual(['1979.11生'])
    expect(texts('王五，女，一九八六年七月生，', 'DATE_OF_BIRTH')).toEqual(['一九八六年七月生'])
  })
  it('reads a birth year alone before 生 and a pause, not a year before a word that starts with 生', () => {
    expect(texts('南宫淑芬，女，1947年生，独居', 'DATE_OF_BIRTH')).toEqual(['1947年生'])
    expect(texts('独居老人秦守仁（1942年生，住纺织厂宿舍）', 'DATE_OF_BIRTH')).toEqual(['1942年生'])
    expect(texts('该条例自2019年生效，2020年生产总值增长，2021年生猪存栏', 'DATE_OF_BIRTH')).toEqual([])
  })
  it('reads an eight-character plate of an irregular form only where a vehicle is named', () => {
    expect(texts('停放小型货车（浙D·8C3F51），乙方认为', 'LICENSE_PLATE')).toEqual(['浙D·8C3F51'])
    expect(texts('编号浙D8C3F51的档案', 'LICENSE_PLATE')).toEqual([])
    expect(texts('另有一辆新能源车川AD 31508偶尔占用', 'LICENSE_PLATE')).toEqual(['川AD 31508'])
  })
})

describe('markers in other wordings', () => {
  it('reads handling instructions and distribution scopes', () => {
    expect(texts('（本报告仅供领导参阅）', 'CONFIDENTIAL_MARKER').join()).toContain('仅供领导参阅')
    expect(texts('内部传阅件', 'CONFIDENTIAL_MARKER')).toEqual(['内部传阅件'])
    expect(texts('内部资料 注意保密', 'CONFIDENTIAL_MARKER')).toEqual(['内部资料', '注意保密'])
    expect(texts('不得翻印、转载', 'CONFIDENTIAL_MARKER')).toEqual(['不得翻印、转载'])
    expect(texts('本材料不得扩散。', 'CONFIDENTIAL_MARKER')).toEqual(['不得扩散'])
    expect(texts('（此件仅发至县级）', 'CONFIDENTIAL_MARKER')).toEqual(['（此件仅发至县级）'])
  })
  it('reads weaker instructions, drafting words and readership only where they mark the document', () => {
    expect(texts('（请勿公开）', 'CONFIDENTIAL_MARKER')).toEqual(['（请勿公开）'])
    expect(texts('（阅后即焚）', 'CONFIDENTIAL_MARKER')).toEqual(['（阅后即焚）'])
    expect(texts('（过程稿，请勿引用）', 'CONFIDENTIAL_MARKER')).toEqual(['（过程稿，请勿引用）'])
    expect(texts('关于调整补助标准的方案（代拟稿）', 'CONFIDENTIAL_MARKER')).toEqual(['（代拟稿）'])
    expect(texts('（限发至科室）', 'CONFIDENTIAL_MARKER')).toEqual(['（限发至科室）'])
    expect(texts('密级：内部', 'CONFIDENTIAL_MARKER')).toEqual(['内部'])
    expect(texts('仅供内部工作参考\n', 'CONFIDENTIAL_MARKER')).toEqual(['仅供内部工作参考'])
    expect(texts('本通报仅在本系统内传阅。', 'CONFIDENTIAL_MARKER')).toEqual(['仅在本系统内传阅'])
    expect(findings('请妥善保管您的材料。对违规单位予以内部通报。涉及个人隐私的材料不得公开。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(findings('以上数据仅供各单位参考。本站发布的新闻稿（新闻稿）。严禁泄露考生信息。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
  it('reads disclosure and secrecy fields, meeting papers and internal bulletins', () => {
    expect(texts('公开方式：不公开\n', 'CONFIDENTIAL_MARKER')).toEqual(['公开方式：不公开'])
    expect(texts('保密期限：长期\n', 'CONFIDENTIAL_MARKER')).toEqual(['保密期限：长期'])
    expect(texts('（此件不上网）', 'CONFIDENTIAL_MARKER')).toEqual(['（此件不上网）'])
    expect(texts('（会后请交回）', 'CONFIDENTIAL_MARKER')).toEqual(['（会后请交回）'])
    expect(texts('会议材料，请勿带走。', 'CONFIDENTIAL_MARKER')).toEqual(['请勿带走'])
    expect(texts('（供领导参考）', 'CONFIDENTIAL_MARKER')).toEqual(['（供领导参考）'])
    expect(texts('内部简报\n第3期', 'CONFIDENTIAL_MARKER')).toEqual(['内部简报'])
    expect(findings('政府信息公开方式：主动公开。预计费用约500元（仅供参考）。请勿张贴小广告。由于涉及隐私，不公开。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
  it('leaves a caller’s request, a rule about something else and a notice’s spread alone', () => {
    expect(findings('来电人要求为其保密。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(findings('保密要求：要求为其保密', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(findings('严禁复制考试材料。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(findings('工作人员不得扩散。', 'CONFIDENTIAL_MARKER')).toEqual([])
    expect(findings('此件发至各村，请组织学习。', 'CONFIDENTIAL_MARKER')).toEqual([])
  })
})
