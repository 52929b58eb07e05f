import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readZip, verifyBundleZip } from '../../../electron/services/bundle/index'
import type { TestCore } from '../accounts/support'
import { body, decideReviewFindings, fields, hashingTimeout, office, people, readyNotice, rejection, secrets } from './support'
import { drafterOf } from '../../support/acting'

let core: TestCore
let dispose: () => void

beforeAll(async () => {
  ;({ core, dispose } = await office())
}, hashingTimeout)

afterAll(() => dispose())

describe('谁公开谁审查: drafter submits, another person approves, the bundle verifies', () => {
  it('runs the whole flow and refuses self-approval on the way', async () => {
    const id = await readyNotice(core)
    const submitted = await core.workflow.submit(id, people.drafter)
    expect(core.notices.get(id).state).toBe('submitted')

    const self = await rejection(core.workflow.approve(id, { login: people.drafter.login, password: people.drafter.password }))
    expect(self.code).toBe('forbidden')
    // the drafter holds no reviewer role here; the service names that first
    expect(self.message).toMatch(/reviewer role|不能审批自己起草的公告/)

    await core.workflow.approve(id, people.reviewer, '同意公示')
    expect(core.notices.get(id).state).toBe('approved')
    const { bytes } = await core.workflow.export(id, people.reviewer)
    expect(core.notices.get(id).state).toBe('exported')

    const result = verifyBundleZip(bytes, core.trust.build())
    expect(result.checks.filter((c) => !c.ok)).toEqual([])
    expect(result.ok).toBe(true)
    const events = core.audit.list().filter((e) => e.subject === id).map((e) => [e.event, e.actor])
    expect(events).toEqual([
      ['notice.created', 'zhang'],
      ['notice.submitted', 'zhang'],
      ['notice.approved', 'li'],
      ['notice.exported', 'li'],
    ])
    expect(core.audit.list().find((e) => e.event === 'notice.submitted' && e.subject === id)?.details).toMatchObject({ contentSha256: submitted.contentSha256 })
    expect(core.audit.verify().ok).toBe(true)
  }, hashingTimeout)

  it('refuses a reviewer approving or sending back a notice they drafted, even holding both roles', async () => {
    const notice = await core.workflow.create(fields, { actor: people.both })
    decideReviewFindings(core, notice.id)
    const notTheirs = await rejection(core.workflow.submit(notice.id, people.drafter))
    expect(notTheirs).toMatchObject({ code: 'forbidden', message: expect.stringContaining('only the drafter') as unknown })
    await core.workflow.submit(notice.id, people.both)
    const own = await rejection(core.workflow.approve(notice.id, people.both))
    expect(own).toMatchObject({ code: 'forbidden', message: expect.stringContaining('不能审批自己起草的公告') as unknown })
    expect((await rejection(core.workflow.reject(notice.id, people.both, '自己退回'))).code).toBe('forbidden')
    expect(core.notices.get(notice.id).state).toBe('submitted')
  }, hashingTimeout)

  it('refuses an approval from an account without the reviewer role', async () => {
    const id = await readyNotice(core)
    await core.workflow.submit(id, people.drafter)
    const noRole = await rejection(core.workflow.approve(id, people.other))
    expect(noRole).toMatchObject({ code: 'forbidden', message: expect.stringContaining('does not have the reviewer role') as unknown })
    expect(core.notices.get(id).state).toBe('submitted')
  }, hashingTimeout)

  it('exports the same bytes twice and none of the hidden values', async () => {
    const id = await readyNotice(core)
    await core.workflow.submit(id, people.drafter)
    await core.workflow.approve(id, people.reviewer)
    const first = await core.workflow.export(id, people.drafter)
    const second = await core.workflow.export(id, people.reviewer)
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true)

    const entries = readZip(first.bytes)
    const texts = [...entries.entries()].flatMap(([name, data]) => {
      const text = Buffer.from(data).toString('utf8')
      if (!name.startsWith('attest/')) return [text]
      const envelope = JSON.parse(text) as { payload: string }
      return [text, Buffer.from(envelope.payload, 'base64').toString('utf8')]
    })
    const hidden = [...secrets.ids, ...secrets.mobiles, ...secrets.names, secrets.health]
    const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    for (const value of hidden) {
      for (const text of texts) {
        expect(text.includes(value)).toBe(false)
        expect(text.includes(fullWidth(value))).toBe(false)
      }
    }
    // the kept landline and the notice itself are there
    const txt = Buffer.from(entries.get('content/notice.txt') ?? new Uint8Array()).toString('utf8')
    expect(txt).toContain('0755-88886666')
    expect(txt).toContain(fields.title)
    const html = Buffer.from(entries.get('content/notice.html') ?? new Uint8Array()).toString('utf8')
    // the ID and mobile columns held nothing but removed values: left out whole (整列删除), headers included
    expect(html).not.toContain('身份证号')
    expect(html).not.toContain('【已删除】\t')
    expect(txt).toContain('姓名\n张*')
    expect(html).not.toMatch(/<script|src=|href=/i)
    const report = JSON.parse(Buffer.from(entries.get('report/redaction.json') ?? new Uint8Array()).toString('utf8')) as { findings: { action: string; location: { field: string } }[] }
    expect(report.findings.some((f) => f.location.field === 'issuer' && f.action === 'removed')).toBe(true)
    expect(report.findings.some((f) => f.action === 'kept-with-reason')).toBe(true)
  }, hashingTimeout)
})

