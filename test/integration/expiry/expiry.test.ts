import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundlePaths } from '../../../shared/bundle/layout'
import { readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import type { NoticeFields } from '../../../shared/notice/notice'
import { localDay } from '../../../shared/sweep/publicity'
import { openCore } from '../../../electron/services/core'
import { readZip } from '../../../electron/services/bundle/index'
import { admin, type TestCore } from '../accounts/support'
import { cli } from '../../support/cli'
import { cheapAccounts } from '../../support/test-kdf'
import { handlerCalls } from '../workflow/handler-calls'
import { decideReviewFindings, hashingTimeout, office, people } from '../workflow/support'
import { drafterOf } from '../../support/acting'

// 到期撤稿 on real sql.js data folders: every export records its 公示期 end (field, else the text), the expiring
// query lists what ended or ends within 3 days, and 已撤下 is audited and allowed to drafters and admins only.

let core: TestCore
let dir: string
let dispose: () => void

beforeAll(async () => {
  ;({ core, dir, dispose } = await office())
}, hashingTimeout)
afterAll(() => dispose())

const { call, refusal, signIn } = handlerCalls(() => core)

/** Drafted by 张起草, approved by 李审核, exported by 张起草: the bundle's bytes. */
async function exported(fields: Partial<NoticeFields>): Promise<{ id: string; bytes: Uint8Array }> {
  const notice = await core.workflow.create({ noticeType: 'general', ...fields }, { actor: people.drafter })
  decideReviewFindings(core, notice.id)
  await core.workflow.submit(notice.id, people.drafter)
  await core.workflow.approve(notice.id, people.reviewer)
  const { bytes } = await core.workflow.export(notice.id, people.drafter)
  return { id: notice.id, bytes }
}

const listed = (id: string) => core.expiry.expiring().items.find((item) => item.noticeId === id)

describe('take-down reminders', () => {
  // the test clock stands at 2026-03-02 08:00 UTC: the same calendar day in every time zone from UTC-8 to UTC+15
  it('records publishUntil from the 公示期 field, else from the text, else none', async () => {
    expect(core.expiry.today()).toBe('2026-03-02')
    const field = await exported({ title: '关于拟聘用人员的公示', body: '经考察，拟聘用以下人员。', publicityStart: '2026-02-20', publicityEnd: '2026-03-01' })
    const text = await exported({ title: '低保对象名单公示', body: '现将名单公示如下。\n公示期为2026年2月20日至2月27日，如有异议请反映。' })
    const relative = await exported({ title: '补贴发放公示', body: '补贴发放名单自发布之日起7日内公示。' })
    const none = await exported({ title: '春季植树活动通知', body: '请各单位按时参加。' })

    expect(core.expiry.record(field.id)?.publishUntil).toBe('2026-03-01')
    expect(core.expiry.record(text.id)?.publishUntil).toBe('2026-02-27')
    // no date anywhere: counted from the day of export (2026-03-02 is its first day)
    expect(core.expiry.record(relative.id)?.publishUntil).toBe('2026-03-08')
    expect(core.expiry.record(none.id)?.publishUntil).toBeNull()
    expect(core.expiry.record(none.id)).toMatchObject({ exportedBy: people.drafter.login, takenDownAt: null })

    // the signed draft carries the same end where the text states it
    const draft = readDraftEnvelope(readZip(text.bytes)).predicate
    expect(draft?.publishUntil).toBe('2026-02-27')
    expect(readDraftEnvelope(readZip(none.bytes)).predicate?.publishUntil).toBeUndefined()
    expect(readZip(none.bytes).has(bundlePaths.draftEnvelope)).toBe(true)

    // listed: ended (most overdue first); not listed: more than 3 days left, or no 公示期
    const ids = core.expiry.expiring().items.map((i) => i.noticeId)
    expect(ids.indexOf(text.id)).toBeLessThan(ids.indexOf(field.id))
    expect(listed(text.id)).toMatchObject({ publishUntil: '2026-02-27', daysLeft: -3, title: '低保对象名单公示' })
    expect(listed(field.id)).toMatchObject({ daysLeft: -1 })
    expect(listed(relative.id)).toBeUndefined()
    expect(listed(none.id)).toBeUndefined()

    // three days before its end it is listed
    core.clock.advance(3 * 86_400)
    expect(listed(relative.id)).toMatchObject({ publishUntil: '2026-03-08', daysLeft: 3 })
    core.clock.advance(-3 * 86_400)
  }, hashingTimeout)

  it('lists the published (masked) title, never the value in the notice', async () => {
    const id = '340705198503121037'
    const notice = await core.workflow.create({ noticeType: 'general', title: `关于身份证号${id}遗失的公告`, body: '请知悉。', publicityEnd: '2026-03-03' }, { actor: people.drafter })
    decideReviewFindings(core, notice.id)
    for (const item of core.workflow.render(notice.id).review.reviewed) {
      if (item.resolution.status === 'unresolved') core.decisions.decide({ id: notice.id, key: item.finding.key, type: item.finding.type, action: 'mask' }, drafterOf(core, notice.id))
    }
    await core.workflow.submit(notice.id, people.drafter)
    await core.workflow.approve(notice.id, people.reviewer)
    await core.workflow.export(notice.id, people.drafter)
    await signIn(people.reviewer)
    const list = await call('notice.expiring', {})
    const item = list.items.find((i) => i.noticeId === notice.id)
    expect(item?.daysLeft).toBe(1)
    expect(item?.title).toContain('340705********1037')
    expect(JSON.stringify(list)).not.toContain(id)
  }, hashingTimeout)

  it('records 已撤下 for drafters and administrators only, once, in the audit log', async () => {
    const { id } = await exported({ title: '临时救助公示', body: '公示期为2026年2月1日至2月7日。' })
    expect(listed(id)?.daysLeft).toBe(-23)

    // through the app's front door: signed out, and a reviewer without the drafter role, are refused
    await call('session.signOut', {})
    expect((await refusal('notice.takeDown', { id })).code).toBe('forbidden')
    await signIn(people.reviewer)
    const reviewer = await refusal('notice.takeDown', { id })
    expect(reviewer.code).toBe('forbidden')
    expect(reviewer.message).toContain('起草人或管理员')
    expect(listed(id)).toBeDefined()

    // another drafter of the office may record it (the drafter may be away); the list no longer holds it
    await signIn(people.other)
    const done = await call('notice.takeDown', { id })
    expect(done.noticeId).toBe(id)
    expect(done.items.map((i) => i.noticeId)).not.toContain(id)
    expect(core.expiry.record(id)).toMatchObject({ takenDownBy: people.other.login, takenDownAt: core.clock.now().toISOString() })
    const entry = core.audit.page({ limit: 5 }).find((e) => e.event === 'notice.taken_down')
    expect(entry).toMatchObject({ actor: people.other.login, subject: id, details: { publishUntil: '2026-02-07', daysLeft: -23 } })
    expect(JSON.stringify(entry)).not.toContain('临时救助')
    expect(core.audit.verify().ok).toBe(true)

    // once only; a notice never exported is not found
    expect((await refusal('notice.takeDown', { id })).code).toBe('conflict')
    const draft = await core.workflow.create({ title: '草稿', body: '正文' }, { actor: people.drafter })
    expect((await refusal('notice.takeDown', { id: draft.id })).code).toBe('not_found')

    // an administrator may record it too
    const second = await exported({ title: '困难补助公示', body: '公示期为2026年2月1日至2月7日。' })
    await signIn(admin)
    await call('notice.takeDown', { id: second.id })
    expect(listed(second.id)).toBeUndefined()
  }, hashingTimeout)

  it('keeps reminding of a bundle whose notice was deleted for good here: the page is still online', async () => {
    const { id } = await exported({ title: '已清理的公示', body: '公示期为2026年2月20日至2月26日。' })
    core.notices.delete(id, drafterOf(core, id))
    core.notices.purge(id, drafterOf(core, id))
    expect(listed(id)).toMatchObject({ publishUntil: '2026-02-26', title: '已清理的公示' })
    await signIn(people.drafter)
    await call('notice.takeDown', { id })
    expect(listed(id)).toBeUndefined()
  }, hashingTimeout)

  it('records bundles exported before schema 9 when the data folder is opened', async () => {
    const { id } = await exported({ title: '老版本导出的公示', body: '公示期为2026年2月10日至2月16日。' })
    // as an older version left it: the export is in notice_workflow, there is no record
    core.store.transaction((tx) => tx.run('DELETE FROM bundle_exports WHERE notice_id = ?', [id]))
    expect(core.expiry.record(id)).toBeUndefined()
    expect(core.workflow.recordEarlierExports()).toBe(1)
    expect(core.expiry.record(id)).toMatchObject({ publishUntil: '2026-02-16', title: '老版本导出的公示', exportedBy: null })
    expect(core.workflow.recordEarlierExports()).toBe(0)
  }, hashingTimeout)
})

describe('countersign notice expiring / taken-down', () => {
  it('lists what to take down, records it with --as, refuses a reviewer', async () => {
    // the CLI runs on the real clock: a 公示期 that ended two days ago, today
    const today = new Date()
    const ended = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 2)
    const { id } = await exported({ title: '命令行到期公示', body: '请知悉。', publicityEnd: localDay(ended) })
    core.close()
    const env = (password: string) => ({ COUNTERSIGN_PASSWORD: password })
    try {
      const listing = await cli(['notice', 'expiring', '--json', '--data', dir])
      expect(listing.stderr).toBe('')
      expect(listing.code).toBe(0)
      const parsed = JSON.parse(listing.stdout) as { today: string; items: { noticeId: string; daysLeft: number; title: string }[] }
      expect(parsed.today).toBe(localDay(today))
      expect(parsed.items.find((i) => i.noticeId === id)).toMatchObject({ daysLeft: -2, title: '命令行到期公示' })
      const text = await cli(['notice', 'expiring', '--data', dir])
      expect(text.stdout).toContain(`${id}  公示期至 ${localDay(ended)}  已过期 2 天  命令行到期公示`)

      const wrong = await cli(['notice', 'expiring', '--as', people.drafter.login, '--data', dir], env('not-the-password'))
      expect(wrong.code).not.toBe(0)

      const reviewer = await cli(['notice', 'taken-down', id, '--as', people.reviewer.login, '--data', dir], env(people.reviewer.password))
      expect(reviewer.code).toBe(1)
      expect(reviewer.stderr).toContain('起草人或管理员')
      const drafter = await cli(['notice', 'taken-down', id, '--as', people.drafter.login, '--data', dir], env(people.drafter.password))
      expect(drafter.stderr).toBe('')
      expect(drafter.stdout).toContain('已撤下')
      const after = JSON.parse((await cli(['notice', 'expiring', '--json', '--as', people.drafter.login, '--data', dir], env(people.drafter.password))).stdout) as { items: { noticeId: string }[] }
      expect(after.items.map((i) => i.noticeId)).not.toContain(id)
      expect((await cli(['notice', 'taken-down', id, '--data', dir])).code).toBe(2)
    } finally {
      // reopen for afterAll's dispose (close is idempotent)
      core = Object.assign(await openCore({ dataDir: dir, shell: 'cli' }, cheapAccounts), { clock: core.clock })
    }
  }, hashingTimeout)
})
