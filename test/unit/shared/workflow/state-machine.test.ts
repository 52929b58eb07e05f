import { describe, expect, it } from 'vitest'
import { noticeStates, type NoticeState } from '../../../../shared/notice/notice'
import { bilingualError } from '../../../../shared/api/error-text'
import { refusalCodes, refusal, submissionRefusal, transition, workflowEvents, type WorkflowEvent } from '../../../../shared/workflow/index'

const legal: Record<NoticeState, Partial<Record<WorkflowEvent, [NoticeState, boolean]>>> = {
  draft: { submit: ['submitted', false], edit: ['draft', false] },
  submitted: { approve: ['approved', false], reject: ['rejected', false], edit: ['draft', true], withdraw: ['draft', true] },
  approved: { export: ['exported', false], edit: ['draft', true] },
  rejected: { submit: ['submitted', false], edit: ['draft', false] },
  exported: { export: ['exported', false] },
}

describe('workflow state machine', () => {
  it('allows exactly the listed transitions, and says which void a signature', () => {
    for (const state of noticeStates) {
      for (const event of workflowEvents) {
        const t = transition(state, event)
        const expected = legal[state][event]
        if (expected) expect(t, `${state} + ${event}`).toEqual({ ok: true, from: state, to: expected[0], voids: expected[1] })
        else expect(t.ok, `${state} + ${event}`).toBe(false)
      }
    }
  })

  it('names the reason for a refusal in Chinese and English', () => {
    expect(transition('draft', 'approve')).toMatchObject({ ok: false, refusal: { code: 'not_submitted' } })
    expect(transition('submitted', 'export')).toMatchObject({ ok: false, refusal: { code: 'not_approved' } })
    expect(transition('exported', 'edit')).toMatchObject({ ok: false, refusal: { code: 'exported_locked' } })
    expect(transition('submitted', 'submit')).toMatchObject({ ok: false, refusal: { code: 'already_submitted' } })
    for (const code of refusalCodes) {
      const r = refusal(code)
      expect(r.message['zh-CN']).toMatch(/\p{Script=Han}/u)
      expect(r.message.en).toMatch(/^[a-z]/)
    }
    expect(bilingualError({ code: 'workflow.refused', params: { why: 'self_approval' } })).toBe('不能审批自己起草的公告 (you cannot review a notice you drafted)')
  })

  it('refuses submission while a finding blocks or waits, naming blocking first', () => {
    expect(submissionRefusal({ unresolved: 0, blocking: 0 })).toBeUndefined()
    expect(submissionRefusal({ unresolved: 2, blocking: 0 })).toMatchObject({ code: 'unresolved_findings', count: 2 })
    expect(submissionRefusal({ unresolved: 2, blocking: 1 })).toMatchObject({ code: 'blocking_findings', count: 1 })
  })
})
