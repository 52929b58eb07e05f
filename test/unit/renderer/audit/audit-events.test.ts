import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditEvents } from '../../../../shared/audit/events'
import { detailTexts, eventLabel, isKnownEvent } from '../../../../renderer/features/audit/audit-events'
import type { AuditEntryView } from '../../../../shared/api/contract-workflow'
import { translate } from '../../../../renderer/i18n/translate'
import type { Locale } from '../../../../shared/api/contract'

const root = path.resolve(import.meta.dirname, '../../../..')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/**
 * The kinds the services really write, read from their source: the event argument of every
 * `audit.record(event, …)` and `audit.append(tx, event, …)` (a ternary gives both of its names).
 */
function writtenKinds(): Set<string> {
  const kinds = new Set<string>()
  for (const file of sourceFiles(path.join(root, 'electron'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const call of text.matchAll(/audit\??\.(record|append)\((?=([^;]{0,300}))/g)) {
      const args = call[2].split(',')
      const eventArg = call[1] === 'append' ? args[1] : args[0]
      for (const literal of (eventArg ?? '').matchAll(/'([a-z]+\.[a-z_]+)'/g)) kinds.add(literal[1])
    }
  }
  return kinds
}

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params)

describe('audit events in words', () => {
  it('lists exactly the kinds the services write (shared/audit/events.ts is read from the code)', () => {
    const written = writtenKinds()
    expect(written.size).toBeGreaterThan(20)
    expect([...written].sort()).toEqual([...auditEvents].sort())
  })

  it('gives every kind the services write a zh-CN label with no raw key and no English', () => {
    for (const kind of writtenKinds()) {
      const label = eventLabel(kind, t('zh-CN'))
      expect(isKnownEvent(kind), kind).toBe(true)
      expect(label, kind).not.toBe(kind)
      expect(label, kind).toMatch(/[\u4e00-\u9fff]/)
      expect(label, kind).not.toMatch(/[A-Za-z]/)
      expect(eventLabel(kind, t('en')), kind).not.toBe(kind)
    }
  })

  it('shows an unknown kind as unrecognised, by its name, and no object property counts as a kind', () => {
    expect(eventLabel('future.thing', t('zh-CN'))).toBe('未识别的事件（future.thing）')
    expect(eventLabel('future.thing', t('en'))).toBe('Unrecognised event (future.thing)')
    expect(isKnownEvent('constructor')).toBe(false)
    expect(eventLabel('toString', t('zh-CN'))).toBe('未识别的事件（toString）')
  })

  it('words the details the services store with each kind (its params) in Chinese, with no code or English left', () => {
    const keyid = 'ab'.repeat(32)
    const sha = 'cd'.repeat(32)
    // the details as the services write them (electron/services: audit.append / audit.record)
    const written: Record<string, Record<string, unknown>> = {
      'session.signed_in': {},
      'session.signed_out': {},
      'account.created': { accountId: 'a1', roles: ['drafter', 'reviewer'], first: false },
      'account.reset': { accountId: 'a1', keyid, revokedKeyids: [keyid] },
      'account.password_changed': { accountId: 'a1', keyid },
      'account.login_failed': { accountId: 'a1', failures: 3, waitSeconds: 4 },
      'account.roles_changed': { accountId: 'a1', from: ['drafter'], to: ['drafter', 'reviewer'], retiredKeyids: [keyid] },
      'account.deactivated': { accountId: 'a1', revokedKeyids: [keyid] },
      'key.created': { accountId: 'a1', keyid, alg: 'sm2', reason: 'roles_changed' },
      'key.revoked': { accountId: 'a1', keyid, alg: 'ed25519', reason: 'deactivated', revocationReason: 'compromised', previously: 'superseded' },
      'notice.created': { revision: 1, policy: null },
      'notice.imported': { findings: 3 },
      'notice.submitted': { revision: 2, contentSha256: sha, draftEnvelopeSha256: sha, pdf: true },
      'notice.withdrawn': { revision: 2, contentSha256: sha },
      'notice.approved': { revision: 2, contentSha256: sha, approvalEnvelopeSha256: sha },
      'notice.rejected': { revision: 2, reasonLength: 12 },
      'notice.exported': { revision: 2, contentSha256: sha, bundleSha256: sha, publishUntil: null },
      'notice.taken_down': { revision: 2 },
      'sweep.started': {},
      'sweep.report_exported': { files: 120, needsAction: 4 },
      'notice.approval_voided': { from: 'submitted', revision: 3 },
      'finding.decided': { type: 'PERSON_NAME', action: 'mask' },
      'finding.marked': { kind: 'HEALTH', action: 'remove', field: 'body', start: 3, end: 9 },
      'finding.unmarked': { manualId: 'm1' },
      'trust.exported': { keys: 4, sha256: sha },
      'trust.imported': { sha256: sha, keys: 4, replaces: false, newlyRevoked: 1 },
      'trust.removed': {},
      'review.request_exported': { revision: 2, sha256: sha },
      'review.request_imported': { remoteReview: 'r1', revision: 2, sha256: sha },
      'review.remote_approved': { remoteReview: 'r1', revision: 2, sha256: sha },
      'review.remote_rejected': { remoteReview: 'r1', revision: 2, sha256: sha },
      'review.decision_imported': { decision: 'rejected', reviewerKeyid: keyid, sha256: sha, importedAt: '2026-03-01T00:00:00Z' },
    }
    expect(Object.keys(written).sort()).toEqual([...writtenKinds()].sort())
    for (const [event, details] of Object.entries(written)) {
      const entry = { seq: 1, at: '2026-03-01T00:00:00Z', actor: 'li', event, subject: null, details, prevHash: sha, hash: sha } as AuditEntryView
      const zh = [eventLabel(event, t('zh-CN')), ...detailTexts(entry, t('zh-CN'))].join(' · ')
      // a key's fingerprint is hex; PDF and SM2 are what the office calls them
      expect(zh.replace(/[0-9A-Fa-f]{4}( [0-9A-Fa-f]{4})* …/g, '').replace(/PDF|SM2/g, ''), event).not.toMatch(/[A-Za-z_]/)
      expect(detailTexts(entry, t('en')).join(' · '), event).not.toMatch(/\p{Script=Han}/u)
    }
    const revoked = { seq: 1, at: '', actor: null, event: 'key.revoked', subject: 'li', details: written['key.revoked'], prevHash: sha, hash: sha } as AuditEntryView
    expect(detailTexts(revoked, t('zh-CN'))).toEqual(expect.arrayContaining(['因停用账户', '已泄露：所签一律作废']))
    const roles = { seq: 1, at: '', actor: null, event: 'account.roles_changed', subject: 'li', details: written['account.roles_changed'], prevHash: sha, hash: sha } as AuditEntryView
    expect(detailTexts(roles, t('zh-CN'))).toContain('角色：起草人 → 起草人、审核人')
  })

  it('leaves a code it does not know out of the details rather than showing it raw (an older or newer log)', () => {
    const entry = { seq: 1, at: '', actor: null, event: 'key.revoked', subject: 'li', details: { reason: 'future_reason', revocationReason: 'someday', decision: 'maybe' }, prevHash: '', hash: '' } as AuditEntryView
    expect(detailTexts(entry, t('zh-CN'))).toEqual([])
  })
})
