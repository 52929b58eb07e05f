import { describe, expect, it } from 'vitest'
import { findings, texts } from './helpers'

describe('MOBILE', () => {
  it('finds current segments in several writings', () => {
    expect(texts('手机号码13953252115。', 'MOBILE')).toEqual(['13953252115'])
    expect(texts('手机号码151-0621-0135。', 'MOBILE')).toEqual(['151-0621-0135'])
    expect(texts('电话 138 1234 5678，', 'MOBILE')).toEqual(['138 1234 5678'])
    expect(texts('手机号码１３０６４０２６５６３。', 'MOBILE')).toEqual(['１３０６４０２６５６３'])
    expect(texts('手机号码+86 13519745017。', 'MOBILE')).toEqual(['+86 13519745017'])
    expect(texts('手机：+86-139-0562-1234', 'MOBILE')).toEqual(['+86-139-0562-1234'])
    expect(texts('手机：008613905621234', 'MOBILE')).toEqual(['008613905621234'])
    expect(texts('联系人张三13905621234', 'MOBILE')).toEqual(['13905621234'])
    expect(texts('电话：139.0562.1234', 'MOBILE')).toEqual(['139.0562.1234'])
    expect(texts('电话(+86)13812345678', 'MOBILE')).toEqual(['(+86)13812345678'])
    expect(texts('电话86-138-1234-5678', 'MOBILE')).toEqual(['86-138-1234-5678'])
  })
  it('explains the segment and label', () => {
    const [f] = findings('联系电话：19600786429')
    expect(f?.rule).toBe('mobile-cn')
    expect(f?.reasons).toEqual(expect.arrayContaining(['mobile segment 196 allocated', 'label 联系电话']))
  })
  it('does not flag invalid segments, hotlines, 工单号, dates, amounts or postcodes', () => {
    expect(texts('号码12345678901', 'MOBILE')).toEqual([])
    expect(findings('政务服务热线12345，市场监管投诉热线12315，报警110，急救120。')).toEqual([])
    expect(findings('工单号13800138000，')).toEqual([])
    expect(findings('工单编号：20251690268601')).toEqual([])
    expect(findings('来电时间：2023-02-17 19:40')).toEqual([])
    expect(findings('合同金额24611673元，邮政编码：244000。')).toEqual([])
  })
  it('joins a number wrapped onto the next line, but never across two rows of a table', () => {
    expect(texts('联系电话：138 1234\n5678，请联系', 'MOBILE')).toEqual(['138 1234\n5678'])
    // a part-typed phone in a row's last cell and the next row's 序号 are two values, not one number
    expect(texts('序号\t姓名\t电话\n1\t张三\t1381234\n5000\t李四\t无', 'MOBILE')).toEqual([])
    expect(texts('1\t张三\t13812345678\n2\t李四\t13912345678', 'MOBILE')).toEqual(['13812345678', '13912345678'])
  })
  it('does not read an IP address as a phone number', () => {
    expect(texts('来源IP 13.208.194.146。', 'MOBILE')).toEqual([])
  })
})

describe('LANDLINE', () => {
  it('finds area code + subscriber number, with extensions', () => {
    expect(texts('家庭电话：0312-3122176，', 'LANDLINE')).toEqual(['0312-3122176'])
    expect(texts('家庭电话：010-69258522', 'LANDLINE')).toEqual(['010-69258522'])
    expect(texts('电话：0551 6272 3683', 'LANDLINE')).toEqual(['0551 6272 3683'])
    expect(texts('电话：0551-62723683-801', 'LANDLINE')).toEqual(['0551-62723683-801'])
    expect(texts('电话：0551-62723683转801。', 'LANDLINE')).toEqual(['0551-62723683转801'])
    expect(texts('电话：(0551)62723683', 'LANDLINE')).toEqual(['(0551)62723683'])
    expect(texts('电话：（0551）6272 3683转801。', 'LANDLINE')).toEqual(['（0551）6272 3683转801'])
    expect(findings('监督电话：（0551）62723683')).toEqual([])
  })
  it('finds a bare local number only after a phone label', () => {
    expect(texts('家庭电话：6272368', 'LANDLINE')).toEqual(['6272368'])
    expect(texts('共计6272368人次', 'LANDLINE')).toEqual([])
  })
  it('does not report an office service number (监督电话, 咨询电话, 举报电话)', () => {
    expect(findings('监督电话：0551-62723683')).toEqual([])
    expect(findings('咨询电话：0562-2821234；举报电话 0562-2821235')).toEqual([])
    expect(findings('监督电话：0551-62723683', 'LANDLINE', 0.1)[0]?.reasons).toContain('office service number (监督电话)')
  })
  it('rejects unknown area codes and subscriber numbers starting with 0 or 1', () => {
    expect(texts('准考证号 0117586516', 'LANDLINE')).toEqual([])
    expect(texts('电话 0551-0272368', 'LANDLINE')).toEqual([])
  })
})
