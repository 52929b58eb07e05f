import type { RemoteReview } from '../../../shared/api/contract-workflow'
import { serviceError } from '../../../shared/api/result'
import type { Store } from '../store/index'

/** An imported review request as stored on the reviewer's machine (remote_reviews), with its decision file once made. */
export type RemoteRow = {
  id: string
  request_sha256: string
  notice_id: string
  revision: number
  title: string
  office: string
  drafter_name: string
  request: Uint8Array
  state: 'pending' | 'approved' | 'rejected'
  decision_file: Uint8Array | null
  reviewer_id: string | null
  imported_at: string
  decided_at: string | null
}

export function remoteRows(store: Store): RemoteRow[] {
  return store.all<RemoteRow>('SELECT * FROM remote_reviews ORDER BY imported_at DESC')
}

export function remoteRow(store: Store, id: string): RemoteRow {
  const row = store.get<RemoteRow>('SELECT * FROM remote_reviews WHERE id = ?', [id])
  if (!row) throw serviceError('not_found', 'remote.notFound')
  return row
}

export function toRemote(row: RemoteRow): RemoteReview {
  return {
    id: row.id,
    noticeId: row.notice_id,
    revision: row.revision,
    title: row.title,
    office: row.office,
    drafter: row.drafter_name,
    state: row.state,
    importedAt: row.imported_at,
    decidedAt: row.decided_at,
  }
}
