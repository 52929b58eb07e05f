import { randomBytes } from 'node:crypto'
import type { ErrorMessageCode, ErrorParams } from '../../../shared/api/error-text'
import { serviceError, type ServiceError } from '../../../shared/api/result'
import { anchorOf, manualLimits, type ManualAction, type ManualField, type ManualFinding, type ManualKind } from '../../../shared/findings/manual'
import {
  canMask,
  decisionActions,
  decisionLimits,
  findingKeyPattern,
  isMarker,
  keyType,
  needsReason,
  type DecisionAction,
  type FindingDecision,
} from '../../../shared/findings/index'
import type { Notice } from '../../../shared/notice/notice'
import { entityTypes, type EntityType } from '../../../shared/pii/index'
import type { NoticeService } from './notice-service'
import type { AuditService } from '../audit/index'
import type { Access, Acting } from '../common/access'
import { refusalError } from '../common/refusals'
import type { Store } from '../store/index'

type DecisionRow = { notice_id: string; finding_key: string; type: string; action: string; reason: string | null; decided_at: string }

export type DecideInput = { id: string; key: string; type: EntityType; action: DecisionAction; reason?: string | undefined }

const columns = 'notice_id, finding_key, type, action, reason, decided_at'

/**
 * 个人信息处理决定 — the officer's decision on each finding. Every check is here, not in the UI: the key's
 * shape and type, the written reason for publishing a value, and that only a draft (or a notice sent
 * back, 已退回) can still be decided on. Values never reach this service, only their keys.
 */
export class DecisionService {
  constructor(
    private readonly store: Store,
    private readonly notices: NoticeService,
    private readonly now: () => Date = () => new Date(),
    /** who may read and decide (common/access), and the log a front door's decision is recorded in */
    private readonly guard?: { access: Access; audit: Pick<AuditService, 'record'> },
  ) {}

  list(id: string, by?: Acting): FindingDecision[] {
    this.guard?.access.reader(by)
    this.notices.get(id)
    const rows = this.store.all<DecisionRow>(`SELECT ${columns} FROM finding_decisions WHERE notice_id = ? ORDER BY decided_at, finding_key`, [id])
    return rows.map(toDecision)
  }

  /** `audited` false only for a test fixture seeding decisions (no person decided them). */
  decide(input: DecideInput, by: Acting, audited = true): FindingDecision {
    this.guard?.access.editor(input.id, by)
    this.editableNotice(input.id)
    if (!findingKeyPattern.test(input.key)) throw invalid('decision.badKey')
    if (!(entityTypes as readonly string[]).includes(input.type) || keyType(input.key) !== input.type) {
      throw invalid('decision.typeMismatch')
    }
    if (!(decisionActions as readonly string[]).includes(input.action)) throw invalid('decision.badAction')
    // 讨论稿, 内部资料, 秘密★…: no decision clears a marker (shared/findings isMarker), only changing the text
    if (isMarker(input.type)) throw refusalError('conflict', 'confidential_marker')
    if (input.action === 'mask' && !canMask(input.type)) throw invalid('decision.cannotMask')
    const reason = input.reason?.trim() ?? ''
    if (reason.length > decisionLimits.reason) throw invalid('decision.reasonTooLong', { max: decisionLimits.reason })
    if (needsReason(input.action) && reason === '') {
      throw invalid('decision.reasonNeeded')
    }
    const decidedAt = this.now().toISOString()
    this.store.transaction((tx) =>
      tx.run(
        `INSERT INTO finding_decisions (${columns}) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (notice_id, finding_key) DO UPDATE SET type = excluded.type, action = excluded.action, reason = excluded.reason, decided_at = excluded.decided_at`,
        [input.id, input.key, input.type, input.action, reason === '' ? null : reason, decidedAt],
      ),
    )
    const decision: FindingDecision = { noticeId: input.id, key: input.key, type: input.type, action: input.action, reason: reason === '' ? null : reason, decidedAt }
    if (audited) this.guard?.audit.record('finding.decided', by?.login ?? null, input.id, { type: decision.type, action: decision.action })
    return decision
  }

