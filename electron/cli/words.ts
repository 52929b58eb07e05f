import type { AuditEvent } from '../../shared/audit/events'

/**
 * The CLI's small catalogue: what the API hands over as codes (an account warning, an audit event) in the
 * CLI's `中文 (English)` voice. The window's words for the same codes are in renderer/i18n; an event or
 * warning added to the services must get words here too (the Record type makes a missing one a compile error).
 */

/** 审计事件 — one line's words for each kind of entry the services write (shared/audit/events.ts). */
const auditEventWords: Record<AuditEvent, string> = {
  'session.signed_in': '登录 signed in',
  'session.signed_out': '退出登录 signed out',
  'account.created': '创建账户 account created',
  'account.reset': '管理员重置密码 password reset by an administrator',
  'account.password_changed': '修改密码 password changed',
  'account.login_failed': '登录失败 sign-in failed',
  'account.roles_changed': '修改账户角色 roles changed',
  'account.deactivated': '停用账户 account deactivated',
  'key.created': '生成签名密钥 signing key created',
  'key.revoked': '吊销签名密钥 signing key revoked',
  'notice.created': '新建公告 notice created',
  'notice.imported': '导入文件新建公告 notice created from an imported file',
  'notice.submitted': '提交审核 submitted for review',
  'notice.withdrawn': '撤回提交 submission withdrawn',
  'notice.approved': '批准发布 approved',
  'notice.rejected': '退回修改 returned for changes',
  'notice.exported': '导出签名包 bundle exported',
  'notice.taken_down': '记录撤下 taken down',
  'sweep.started': '开始排查已发布信息 sweep started',
  'sweep.report_exported': '导出排查报告 sweep report exported',
  'notice.approval_voided': '提交后被修改，提交与批准作废 edited after submission: approval void',
  'finding.decided': '处理个人信息 personal information resolved',
  'finding.marked': '手动标记个人信息 marked by hand',
  'finding.unmarked': '取消手动标记 hand-made mark removed',
  'trust.exported': '导出信任列表 trust list exported',
  'trust.imported': '导入信任列表 trust list imported',
  'trust.removed': '移除信任列表 trust list removed',
  'review.request_exported': '导出审核请求文件 review request exported',
  'review.request_imported': '导入审核请求文件 review request imported',
  'review.remote_approved': '批准外来审核请求 review request approved',
  'review.remote_rejected': '退回外来审核请求 review request returned',
  'review.decision_imported': '导入审核决定文件 review decision imported',
}

/** An audit event's words; a name this version does not know (an older or newer log) is shown as it is. */
export function auditEventText(event: string): string {
  return Object.hasOwn(auditEventWords, event) ? auditEventWords[event as AuditEvent] : `未识别的事件 unrecognised event (${event})`
}

/** A warning about a new account (`account.create`'s `warnings`), for the admin who created it. */
export function accountWarningText(warning: { code: 'same-name'; logins: string[] }, name: string): string {
  const list = warning.logins.join(', ')
  return `已有同名账户 ${list}（${name}）：如果是同一个人，请不要为其另建账户，否则一人即可完成起草和审核 (an account named ${name} already exists: ${list}; one person with two accounts could both draft and approve)`
}
