import { describe, expect, it } from 'vitest'
import { hiddenMarker } from '../../../../shared/import/index'
import { bilingualError } from '../../../../shared/api/error-text'
import { hiddenContentRefusal, hiddenMarkerCount } from '../../../../shared/workflow/index'

describe('hidden-content markers block submitting', () => {
  it('counts every row, column and sheet marker of an import', () => {
    const body = `姓名\t身份证号（隐藏列）\n张三\t1\t${hiddenMarker('hiddenRow')}\n${hiddenMarker('hiddenSheet')}审核\n${hiddenMarker('veryHiddenSheet')}x`
    expect(hiddenMarkerCount([body])).toBe(4)
    expect(hiddenMarkerCount(['', `${hiddenMarker('hiddenRow')}${hiddenMarker('hiddenRow')}`])).toBe(2)
  })

  it('writes Chinese-only marks, and still counts the bilingual marks earlier versions wrote', () => {
    for (const kind of ['hiddenRow', 'hiddenColumn', 'hiddenSheet', 'veryHiddenSheet'] as const) expect(hiddenMarker(kind)).toMatch(/^【[\u4e00-\u9fff]+】$/)
    const old = '姓名\t身份证号（隐藏列 hidden column）\n张三\t1\t【隐藏行 hidden row】\n【隐藏工作表 hidden sheet】审核\n【深度隐藏工作表 very hidden sheet】x'
    expect(hiddenMarkerCount([old])).toBe(4)
  })

  it('passes a body without markers (or with other brackets) and explains the refusal in both languages', () => {
    expect(hiddenContentRefusal(['【附件】名单', '隐藏列'])).toBeUndefined()
    const refusal = hiddenContentRefusal([`a\t${hiddenMarker('hiddenRow')}`])
    expect(refusal?.code).toBe('hidden_content_marked')
    expect(refusal?.count).toBe(1)
    const text = bilingualError({ code: 'workflow.refused', params: { why: refusal?.code ?? '' } })
    expect(text).toContain('请删除这些行或列')
    expect(text).toContain('remove the 【隐藏…】 marker')
  })
})