  /** Withdraws a decision; withdrawing one that does not exist is a no-op. */
  undecide(id: string, key: string, by: Acting): { id: string; key: string } {
    this.guard?.access.editor(id, by)
    this.editableNotice(id)
    if (!findingKeyPattern.test(key)) throw invalid('decision.badKey')
    this.store.transaction((tx) => tx.run('DELETE FROM finding_decisions WHERE notice_id = ? AND finding_key = ?', [id, key]))
    return { id, key }
  }

  /** 人工标记 of a notice, oldest first. */
  listManual(id: string, by?: Acting): ManualFinding[] {
    this.guard?.access.reader(by)
    this.notices.get(id)
    return this.store.all<ManualRow>(`SELECT ${manualColumns} FROM manual_findings WHERE notice_id = ? ORDER BY decided_at, id`, [id]).map(toManual)
  }

  /**
   * Marks [start, end) of a field as personal information the engine missed. The span must be what the
   * stored text holds there now (the editor saves first), so a mark is never made on text nobody saved.
   */
  markManual(input: MarkManualInput, by: Acting): ManualFinding {
    this.guard?.access.editor(input.id, by)
    const notice = this.editableNotice(input.id)
    const text = notice[input.field]
    const { start, end } = input
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) throw invalid('manual.outside')
    if (end - start > manualLimits.value) throw invalid('manual.tooLong', { max: manualLimits.value })
    if (text.slice(start, end) !== input.text) throw serviceError('conflict', 'manual.textChanged')
    if (input.text.trim() === '') throw invalid('manual.empty')
    const anchor = anchorOf(input.field, text, start, end)
    const found: ManualFinding = { noticeId: input.id, id: randomBytes(8).toString('hex'), kind: input.kind, action: input.action, anchor, decidedAt: this.now().toISOString() }
    this.store.transaction((tx) =>
      tx.run(`INSERT INTO manual_findings (${manualColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        found.noticeId,
        found.id,
        found.kind,
        found.action,
        anchor.field,
        anchor.start,
        anchor.end,
        anchor.text,
        anchor.before,
        anchor.after,
        found.decidedAt,
      ]),
    )
    // kind, action and place only: the value stays out of the log
    this.guard?.audit.record('finding.marked', by?.login ?? null, input.id, { kind: found.kind, action: found.action, field: input.field, start: input.start, end: input.end })
    return found
  }

  /** Takes a 人工标记 back; a mark that does not exist is a no-op. */
  unmarkManual(id: string, manualId: string, by: Acting): { id: string; manualId: string } {
    this.guard?.access.editor(id, by)
    this.guard?.audit.record('finding.unmarked', by?.login ?? null, id, { manualId })
    this.editableNotice(id)
    this.store.transaction((tx) => tx.run('DELETE FROM manual_findings WHERE notice_id = ? AND id = ?', [id, manualId]))
    return { id, manualId }
  }

  private editableNotice(id: string): Notice {
    const notice = this.notices.get(id)
    if (notice.deletedAt !== null) throw serviceError('conflict', 'notice.inTrash')
    if (notice.state !== 'draft' && notice.state !== 'rejected') {
      throw serviceError('conflict', 'decision.locked', { state: notice.state })
    }
    return notice
  }
}

function invalid(reason: ErrorMessageCode, params: ErrorParams = {}): ServiceError {
  return serviceError('invalid_request', reason, params)
}

type ManualRow = {
  notice_id: string
  id: string
  kind: string
  action: string
  field: string
  start_at: number
  end_at: number
  value: string
  before_text: string
  after_text: string
  decided_at: string
}

const manualColumns = 'notice_id, id, kind, action, field, start_at, end_at, value, before_text, after_text, decided_at'

export type MarkManualInput = { id: string; field: ManualField; start: number; end: number; text: string; kind: ManualKind; action: ManualAction }

function toManual(row: ManualRow): ManualFinding {
  return {
    noticeId: row.notice_id,
    id: row.id,
    kind: row.kind as ManualKind,
    action: row.action as ManualAction,
    anchor: { field: row.field as ManualField, start: row.start_at, end: row.end_at, text: row.value, before: row.before_text, after: row.after_text },
    decidedAt: row.decided_at,
  }
}

function toDecision(row: DecisionRow): FindingDecision {
  return {
    noticeId: row.notice_id,
    key: row.finding_key,
    type: row.type as EntityType,
    action: row.action as DecisionAction,
    reason: row.reason,
    decidedAt: row.decided_at,
  }
}
