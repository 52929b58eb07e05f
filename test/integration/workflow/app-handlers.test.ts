import { describe, expect, it } from 'vitest'
import { base64Decode } from '../../../shared/crypto/base64'
import { readZip } from '../../../electron/services/bundle/index'
import { handlerCalls } from './handler-calls'
import { fields, hashingTimeout, people, secrets, sharedOffice, toFullWidth } from './support'

// The app's front door: every request goes through dispatch (schema-checked) and the session, as the
// Electron IPC and the browser host do. Authorisation must hold whatever the renderer sends.

const o = sharedOffice()

const { call, refusal, signIn } = handlerCalls(() => o.core)

/** A draft made through the app by the drafter, with the findings that need a person decided. */
async function draftThroughApp(drafter: { login: string; password: string } = people.drafter): Promise<string> {
  await signIn(drafter)
  const notice = await call('notice.create', fields)
  const review = await call('notice.review', { id: notice.id })
  const decisions = await call('notice.decisions', { id: notice.id })
  expect(decisions).toEqual([])
  // decide what the policy leaves to a person, by key, as the findings panel does
  for (const item of o.core.workflow.render(notice.id).review.reviewed) {
    if (item.resolution.status !== 'unresolved') continue
    const keep = item.finding.type === 'LANDLINE'
    await call('notice.decide', { id: notice.id, key: item.finding.key, type: item.finding.type, action: keep ? 'keep' : 'remove', reason: keep ? '单位监督电话，应当公开' : undefined })
  }
  expect(review.findings.length).toBeGreaterThan(0)
  return notice.id
}

