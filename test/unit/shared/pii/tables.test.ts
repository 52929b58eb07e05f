import { describe, expect, it } from 'vitest'
import { indexTables, columnKind } from '../../../../shared/pii/index'
import { breakCheck, findings, makeId, texts } from './helpers'

const ID1 = makeId('340705', '19720306', '279')
const ID2 = makeId('110101', '19880101', '015')

function cellTexts(text: string): [string, string][] {
  return indexTables(text)
    .cells.filter((c) => c.kind !== 'numbering')
    .map((c) => [c.kind, text.slice(c.start, c.end)])
}

describe('column kinds', () => {
  it('maps headers to kinds', () => {
    expect(columnKind('身份证号码')).toBe('idCard')
    expect(columnKind('户主姓名')).toBe('name')
    expect(columnKind('联系电话')).toBe('phone')
    expect(columnKind('家庭住址')).toBe('address')
    expect(columnKind('银行卡号')).toBe('bank')
    expect(columnKind('出生日期')).toBe('dob')
    expect(columnKind('准考证号')).toBe('numbering')
    expect(columnKind('保障金额（元/月）')).toBe('numbering')
    expect(columnKind('单位地址')).toBeNull()
    expect(columnKind('备注')).toBeNull()
  })
})

describe('table formats', () => {
  it('TSV', () => {
    expect(cellTexts(`姓名\t身份证号码\n张三\t${ID1}`)).toEqual([
      ['name', '张三'],
      ['idCard', ID1],
    ])
  })
  it('CSV with quotes', () => {
    expect(cellTexts(`序号,姓名,住址\n1,"张三","铜陵市,铜官区长江路1号"`)).toEqual([
      ['name', '张三'],
      ['address', '铜陵市,铜官区长江路1号'],
    ])
  })
  it('Markdown pipes', () => {
    expect(cellTexts(`| 姓名 | 手机号码 |\n|---|---|\n| 张三 | 13800138000 |`)).toEqual([
      ['name', '张三'],
      ['phone', '13800138000'],
    ])
  })
  it('HTML', () => {
    const html = `<table><tr><th>姓名</th><th>身份证号</th></tr><tr><td> <b>张三</b> </td><td>${ID1}</td></tr></table>`
    expect(cellTexts(html)).toEqual([
      ['name', '张三'],
      ['idCard', ID1],
    ])
  })
  it('a bracketed note is dropped from a header, not the words before it', () => {
    expect(columnKind('家庭人口 身份证号（部分隐藏）')).toBe('idCard')
    expect(columnKind('身份证号（部分隐藏）')).toBe('idCard')
    expect(columnKind('金额（元）')).toBe('numbering')
  })
  it('a form line of fields with their values is not a table header', () => {
    const t = `服务对象：秦德旺\u3000\u3000性别：男\u3000\u3000出生日期：1961年5月2日\n身份证号：${ID1}`
    expect(cellTexts(t)).toEqual([])
    expect(texts(t, 'PERSON_NAME')).toEqual(['秦德旺'])
    // a header whose note sits after a colon in brackets is still a header
    expect(cellTexts(`序号  姓名  金额（单位：元）\n1     张三  500`)).toEqual([['name', '张三']])
  })
  it('whitespace-aligned columns', () => {
    const t = `序号  姓名      身份证号码\n1     张三      ${ID1}\n2     欧阳娜娜  ${ID2}`
    expect(cellTexts(t)).toEqual([
      ['name', '张三'],
      ['idCard', ID1],
      ['name', '欧阳娜娜'],
      ['idCard', ID2],
    ])
  })
  it('a title line before the header row', () => {
    expect(cellTexts(`2024年名单\t\t\n姓名\t电话\n张三\t13800138000`)).toEqual([
      ['name', '张三'],
      ['phone', '13800138000'],
    ])
  })
})

describe('columns drive detection', () => {
  it('raises confidence and explains with the header', () => {
    const [f] = findings(`姓名,联系电话\n张三,13800138000`, 'MOBILE')
    expect(f?.reasons).toContain('column header 联系电话')
  })
  it('surfaces a mistyped ID in every format', () => {
    const bad = breakCheck(ID1)
    for (const t of [`姓名\t身份证号码\n张三\t${bad}`, `姓名,身份证号码\n张三,${bad}`, `| 姓名 | 身份证号码 |\n|--|--|\n| 张三 | ${bad} |`, `<table><tr><td>姓名</td><td>身份证号码</td></tr><tr><td>张三</td><td>${bad}</td></tr></table>`]) {
      expect(texts(t, 'ID_CARD')).toEqual([bad])
    }
  })
  it('suppresses ID-shaped numbers in a 编号 column', () => {
    expect(findings(`姓名\t项目编号\n张三\t${ID1}`, 'ID_CARD')).toEqual([])
  })
  it('reads a header whose words a single ideographic space divides, and the names under 姓名 by position', () => {
    const table = ['序号　姓名　　　性别　退役时间　　安置方式', '1　　周密　　　男　　2024.04　安排工作', '2　　任重　　　女　　2024.03　逐月领取退役金', '3　　石磊　　　男　　2024.09　安排工作'].join('\n')
    expect(texts(table, 'PERSON_NAME')).toEqual(['周密', '任重', '石磊'])
    // a line of prose with single spaces is no header
    expect(texts('关于 做好 周密 部署 的通知', 'PERSON_NAME')).toEqual([])
  })
})
