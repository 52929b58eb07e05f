import { describe, expect, it } from 'vitest'
import { findings, makeId, makeUscc } from './helpers'

describe('USCC', () => {
  it('reports a valid code at organisational confidence, higher with its label', () => {
    const code = makeUscc()
    const [plain] = findings(`单位 ${code} 名称`, 'USCC')
    const [labelled] = findings(`统一社会信用代码：${code}`, 'USCC')
    expect(plain?.confidence).toBeLessThan(labelled.confidence)
    expect(labelled?.reasons).toContain('GB 32100 check character passed')
  })
  it('keeps a mistyped code after its label, drops it elsewhere', () => {
    const bad = makeUscc().slice(0, 17) + (makeUscc().endsWith('0') ? '1' : '0')
    expect(findings(`统一社会信用代码：${bad}`, 'USCC')[0]?.reasons[0]).toMatch(/^fails GB 32100 check character, but after label/)
    expect(findings(`代号 ${bad} 备用`, 'USCC')).toEqual([])
  })
  it('leaves ID-shaped digits to the ID detector', () => {
    expect(findings(`项目编号：${makeId()}`)).toEqual([])
  })
})
