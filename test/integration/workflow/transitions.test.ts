import { describe, expect, it } from 'vitest'
import { changedDuring, writeTransition } from '../../../electron/services/notices/transition'
import { people, readyNotice, rejection, sharedOffice } from './support'
import { drafterOf } from '../../support/acting'

const o = sharedOffice()

const stateOf = (id: string): string => o.core.notices.get(id).state

describe('one writer of a notice state: the state machine (issue 13)', () => {
  it('refuses an illegal transition from the service and leaves the notice as it was', async () => {
    const id = await readyNotice(o.core)
    // a draft is neither approved, sent back nor exported
    const notSubmitted = await rejection(o.core.workflow.approve(id, people.reviewer))
    expect(notSubmitted.code).toBe('conflict')
    expect(notSubmitted.message).toContain('not been submitted')
    expect(await rejection(o.core.workflow.reject(id, people.reviewer, '理由'))).toMatchObject({ code: 'conflict' })
    const notApproved = await rejection(o.core.workflow.export(id, people.drafter))
    expect(notApproved.code).toBe('conflict')
    expect(notApproved.message).toContain('not approved')
    expect(await rejection(o.core.workflow.withdraw(id, people.drafter))).toMatchObject({ code: 'conflict' })
    expect(stateOf(id)).toBe('draft')
    await o.core.workflow.submit(id, people.drafter)
    const again = await rejection(o.core.workflow.submit(id, people.drafter))
    expect(again.code).toBe('conflict')
    expect(again.message).toContain('already submitted')
    expect(stateOf(id)).toBe('submitted')
  })

  it('writes the target state the state machine names, and nothing for an illegal event', async () => {
    const id = await readyNotice(o.core)
    const seen = o.core.notices.get(id)
    expect(() => o.core.store.transaction((tx) => writeTransition(tx, seen, 'approve', changedDuring('approve')))).toThrow(/not been submitted/)
    expect(stateOf(id)).toBe('draft')
    const step = o.core.store.transaction((tx) => writeTransition(tx, seen, 'submit', changedDuring('submit')))
    expect(step).toMatchObject({ ok: true, from: 'draft', to: 'submitted' })
    expect(stateOf(id)).toBe('submitted')
  })

  it('refuses a stale view of the notice (another revision, another state, in the recycle bin) with the caller’s reason', async () => {
    const id = await readyNotice(o.core)
    const seen = o.core.notices.get(id)
    o.core.notices.update(id, seen.revision, { title: `${seen.title}（修订）` }, drafterOf(o.core, id))
    expect(() => o.core.store.transaction((tx) => writeTransition(tx, seen, 'submit', changedDuring('submit')))).toThrow('the notice changed during submit')
    const fresh = o.core.notices.get(id)
    o.core.notices.delete(id, drafterOf(o.core, id))
    expect(() => o.core.store.transaction((tx) => writeTransition(tx, fresh, 'submit', { code: 'notice.changedWhileSaving', params: {} }))).toThrow('公告在保存期间被修改')
    expect(stateOf(id)).toBe('draft')
  })

  it('creates a notice with its drafter and audit entry in one transaction: a failure leaves no notice', async () => {
    const before = o.core.notices.list().length
    const drafter = o.core.accounts.get(people.drafter.login)
    expect(() =>
      o.core.notices.create(
        { title: '不应留下的公告' },
        {
          draftedBy: drafter.id,
          record: () => {
            throw new Error('audit failed')
          },
        },
      ),
    ).toThrow('audit failed')
    expect(o.core.notices.list()).toHaveLength(before)
    const made = await o.core.workflow.create({ title: '有起草人的公告', body: '正文' }, { actor: people.drafter })
    expect(o.core.workflow.status(made.id).draftedBy).toBe(drafter.id)
    expect(o.core.audit.page({ limit: 5 }).some((e) => e.event === 'notice.created' && e.subject === made.id && e.actor === people.drafter.login)).toBe(true)
  })
})
