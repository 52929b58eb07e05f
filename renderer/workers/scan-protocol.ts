import type { KeyedFinding } from '../../shared/findings/finding-key'

/** One request to the scan worker. `seq` grows with every request, so replies to stale text can be dropped. */
export type ScanRequest = { seq: number; noticeId: string; text: string }

/**
 * The worker's answer. `ms` is how long scanning and keying took inside the worker: never shown to the
 * officer, exposed for the e2e budget check and benches.
 */
export type ScanReply = { seq: number; ok: true; findings: KeyedFinding[]; ms: number; length: number } | { seq: number; ok: false }
