import { describe, expect, it } from 'vitest'
import { noticePolicy } from '../../../../shared/policy/index'
import { renderNotice } from '../../../../shared/publish/render'
import { reviewNotice } from '../../../../shared/publish/review'
import { previewModel } from '../../../../renderer/features/findings/preview-model'

// Issue 13: a 低保 notice created with `--policy strict` — the editor's preview and the service's render
// must use one policy and one redaction step, so the preview shows exactly the published body.
describe('one policy, one redaction step (editor preview = service render)', () => {
  const today = new Date('2026-01-15T00:00:00Z')
  const notice = {
    id: '00000000-0000-4000-8000-000000000013',
    revision: 1,
    title: '2026年1月城乡低保公示',
    docNumber: '',
    issuer: '某街道办事处',
    body: '户主王小明，身份证号340705199001011037，联系电话13812345678，住址幸福路12号，患有慢性肾病。',
  }

  it('uses the stored policy (strict) over the type default (dibao) on both sides, with the same text', () => {
    const policy = noticePolicy('strict', 'dibao')
    expect(policy.name).toBe('strict')
    expect(noticePolicy(null, 'dibao').name).toBe('dibao')

    const rendered = renderNotice(notice, [], policy, today)
    const review = reviewNotice(notice.id, notice, [], policy, today)
    const bodyReviewed = review.reviewed.filter((r) => r.field === 'body').map(({ field: _field, ...rest }) => rest)
    expect(bodyReviewed.length).toBeGreaterThan(0)
    const preview = previewModel(notice.body, bodyReviewed)

    expect(preview.text).toBe(rendered.text.body)
    expect(preview.text).not.toContain('340705199001011037')
    expect(preview.text).not.toContain('13812345678')
  })
})
