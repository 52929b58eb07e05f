import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundlePaths } from '../../../shared/bundle/layout'
import { noticePolicy, proposeAction } from '../../../shared/policy/index'
import { WorkflowViews } from '../../../electron/services/workflow/workflow-view'
import { testClock, testCore, type TestCore } from '../accounts/support'
import { decideReviewFindings, fields, hashingTimeout, office, people, rejection } from './support'
import { drafterOf } from '../../support/acting'

// Issue 10 at the service level, where no renderer can reach: whatever a client sends, a marker is never
// submitted or approved, an empty notice is never signed, a submission can be withdrawn by its drafter only,
// and the policy is the one stored with the notice.

let core: TestCore
let dir: string
let dispose: () => void

beforeAll(async () => {
  ;({ core, dir, dispose } = await office())
}, hashingTimeout)

afterAll(() => {
  core.close()
  dispose()
})

/** The app's workflow views (what the editor and review screen are sent) over the current core. */
const views = (): WorkflowViews => new WorkflowViews(core.store, core.accounts, core.workflow)

const markerBody = `（讨论稿）\n${fields.body}`

function markerKey(id: string): { key: string; type: 'CONFIDENTIAL_MARKER' } {
  const item = core.workflow.render(id).review.reviewed.find((r) => r.finding.type === 'CONFIDENTIAL_MARKER')
  if (!item) throw new Error('no marker found')
  return { key: item.finding.key, type: 'CONFIDENTIAL_MARKER' }
}

describe('a confidential marker is cleared only by changing the text', () => {
  it('refuses any decision on a marker, ignores one stored anyway, and refuses submit until the words are gone', async () => {
    const notice = await core.workflow.create({ ...fields, body: markerBody }, { actor: people.drafter })
    decideReviewFindings(core, notice.id)
    const marker = markerKey(notice.id)
    for (const action of ['keep', 'remove', 'notPersonal'] as const) {
      const refused = await rejection(Promise.resolve().then(() => core.decisions.decide({ id: notice.id, ...marker, action, reason: '领导同意' }, drafterOf(core, notice.id))))
      expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('只能从文字中删除') as unknown })
    }
    const index = core.workflow.render(notice.id).review.reviewed.findIndex((r) => r.finding.key === marker.key)
    expect((await rejection(core.workflow.decide(notice.id, index, 'keep', '领导同意', people.drafter))).message).toContain('讨论稿')

    // what the old panel's 保留 stored, or any client could write: it changes nothing
    core.store.transaction((tx) =>
      tx.run("INSERT INTO finding_decisions (notice_id, finding_key, type, action, reason, decided_at) VALUES (?, ?, ?, 'keep', '领导同意', '2026-03-02T08:00:00.000Z')", [notice.id, marker.key, marker.type]),
    )
    expect(core.workflow.render(notice.id).review.summary.blocking).toBe(1)
    const submit = await rejection(core.workflow.submit(notice.id, people.drafter))
    expect(submit).toMatchObject({ code: 'conflict', message: expect.stringContaining('讨论稿') as unknown })
    expect(core.notices.get(notice.id).state).toBe('draft')

    const edited = core.notices.update(notice.id, notice.revision, { body: fields.body }, drafterOf(core, notice.id))
    expect(edited.body).not.toContain('讨论稿')
    await core.workflow.submit(notice.id, people.drafter)
    const txt = new TextDecoder().decode(core.workflow.render(notice.id).files.get(bundlePaths.txt))
    expect(txt).not.toContain('讨论稿')
    expect(txt).not.toContain('【已删除】\n经审核')
  }, hashingTimeout)

  it('refuses to approve a submitted notice whose text holds a marker (data from before this check)', async () => {
    const notice = await core.workflow.create(fields, { actor: people.drafter })
    decideReviewFindings(core, notice.id)
    await core.workflow.submit(notice.id, people.drafter)
    // a notice submitted by an older version with 保留 on its 讨论稿: its stored text carries the marker
    core.store.transaction((tx) => tx.run('UPDATE notices SET body = ? WHERE id = ?', [`（内部资料）\n${fields.body}`, notice.id]))
    core.close()
    core = await testCore({ dataDir: dir, clock: testClock('2026-03-03T08:00:00.000Z'), cheapKdf: true })
    const refused = await rejection(core.workflow.approve(notice.id, people.reviewer))
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('讨论稿') as unknown })
    expect(core.notices.get(notice.id).state).toBe('submitted')
    const reviewer = core.accounts.get(people.reviewer.login)
    expect(views().view(notice.id, reviewer).approveBlocked?.['zh-CN']).toContain('只能从文字中删除')
  }, hashingTimeout)
})

