import { keySalt } from '../../shared/findings/field-salt'
import { keyFindings, type KeyedFinding } from '../../shared/findings/finding-key'
import { scan } from '../../shared/pii/index'
import { findingsDelta } from './findings-delta'
import { rowRescan } from './row-rescan'
import type { ScanReply, ScanRequest } from './scan-protocol'

// The editor's personal-information scan, off the UI thread so typing never waits for it.
// Only the newest queued request is scanned: older ones are stale by the time the worker is free.

type WorkerScope = {
  onmessage: ((event: MessageEvent<ScanRequest>) => void) | null
  postMessage(message: ScanReply): void
}

const scope = self as unknown as WorkerScope
// Values repeat from one keystroke to the next; hashing each once keeps re-scans cheap.
const hashes = new Map<string, string>()
// The body's findings and length as the page holds them after the last ok reply (replies are deltas to them).
let sent: { findings: KeyedFinding[]; length: number } = { findings: [], length: 0 }
// The last body scanned, so typing in 标题, 文号 or 发布单位 does not scan an unchanged 正文 again. Its day
// is part of it: a date of birth is judged against today.
let lastBody: { salt: string; day: string; text: string; findings: KeyedFinding[]; exact: boolean } | undefined
let latest: ScanRequest | undefined
// A request answered from its edited row only (row-rescan.ts): scanned whole once typing pauses for
// WHOLE_SCAN_PAUSE_MS, unless newer text comes first. (Scanning it whole at once would hold the worker for
// the next keystroke's row.)
let approximate: ScanRequest | undefined
let wholeScanTimer: ReturnType<typeof setTimeout> | undefined
const WHOLE_SCAN_PAUSE_MS = 400
let scheduled = false

function reply(request: ScanRequest, findings: KeyedFinding[], ms: number, exact: boolean): void {
  // the same salts as the service's review, so a decision made here is the one it finds at submit
  const headerFindings = request.headers.map(({ field, text }) => ({ field, findings: text ? keyFindings(keySalt(request.noticeId, field), scan(text), hashes) : [] }))
  if (hashes.size > 50_000) hashes.clear()
  const body = findingsDelta(sent.findings, findings, request.text.length - sent.length)
  sent = { findings, length: request.text.length }
  scope.postMessage({ seq: request.seq, ok: true, body, headerFindings, ms, length: request.text.length, exact })
}

function failed(request: ScanRequest): void {
  // the page keeps its list; the next reply is whole, so nothing depends on what it holds
  sent = { findings: [], length: 0 }
  lastBody = undefined
  // The error text could quote the document: report only that this scan failed.
  scope.postMessage({ seq: request.seq, ok: false })
}

function run(): void {
  scheduled = false
  const request = latest
  latest = undefined
  if (!request) return
  try {
    const started = performance.now()
    const salt = keySalt(request.noticeId, 'body')
    const day = new Date().toDateString()
    const previous = lastBody?.salt === salt && lastBody.day === day ? lastBody : undefined
    if (previous?.exact && previous.text === request.text) {
      reply(request, previous.findings, performance.now() - started, true)
      return
    }
    // a keystroke in one row of a long table: that row now, the whole text once typing pauses
    const findings = previous ? rowRescan(previous, request.text, scan, salt, hashes) : undefined
    if (findings) {
      lastBody = { salt, day, text: request.text, findings, exact: false }
      reply(request, findings, performance.now() - started, false)
      approximate = request
      wholeScanTimer = setTimeout(scanWhole, WHOLE_SCAN_PAUSE_MS)
      return
    }
    scanWholeNow(request, started, salt, day)
  } catch {
    failed(request)
  }
}

function scanWholeNow(request: ScanRequest, started: number, salt: string, day: string): void {
  const findings = keyFindings(salt, scan(request.text), hashes)
  lastBody = { salt, day, text: request.text, findings, exact: true }
  reply(request, findings, performance.now() - started, true)
}

function scanWhole(): void {
  wholeScanTimer = undefined
  const request = approximate
  approximate = undefined
  if (!request || latest) return
  try {
    scanWholeNow(request, performance.now(), keySalt(request.noticeId, 'body'), new Date().toDateString())
  } catch {
    failed(request)
  }
}

scope.onmessage = (event) => {
  latest = event.data
  if (wholeScanTimer !== undefined) clearTimeout(wholeScanTimer)
  wholeScanTimer = undefined
  approximate = undefined
  if (!scheduled) {
    scheduled = true
    setTimeout(run, 0)
  }
}
