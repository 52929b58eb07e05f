import { randomUUID } from 'node:crypto'
import type { ErrorDetail } from '../../../shared/api/error-text'
import { serviceError } from '../../../shared/api/result'
import {
  emptyFields,
  fieldsOf,
  excerptOf,
  type Notice,
  type NoticeFields,
  type NoticeState,
  type NoticeSummary,
  type NoticeVersion,
  type NoticeVersionSummary,
} from '../../../shared/notice/notice'
import { maskedPreview } from '../../../shared/redact/index'
import type { AuditService } from '../audit/index'
import type { Access, Acting } from '../common/access'
import type { Store, Tx } from '../store/index'
import { fieldAssignments, fieldValues, insertVersion, noticeColumns, noticeSelect, sameFields, toNotice, toVersion, versionColumns, type NoticeRow, type VersionRow } from './notice-rows'
import { writeTransition } from './transition'

/** Who drafted a new notice (an account id, or null before the office has accounts) and its policy; `record` runs in the creating transaction. */
export type NoticeOrigin = { draftedBy?: string | null; policy?: string | null; record?: (tx: Tx, id: string, revision: number) => void }

export type ListOptions = { query?: string | undefined; view?: 'active' | 'trash' | undefined; state?: NoticeState | undefined }

const editedMeanwhile: ErrorDetail = { code: 'notice.changedWhileSaving', params: {} }

/**
 * Notices and their saved versions. `by` on each method is the acting account a front door established:
 * anyone signed in reads, only the notice's drafter changes it (common/access); a method that acts requires it (null: nobody signed in). Every mutation is one store transaction, durable when the method returns.
 * Every save that changes something keeps a version (草稿历史), so nothing an officer wrote is lost.
 */