describe('an empty notice is never signed', () => {
  it('refuses submit without a title or with an empty body, before the password is checked', async () => {
    for (const [patch, text] of [
      [{ title: ' ' }, '公告没有标题'],
      [{ body: '\n\n' }, '公告正文是空的'],
    ] as const) {
      const notice = await core.workflow.create({ ...fields, ...patch }, { actor: people.drafter })
      decideReviewFindings(core, notice.id)
      // a wrong password: the precondition is named, not the password
      const refused = await rejection(core.workflow.submit(notice.id, { login: people.drafter.login, password: 'not-the-password' }))
      expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining(text) as unknown })
      expect((await rejection(core.workflow.submit(notice.id, people.drafter))).message).toContain(text)
      expect(core.notices.get(notice.id).state).toBe('draft')
    }
  }, hashingTimeout)
})

describe('撤回 — the drafter withdraws a submission before a decision', () => {
  it('goes back to a draft, audited; only the drafter may, and only while it waits for review', async () => {
    const notice = await core.workflow.create(fields, { actor: people.drafter })
    decideReviewFindings(core, notice.id)
    await core.workflow.submit(notice.id, people.drafter)
    expect((await rejection(core.workflow.withdraw(notice.id, people.other))).message).toContain('only the drafter')
    expect((await rejection(core.workflow.withdraw(notice.id, people.reviewer))).code).toBe('forbidden')
    await core.workflow.withdraw(notice.id, { account: core.accounts.get(people.drafter.login) })
    expect(core.notices.get(notice.id).state).toBe('draft')
    expect(core.workflow.status(notice.id).submission).toBeNull()
    const entry = core.audit.list().find((e) => e.event === 'notice.withdrawn' && e.subject === notice.id)
    expect(entry?.actor).toBe(people.drafter.login)
    expect((await rejection(core.workflow.approve(notice.id, people.reviewer))).message).toContain('not been submitted')
    expect((await rejection(core.workflow.withdraw(notice.id, people.drafter))).message).toContain('not been submitted')

    await core.workflow.submit(notice.id, people.drafter)
    await core.workflow.approve(notice.id, people.reviewer)
    expect((await rejection(core.workflow.withdraw(notice.id, people.drafter))).message).toContain('already been reviewed')
    expect(core.audit.verify().ok).toBe(true)
  }, hashingTimeout)
})

describe('one policy per notice', () => {
  it('a 低保 notice created with --policy strict is proposed, previewed and submitted under strict', async () => {
    const notice = await core.workflow.create(fields, { actor: people.drafter, policy: 'strict' })
    const view = views().view(notice.id, core.accounts.get(people.drafter.login))
    expect(view).toMatchObject({ policy: 'strict', storedPolicy: 'strict' })
    // what the editor computes from the view and the type is exactly what the service renders with
    const editorPolicy = noticePolicy(view.storedPolicy, notice.noticeType)
    expect(editorPolicy.name).toBe('strict')
    const reviewed = core.workflow.render(notice.id).review.reviewed
    const ids = reviewed.filter((r) => r.finding.type === 'ID_CARD')
    expect(ids.length).toBeGreaterThan(0)
    for (const item of reviewed) expect(proposeAction(editorPolicy, item.finding).action, item.finding.type).toBe(item.proposal.action)
    expect(ids.every((r) => r.proposal.action === 'mask' && r.resolution.publish === 'mask')).toBe(true)
    // the type's own policy would remove them: the disagreement the stored policy settles
    expect(proposeAction(noticePolicy(null, 'dibao'), ids[0].finding).action).toBe('remove')
  }, hashingTimeout)
})

describe('落款 and 公示期 are not published twice', () => {
  it('leaves out the fields the body already ends with', async () => {
    const body = `${fields.body}\n公示期为7天。\n\n某街道办事处\n2026年3月2日`
    const notice = await core.workflow.create({ ...fields, issuer: '某街道办事处', body, signatureDate: '2026-03-02', publicityStart: '2026-03-02', publicityEnd: '2026-03-09' }, { actor: people.drafter })
    const txt = new TextDecoder().decode(core.workflow.render(notice.id).files.get(bundlePaths.txt))
    expect(txt.match(/某街道办事处/g)).toHaveLength(1)
    expect(txt.match(/2026年3月2日/g)).toHaveLength(1)
    expect(txt).not.toContain('公示期：')
  }, hashingTimeout)
})
