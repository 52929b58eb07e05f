/**
 * Messages added with issue 14: audit-log event names (every kind the services write has words; see
 * renderer/features/audit/audit-events.ts) and the 年/月/日 date fields. Merged into the one catalogue
 * (messages.ts); zh-CN is the source.
 */
export const zhCNAudit = {
  'editor.datePlaceholder': '年/月/日',
  'editor.dateUnreadable': '请按 年/月/日 填写，例如 2026年3月1日',
  'audit.ev.notice.imported': '导入文件新建公告',
  'audit.ev.notice.withdrawn': '撤回提交',
  'audit.ev.finding.marked': '手动标记个人信息',
  'audit.ev.finding.unmarked': '取消手动标记',
  'audit.ev.review.remote_approved': '批准外来审核请求',
  'audit.ev.review.remote_rejected': '退回外来审核请求',
  'audit.ev.unknown': '未识别的事件（{event}）',
  'audit.d.rolesChange': '角色：{from} → {to}',
  'audit.d.because.roles_changed': '因角色变更',
  'audit.d.because.deactivated': '因停用账户',
  'audit.d.revoked.compromised': '已泄露：所签一律作废',
  'audit.d.revoked.superseded': '已更替：此前的签名仍有效',
  'audit.d.decision.approved': '批准',
  'audit.d.decision.rejected': '退回',
  'audit.d.fromState': '原为{state}',
  'audit.d.newlyRevoked': '新吊销 {count} 个密钥',
  'audit.d.files': '{count} 个文件',
  'audit.d.needsAction': '{count} 个需处理',
  'audit.d.sm2': '国密 SM2 密钥',
  'audit.d.none': '无',
}

export const enAudit: Record<keyof typeof zhCNAudit, string> = {
  'editor.datePlaceholder': 'yyyy/m/d',
  'editor.dateUnreadable': 'Write the date as year/month/day, e.g. 2026/3/1',
  'audit.ev.notice.imported': 'Notice created from an imported file',
  'audit.ev.notice.withdrawn': 'Submission withdrawn',
  'audit.ev.finding.marked': 'Personal information marked by hand',
  'audit.ev.finding.unmarked': 'Hand-made mark removed',
  'audit.ev.review.remote_approved': 'Review request approved',
  'audit.ev.review.remote_rejected': 'Review request returned',
  'audit.ev.unknown': 'Unrecognised event ({event})',
  'audit.d.rolesChange': 'roles: {from} → {to}',
  'audit.d.because.roles_changed': 'roles changed',
  'audit.d.because.deactivated': 'account deactivated',
  'audit.d.revoked.compromised': 'compromised: every signature it made is void',
  'audit.d.revoked.superseded': 'superseded: earlier signatures stand',
  'audit.d.decision.approved': 'approved',
  'audit.d.decision.rejected': 'returned',
  'audit.d.fromState': 'was {state}',
  'audit.d.newlyRevoked': '{count} keys newly revoked',
  'audit.d.files': '{count} files',
  'audit.d.needsAction': '{count} need action',
  'audit.d.sm2': 'SM2 key',
  'audit.d.none': 'none',
}
