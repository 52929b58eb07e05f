import { describe, expect, it } from 'vitest'
import { ServiceError } from '../../../shared/api/result'
import { people, readyNotice, sharedOffice } from './support'

const o = sharedOffice()

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
    const id = await readyNotice(o.core)
    const drafter = o.core.accounts.get(people.drafter.login)
    const otherDrafter = o.core.accounts.get(people.other.login)
    const reviewer = o.core.accounts.get(people.reviewer.login)
    const before = o.core.notices.get(id)

    expect(refusedWith(() => o.core.notices.update(id, before.revision, { title: '别人改的' }, otherDrafter))).toMatchObject({ code: 'forbidden' })
    expect(refusedWith(() => o.core.notices.update(id, before.revision, { title: '审核人改的' }, reviewer)).message).toContain('drafter role')
    expect(refusedWith(() => o.core.notices.delete(id, otherDrafter)).code).toBe('forbidden')
    expect(refusedWith(() => o.core.notices.get(id, null)).message).toContain('sign in first')
    expect(refusedWith(() => o.core.notices.list({}, null)).code).toBe('forbidden')
    const [item] = o.core.workflow.render(id).review.reviewed
    expect(item).toBeDefined()
    if (!item) return
    const decision = { id, key: item.finding.key, type: item.finding.type, action: 'remove' as const }
    expect(refusedWith(() => o.core.decisions.decide(decision, otherDrafter)).code).toBe('forbidden')
    expect(refusedWith(() => o.core.decisions.list(id, null)).code).toBe('forbidden')
    expect(o.core.notices.get(id)).toEqual(before)

    // the drafter may, and what a front door's account decides is in the audit log
    expect(o.core.notices.get(id, reviewer).id).toBe(id)
    expect(o.core.notices.update(id, before.revision, { title: `${before.title}（改）` }, drafter).revision).toBe(before.revision + 1)
    o.core.decisions.decide(decision, drafter)
    expect(o.core.audit.page({ limit: 1 })[0]).toMatchObject({ event: 'finding.decided', actor: drafter.login, subject: id })
  })

  it('keeps trust lists, the 国密 switch and the audit log to the accounts the rules name', () => {
    const drafter = o.core.accounts.get(people.drafter.login)
    expect(refusedWith(() => o.core.trustStore.remove('某单位', drafter)).message).toContain('admin role')
    expect(refusedWith(() => o.core.trustStore.view(null)).message).toContain('sign in first')
    expect(refusedWith(() => o.core.settings.update({ sm2CoSign: true }, drafter)).message).toContain('admin role')
    expect(o.core.settings.get().sm2CoSign).toBe(false)
    expect(refusedWith(() => o.core.audit.page({}, null)).code).toBe('forbidden')
    expect(refusedWith(() => o.core.audit.verify(null)).code).toBe('forbidden')
    expect(refusedWith(() => o.core.expiry.expiring(null)).code).toBe('forbidden')
    expect(refusedWith(() => o.core.remote.list(null)).code).toBe('forbidden')
    expect(o.core.audit.verify(drafter).ok).toBe(true)
  })
})