export class NoticeService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    /** records `notice.approval_voided` when an edit discards a submission or approval */
    private readonly audit?: Pick<AuditService, 'append'>,
    /** who may read and change notices (common/access); every method takes the acting account as `by` */
    private readonly access?: Access,
  ) {}

  /**
   * A new draft. `origin` is who drafted it and under which policy (the workflow's create), written in the
   * same transaction as the notice, with `record` (its audit entry): a notice never exists without them.
   */
  create(fields: Partial<NoticeFields>, origin: NoticeOrigin = {}): Notice {
    const id = randomUUID()
    const at = this.now().toISOString()
    const full: NoticeFields = { ...emptyFields, ...fields }
    this.store.transaction((tx) => {
      tx.run(`INSERT INTO notices (${noticeColumns}, drafted_by, policy) VALUES (?, ${fieldValues(full).map(() => '?').join(', ')}, 'draft', 1, ?, ?, NULL, ?, ?)`, [
        id,
        ...fieldValues(full),
        at,
        at,
        origin.draftedBy ?? null,
        origin.policy ?? null,
      ])
      insertVersion(tx, id, 1, full, at)
      origin.record?.(tx, id, 1)
    })
    return this.get(id)
  }

  get(id: string, by?: Acting): Notice {
    this.access?.reader(by)
    const row = this.store.get<NoticeRow>(`SELECT ${noticeSelect()} FROM notices WHERE id = ?`, [id])
    if (!row) throw serviceError('not_found', 'notice.notFound', { id })
    return toNotice(row)
  }

  /** Newest first. The search matches title, 文号, issuer and body, as typed (no wildcards). */
  list(options: ListOptions = {}, by?: Acting): NoticeSummary[] {
    this.access?.reader(by)
    const where: string[] = [options.view === 'trash' ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL']
    const params: string[] = []
    if (options.state) {
      where.push('state = ?')
      params.push(options.state)
    }
    const query = options.query?.trim()
    if (query) {
      where.push('(instr(title, ?) > 0 OR instr(doc_number, ?) > 0 OR instr(issuer, ?) > 0 OR instr(body, ?) > 0)')
      params.push(query, query, query, query)
    }
    const rows = this.store.all<NoticeRow>(
      `SELECT ${noticeSelect('substr(body, 1, 200)')}
       FROM notices WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, id`,
      params,
    )
    // lists (草稿, 待审核, 回收站, search results, the audit log's titles) never show a value in clear
    return rows.map((row) => {
      const notice = toNotice(row)
      return {
        ...withoutBody(notice),
        title: maskedPreview(notice.title),
        docNumber: maskedPreview(notice.docNumber),
        issuer: maskedPreview(notice.issuer),
        excerpt: excerptOf(maskedPreview(row.body)),
      }
    })
  }

  /**
   * Saves edited fields. `baseRevision` is the revision the editor last saw: if another save came first the
   * call is refused as a conflict rather than silently overwriting it. Saving identical fields is a no-op.
   * 谁公开谁审查: an edit of a submitted or approved notice voids what was signed (back to draft), a notice
   * sent back becomes a draft again, and an exported notice is the published record and is refused.
   */
  update(id: string, baseRevision: number, fields: Partial<NoticeFields>, by: Acting): Notice {
    this.access?.editor(id, by)
    const current = this.get(id)
    if (current.deletedAt) throw serviceError('conflict', 'notice.inTrash')
    if (current.revision !== baseRevision) {
      throw serviceError('conflict', 'notice.savedElsewhere', { revision: current.revision })
    }
    const next: NoticeFields = { ...fieldsOf(current), ...fields }
    if (sameFields(next, current)) return current
    const at = this.now().toISOString()
    const revision = current.revision + 1
    this.store.transaction((tx) => {
      // refused (nothing written) when the state machine forbids an edit, e.g. of an exported notice
      const step = writeTransition(tx, current, 'edit', editedMeanwhile)
      tx.run(
        `UPDATE notices SET ${fieldAssignments}, revision = ?, updated_at = ? WHERE id = ? AND revision = ?`,
        [...fieldValues(next), revision, at, id, baseRevision],
      )
      insertVersion(tx, id, revision, next, at)
      if (step.voids) {
        tx.run('DELETE FROM notice_workflow WHERE notice_id = ?', [id])
        this.audit?.append(tx, 'notice.approval_voided', null, id, { from: current.state, revision })
      }
    })
    return this.get(id)
  }

  /** Moves a notice to the recycle bin (回收站); nothing is deleted. */
  delete(id: string, by: Acting): Notice {
    this.access?.editor(id, by)
    const current = this.get(id)
    if (current.deletedAt) return current
    const at = this.now().toISOString()
    this.store.transaction((tx) => tx.run('UPDATE notices SET deleted_at = ?, updated_at = ? WHERE id = ?', [at, at, id]))
    return this.get(id)
  }

  restore(id: string, by: Acting): Notice {
    this.access?.editor(id, by)
    const current = this.get(id)
    if (!current.deletedAt) return current
    const at = this.now().toISOString()
    this.store.transaction((tx) => tx.run('UPDATE notices SET deleted_at = NULL, updated_at = ? WHERE id = ?', [at, id]))
    return this.get(id)
  }

  /** Deletes for good, versions included; only a notice already in the recycle bin. */
  purge(id: string, by: Acting): { id: string } {
    this.access?.editor(id, by)
    const current = this.get(id)
    if (!current.deletedAt) throw serviceError('conflict', 'notice.onlyTrashDeleted')
    this.store.transaction((tx) => {
      tx.run('DELETE FROM notice_versions WHERE notice_id = ?', [id])
      tx.run('DELETE FROM notices WHERE id = ?', [id])
    })
    return { id }
  }

  versions(id: string, by?: Acting): NoticeVersionSummary[] {
    this.access?.reader(by)
    this.get(id)
    const rows = this.store.all<VersionRow>(
      `SELECT ${versionColumns("''")}, length(body) AS length
       FROM notice_versions WHERE notice_id = ? ORDER BY revision DESC`,
      [id],
    )
    return rows.map((row) => ({ ...withoutBody(toVersion(row)), length: row.length ?? 0 }))
  }

  version(id: string, revision: number, by?: Acting): NoticeVersion {
    this.access?.reader(by)
    const row = this.store.get<VersionRow>(
      `SELECT ${versionColumns()} FROM notice_versions WHERE notice_id = ? AND revision = ?`,
      [id, revision],
    )
    if (!row) throw serviceError('not_found', 'notice.versionNotFound', { revision, id })
    return toVersion(row)
  }
}

function withoutBody<T extends { body: string }>(value: T): Omit<T, 'body'> {
  const copy: Partial<T> = { ...value }
  delete copy.body
  return copy as Omit<T, 'body'>
}
