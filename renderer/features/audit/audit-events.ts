import type { AuditEntryView } from '../../../shared/api/contract-workflow'
import type { AuditEvent } from '../../../shared/audit/events'
import { entityTypeSchema } from '../../../shared/findings/decision'
import { manualKindSchema } from '../../../shared/findings/manual'
import { noticeStateSchema } from '../../../shared/notice/notice'
import { fingerprintOf } from '../../../shared/accounts/fingerprint'
import { roleSchema } from '../../../shared/accounts/roles'
import type { MessageKey } from '../../i18n/messages'
import type { Translate } from '../../i18n/translate'

/**
 * 审计事件 in plain words. The log stores machine names (notice.approved …). Every kind the services
 * write (shared/audit/events.ts) must have words here — the type makes a missing one a compile error.
 */
const writtenEventText: Record<AuditEvent, MessageKey> = {
  'session.signed_in': 'audit.ev.session.signed_in',
  'session.signed_out': 'audit.ev.session.signed_out',
  'account.created': 'audit.ev.account.created',
  'account.reset': 'audit.ev.account.reset',
  'account.password_changed': 'audit.ev.account.password_changed',
  'account.login_failed': 'audit.ev.account.login_failed',
  'account.roles_changed': 'audit.ev.account.roles_changed',
  'account.deactivated': 'audit.ev.account.deactivated',
  'key.created': 'audit.ev.key.created',
  'key.revoked': 'audit.ev.key.revoked',
  'notice.created': 'audit.ev.notice.created',
  'notice.imported': 'audit.ev.notice.imported',
  'notice.submitted': 'audit.ev.notice.submitted',
  'notice.withdrawn': 'audit.ev.notice.withdrawn',
  'notice.approved': 'audit.ev.notice.approved',
  'notice.rejected': 'audit.ev.notice.rejected',
  'notice.exported': 'audit.ev.notice.exported',
  'notice.taken_down': 'audit.ev.notice.taken_down',
  'sweep.started': 'audit.ev.sweep.started',
  'sweep.report_exported': 'audit.ev.sweep.report_exported',
  'notice.approval_voided': 'audit.ev.notice.approval_voided',
  'finding.decided': 'audit.ev.finding.decided',
  'finding.marked': 'audit.ev.finding.marked',
  'finding.unmarked': 'audit.ev.finding.unmarked',
  'trust.exported': 'audit.ev.trust.exported',
  'trust.imported': 'audit.ev.trust.imported',
  'trust.removed': 'audit.ev.trust.removed',
  'review.request_exported': 'audit.ev.review.request_exported',
  'review.request_imported': 'audit.ev.review.request_imported',
  'review.remote_approved': 'audit.ev.review.remote_approved',
  'review.remote_rejected': 'audit.ev.review.remote_rejected',
  'review.decision_imported': 'audit.ev.review.decision_imported',
}

/**
 * Names that logs written by earlier versions may hold. An event missing from both lists is shown as 未识别的事件
 * with its name, so an entry written by a newer service is never hidden.
 */
const olderEventText: Record<string, MessageKey> = {
  'office.named': 'audit.ev.office.named',
  'session.setup': 'audit.ev.session.setup',
  'account.signed_in': 'audit.ev.session.signed_in',
  'account.signed_out': 'audit.ev.session.signed_out',
  'key.unseal_failed': 'audit.ev.key.unseal_failed',
  'notice.updated': 'audit.ev.notice.updated',
  'notice.edited': 'audit.ev.notice.updated',
  'notice.scanned': 'audit.ev.notice.scanned',
  'notice.deleted': 'audit.ev.notice.deleted',
  'notice.restored': 'audit.ev.notice.restored',
  'notice.purged': 'audit.ev.notice.purged',
  'finding.undecided': 'audit.ev.finding.undecided',
  'review.approved': 'audit.ev.review.approved',
  'review.rejected': 'audit.ev.review.rejected',
  'review.decided': 'audit.ev.review.decided',
  'review.decision_exported': 'audit.ev.review.decision_exported',
  'bundle.verified': 'audit.ev.bundle.verified',
  'settings.updated': 'audit.ev.settings.updated',
}

const eventText: Record<string, MessageKey> = { ...olderEventText, ...writtenEventText }

/** The event in words; one this version does not know is named as unrecognised, its machine name in brackets. */
export function eventLabel(event: string, t: Translate): string {
  const key = Object.hasOwn(eventText, event) ? eventText[event] : undefined
  return key ? t(key) : t('audit.ev.unknown', { event })
}

