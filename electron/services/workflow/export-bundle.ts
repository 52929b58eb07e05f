import type { Account, TrustKey } from '../../../shared/accounts/index'
import { serviceError } from '../../../shared/api/result'
import { parseEnvelope } from '../../../shared/bundle/dsse'
import type { SignerEntry } from '../../../shared/bundle/signers'
import type { Notice } from '../../../shared/notice/notice'
import { localDay } from '../../../shared/sweep/publicity'
import type { RefusalCode } from '../../../shared/workflow/index'
import { refusalError } from '../common/refusals'
import type { AuditService } from '../audit/index'
import { assembleBundle } from '../bundle/index'
import { exportPublishUntil, recordExport } from '../expiry/index'
import type { NoticeService } from '../notices/notice-service'
import { changedDuring, writeTransition } from '../notices/transition'
import type { Store } from '../store/index'
import { sha256Hex, type Rendered } from './render'
import { workflowRow, type WorkflowRow } from './workflow-rows'

/** What exporting needs of the workflow: the store, the published files of a submission, and the signers' keys. */
export type ExportContext = {
  store: Store
  notices: NoticeService
  audit: AuditService
  now: () => Date
  warn?: ((event: string, fields: Record<string, string | number | boolean>) => void) | undefined
  render: (id: string) => Rendered
  submittedFiles: (id: string, row: WorkflowRow) => { rendered: Rendered; files: Map<string, Uint8Array>; contentSha256: string }
  signers: (draftEnvelope: Uint8Array, approvalEnvelope: Uint8Array) => SignerEntry[]
}

/**
 * 导出 — the signed bundle of an approved notice (`before`, checked legal to export by the caller), for the
 * account exporting it. The files are rendered again and must be the approved ones; the envelopes are the
 * stored bytes, so exporting again gives the same zip. The state, the export record with its 公示期 end (到期撤稿)
 * and the audit entry are written in one transaction.
 */
export function exportBundle(ctx: ExportContext, before: Notice, account: Account): { bytes: Uint8Array; sha256: string } {
  const id = before.id
  const row = workflowRow(ctx.store, id)
  if (!row?.approval_envelope || !row.reviewer_keyid) return refuse('not_approved')
  const signed = ctx.submittedFiles(id, row)
  if (signed.contentSha256 !== row.content_sha256) refuse('content_changed')
  const bytes = assembleBundle({
    contentFiles: signed.files,
    draftEnvelope: row.draft_envelope,
    approvalEnvelope: row.approval_envelope,
    signers: ctx.signers(row.draft_envelope, row.approval_envelope),
  })
  const sha256 = sha256Hex(bytes)
  const now = ctx.now()
  // 到期撤稿: the bundle is recorded with its 公示期 end, in the same transaction as the export
  const publishUntil = exportPublishUntil(before, row.draft_envelope, localDay(now)) ?? null
  ctx.store.transaction((tx) => {
    writeTransition(tx, before, 'export', changedDuring('export'))
    tx.run('UPDATE notice_workflow SET exported_sha256 = ?, exported_at = ? WHERE notice_id = ?', [sha256, now.toISOString(), id])
    recordExport(tx, { noticeId: id, title: signed.rendered.text.title, bundleSha256: sha256, exportedAt: now.toISOString(), exportedBy: account.login, publishUntil })
    ctx.audit.append(tx, 'notice.exported', account.login, id, { revision: row.revision, contentSha256: row.content_sha256, bundleSha256: sha256, publishUntil })
  })
  return { bytes, sha256 }
}

/**
 * Bundles exported before take-down reminders existed (schema 9) are recorded once, at start-up, as export
 * records them: published title, 公示期 end (a relative period without a date counts from the export day).
 * A notice that can no longer be rendered is skipped. Returns how many were added.
 */
export function recordEarlierExports(ctx: ExportContext): number {
  const rows = ctx.store.all<{ notice_id: string; exported_sha256: string; exported_at: string }>(
    'SELECT w.notice_id, w.exported_sha256, w.exported_at FROM notice_workflow w WHERE w.exported_sha256 IS NOT NULL AND w.exported_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bundle_exports b WHERE b.notice_id = w.notice_id)',
  )
  let added = 0
  for (const r of rows) {
    try {
      const notice = ctx.notices.get(r.notice_id)
      const row = workflowRow(ctx.store, r.notice_id)
      const title = ctx.render(r.notice_id).text.title
      const publishUntil = exportPublishUntil(notice, row?.draft_envelope ?? null, localDay(new Date(r.exported_at))) ?? null
      ctx.store.transaction((tx) =>
        recordExport(tx, { noticeId: r.notice_id, title, bundleSha256: r.exported_sha256, exportedAt: r.exported_at, exportedBy: null, publishUntil }),
      )
      added++
    } catch (error) {
      ctx.warn?.('expiry.backfill_skipped', { reason: error instanceof Error ? error.name : 'unknown' })
    }
  }
  return added
}

/**
 * keys/signers.json: every key that signed either envelope (Ed25519, and SM2 where 国密 co-signing was on),
 * read from the envelopes themselves so the list always matches the signatures; `keys` are the trusted keys.
 */
export function signersOf(draftEnvelope: Uint8Array, approvalEnvelope: Uint8Array, keys: () => readonly TrustKey[]): SignerEntry[] {
  const keyids = (bytes: Uint8Array): string[] => {
    const parsed = parseEnvelope(bytes)
    return parsed.ok ? parsed.value.envelope.signatures.flatMap((s) => (s.keyid ? [s.keyid] : [])) : []
  }
  return [...keyids(draftEnvelope).map((k) => signerEntry(k, 'drafter', keys)), ...keyids(approvalEnvelope).map((k) => signerEntry(k, 'reviewer', keys))]
}

/** The signers.json entry of a trusted key. */
function signerEntry(keyid: string, role: SignerEntry['role'], keys: () => readonly TrustKey[]): SignerEntry {
  const key = keys().find((k) => k.keyid === keyid)
  if (!key) throw serviceError('conflict', 'workflow.keyNotTrusted', { keyid: keyid.slice(0, 16) })
  return { keyid: key.keyid, alg: key.alg, publicKey: key.publicKey, personId: key.personId, name: key.name, role }
}

function refuse(why: RefusalCode): never {
  throw refusalError('conflict', why)
}
