/** The published fields whose findings are keyed: 标题, 文号, 发布单位 and 正文. */
export type SaltedField = 'title' | 'docNumber' | 'issuer' | 'body'

/**
 * The salt a field's findings are keyed with. The body uses the notice id alone, as the editor's scan
 * does, so decisions made in the app apply in the service; the short header fields get their own salt, so a
 * name in the title is decided on separately from the same name in the body. Shared so the editor's scan
 * worker keys header findings exactly as the service's review does.
 */
export function keySalt(noticeId: string, field: SaltedField): string {
  return field === 'body' ? noticeId : `${noticeId}#${field}`
}
