import { keySalt } from '../../shared/findings/field-salt'
import { keyFindings } from '../../shared/findings/finding-key'
import { scan } from '../../shared/pii/index'
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
let latest: ScanRequest | undefined
let scheduled = false

function run(): void {
  scheduled = false
  const request = latest
  latest = undefined
  if (!request) return
  try {
    const started = performance.now()
    const findings = keyFindings(keySalt(request.noticeId, 'body'), scan(request.text), hashes)
    const ms = performance.now() - started
    // the same salts as the service's review, so a decision made here is the one it finds at submit
    const headerFindings = request.headers.map(({ field, text }) => ({ field, findings: text ? keyFindings(keySalt(request.noticeId, field), scan(text), hashes) : [] }))
    if (hashes.size > 50_000) hashes.clear()
    scope.postMessage({ seq: request.seq, ok: true, findings, headerFindings, ms, length: request.text.length })
  } catch {
    // The error text could quote the document: report only that this scan failed.
    scope.postMessage({ seq: request.seq, ok: false })
  }
}

scope.onmessage = (event) => {
  latest = event.data
  if (!scheduled) {
    scheduled = true
    setTimeout(run, 0)
  }
}