export function isKnownEvent(event: string): boolean {
  return Object.hasOwn(eventText, event)
}

const decisionKeys: Record<string, MessageKey> = {
  mask: 'decision.done.mask',
  remove: 'decision.done.remove',
  keep: 'decision.done.keep',
  notPersonal: 'decision.done.notPersonal',
}

const becauseKeys: Record<string, MessageKey> = {
  password_reset: 'audit.d.becauseReset',
  roles_changed: 'audit.d.because.roles_changed',
  deactivated: 'audit.d.because.deactivated',
}
const revokedKeys: Record<string, MessageKey> = { compromised: 'audit.d.revoked.compromised', superseded: 'audit.d.revoked.superseded' }
const decisionImportedKeys: Record<string, MessageKey> = { approved: 'audit.d.decision.approved', rejected: 'audit.d.decision.rejected' }

/** A code-valued detail in words, or nothing when this version does not know the code (never the raw code). */
function coded(table: Record<string, MessageKey>, value: unknown, t: Translate): string | undefined {
  return typeof value === 'string' && Object.hasOwn(table, value) ? t(table[value]) : undefined
}

/** Role names in words, joined with 、 (an unknown role keeps its name: it is data, not a key of ours). */
function roleNames(roles: readonly unknown[], t: Translate): string {
  if (roles.length === 0) return t('audit.d.none')
  return roles
    .map((role) => {
      const parsed = roleSchema.safeParse(role)
      return parsed.success ? t(`role.${parsed.data}`) : String(role)
    })
    .join('、')
}

/**
 * An entry is stored as its event code and its details (ids, counts, codes): `{code, params}`. These are the
 * details worth a glance (版本, 角色, 失败次数, 密钥指纹, 吊销原因 …), each worded from the catalogue; a code
 * this version does not know is left out rather than shown raw. Anything else stays out of the list: the log
 * itself keeps it, and no detail ever holds document text.
 */
export function detailTexts(entry: AuditEntryView, t: Translate): string[] {
  const d = entry.details
  const out: string[] = []
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined)
  const revision = num(d.revision)
  if (revision !== undefined) out.push(t('audit.d.revision', { revision }))
  if (Array.isArray(d.roles)) out.push(t('audit.d.roles', { roles: roleNames(d.roles, t) }))
  if (Array.isArray(d.from) && Array.isArray(d.to)) out.push(t('audit.d.rolesChange', { from: roleNames(d.from, t), to: roleNames(d.to, t) }))
  const from = noticeStateSchema.safeParse(d.from)
  if (from.success) out.push(t('audit.d.fromState', { state: t(`state.${from.data}`) }))
  if (d.first === true) out.push(t('audit.d.first'))
  const type = entityTypeSchema.safeParse(d.type)
  if (type.success) out.push(t(`entity.${type.data}`))
  const kind = manualKindSchema.safeParse(d.kind)
  if (kind.success) out.push(t(`manual.kind.${kind.data}`))
  const decided = coded(decisionImportedKeys, d.decision, t)
  if (decided) out.push(decided)
  const action = str(d.action)
  if (action && decisionKeys[action]) out.push(t(decisionKeys[action]))
  const failures = num(d.failures)
  if (failures !== undefined) out.push(t('audit.d.failures', { count: failures }))
  const wait = num(d.waitSeconds)
  if (wait) out.push(t('audit.d.wait', { seconds: wait }))
  const because = coded(becauseKeys, d.reason, t)
  if (because) out.push(because)
  const revoked = coded(revokedKeys, d.revocationReason, t)
  if (revoked) out.push(revoked)
  if (d.alg === 'sm2') out.push(t('audit.d.sm2'))
  const keyid = str(d.keyid)
  if (keyid && /^[0-9a-f]{64}$/.test(keyid)) out.push(t('audit.d.key', { fingerprint: fingerprintOf(keyid).split(' ').slice(0, 2).join(' ') + ' …' }))
  const keys = num(d.keys)
  if (keys !== undefined) out.push(t('audit.d.keys', { count: keys }))
  const newlyRevoked = num(d.newlyRevoked)
  if (newlyRevoked) out.push(t('audit.d.newlyRevoked', { count: newlyRevoked }))
  const files = num(d.files)
  if (files !== undefined) out.push(t('audit.d.files', { count: files }))
  const needsAction = num(d.needsAction)
  if (needsAction !== undefined) out.push(t('audit.d.needsAction', { count: needsAction }))
  const office = str(d.office)
  if (office) out.push(t('audit.d.office', { office }))
  if (d.pdf === true) out.push(t('audit.d.pdf'))
  return out
}
