/**
 * 审计事件 — every kind of entry the services write to the audit log. The audit service takes only these
 * (`AuditEvent`), so a new kind is added here first, and the renderer's audit view must give it words
 * (renderer/features/audit/audit-events.ts has a label for each, checked by its unit test).
 */
export const auditEvents = [
  'session.signed_in',
  'session.signed_out',
  'account.created',
  'account.reset',
  'account.password_changed',
  'account.login_failed',
  'account.roles_changed',
  'account.deactivated',
  'key.created',
  'key.revoked',
  'notice.created',
  'notice.imported',
  'notice.submitted',
  'notice.withdrawn',
  'notice.approved',
  'notice.rejected',
  'notice.exported',
  'notice.taken_down',
  'sweep.started',
  'sweep.report_exported',
  'notice.approval_voided',
  'finding.decided',
  'finding.marked',
  'finding.unmarked',
  'trust.exported',
  'trust.imported',
  'trust.removed',
  'review.request_exported',
  'review.request_imported',
  'review.remote_approved',
  'review.remote_rejected',
  'review.decision_imported',
] as const

export type AuditEvent = (typeof auditEvents)[number]
