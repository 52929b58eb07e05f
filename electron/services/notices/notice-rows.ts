import type { Notice, NoticeFields, NoticeState, NoticeType, NoticeVersion } from '../../../shared/notice/notice'
import type { Tx } from '../store/index'

/**
 * The one mapping between a notice's fields and their columns: `notices` and `notice_versions` store the same
 * fields under the same names, so reading, writing and comparing them all go through this list.
 */
const fieldColumns = {
  title: 'title',
  docNumber: 'doc_number',
  issuer: 'issuer',
  noticeType: 'notice_type',
  body: 'body',
  signatureDate: 'signature_date',
  publicityStart: 'publicity_start',
  publicityEnd: 'publicity_end',
} as const satisfies Record<keyof NoticeFields, string>

type FieldKey = keyof typeof fieldColumns
const fieldKeys = Object.keys(fieldColumns) as FieldKey[]
type FieldsRow = { [K in FieldKey as (typeof fieldColumns)[K]]: string }

export type NoticeRow = FieldsRow & { id: string; state: string; revision: number; created_at: string; updated_at: string; deleted_at: string | null }
export type VersionRow = FieldsRow & { notice_id: string; revision: number; saved_at: string; length?: number }

/** The field columns, in the order of `fieldValues`. */
export const fieldColumnList: string = fieldKeys.map((key) => fieldColumns[key]).join(', ')
/** `a = ?, b = ?` for an UPDATE of every field. */
export const fieldAssignments: string = fieldKeys.map((key) => `${fieldColumns[key]} = ?`).join(', ')
/** The field columns to SELECT, `body` given as an expression where a list shortens or leaves it out. */
function selectFields(body: string): string {
  return fieldKeys.map((key) => (key === 'body' ? `${body} AS body` : fieldColumns[key])).join(', ')
}
/** A notice's columns, in the order INSERT writes them. */
export const noticeColumns = `id, ${fieldColumnList}, state, revision, created_at, updated_at, deleted_at`
/** A notice's columns to SELECT (`body` as for selectFields). */
export function noticeSelect(body = 'body'): string {
  return `id, ${selectFields(body)}, state, revision, created_at, updated_at, deleted_at`
}
/** A version's columns to SELECT (`body` as for selectFields). */
export function versionColumns(body = 'body'): string {
  return `notice_id, revision, ${selectFields(body)}, saved_at`
}

export function fieldValues(fields: NoticeFields): string[] {
  return fieldKeys.map((key) => fields[key])
}

function fieldsOfRow(row: FieldsRow): NoticeFields {
  const fields: Record<string, string> = {}
  for (const key of fieldKeys) fields[key] = row[fieldColumns[key]]
  return { ...(fields as Omit<NoticeFields, 'noticeType'>), noticeType: row.notice_type as NoticeType }
}

export function toNotice(row: NoticeRow): Notice {
  return {
    id: row.id,
    ...fieldsOfRow(row),
    state: row.state as NoticeState,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

export function toVersion(row: VersionRow): NoticeVersion {
  return { noticeId: row.notice_id, revision: row.revision, ...fieldsOfRow(row), savedAt: row.saved_at }
}

export function sameFields(a: NoticeFields, b: NoticeFields): boolean {
  return fieldKeys.every((key) => a[key] === b[key])
}

export function insertVersion(tx: Tx, id: string, revision: number, fields: NoticeFields, at: string): void {
  tx.run(`INSERT INTO notice_versions (notice_id, revision, ${fieldColumnList}, saved_at) VALUES (?, ?, ${fieldKeys.map(() => '?').join(', ')}, ?)`, [id, revision, ...fieldValues(fields), at])
}