describe('the app front door', () => {
  it('needs a signed-in user once accounts exist, and only the drafter edits', async () => {
    await call('session.signOut', {})
    expect((await refusal('notice.list', {})).code).toBe('forbidden')
    expect((await refusal('notice.create', { title: 'x' })).code).toBe('forbidden')
    const id = await draftThroughApp()
    await signIn(people.other)
    const notice = await call('notice.get', { id })
    const edit = await refusal('notice.update', { id, baseRevision: notice.revision, fields: { title: '改标题' } })
    expect(edit.code).toBe('forbidden')
    expect(edit.message).toContain('只有起草人')
    await signIn(people.reviewer)
    expect((await refusal('notice.create', { title: 'x' })).message).toContain('没有起草人角色')
    expect(await call('notice.get', { id })).toMatchObject({ id, title: fields.title })
  }, hashingTimeout)

  it('refuses a wrong password and an unknown login, and signs nobody in', async () => {
    await call('session.signOut', {})
    const wrong = await refusal('session.signIn', { login: people.other.login, password: 'not-the-password' })
    expect(wrong.code).toBe('forbidden')
    expect(wrong.message).toContain('密码错误')
    const unknown = await refusal('session.signIn', { login: 'nobody', password: 'not-the-password' })
    // the same answer for an account that does not exist: the door does not say which logins are real
    expect(unknown).toEqual(wrong)
    expect((await call('session.get', {})).user).toBeNull()
  }, hashingTimeout)

  it('runs submit → self-approval refused → approve → export → verify, and the bundle hides every value', async () => {
    // drafted by the account holding both roles: it may review others' notices, never this one
    const id = await draftThroughApp(people.both)
    const submitted = await call('notice.submit', { id, password: people.both.password })
    expect(submitted.state).toBe('submitted')
    expect(submitted.can).toMatchObject({ edit: false, approve: false })
    expect(submitted.approveBlocked?.['zh-CN']).toBe('不能审批自己起草的公告')

    // the drafter tries to approve their own notice: refused by the service, not only hidden in the UI
    const self = await refusal('notice.approve', { id, password: people.both.password })
    expect(self.code).toBe('forbidden')
    expect(self.message).toContain('不能审批自己起草的公告')

    await signIn(people.reviewer)
    const view = await call('notice.workflow', { id })
    expect(view).toMatchObject({ state: 'submitted', can: { approve: true, reject: true }, approveBlocked: null, drafter: { name: '赵两职' } })
    const review = await call('notice.review', { id })
    const shown = JSON.stringify(review)
    for (const value of [...secrets.ids, toFullWidth(secrets.ids[1]), ...secrets.mobiles]) expect(shown).not.toContain(value)
    expect(review.contentSha256).toBe(view.submission?.contentSha256)
    for (const f of review.findings) expect(review.published[f.field].slice(f.publishedStart, f.publishedEnd)).toBe(f.published)
    // 整列删除: the ID and mobile columns are not published; the review view names them, and their findings say why
    expect(review.droppedColumns.map((c) => c.header)).toEqual(['身份证号', '联系电话'])
    expect(review.published.body).not.toContain('身份证号')
    expect(review.findings.filter((f) => f.wholeColumn).map((f) => f.type).sort()).toEqual(['ID_CARD', 'ID_CARD', 'MOBILE', 'MOBILE'])
    expect(review.findings.some((f) => f.decidedBy === 'drafter' && f.reason === '单位监督电话，应当公开')).toBe(true)

    const approved = await call('notice.approve', { id, password: people.reviewer.password, comment: '同意公示' })
    expect(approved).toMatchObject({ state: 'approved', submission: { reviewer: { name: '李审核' }, comment: '同意公示' } })

    const saved = await call('notice.export', { id })
    expect(saved.fileName).toMatch(/签名包.*\.zip$/)
    const zip = base64Decode(saved.data)
    const files = readZip(zip)
    const everything = [...files.values()].map((b) => new TextDecoder().decode(b)).join('\n')
    for (const value of [...secrets.ids, toFullWidth(secrets.ids[1]), ...secrets.mobiles, secrets.health]) expect(everything).not.toContain(value)

    const verified = await call('bundle.verify', { bundle: saved.data })
    expect(verified.ok).toBe(true)
    expect(verified.checks.every((c) => c.ok)).toBe(true)
    expect(verified.notice).toMatchObject({ drafter: '赵两职', reviewer: '李审核', comment: '同意公示' })
    expect(verified.notice?.text).toContain('低保')

    // one flipped byte in the published text: refused with the digest check's reason
    const tampered = new Uint8Array(zip)
    const at = Buffer.from(zip).indexOf(Buffer.from('经审核'))
    tampered[at + 1] = (tampered[at + 1] ?? 0) ^ 1
    const bad = await call('bundle.verify', { bundle: Buffer.from(tampered).toString('base64') })
    expect(bad.ok).toBe(false)
    expect(bad.notice?.text ?? null).toBeNull()
  }, hashingTimeout)

  it('sends back with a reason, and the next review shows what changed since', async () => {
    const id = await draftThroughApp()
    await call('notice.submit', { id, password: people.drafter.password })
    await signIn(people.reviewer)
    const rejected = await call('notice.reject', { id, password: people.reviewer.password, reason: '请补充公示期' })
    expect(rejected).toMatchObject({ state: 'rejected', submission: { rejectedReason: '请补充公示期' } })
    expect(rejected.rejections).toEqual([expect.objectContaining({ reason: '请补充公示期', reviewer: '李审核' })])

    await signIn(people.drafter)
    const notice = await call('notice.get', { id })
    await call('notice.update', { id, baseRevision: notice.revision, fields: { body: `${notice.body}\n公示期：2026年3月1日至3月7日。` } })
    await call('notice.submit', { id, password: people.drafter.password })
    await signIn(people.reviewer)
    const review = await call('notice.review', { id })
    expect(review.diff).toMatchObject({ reason: '请补充公示期', reviewer: '李审核' })
    expect(review.diff?.lines.filter((l) => l.op !== 'same')).toEqual([{ op: 'add', text: '公示期：2026年3月1日至3月7日。' }])
  }, hashingTimeout)

  it('lists the audit log newest first, pages back and verifies it', async () => {
    await signIn(people.reviewer)
    const first = await call('audit.list', { limit: 5 })
    expect(first.entries).toHaveLength(5)
    const seqs = first.entries.map((e) => e.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
    expect(first.head.seq).toBe(seqs[0])
    const next = await call('audit.list', { before: seqs[4], limit: 5 })
    expect(next.entries[0]?.seq).toBe((seqs[4] ?? 0) - 1)
    const events = new Set((await call('audit.list', { limit: 500 })).entries.map((e) => e.event))
    for (const event of ['account.created', 'notice.created', 'finding.decided', 'notice.submitted', 'notice.approved', 'notice.rejected', 'notice.exported']) expect(events).toContain(event)
    expect(await call('audit.verify', {})).toMatchObject({ ok: true, brokenAt: null })
  }, hashingTimeout)

  it('lets only an admin add accounts, confirmed by the admin password', async () => {
    await signIn(people.reviewer)
    const denied = await refusal('account.create', { login: 'sun', name: '孙新人', roles: ['drafter'], password: 'a-new-password-9', adminPassword: people.reviewer.password })
    expect(denied.code).toBe('forbidden')
    await signIn({ login: 'admin', password: '管理员口令-Admin-7Qx!' })
    const wrong = await refusal('account.create', { login: 'sun', name: '孙新人', roles: ['drafter'], password: 'a-new-password-9', adminPassword: 'wrong-admin-password' })
    expect(wrong.code).not.toBe('ok')
    const made = await call('account.create', { login: 'sun', name: '孙新人', roles: ['drafter'], password: 'a-new-password-9', adminPassword: '管理员口令-Admin-7Qx!' })
    expect(made).toMatchObject({ login: 'sun', roles: ['drafter'] })
    expect(made.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
    expect(made.keys).toHaveLength(1)
    const list = await call('account.list', {})
    expect(JSON.stringify(list)).not.toMatch(/password|sealed|private/i)
  }, hashingTimeout)

  it('adds an SM2 (国密) co-signature to both envelopes once an admin turns it on, and the bundle still verifies', async () => {
    await signIn(people.reviewer)
    expect((await refusal('settings.update', { sm2CoSign: true })).code).toBe('forbidden')
    await signIn({ login: 'admin', password: '管理员口令-Admin-7Qx!' })
    expect(await call('settings.update', { sm2CoSign: true })).toMatchObject({ sm2CoSign: true })
    const id = await draftThroughApp()
    await call('notice.submit', { id, password: people.drafter.password })
    await signIn(people.reviewer)
    await call('notice.approve', { id, password: people.reviewer.password })
    const saved = await call('notice.export', { id })
    const files = readZip(base64Decode(saved.data))
    for (const name of ['attest/draft.dsse.json', 'attest/approval.dsse.json']) {
      const envelope = JSON.parse(new TextDecoder().decode(files.get(name))) as { signatures: unknown[] }
      expect(envelope.signatures).toHaveLength(2)
    }
    const signers = JSON.parse(new TextDecoder().decode(files.get('keys/signers.json'))) as { signers: { alg: string; role: string }[] }
    expect(signers.signers.map((x) => `${x.role}:${x.alg}`).sort()).toEqual(['drafter:ed25519', 'drafter:sm2', 'reviewer:ed25519', 'reviewer:sm2'])
    // the office's trust list now carries the SM2 keys made at first signing
    const trust = new TextDecoder().decode(base64Decode((await call('trust.export', {})).data))
    expect(trust).toContain('"alg": "sm2"')
    const verified = await call('bundle.verify', { bundle: saved.data, trustJson: trust })
    expect(verified.checks.filter((c) => !c.ok)).toEqual([])
    await signIn({ login: 'admin', password: '管理员口令-Admin-7Qx!' })
    await call('settings.update', { sm2CoSign: false })
  }, hashingTimeout)
})
