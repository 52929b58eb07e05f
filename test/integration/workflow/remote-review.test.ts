import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RequestChannel } from '../../../shared/api/channels'
import type { Request, Response } from '../../../shared/api/contract'
import type { SavedFile } from '../../../shared/api/contract-workflow'
import { dispatch } from '../../../shared/api/dispatch'
import { base64Decode, base64Encode } from '../../../shared/crypto/base64'
import { readZip, verifyBundleZip, writeZip } from '../../../electron/services/bundle/index'
import type { Core } from '../../../electron/services/core'
import { passwords, testClock, testCore, type TestCore } from '../accounts/support'
import { fields, hashingTimeout, office, people, secrets } from './support'

// 异地审核: the drafter's machine (office A) and the leader's own offline machine (B) share nothing but files
// carried on a USB stick: trust lists, a review request, a decision. Each is checked on arrival.

const OFFICE = '某某镇人民政府'
const leader = { login: 'leader', password: '领导机器上的口令-9kQ' }
let a: TestCore
let b: TestCore
let disposeA: () => void
let dirB: string

async function call<C extends RequestChannel>(core: Core, channel: C, request: Request<C>): Promise<Response<C>> {
  const result = await dispatch(core.handlers, channel, request)
  if (!result.ok) throw Object.assign(new Error(result.message), { code: result.code })
  return result.value as Response<C>
}

async function refused<C extends RequestChannel>(core: Core, channel: C, request: Request<C>): Promise<string> {
  const result = await dispatch(core.handlers, channel, request)
  if (result.ok) throw new Error(`${channel} was expected to be refused`)
  return result.message
}

