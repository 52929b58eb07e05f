import { describe, expect, it } from 'vitest'
import { findings, texts } from './helpers'

describe('LICENSE_PLATE', () => {
  it('finds ordinary, new-energy and special plates', () => {
    expect(texts('号牌：京JD44772，所有人', 'LICENSE_PLATE')).toEqual(['京JD44772'])
    expect(texts('车辆皖A·D12345违停', 'LICENSE_PLATE')).toEqual(['皖A·D12345'])
    expect(texts('粤B12345、湘F1W29R、吉CXGEB2', 'LICENSE_PLATE')).toEqual(['粤B12345', '湘F1W29R', '吉CXGEB2'])
    expect(texts('沪A1234学、粤Z1234港、京A12345D', 'LICENSE_PLATE')).toEqual(['沪A1234学', '粤Z1234港', '京A12345D'])
    expect(texts('车牌 粤B-12345。', 'LICENSE_PLATE')).toEqual(['粤B-12345'])
    expect(texts('使馆车辆使014578', 'LICENSE_PLATE')).toEqual(['使014578'])
  })
  it('does not flag letter-only tails, I/O letters or longer codes', () => {
    expect(texts('新GDPRS', 'LICENSE_PLATE')).toEqual([])
    expect(texts('京I12345', 'LICENSE_PLATE')).toEqual([])
    expect(texts('苏E1234567', 'LICENSE_PLATE')).toEqual([])
  })
})

describe('EMAIL', () => {
  it('finds addresses run into Chinese text', () => {
    expect(texts('邮箱zhang.wei0172@foxmail.com，来源', 'EMAIL')).toEqual(['zhang.wei0172@foxmail.com'])
    expect(texts('请发送至li_fang@163.com。', 'EMAIL')).toEqual(['li_fang@163.com'])
    expect(texts('邮箱：ｚｈａｎｇ＠ｑｑ．ｃｏｍ', 'EMAIL')).toEqual(['ｚｈａｎｇ＠ｑｑ．ｃｏｍ'])
  })
  it('treats a government mailbox as public', () => {
    expect(texts('信箱：xxgk@tl.gov.cn', 'EMAIL')).toEqual([])
  })
})

describe('IP_ADDRESS', () => {
  it('finds IPv4 and IPv6', () => {
    expect(texts('来源IP 153.113.157.182。', 'IP_ADDRESS')).toEqual(['153.113.157.182'])
    expect(texts('登录地址 2001:db8::8a2e:370:7334 ', 'IP_ADDRESS')).toEqual(['2001:db8::8a2e:370:7334'])
    expect(texts('IPv6：fe80:0000:0000:0000:0202:b3ff:fe1e:8329', 'IP_ADDRESS')).toEqual(['fe80:0000:0000:0000:0202:b3ff:fe1e:8329'])
  })
  it('does not flag versions, times, outline numbers or invalid octets', () => {
    expect(findings('版本 1.2.3.4 已发布')).toEqual([])
    expect(findings('第1.2.3.4条')).toEqual([])
    expect(findings('时间 19:40:00')).toEqual([])
    expect(findings('地址 300.1.1.1')).toEqual([])
  })
})

describe('LICENSE_PLATE: an irregular new-energy form beside the vehicle it names', () => {
  it('finds one written before 号车 or after 乘坐, and not the same shape alone', () => {
    expect(texts('乘坐新AD39K72号车的乘客受伤。', 'LICENSE_PLATE')).toEqual(['新AD39K72'])
    expect(texts('批次编号新AD39K72已归档。', 'LICENSE_PLATE')).toEqual([])
  })
})
