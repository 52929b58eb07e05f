import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeTransition } from '../../../electron/services/notices/transition'
import type { TestCore } from '../accounts/support'
import { hashingTimeout, office, people, readyNotice, rejection } from './support'
import { drafterOf } from '../../support/acting'

let core: TestCore
let dispose: () => void

beforeAll(async () => {
  ;({ core, dispose } = await office())
}, hashingTimeout)

afterAll(() => dispose())

const stateOf = (id: string): string => core.notices.get(id).state

describe('one writer of a notice state: the state machine (issue 13)', () => {
  it('refuses an illegal transition from the service and leaves the notice as it was', async () => {
    const id = await readyNotice(core)
    // a draft is neither approved, sent back nor exported
    const notSubmitted = await rejection(core.workflow.approve(id, people.reviewer))
    expect(notSubmitted.code).toBe('conflict')
    expect(notSubmitted.message).toContain('not been submitted')
    expect(await rejection(core.workflow.reject(id, people.reviewer, '理由'))).toMatchObject({ code: 'conflict' })
    const notApproved = await rejection(core.workflow.export(id, people.drafter))
    expect(notApproved.code).toBe('conflict')
    expect(notApproved.message).toContain('not approved')
    expect(await rejection(core.workflow.withdraw(id, people.drafter))).toMatchObject({ code: 'conflict' })
    expect(stateOf(id)).toBe('draft')
    await core.workflow.submit(id, people.drafter)
    const again = await rejection(core.workflow.submit(id, people.drafter))
    expect(again.code).toBe('conflict')
    expect(again.message).toContain('already submitted')
    expect(stateOf(id)).toBe('submitted')
  })

  it('writes the target state the state machine names, and nothing for an illegal event', async () => {
    const id = await readyNotice(core)
    const seen = core.notices.get(id)
    expect(() => core.store.transaction((tx) => writeTransition(tx, seen, 'approve', 'changed'))).toThrow(/not been submitted/)
    expect(stateOf(id)).toBe('draft')
    const step = core.store.transaction((tx) => writeTransition(tx, seen, 'submit', 'changed'))
    expect(step).toMatchObject({ ok: true, from: 'draft', to: 'submitted' })
    expect(stateOf(id)).toBe('submitted')
  })

  it('refuses a stale view of the notice (another revision, another state, in the recycle bin) with the caller’s reason', async () => {
    const id = await readyNotice(core)
    const seen = core.notices.get(id)
    core.notices.update(id, seen.revision, { title: `${seen.title}（修订）` }, drafterOf(core, id))
    expect(() => core.store.transaction((tx) => writeTransition(tx, seen, 'submit', 'changed meanwhile'))).toThrow('changed meanwhile')
    const fresh = core.notices.get(id)
    core.notices.delete(id, drafterOf(core, id))
    expect(() => core.store.transaction((tx) => writeTransition(tx, fresh, 'submit', 'in the bin'))).toThrow('in the bin')
    expect(stateOf(id)).toBe('draft')
  })

  it('creates a notice with its drafter and audit entry in one transaction: a failure leaves no notice', async () => {
    const before = core.notices.list().length
    const drafter = core.accounts.get(people.drafter.login)
    expect(() =>
      core.notices.create(
        { title: '不应留下的公告' },
        {
          draftedBy: drafter.id,
          record: () => {
            throw new Error('audit failed')
          },
        },
      ),
    ).toThrow('audit failed')
    expect(core.notices.list()).toHaveLength(before)
    const made = await core.workflow.create({ title: '有起草人的公告', body: '正文' }, { actor: people.drafter })
    expect(core.workflow.status(made.id).draftedBy).toBe(drafter.id)
    expect(core.audit.page({ limit: 5 }).some((e) => e.event === 'notice.created' && e.subject === made.id && e.actor === people.drafter.login)).toBe(true)
  })
})
