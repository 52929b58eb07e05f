import { ServiceError } from '../../shared/api/result'
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
} from '../../shared/findings/index'
import type { Notice } from '../../shared/notice/notice'
import { entityTypes, type EntityType } from '../../shared/pii/index'
import { refusal, refusalText } from '../../shared/workflow/index'
import type { NoticeService } from './notices'
import type { Store } from './store/index'

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
  ) {}

  list(id: string): FindingDecision[] {
    this.notices.get(id)
    const rows = this.store.all<DecisionRow>(`SELECT ${columns} FROM finding_decisions WHERE notice_id = ? ORDER BY decided_at, finding_key`, [id])
    return rows.map(toDecision)
  }

  decide(input: DecideInput): FindingDecision {
    this.editableNotice(input.id)
    if (!findingKeyPattern.test(input.key)) throw invalid('发现项标识无效 (not a finding key)')
    if (!(entityTypes as readonly string[]).includes(input.type) || keyType(input.key) !== input.type) {
      throw invalid('发现项类型与标识不符 (the type does not match the finding key)')
    }
    if (!(decisionActions as readonly string[]).includes(input.action)) throw invalid('处理方式无效 (unknown action)')
    // 讨论稿, 内部资料, 秘密★…: no decision clears a marker (shared/findings isMarker), only changing the text
    if (isMarker(input.type)) throw new ServiceError('conflict', refusalText(refusal('confidential_marker')))
    if (input.action === 'mask' && !canMask(input.type)) throw invalid('这类信息不能遮盖 (this kind of finding cannot be masked)')
    const reason = input.reason?.trim() ?? ''
    if (reason.length > decisionLimits.reason) throw invalid(`理由不能超过 ${decisionLimits.reason} 字 (the reason is longer than ${decisionLimits.reason} characters)`)
    if (needsReason(input.action) && reason === '') {
      throw invalid('保留或标记为非个人信息时必须填写理由 (keeping a value or marking it not personal needs a reason)')
    }
    const decidedAt = this.now().toISOString()
    this.store.transaction((tx) =>
      tx.run(
        `INSERT INTO finding_decisions (${columns}) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (notice_id, finding_key) DO UPDATE SET type = excluded.type, action = excluded.action, reason = excluded.reason, decided_at = excluded.decided_at`,
        [input.id, input.key, input.type, input.action, reason === '' ? null : reason, decidedAt],
      ),
    )
    return { noticeId: input.id, key: input.key, type: input.type, action: input.action, reason: reason === '' ? null : reason, decidedAt }
  }

  /** Withdraws a decision; withdrawing one that does not exist is a no-op. */
  undecide(id: string, key: string): { id: string; key: string } {
    this.editableNotice(id)
    if (!findingKeyPattern.test(key)) throw invalid('发现项标识无效 (not a finding key)')
    this.store.transaction((tx) => tx.run('DELETE FROM finding_decisions WHERE notice_id = ? AND finding_key = ?', [id, key]))
    return { id, key }
  }

  private editableNotice(id: string): Notice {
    const notice = this.notices.get(id)
    if (notice.deletedAt !== null) throw new ServiceError('conflict', '公告在回收站中，请先恢复 (the notice is in the recycle bin; restore it first)')
    if (notice.state !== 'draft' && notice.state !== 'rejected') {
      throw new ServiceError('conflict', `公告已提交或已发布（${notice.state}），不能再修改处理决定 (decisions can only change while the notice is a draft or sent back)`)
    }
    return notice
  }
}

function invalid(message: string): ServiceError {
  return new ServiceError('invalid_request', message)
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
