import type { KeyedFinding } from '../../shared/findings/finding-key'
import type { FindingsDelta } from './findings-delta'

/** 标题, 文号 and 发布单位: scanned too (the service checks them at submit), each keyed with its own salt. */
export type HeaderField = 'title' | 'docNumber' | 'issuer'
export type HeaderText = { field: HeaderField; text: string }
export type HeaderFindings = { field: HeaderField; findings: KeyedFinding[] }

/** One request to the scan worker. `seq` grows with every request, so replies to stale text can be dropped. */
export type ScanRequest = { seq: number; noticeId: string; text: string; headers: HeaderText[] }

/**
 * The worker's answer. `body` is the body's findings as a change to those of the worker's previous ok reply
 * (findings-delta.ts): the page applies every ok reply in order, stale ones too, so both sides hold the same
 * list; after a failed reply the next one is whole (`keep` and `tail` 0). `ms` is how long scanning and keying
 * took inside the worker: never shown to the officer, exposed for the e2e budget check and benches. `exact`
 * false: only the edited row of a long table was scanned again (row-rescan.ts); a reply with the same `seq`
 * and the whole scan follows unless newer text was sent meanwhile.
 */
export type ScanReply = { seq: number; ok: true; body: FindingsDelta; headerFindings: HeaderFindings[]; ms: number; length: number; exact: boolean } | { seq: number; ok: false }
