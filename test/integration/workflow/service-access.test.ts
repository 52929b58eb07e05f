import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../shared/api/result'
import type { TestCore } from '../accounts/support'
import { hashingTimeout, office, people, readyNotice } from './support'

let core: TestCore
let dispose: () => void

beforeAll(async () => {
  ;({ core, dispose } = await office())
}, hashingTimeout)

afterAll(() => dispose())

function refusedWith(fn: () => unknown): { code: string; message: string } {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError)
    return { code: (error as ServiceError).code, message: (error as ServiceError).message }
  }
  throw new Error('expected a refusal')
}

// Issue 13: the services check the acting account themselves, so a caller that skips the handler map (another
// front door, a script) is held to the same rules.
describe('services called directly check the acting account', () => {
  it('lets only the drafter change a notice, and only someone signed in read it', async () => {
    const id = await readyNotice(core)
    const drafter = core.accounts.get(people.drafter.login)
    const otherDrafter = core.accounts.get(people.other.login)
    const reviewer = core.accounts.get(people.reviewer.login)
    const before = core.notices.get(id)

    expect(refusedWith(() => core.notices.update(id, before.revision, { title: '别人改的' }, otherDrafter))).toMatchObject({ code: 'forbidden' })
    expect(refusedWith(() => core.notices.update(id, before.revision, { title: '审核人改的' }, reviewer)).message).toContain('drafter role')
    expect(refusedWith(() => core.notices.delete(id, otherDrafter)).code).toBe('forbidden')
    expect(refusedWith(() => core.notices.get(id, null)).message).toContain('sign in first')
    expect(refusedWith(() => core.notices.list({}, null)).code).toBe('forbidden')
    const [item] = core.workflow.render(id).review.reviewed
    expect(item).toBeDefined()
    if (!item) return
    const decision = { id, key: item.finding.key, type: item.finding.type, action: 'remove' as const }
    expect(refusedWith(() => core.decisions.decide(decision, otherDrafter)).code).toBe('forbidden')
    expect(refusedWith(() => core.decisions.list(id, null)).code).toBe('forbidden')
    expect(core.notices.get(id)).toEqual(before)

    // the drafter may, and what a front door's account decides is in the audit log
    expect(core.notices.get(id, reviewer).id).toBe(id)
    expect(core.notices.update(id, before.revision, { title: `${before.title}（改）` }, drafter).revision).toBe(before.revision + 1)
    core.decisions.decide(decision, drafter)
    expect(core.audit.page({ limit: 1 })[0]).toMatchObject({ event: 'finding.decided', actor: drafter.login, subject: id })
  })

  it('keeps trust lists, the 国密 switch and the audit log to the accounts the rules name', () => {
    const drafter = core.accounts.get(people.drafter.login)
    expect(refusedWith(() => core.trustStore.remove('某单位', drafter)).message).toContain('admin role')
    expect(refusedWith(() => core.trustStore.view(null)).message).toContain('sign in first')
    expect(refusedWith(() => core.settings.update({ sm2CoSign: true }, drafter)).message).toContain('admin role')
    expect(core.settings.get().sm2CoSign).toBe(false)
    expect(refusedWith(() => core.audit.page({}, null)).code).toBe('forbidden')
    expect(refusedWith(() => core.audit.verify(null)).code).toBe('forbidden')
    expect(refusedWith(() => core.expiry.expiring(null)).code).toBe('forbidden')
    expect(refusedWith(() => core.remote.list(null)).code).toBe('forbidden')
    expect(core.audit.verify(drafter).ok).toBe(true)
  })
})