/** Carries a trust list from one machine to the other, previewing the fingerprints first. */
async function carryTrust(from: Core, to: Core, admin: { login: string; password: string }): Promise<void> {
  const file = await call(from, 'trust.export', {})
  const json = new TextDecoder().decode(base64Decode(file.data))
  await call(to, 'session.signIn', admin)
  const preview = await call(to, 'trust.preview', { json })
  expect(preview.keys.length).toBeGreaterThan(0)
  for (const key of preview.keys) expect(key.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
  await call(to, 'trust.import', { json, sha256: preview.sha256 })
}

/** A notice drafted and submitted on A, with the review request exported. */
async function submittedOnA(): Promise<{ id: string; request: SavedFile }> {
  await call(a, 'session.signIn', people.drafter)
  const notice = await call(a, 'notice.create', fields)
  for (const item of a.workflow.render(notice.id).review.reviewed) {
    if (item.resolution.status !== 'unresolved') continue
    const keep = item.finding.type === 'LANDLINE'
    await call(a, 'notice.decide', { id: notice.id, key: item.finding.key, type: item.finding.type, action: keep ? 'keep' : 'remove', reason: keep ? '单位监督电话' : undefined })
  }
  await call(a, 'notice.submit', { id: notice.id, password: people.drafter.password })
  return { id: notice.id, request: await call(a, 'review.exportRequest', { id: notice.id }) }
}

function tamper(file: SavedFile, entry: string, change: (bytes: Uint8Array) => Uint8Array): string {
  const files = readZip(base64Decode(file.data))
  files.set(entry, change(files.get(entry) ?? new Uint8Array()))
  return base64Encode(writeZip(files))
}

beforeAll(async () => {
  ;({ core: a, dispose: disposeA } = await office())
  a.trust.setOffice(OFFICE)
  dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-leader-'))
  b = await testCore({ dataDir: dirB, clock: testClock('2026-03-02T08:30:00.000Z'), cheapKdf: true })
  await call(b, 'session.setup', { office: OFFICE, login: 'admin', name: '机要员', password: passwords.admin })
  await call(b, 'account.create', { login: leader.login, name: '周镇长', roles: ['reviewer'], password: leader.password, adminPassword: passwords.admin })
  await call(a, 'session.signIn', { login: 'admin', password: passwords.admin })
  await carryTrust(a, b, { login: 'admin', password: passwords.admin })
  await carryTrust(b, a, { login: 'admin', password: passwords.admin })
}, 3 * hashingTimeout)

afterAll(() => {
  disposeA()
  b.close()
  fs.rmSync(dirB, { recursive: true, force: true })
})

describe('review across machines', () => {
  it('request → approval on the leader machine → import → export; the bundle verifies with one trust list', async () => {
    const { id, request } = await submittedOnA()
    const carried = JSON.stringify(readZip(base64Decode(request.data)).get('request.json') ? [...readZip(base64Decode(request.data)).values()].map((v) => new TextDecoder().decode(v)) : [])
    for (const value of [...secrets.ids, ...secrets.mobiles]) expect(carried).not.toContain(value)

    await call(b, 'session.signIn', leader)
    const imported = await call(b, 'review.importRequest', { data: request.data })
    expect(imported).toMatchObject({ noticeId: id, state: 'pending', office: OFFICE, drafter: '张起草' })
    expect(await refused(b, 'review.importRequest', { data: request.data })).toContain('已经导入过')
    const view = await call(b, 'review.remoteGet', { id: imported.id })
    expect(view.published.title).toBe(fields.title)
    expect(view.findings.length).toBeGreaterThan(0)
    const decision = await call(b, 'review.remoteDecide', { id: imported.id, password: leader.password, decision: 'approve', comment: '同意' })
    expect((await call(b, 'review.remoteList', {}))[0]).toMatchObject({ state: 'approved' })

    await call(a, 'session.signIn', people.drafter)
    const approved = await call(a, 'review.importDecision', { data: decision.data })
    expect(approved).toMatchObject({ state: 'approved', submission: { remote: true, reviewer: { name: '周镇长' }, comment: '同意' } })
    const bundle = await call(a, 'notice.export', { id })

    // the web publisher gets A's office trust list, which now carries the leader's key too
    const trust = JSON.parse(new TextDecoder().decode(base64Decode((await call(a, 'trust.export', {})).data))) as unknown
    const result = verifyBundleZip(base64Decode(bundle.data), trust)
    expect(result.checks.filter((c) => !c.ok)).toEqual([])
  }, 3 * hashingTimeout)

  it('refuses a tampered or mismatched request or decision, each with its reason', async () => {
    const { id, request } = await submittedOnA()
    await call(b, 'session.signIn', leader)
    const flipped = tamper(request, 'content/notice.txt', (bytes) => bytes.map((v, i) => (i === 10 ? v ^ 1 : v)))
    expect(await refused(b, 'review.importRequest', { data: flipped })).toMatch(/审核请求文件无法使用.*(摘要|digest|不一致)/)
    const retitled = tamper(request, 'request.json', (bytes) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace(fields.title, '另一份公告')))
    expect(await refused(b, 'review.importRequest', { data: retitled })).toContain('审核文本与签名的发布内容不一致')
    expect(await refused(b, 'review.importRequest', { data: base64Encode(new TextEncoder().encode('not a zip')) })).toContain('不是有效的压缩包')

    const imported = await call(b, 'review.importRequest', { data: request.data })
    const decision = await call(b, 'review.remoteDecide', { id: imported.id, password: leader.password, decision: 'approve' })
    await call(a, 'session.signIn', people.drafter)
    const forged = tamper(decision, 'decision.json', (bytes) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace('"comment": ""', '"comment": "x"')))
    expect(await refused(a, 'review.importDecision', { data: forged })).toContain('签名内容与 decision.json 不一致')

    // the drafter edits after exporting the request: the decision answers a submission that no longer exists
    const notice = await call(a, 'notice.get', { id })
    await call(a, 'notice.update', { id, baseRevision: notice.revision, fields: { title: `${notice.title}（更正）` } })
    expect(await refused(a, 'review.importDecision', { data: decision.data })).toContain('不在待审核状态')
  }, 3 * hashingTimeout)

  it('carries a rejection back with its reason, and refuses a decision from an untrusted key', async () => {
    const { id, request } = await submittedOnA()
    await call(b, 'session.signIn', leader)
    const imported = await call(b, 'review.importRequest', { data: request.data })
    expect(await refused(b, 'review.remoteDecide', { id: imported.id, password: leader.password, decision: 'reject' })).toContain('理由')
    const decision = await call(b, 'review.remoteDecide', { id: imported.id, password: leader.password, decision: 'reject', reason: '名单需再核对' })

    // while A does not trust the leader machine's keys, the decision is refused
    await call(a, 'session.signIn', { login: 'admin', password: passwords.admin })
    await call(a, 'trust.remove', { office: OFFICE })
    await call(a, 'session.signIn', people.drafter)
    expect(await refused(a, 'review.importDecision', { data: decision.data })).toContain('密钥不在信任列表中')
    await carryTrust(b, a, { login: 'admin', password: passwords.admin })

    await call(a, 'session.signIn', people.drafter)
    const rejected = await call(a, 'review.importDecision', { data: decision.data })
    expect(rejected).toMatchObject({ state: 'rejected', submission: { rejectedReason: '名单需再核对', remote: true } })
    expect(rejected.rejections[0]).toMatchObject({ reason: '名单需再核对', reviewer: '周镇长' })
    expect(id).toBe(rejected.id)
  }, 4 * hashingTimeout)
})
