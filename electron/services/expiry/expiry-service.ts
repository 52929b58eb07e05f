import { hasRole } from '../../../shared/accounts/index'
import { serviceError } from '../../../shared/api/result'
import { bundlePaths } from '../../../shared/bundle/layout'
import { readDraftEnvelope } from '../../../shared/bundle/verify-envelope'
import type { Notice } from '../../../shared/notice/notice'
import { daysBetween, localDay, publishUntilOf } from '../../../shared/sweep/publicity'
import type { AuditService } from '../audit/index'
import { signedIn, type Access, type Acting } from '../common/access'
import type { Store, Tx } from '../store/index'

/** A bundle whose 公示期 is over or about to be: what the 到期撤稿 view and `notice expiring` list. */
export type ExpiringBundle = {
  noticeId: string
  /** the title as published (redacted): the list never shows an unmasked value */
  title: string
  /** 公示期 end, YYYY-MM-DD */
  publishUntil: string
  /** whole days from today to the end: 0 on the last day, negative once it has passed (逾期) */
  daysLeft: number
  exportedAt: string
  exportedBy: string | null
  bundleSha256: string
}

/** One export as recorded (migration 9). */
export type ExportRecord = {
  noticeId: string
  title: string
  bundleSha256: string
  exportedAt: string
  exportedBy: string | null
  publishUntil: string | null
}

type Row = {
  notice_id: string
  title: string
  bundle_sha256: string
  exported_at: string
  exported_by: string | null
  publish_until: string | null
  taken_down_at: string | null
  taken_down_by: string | null
}

/** How many days before its end a bundle is listed (ended, or ending within this many days). */
export const expiryWindowDays = 3

/**
 * publishUntil of a notice at export: the one its drafter signed (the draft envelope's), else the 公示期 field,
 * else the period its text states (publishUntilOf; a relative one with no date to count from counts from the
 * export day).
 */
export function exportPublishUntil(notice: Notice, draftEnvelope: Uint8Array | null, exportedOn: string): string | undefined {
  if (draftEnvelope) {
    const signed = readDraftEnvelope(new Map([[bundlePaths.draftEnvelope, draftEnvelope]])).predicate?.publishUntil
    if (signed) return signed.slice(0, 10)
  }
  return publishUntilOf(notice, exportedOn)
}

/**
 * Records an export inside the exporting transaction. Exporting the same notice again (the same bytes) keeps
 * the first export's time and an 已撤下 already recorded.
 */
export function recordExport(tx: Tx, record: ExportRecord): void {
  tx.run(
    `INSERT INTO bundle_exports (notice_id, title, bundle_sha256, exported_at, exported_by, publish_until) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (notice_id) DO UPDATE SET title = excluded.title, bundle_sha256 = excluded.bundle_sha256, publish_until = excluded.publish_until`,
    [record.noticeId, record.title, record.bundleSha256, record.exportedAt, record.exportedBy, record.publishUntil],
  )
}

export type ExpiryDeps = {
  store: Store
  /** who may see the reminders: anyone signed in once the office has accounts (common/access) */
  access?: Pick<Access, 'reader'>
  audit: AuditService
  now: () => Date
}

/**
 * 到期撤稿 — reminds the office to take a list down when its 公示期 ends: the exported bundles whose 公示期 has
 * ended or ends within three days, until someone records 已撤下 (audited; drafters and administrators only).
 */
export class ExpiryService {
  constructor(private readonly deps: ExpiryDeps) {}

  /** Today as the office's clock says, YYYY-MM-DD. */
  today(): string {
    return localDay(this.deps.now())
  }

  /** Bundles not yet taken down whose 公示期 ended or ends within `expiryWindowDays`, the most overdue first. */
  expiring(by?: Acting): { today: string; items: ExpiringBundle[] } {
    this.deps.access?.reader(by)
    const today = this.today()
    const until = new Date(`${today}T00:00:00Z`)
    until.setUTCDate(until.getUTCDate() + expiryWindowDays)
    const rows = this.deps.store.all<Row>(
      'SELECT * FROM bundle_exports WHERE taken_down_at IS NULL AND publish_until IS NOT NULL AND publish_until <= ? ORDER BY publish_until, exported_at, notice_id',
      [until.toISOString().slice(0, 10)],
    )
    return { today, items: rows.map((row) => item(row, today)) }
  }

  /** The export recorded for a notice, if any (taken down or not). */
  record(noticeId: string): (ExportRecord & { takenDownAt: string | null; takenDownBy: string | null }) | undefined {
    const row = this.deps.store.get<Row>('SELECT * FROM bundle_exports WHERE notice_id = ?', [noticeId])
    if (!row) return undefined
    return {
      noticeId: row.notice_id,
      title: row.title,
      bundleSha256: row.bundle_sha256,
      exportedAt: row.exported_at,
      exportedBy: row.exported_by,
      publishUntil: row.publish_until,
      takenDownAt: row.taken_down_at,
      takenDownBy: row.taken_down_by,
    }
  }

  /**
   * 已撤下 — the notice's bundle has been taken off the website. Only a drafter or an administrator records it;
   * refused for a notice never exported here, and for one already recorded.
   */
  takeDown(noticeId: string, by: Acting): { noticeId: string; takenDownAt: string } {
    const account = signedIn(by)
    if (!hasRole(account, 'drafter') && !hasRole(account, 'admin')) {
      throw serviceError('forbidden', 'expiry.notAllowed', { login: account.login })
    }
    const at = this.deps.now().toISOString()
    this.deps.store.transaction((tx) => {
      const row = tx.get<Row>('SELECT * FROM bundle_exports WHERE notice_id = ?', [noticeId])
      if (!row) throw serviceError('not_found', 'expiry.notExported')
      if (row.taken_down_at) throw serviceError('conflict', 'expiry.alreadyTakenDown', { date: row.taken_down_at.slice(0, 10) })
      tx.run('UPDATE bundle_exports SET taken_down_at = ?, taken_down_by = ? WHERE notice_id = ?', [at, account.login, noticeId])
      this.deps.audit.append(tx, 'notice.taken_down', account.login, noticeId, {
        bundleSha256: row.bundle_sha256,
        publishUntil: row.publish_until,
        daysLeft: row.publish_until ? daysBetween(this.today(), row.publish_until) : null,
      })
    })
    return { noticeId, takenDownAt: at }
  }
}

function item(row: Row, today: string): ExpiringBundle {
  const publishUntil = row.publish_until ?? today
  return {
    noticeId: row.notice_id,
    title: row.title,
    publishUntil,
    daysLeft: daysBetween(today, publishUntil),
    exportedAt: row.exported_at,
    exportedBy: row.exported_by,
    bundleSha256: row.bundle_sha256,
  }
}
