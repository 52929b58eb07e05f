import { useEffect, useRef, useState } from 'react'
import type { KeyedFinding } from '../../../shared/findings/finding-key'
import { applyDelta } from '../../workers/findings-delta'
import type { HeaderFindings, HeaderText, ScanReply, ScanRequest } from '../../workers/scan-protocol'

export type ScanState = {
  /** Findings of the newest finished scan, keyed, in text order. */
  findings: readonly KeyedFinding[]
  /** The text those findings index into (the body may have moved on since). */
  scannedText: string
  /** Findings in 标题, 文号 and 发布单位, each indexing into its own field. */
  headerFindings: readonly HeaderFindings[]
  /** Scan time inside the worker, and post-to-reply time on this thread: for tests and benches only. */
  workerMs: number | undefined
  roundTripMs: number | undefined
  /** The first scan has answered. */
  ready: boolean
  /**
   * The findings come from a whole scan of `scannedText`. False while only the edited row of a long table has
   * been scanned again (the worker's first answer to a keystroke in a grid cell); the whole scan follows.
   */
  exact: boolean
  failed: boolean
}

const initial: ScanState = { findings: [], headerFindings: [], scannedText: '', workerMs: undefined, roundTripMs: undefined, ready: false, exact: false, failed: false }

/**
 * Scans `text` in a Web Worker with at most one scan in flight: a keystroke while the worker is idle is
 * scanned at once; keystrokes during a scan are coalesced, and the newest text is scanned as soon as that
 * scan answers. So highlights follow typing within about two scan times (a 50-page notice scans in ~10 ms),
 * the worker never works through a queue of stale texts, and every reply carries its sequence number so
 * an answer about old text never overwrites a newer one. Highlights are rebased over edits in between.
 */
export function useScanner(noticeId: string, text: string, headers: readonly HeaderText[] = []): ScanState {
  const [state, setState] = useState<ScanState>(initial)
  const worker = useRef<Worker | undefined>(undefined)
  const sent = useRef<{ seq: number; noticeId: string; text: string; headerKey: string; at: number } | undefined>(undefined)
  const inFlight = useRef(false)
  const headerKey = headers.map((h) => `${h.field}\u0000${h.text}`).join('\u0001')
  const latest = useRef({ noticeId, text, headers, headerKey })
  const seq = useRef(0)

  const post = (): void => {
    const scanner = worker.current
    if (!scanner) return
    const { noticeId: id, text: body, headers: fields, headerKey: key } = latest.current
    seq.current += 1
    sent.current = { seq: seq.current, noticeId: id, text: body, headerKey: key, at: performance.now() }
    inFlight.current = true
    const request: ScanRequest = { seq: seq.current, noticeId: id, text: body, headers: [...fields] }
    scanner.postMessage(request)
  }

  useEffect(() => {
    const scanner = new Worker(new URL('../../workers/scan-worker.ts', import.meta.url), { type: 'module', name: 'pii-scan' })
    // the body's findings as of the worker's last ok reply: each reply is a change to them
    let held: KeyedFinding[] = []
    scanner.onmessage = (event: MessageEvent<ScanReply>) => {
      const request = sent.current
      const reply = event.data
      if (reply.ok) held = applyDelta(held, reply.body)
      if (!request || reply.seq !== request.seq) return
      inFlight.current = false
      if (!reply.ok) setState((previous) => ({ ...previous, failed: true }))
      else {
        const roundTripMs = performance.now() - request.at
        setState({ findings: held, headerFindings: reply.headerFindings, scannedText: request.text, workerMs: reply.ms, roundTripMs, ready: true, exact: reply.exact, failed: false })
      }
      // Typing went on during the scan: scan the newest text now. (After a row-only answer the worker is about
      // to scan the whole text; newer text sent now goes first, its row again, and the whole scan waits.)
      if (latest.current.text !== request.text || latest.current.noticeId !== request.noticeId || latest.current.headerKey !== request.headerKey) post()
    }
    scanner.onerror = (event) => {
      event.preventDefault()
      inFlight.current = false
      setState((previous) => ({ ...previous, failed: true }))
    }
    worker.current = scanner
    post()
    return () => {
      scanner.terminate()
      worker.current = undefined
    }
  }, [])

  useEffect(() => {
    latest.current = { noticeId, text, headers, headerKey }
    if (!inFlight.current) post()
    // headerKey stands for the headers' contents: a new array with the same texts is no change
  }, [noticeId, text, headerKey])

  return state
}
