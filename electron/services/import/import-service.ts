/**
 * 导入 — `notice.import`: a .docx/.xlsx/.csv/.html file becomes a draft of the signed-in drafter. The file
 * is parsed on a worker thread (run-import.ts) with progress forwarded as `import.progress`, converted by
 * the pure shared/import/to-notice.ts, and the draft is created through the WorkflowService like any other.
 * The audit log gets counts only: never names, values, file content, nor the file name (it may name a person).
 */
import path from 'node:path'
import type { ImportReport } from '../../../shared/api/contract-workflow'
import { serviceError, type ServiceError } from '../../../shared/api/result'
import { base64Decode } from '../../../shared/crypto/base64'
import { ImportError } from '../../../shared/import/index'
import { importToNotice } from '../../../shared/import/to-notice'
import { limits as noticeLimits, type Notice, type NoticeType } from '../../../shared/notice/notice'
import type { AuditService } from '../audit/index'
import type { ImportLimits } from './index'
import { importBytesOffThread } from './run-import'
import type { Acting, Access } from '../common/access'
import type { Actor, WorkflowService } from '../workflow/index'

export type ImportStage = 'reading' | 'parsing' | 'scanning' | 'saving'
export type ImportProgress = (fraction: number, stage: ImportStage) => void

export type ImportRequest = {
  fileName: string
  bytes: Uint8Array
  noticeType?: NoticeType | undefined
  /** redaction policy by name (the CLI's --policy); the notice type's default otherwise */
  policy?: string | undefined
}

export class ImportService {
  constructor(
    private readonly deps: {
      workflow: Pick<WorkflowService, 'create'>
      /** who may draft: the acting drafter once the office has accounts, nobody before (Access.drafter) */
      access: Pick<Access, 'drafter'>
      audit: Pick<AuditService, 'record'>
      now: () => Date
      limits?: Partial<ImportLimits>
    },
  ) {}

  /** Decodes a `notice.import` request's base64 data; a broken encoding is the caller's bad request. */
  static decode(data: string): Uint8Array {
    try {
      return base64Decode(data)
    } catch {
      throw serviceError('invalid_request', 'file.badBase64')
    }
  }

  /**
   * Imports a file into a new draft of the acting drafter, who is checked before a byte of the file is parsed
   * (and again, with the policy, by WorkflowService.create).
   */
  async importNotice(request: ImportRequest, by: Acting, onProgress: ImportProgress = () => undefined): Promise<{ notice: Notice; report: ImportReport }> {
    const actor = this.deps.access.drafter(by)
    const name = path.basename(request.fileName)
    // a progress bar never goes back: the stages' shares are rounded and never below what was shown
    let shown = 0
    const progress: ImportProgress = (fraction, stage) => {
      shown = Math.max(shown, Math.min(1, Math.round(fraction * 1000) / 1000))
      onProgress(shown, stage)
    }
    progress(0, 'reading')
    let converted: ReturnType<typeof importToNotice>
    try {
      const doc = await importBytesOffThread(request.bytes, name, {
        onProgress: (f) => progress(0.05 + f * 0.8, 'parsing'),
        ...(this.deps.limits ? { limits: this.deps.limits } : {}),
      })
      progress(0.85, 'scanning')
      converted = importToNotice(doc, name, { noticeType: request.noticeType, today: this.deps.now() })
    } catch (error) {
      // ImportError's message names the file and the problem, never the content
      if (error instanceof ImportError) throw importRefusal(error)
      throw error
    }
    if (converted.fields.body.length > noticeLimits.body) {
      throw serviceError('invalid_request', 'import.tooLong', { file: name, max: noticeLimits.body })
    }
    progress(0.95, 'saving')
    const notice = await this.deps.workflow.create(converted.fields, { actor: actor ?? null, policy: request.policy })
    const { report } = converted
    this.deps.audit.record('notice.imported', actorLogin(actor), notice.id, {
      format: report.format,
      extension: path.extname(name).toLowerCase().slice(0, 10),
      bytes: request.bytes.length,
      paragraphs: report.paragraphs,
      tables: report.tables,
      rows: report.rows,
      hiddenShown: report.hidden.filter((h) => h.disposition === 'shown').length,
      hiddenDropped: report.hidden.filter((h) => h.disposition === 'dropped').length,
      hiddenFindings: report.hidden.reduce((n, h) => n + h.findings, 0),
      warnings: report.warnings.length,
    })
    progress(1, 'saving')
    return { notice, report }
  }
}

function actorLogin(actor: Actor | undefined): string | null {
  if (!actor) return null
  return 'account' in actor ? actor.account.login : actor.login
}

/** One line on what an import held besides the notice, in counts only (the CLI prints it; never content). */
export function importSummary(fileName: string, report: ImportReport): string {
  const shown = report.hidden.filter((h) => h.disposition === 'shown').length
  const dropped = report.hidden.filter((h) => h.disposition === 'dropped').length
  const droppedFindings = report.droppedFindings.reduce((n, f) => n + f.count, 0)
  const zh = `${path.basename(fileName)}：${report.paragraphs} 段，${report.tables} 个表格 ${report.rows} 行；隐藏内容已标出 ${shown} 项（提交前须删除或确认），未导入 ${dropped} 项（含 ${droppedFindings} 处个人信息），警告 ${report.warnings.length} 条`
  const en = `${report.paragraphs} paragraphs, ${report.tables} tables, ${report.rows} rows; hidden: ${shown} marked in the body (delete or confirm before submitting), ${dropped} dropped (${droppedFindings} findings); ${report.warnings.length} warnings`
  return `${zh} — ${en}`
}

/** A file the import refused, coded: the file's name, the ImportError code and its short technical detail. */
function importRefusal(error: ImportError): ServiceError {
  const params = { file: error.file, reason: error.code }
  return error.detail ? serviceError('invalid_request', 'import.failedDetail', { ...params, detail: error.detail }) : serviceError('invalid_request', 'import.failed', params)
}
