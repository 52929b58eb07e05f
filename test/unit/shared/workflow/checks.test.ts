import { describe, expect, it } from 'vitest'
import { withoutSpan } from '../../../../shared/findings/marker-removal'
import { closingOf } from '../../../../shared/workflow/closing'
import { submitPreconditions, type PreconditionInput } from '../../../../shared/workflow/preconditions'
import { transition } from '../../../../shared/workflow/state-machine'

const ready: PreconditionInput = {
  fields: { title: '低保公示', docNumber: '', issuer: '某镇人民政府', body: '现予公示。' },
  findings: [{ finding: { type: 'PERSON_NAME' } }],
  summary: { unresolved: 0, blocking: 0 },
}

describe('submitPreconditions (issue 10: checked before the password, the same in the editor and the services)', () => {
  it('passes a notice with a title, a body and nothing left to do', () => {
    expect(submitPreconditions(ready)).toEqual([])
  })

  it('needs a title and a non-empty body', () => {
    const codes = submitPreconditions({ ...ready, fields: { ...ready.fields, title: '  ', body: '\n \n' } }).map((p) => p.code)
    expect(codes).toEqual(['empty_title', 'empty_body'])
  })

  it('names a marker as a marker (not as a decision to make), then import marks, blocking and undecided findings', () => {
    const all = submitPreconditions({
      fields: { ...ready.fields, body: '【隐藏行】1\t张三\n（讨论稿）' },
      findings: [{ finding: { type: 'CONFIDENTIAL_MARKER' } }, { finding: { type: 'HEALTH' } }, { finding: { type: 'MOBILE' } }],
      summary: { unresolved: 1, blocking: 2 },
    })
    expect(all.map((p) => [p.code, p.count])).toEqual([
      ['confidential_marker', 1],
      ['hidden_content_marked', 1],
      ['blocking_findings', 1],
      ['unresolved_findings', 1],
    ])
    expect(all[0]?.message['zh-CN']).toContain('只能从文字中删除')
  })
})

describe('withdraw (撤回)', () => {
  it('takes a submitted notice back to a draft, voiding the signature; nothing else can be withdrawn', () => {
    expect(transition('submitted', 'withdraw')).toEqual({ ok: true, from: 'submitted', to: 'draft', voids: true })
    for (const state of ['draft', 'rejected', 'approved', 'exported'] as const) expect(transition(state, 'withdraw').ok).toBe(false)
  })
})

describe('removing a marker from the text', () => {
  it('deletes the words, and the line when it held nothing else', () => {
    expect(withoutSpan('低保公示（讨论稿）\n正文', 4, 9)).toBe('低保公示\n正文')
    expect(withoutSpan('（征求意见稿）\n正文', 0, 7)).toBe('正文')
    expect(withoutSpan('正文\n  内部资料  ', 5, 9)).toBe('正文')
    expect(withoutSpan('内部资料', 0, 4)).toBe('')
    expect(withoutSpan('abc', 2, 1)).toBe('abc')
  })
})

describe('closingOf', () => {
  it('appends the fields when the body has no closing of its own', () => {
    const closing = closingOf({ body: '现予公示。', issuer: '某镇人民政府', signatureDate: '2026-03-01', publicityStart: '2026-03-01', publicityEnd: '2026-03-07' })
    expect(closing).toEqual({
      publicity: '公示期：2026年3月1日至2026年3月7日',
      issuer: '某镇人民政府',
      date: '2026年3月1日',
      signature: ['某镇人民政府', '2026年3月1日'],
      skipped: { issuer: false, date: false, publicity: false },
    })
  })

  it('recognises the office and a date at the end of the body in the usual forms, and a stated 公示期', () => {
    for (const date of ['2026年3月1日', '二〇二六年三月一日', '2026-03-01', '2026 年 3 月 1 日']) {
      const closing = closingOf({ body: `公示时间：3月1日至7日。\n\n某 镇 人民政府\n${date}\n`, issuer: '某镇人民政府', signatureDate: '2026-03-01', publicityEnd: '2026-03-07' })
      expect(closing.skipped, date).toEqual({ issuer: true, date: true, publicity: true })
      expect(closing.signature).toEqual([])
      expect(closing.publicity).toBeUndefined()
    }
  })

  it('does not take a date inside a sentence, or a date far above the end, for a 落款', () => {
    const closing = closingOf({ body: '2026年3月1日\n一\n二\n三\n于2026年3月1日起施行。', issuer: '', signatureDate: '2026-03-01' })
    expect(closing.skipped.date).toBe(false)
    expect(closing.date).toBe('2026年3月1日')
  })
})
