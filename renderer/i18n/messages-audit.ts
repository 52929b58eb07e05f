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
}
