import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyBundleZip } from '../../../electron/services/bundle/index'
import { parseTrustList } from '../../../shared/bundle/trust'
import { sha256Hex } from '../../../electron/services/bundle/node-crypto'
import type { TestCore } from '../accounts/support'
import { hashingTimeout, office, people, readyNotice, rejection } from './support'
import { renderVerifyReason } from '../../../shared/bundle/verify-reasons'

/**
 * Revocation reasons (issue 9, item 3), end to end on real accounts, real signatures and real trust-list exports:
 * a key revoked as compromised voids every bundle it ever signed, however its signing time is dated; a superseded
 * key (password reset, departure) keeps the bundles it signed before.
 */

let core: TestCore
let dispose: () => void
const admin = { login: 'admin', password: '管理员口令-Admin-7Qx!' }
/** the reviewer, whose password the first test resets */
const reviewer = { login: people.reviewer.login, password: people.reviewer.password as string }

beforeAll(async () => {
  ;({ core, dispose } = await office())
}, hashingTimeout)

afterAll(() => dispose())

async function approvedBundle(by: { login: string; password: string }): Promise<Uint8Array> {
  const id = await readyNotice(core)
  await core.workflow.submit(id, people.drafter)
  await core.workflow.approve(id, by, '同意')
  return (await core.workflow.export(id, by)).bytes
}

const failing = (bytes: Uint8Array): string[] => verifyBundleZip(bytes, core.trust.build()).checks.filter((c) => !c.ok).map((c) => c.id)
const reasonOf = (bytes: Uint8Array, id: string): string => verifyBundleZip(bytes, core.trust.build()).checks.find((c) => c.id === id)?.reasons.map((x) => renderVerifyReason('zh-CN', x)).join('；') ?? ''

describe('revocation reasons', () => {
  it('a password reset supersedes: bundles signed before it still verify, and the export says why it was revoked', async () => {
    const before = await approvedBundle(reviewer)
    core.clock.advance(3600)
    const oldKeyid = core.accounts.get(reviewer.login).keyid
    reviewer.password = 'reset-by-admin-8jLm'
    await core.accounts.resetPassword(admin, reviewer.login, reviewer.password)
    const exported = core.trust.build().keys.find((k) => k.keyid === oldKeyid)
    expect(exported).toMatchObject({ revocationReason: 'superseded' })
    expect(failing(before)).toEqual([])
    // and the trust list stays a valid countersign-trust/v1 list for any verifier
    expect(parseTrustList(JSON.parse(JSON.stringify(core.trust.build())), sha256Hex).ok).toBe(true)
  }, hashingTimeout)

  it('marking a key compromised voids every bundle it signed, backdated or not; audited; compromised is final', async () => {
    const signed = await approvedBundle(people.both)
    expect(failing(signed)).toEqual([])
    core.clock.advance(3600)
    const keyid = core.accounts.get(people.both.login).keyid ?? ''
    const revoked = await core.accounts.revokeKey(admin, people.both.login, 'compromised')
    expect(revoked.map((k) => [k.keyid, k.reason, k.change])).toEqual([[keyid, 'compromised', 'revoked']])
    // the bundle's signedAt lies before revokedAt, which is exactly what a thief with the key would write
    expect(failing(signed)).toEqual(['keys.valid'])
    expect(reasonOf(signed, 'keys.valid')).toContain('已泄露并被吊销')
    expect(core.accounts.keys(people.both.login).map((k) => [k.state, k.revocationReason])).toEqual([['revoked', 'compromised']])
    expect(core.store.get<{ sealed: string | null }>('SELECT encrypted_private_key AS sealed FROM keys WHERE keyid = ?', [keyid])?.sealed).toBeNull()
    const audit = core.audit.list().filter((e) => e.event === 'key.revoked').at(-1)
    expect(audit).toMatchObject({ actor: 'admin', subject: people.both.login, details: { keyid, revocationReason: 'compromised' } })
    // no key left to sign with until a reset issues a new one
    expect((await rejection(core.accounts.unlockSigningKey(people.both.login, people.both.password))).code).toBe('conflict')
    expect((await rejection(core.accounts.revokeKey(admin, people.both.login, 'superseded', keyid))).message).toContain('已标记为已泄露')
  }, hashingTimeout)

  it('a superseded key found to have leaked later can be marked compromised, keeping its revokedAt', async () => {
    const signed = await approvedBundle(reviewer)
    core.clock.advance(60)
    const keyid = core.accounts.get(reviewer.login).keyid ?? ''
    await core.accounts.revokeKey(admin, reviewer.login, 'superseded')
    const revokedAt = core.accounts.keys(reviewer.login).find((k) => k.keyid === keyid)?.revokedAt
    expect(failing(signed)).toEqual([])
    core.clock.advance(60)
    const changed = await core.accounts.revokeKey(admin, reviewer.login, 'compromised', keyid)
    expect(changed).toEqual([{ keyid, alg: 'ed25519', reason: 'compromised', revokedAt, change: 'now-compromised' }])
    expect(failing(signed)).toEqual(['keys.valid'])
    expect((await rejection(core.accounts.revokeKey(admin, reviewer.login, 'compromised', keyid))).code).toBe('conflict')
    expect((await rejection(core.accounts.revokeKey(people.drafter, reviewer.login, 'compromised', keyid))).code).toBe('forbidden')
  }, hashingTimeout)
})
