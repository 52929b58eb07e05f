import { useEffect, useRef, useState } from 'react'
import type { KeyedFinding } from '../../../shared/findings/finding-key'
import type { ScanReply, ScanRequest } from '../../workers/scan-protocol'

/** Typing pauses shorter than this do not start a scan; highlights are rebased in between. */
export const scanDelayMs = 150

export type ScanState = {
  /** Findings of the newest finished scan, keyed, in text order. */
  findings: readonly KeyedFinding[]
  /** The text those findings index into (the body may have moved on since). */
  scannedText: string
  /** Scan time inside the worker, and post-to-reply time on this thread: for tests and benches only. */
  workerMs: number | undefined
  roundTripMs: number | undefined
  /** The first scan has answered. */
  ready: boolean
  failed: boolean
}

const initial: ScanState = { findings: [], scannedText: '', workerMs: undefined, roundTripMs: undefined, ready: false, failed: false }

/**
 * Scans `text` in a Web Worker: at once on open, then once typing pauses for `scanDelayMs`. Every request
 * carries a sequence number and only the reply to the newest one is used, so a slow answer about old
 * text never overwrites a newer one.
 */
export function useScanner(noticeId: string, text: string): ScanState {
  const [state, setState] = useState<ScanState>(initial)
  const worker = useRef<Worker | undefined>(undefined)
  const sent = useRef<{ seq: number; text: string; at: number } | undefined>(undefined)
  const seq = useRef(0)

  useEffect(() => {
    const scanner = new Worker(new URL('../../workers/scan-worker.ts', import.meta.url), { type: 'module', name: 'pii-scan' })
    scanner.onmessage = (event: MessageEvent<ScanReply>) => {
      const request = sent.current
      const reply = event.data
      if (!request || reply.seq !== request.seq) return
      if (!reply.ok) {
        setState((previous) => ({ ...previous, failed: true }))
        return
      }
      const roundTripMs = performance.now() - request.at
      setState({ findings: reply.findings, scannedText: request.text, workerMs: reply.ms, roundTripMs, ready: true, failed: false })
    }
    scanner.onerror = (event) => {
      event.preventDefault()
      setState((previous) => ({ ...previous, failed: true }))
    }
    worker.current = scanner
    return () => {
      scanner.terminate()
      worker.current = undefined
    }
  }, [])

  useEffect(() => {
    const post = () => {
      const scanner = worker.current
      if (!scanner) return
      seq.current += 1
      sent.current = { seq: seq.current, text, at: performance.now() }
      const request: ScanRequest = { seq: seq.current, noticeId, text }
      scanner.postMessage(request)
    }
    if (seq.current === 0) {
      post()
      return undefined
    }
    const timer = window.setTimeout(post, scanDelayMs)
    return () => window.clearTimeout(timer)
  }, [noticeId, text])

  return state
}
