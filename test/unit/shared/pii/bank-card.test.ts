import { describe, expect, it } from 'vitest'
import { breakLuhn, findings, makeCard, makeId, texts } from './helpers'

const UNIONPAY19 = makeCard('622588', 19)
const UNIONPAY16 = makeCard('6217', 16)

describe('BANK_CARD', () => {
  it('finds UnionPay and domestic cards, with issuer and Luhn in the reasons', () => {
    const [f] = findings(`退款账户：${UNIONPAY19}。`, 'BANK_CARD')
    expect(f?.text).toBe(UNIONPAY19)
    expect(f?.rule).toBe('bank-card-unionpay')
    expect(f?.reasons).toEqual(expect.arrayContaining(['Luhn passed', 'context 退款账户']))
    expect(texts(`卡号 ${makeCard('9558', 19)}`, 'BANK_CARD')).toHaveLength(1)
    expect(texts(`Visa卡号${makeCard('4367', 16)}`, 'BANK_CARD')).toHaveLength(1)
  })
  it('finds a UnionPay number with a valid Luhn even without context', () => {
    expect(texts(`备用 ${UNIONPAY16} 备用`, 'BANK_CARD')).toEqual([UNIONPAY16])
  })
  it('covers 4-4-4-4 grouping', () => {
    const g = UNIONPAY16.replace(/(\d{4})(?=\d)/g, '$1 ')
    expect(texts(`银行卡号：${g}`, 'BANK_CARD')).toEqual([g])
  })
  it('a failing Luhn alone does not reject when the context says card', () => {
    const bad = breakLuhn(UNIONPAY19)
    const [f] = findings(`开户行：某银行，代发账号：${bad}`, 'BANK_CARD')
    expect(f?.text).toBe(bad)
    expect(f?.reasons.some((r) => r.startsWith('fails Luhn, but context'))).toBe(true)
    const [c] = findings(`序号\t姓名\t银行卡号\n1\t张三\t${bad}`, 'BANK_CARD')
    expect(c?.reasons.some((r) => r.includes('in column 银行卡号'))).toBe(true)
  })
  it('but without context a failing Luhn is not a card', () => {
    expect(texts(`编码 ${bad()} 备用`, 'BANK_CARD')).toEqual([])
  })
  it('does not flag 订单号 and the like', () => {
    expect(findings(`订单号${UNIONPAY19}已作废。`)).toEqual([])
    expect(findings(`流水号：${UNIONPAY16}`)).toEqual([])
  })
  it('prefers a valid ID over a card reading of 18 digits', () => {
    const id = makeId()
    expect(findings(`账号：${id}`).map((f) => f.type)).toEqual(['ID_CARD'])
  })
})

function bad(): string {
  return breakLuhn(makeCard('6228', 19))
}