describe('what submit refuses', () => {
  it('refuses while a finding waits for a decision, and while a marker blocks publication', async () => {
    const undecided = await core.workflow.create(fields, { actor: people.drafter })
    const open = await rejection(core.workflow.submit(undecided.id, people.drafter))
    expect(open).toMatchObject({ code: 'conflict', message: expect.stringContaining('still undecided: 2 findings') as unknown })

    const draft = await core.workflow.create({ ...fields, body: `${body}\n（讨论稿，请勿外传）` }, { actor: people.drafter })
    decideReviewFindings(core, draft.id)
    const blocked = await rejection(core.workflow.submit(draft.id, people.drafter))
    expect(blocked).toMatchObject({ code: 'conflict', message: expect.stringContaining('讨论稿') as unknown })
    expect(core.notices.get(draft.id).state).toBe('draft')
  }, hashingTimeout)

  it('refuses a notice created before accounts existed, with no drafter on record', async () => {
    const id = core.notices.create(fields).id
    decideReviewFindings(core, id)
    const orphan = await rejection(core.workflow.submit(id, people.drafter))
    expect(orphan).toMatchObject({ code: 'forbidden', message: expect.stringContaining('no recorded drafter') as unknown })
  }, hashingTimeout)
})

describe('edits after submitting', () => {
  it('sends back with a reason, then takes the edited notice again', async () => {
    const id = await readyNotice(core)
    await core.workflow.submit(id, people.drafter)
    expect((await rejection(core.workflow.reject(id, people.reviewer, '  '))).code).toBe('invalid_request')
    await core.workflow.reject(id, people.reviewer, '请补充公示期')
    expect(core.workflow.status(id)).toMatchObject({ state: 'rejected', submission: { rejectedReason: '请补充公示期' } })
    expect((await rejection(core.workflow.export(id, people.reviewer))).message).toContain('not approved')

    const notice = core.notices.get(id)
    core.notices.update(id, notice.revision, { body: `${notice.body}\n公示期：2026年4月1日至4月7日。` }, drafterOf(core, id))
    expect(core.notices.get(id).state).toBe('draft')
    await core.workflow.submit(id, people.drafter)
    await core.workflow.approve(id, people.reviewer)
    expect(core.notices.get(id).state).toBe('approved')
  }, hashingTimeout)

  it('voids an approval when the text changes, so the export is refused', async () => {
    const id = await readyNotice(core)
    await core.workflow.submit(id, people.drafter)
    await core.workflow.approve(id, people.reviewer)
    const notice = core.notices.get(id)
    core.notices.update(id, notice.revision, { title: `${notice.title}（更正）` }, drafterOf(core, id))
    expect(core.workflow.status(id)).toMatchObject({ state: 'draft', submission: null })
    const refused = await rejection(core.workflow.export(id, people.reviewer))
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('not approved') as unknown })
    expect(core.audit.list().some((e) => e.event === 'notice.approval_voided' && e.subject === id)).toBe(true)
  }, hashingTimeout)

  it('refuses to edit an exported notice: it is the published record', async () => {
    const id = await readyNotice(core)
    await core.workflow.submit(id, people.drafter)
    await core.workflow.approve(id, people.reviewer)
    await core.workflow.export(id, people.reviewer)
    const notice = core.notices.get(id)
    expect(() => core.notices.update(id, notice.revision, { title: 'x' }, drafterOf(core, id))).toThrow(/exported/)
  }, hashingTimeout)
})
