import { describe, expect, it } from 'vitest'
import { entityTypes, type EntityType } from '../../../../shared/pii/index'
import { maskValue, HIDDEN_TEXT, UnmaskableError, type MaskOptions } from '../../../../shared/redact/index'
import { expectNoLeak } from './leak'

type Case = [value: string, expected: string, options?: MaskOptions]

/** Each type: a plain value, then values as written in real notices (separators, full-width digits, a line break). */
const cases: Record<Exclude<EntityType, 'CONFIDENTIAL_MARKER'>, Case[]> = {
  ID_CARD: [
    ['340705199001011234', '340705********1234'],
    ['34172319960512048X', '341723********048X'],
    ['340705900101123', '340705******123'],
    ['440305 19441004 2907', '440305 ******** 2907'],
    ['340705-19900101-1234', '340705-********-1234'],
    ['3407051990\n01011234', '340705****\n****1234'],
    ['３４０７０５１９９００１０１１２３Ｘ', '３４０７０５********１２３Ｘ'],
  ],
  MOBILE: [
    ['13812345678', '138****5678'],
    ['138-1234-5678', '138-****-5678'],
    ['138 1234\n5678', '138 ****\n5678'],
    ['+86 13519745017', '+86 135****5017'],
    ['008613519745017', '0086135****5017'],
    ['１３０６４０２６５６３', '１３０****６５６３'],
  ],
  LANDLINE: [
    ['0551-62723683', '0551-******83'],
    ['021-6517645', '021-*****45'],
    ['（0551）6272-3683', '（0551）****-**83'],
    ['02162498989', '021******89'],
    ['05516272 3683', '0551**** **83'],
    ['０５５１－６２７２３６８３', '０５５１－******８３'],
  ],
  BANK_CARD: [
    ['6222021234561234', '6222********1234'],
    ['6222 0212 3456 1234', '6222 **** **** 1234'],
    ['6217 9926 5859 2109 382', '6217 **** **** ***9 382'],
    ['６２２２０２１２３４５６１２３４', '６２２２********１２３４'],
  ],
  EMAIL: [
    ['zhang_hua@qq.com', 'z***@qq.com'],
    ['a@example.com', '***@example.com'],
    ['Li.Wei＠163.com', 'L***＠163.com'],
  ],
  PASSPORT: [
    ['E45085350', 'E******50'],
    ['EL 4430669', 'E* *****69'],
  ],
  HK_MACAO_PERMIT: [['CH3406843', 'C******43']],
  TAIWAN_PERMIT: [['12345678', '1*****78']],
  LICENSE_PLATE: [
    ['皖A12345', '皖A1***5'],
    ['皖A·D12345', '皖A·D1***5'],
    ['皖AD12345', '皖AD1***5'],
    ['沪 J6940６', '沪 J6***６'],
  ],
  IP_ADDRESS: [
    ['192.168.1.10', '192.168.*.*'],
    ['２０２．１１２．３．４', '２０２．１１２．*．*'],
    ['2001:db8:85a3::8a2e:370:7334', '2001:db8:*::*:*:*'],
  ],
  USCC: [['91340700MA2T1234X5', '913407**********X5']],
  PERSON_NAME: [
    ['张三', '张*'],
    ['周晓燕', '周**'],
    ['欧阳娜娜', '欧阳**'],
    ['上官文博', '上官**'],
    ['欧阳', '欧*'],
    ['张 三', '张 *'],
    ['买买提·艾力', '买**·**'],
    ['张三', '张某', { name: 'mou' }],
    ['周晓燕', '周某某', { name: 'mou' }],
  ],
  ADDRESS: [
    ['铜陵市郊区白马镇王岗村14组79号', '铜陵市郊区白马镇王岗村****'],
    ['铜陵市郊区白马镇王岗村14组79号', '铜陵市郊区白马镇王岗村14组****', { address: 'group' }],
    ['长春市南关区横港街道张家村9组14号', '长春市南关区横港街道张家村****'],
    ['北京市东城区建设路232号东方明珠苑6栋4单元1304室', '北京市东城区****'],
    ['广西壮族自治区南宁市青秀区团结路555号', '广西壮族自治区南宁市青秀区****'],
    ['铜陵市郊区白马镇王岗村', '铜陵市郊区白马镇****'],
    ['王岗村１４组', '王岗村****', { address: 'group' }],
    ['朝阳路437号', '****'],
    ['合肥市蜀山区\n幸福小区3栋502室', '合肥市蜀山区****'],
    ['铜陵市铜官区铜官山新村35号楼', '铜陵市铜官区****'],
  ],
  DATE_OF_BIRTH: [
    ['1990-01-01', '1990-**-**'],
    ['1996.05', '1996.**'],
    ['1990年1月1日', '1990年*月*日'],
    ['１９９０年１２月', '１９９０年**月'],
    ['1990年', '****年'],
  ],
  HEALTH: [['确诊为新冠肺炎', HIDDEN_TEXT]],
}

describe('maskValue', () => {
  for (const [type, list] of Object.entries(cases) as [EntityType, Case[]][]) {
    describe(type, () => {
      for (const [value, expected, options] of list) {
        it(`${JSON.stringify(value)}${options ? ` ${JSON.stringify(options)}` : ''} → ${JSON.stringify(expected)}`, () => {
          const masked = maskValue(type, value, options)
          expect(masked).toBe(expected)
          expectNoLeak(masked, value)
        })
      }
    })
  }

  it('covers every entity type', () => {
    expect([...Object.keys(cases), 'CONFIDENTIAL_MARKER'].sort()).toEqual([...entityTypes].sort())
  })

  it('keeps separators where they were, so the masked value has the shape of the original', () => {
    for (const [type, list] of Object.entries(cases) as [EntityType, Case[]][]) {
      if (type === 'ADDRESS' || type === 'EMAIL' || type === 'HEALTH' || type === 'IP_ADDRESS') continue
      for (const [value, , options] of list) expect(maskValue(type, value, options).length, `${type} ${value}`).toBe(value.length)
    }
  })

  it('hides everything rather than nothing when a value is too short for its rule', () => {
    expect(maskValue('ID_CARD', '3407')).toBe('****')
    expect(maskValue('PASSPORT', 'E1')).toBe('**')
    expect(maskValue('PERSON_NAME', '张')).toBe('*')
    expect(maskValue('EMAIL', '@example.com')).toBe('@*******.***')
  })

  it('refuses to mask a confidential marking: it blocks or is removed', () => {
    expect(() => maskValue('CONFIDENTIAL_MARKER', '征求意见稿')).toThrow(UnmaskableError)
  })
})
