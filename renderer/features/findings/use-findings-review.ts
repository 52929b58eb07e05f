import { useCallback, useMemo, useRef, useState, type RefObject } from 'react'
import { rebaseSpans } from '../../../shared/findings/rebase'
import { reviewFindings, summarise, type ReviewSummary } from '../../../shared/findings/resolution'
import type { NoticeFields } from '../../../shared/notice/notice'
import { noticePolicy, proposeAction, type Policy } from '../../../shared/policy/index'
import type { Mark } from './layer-lines'
import type { PanelAction, Reviewed } from './review-types'
import { markStateOf, severityOf } from './tone'
import { useDecisions, type Decisions } from './use-decisions'
import { useScanner, type ScanState } from './use-scanner'
import type { HeaderText } from '../../workers/scan-protocol'

export type FindingsReview = {
  scan: ScanState
  decisions: Decisions
  policy: Policy
  /** The newest scan of 正文 joined with decisions and proposals, in text order (what the preview masks). */
  reviewed: readonly Reviewed[]
  /** The findings of 标题, 文号 and 发布单位 (tagged with their field), then 正文's: what the panel lists. */
  allReviewed: readonly Reviewed[]
  /** Of every published field, as the service counts at submit. */
  summary: ReviewSummary
  /** Highlights moved onto the current body (the scan may be of slightly older text). */
  marks: readonly Mark[]
  selectedKey: string | undefined
  textareaRef: RefObject<HTMLTextAreaElement | null>
  layerRef: RefObject<HTMLDivElement | null>
  select: (key: string) => void
  /** The caret moved in 正文: the finding under it becomes the selected one. */
  caretAt: (position: number) => void
  decide: (item: Reviewed, action: PanelAction, reason?: string) => Promise<void>
  undecide: (item: Reviewed) => Promise<void>
}

/** The editor's inputs of the header fields (notice-fields.tsx). */
const headerInputIds = { title: 'notice-title', docNumber: 'notice-doc-number', issuer: 'notice-issuer' } as const

/**
 * Everything the editor needs for live findings: scan, decisions, policy, highlights and selection.
 * `storedPolicy` is the policy stored with the notice (the workflow view's): with the type it picks the
 * policy exactly as the services do (shared/policy noticePolicy), so proposals and preview match submit.
 */
export function useFindingsReview(noticeId: string, fields: NoticeFields, storedPolicy: string | null | undefined): FindingsReview {
  const headers = useMemo(
    (): HeaderText[] => [
      { field: 'title', text: fields.title },
      { field: 'docNumber', text: fields.docNumber },
      { field: 'issuer', text: fields.issuer },
    ],
    [fields.title, fields.docNumber, fields.issuer],
  )
  const scan = useScanner(noticeId, fields.body, headers)
  const decisions = useDecisions(noticeId)
  const policy = useMemo(() => noticePolicy(storedPolicy, fields.noticeType), [storedPolicy, fields.noticeType])
  const [selectedKey, setSelectedKey] = useState<string | undefined>()
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const layerRef = useRef<HTMLDivElement>(null)

  const reviewed = useMemo(() => reviewFindings(scan.findings, decisions.byKey, (finding) => proposeAction(policy, finding)), [scan.findings, decisions.byKey, policy])
  const headerReviewed = useMemo(
    () =>
      scan.headerFindings.flatMap(({ field, findings }) =>
        reviewFindings(findings, decisions.byKey, (finding) => proposeAction(policy, finding)).map((item): Reviewed => ({ ...item, field })),
      ),
    [scan.headerFindings, decisions.byKey, policy],
  )
  const allReviewed = useMemo(() => (headerReviewed.length ? [...headerReviewed, ...reviewed] : reviewed), [headerReviewed, reviewed])
  const summary = useMemo(() => summarise(allReviewed), [allReviewed])
  const scannedMarks = useMemo(
    () => reviewed.map(({ finding, resolution }): Mark => ({ key: finding.key, start: finding.start, end: finding.end, severity: severityOf(finding.type), state: markStateOf(resolution) })),
    [reviewed],
  )
  const marks = useMemo(() => rebaseSpans(scannedMarks, scan.scannedText, fields.body), [scannedMarks, scan.scannedText, fields.body])
  const marksRef = useRef(marks)
  marksRef.current = marks
  const headerRef = useRef(headerReviewed)
  headerRef.current = headerReviewed

  const select = useCallback((key: string) => {
    setSelectedKey(key)
    const mark = marksRef.current.find((candidate) => candidate.key === key)
    const header = mark ? undefined : headerRef.current.find((item) => item.finding.key === key)
    if (header?.field) {
      // a finding in 标题/文号/发布单位: select it in its own input
      const input = document.getElementById(headerInputIds[header.field])
      if (input instanceof HTMLInputElement) {
        input.focus()
        input.setSelectionRange(header.finding.start, header.finding.end)
      }
      return
    }
    const textarea = textareaRef.current
    if (!mark || !textarea) return
    textarea.focus({ preventScroll: true })
    textarea.setSelectionRange(mark.start, mark.end)
    // The textarea never scrolls itself (it grows with its text): bring the mark into the editor's view.
    const element = layerRef.current?.querySelector(`mark[data-key="${CSS.escape(key)}"]`)
    element?.scrollIntoView({ block: 'center' })
  }, [])

  const caretAt = useCallback((position: number) => {
    // Inside a value first; a caret just after one (end of a word) counts for it too.
    const marks = marksRef.current
    const mark = marks.find((candidate) => candidate.start <= position && position < candidate.end) ?? marks.find((candidate) => candidate.end === position)
    if (mark) setSelectedKey(mark.key)
  }, [])

  const { decide: store, undecide: withdraw } = decisions
  const decide = useCallback(
    (item: Reviewed, action: PanelAction, reason?: string) => store({ key: item.finding.key, type: item.finding.type, action, ...(reason === undefined ? {} : { reason }) }),
    [store],
  )
  const undecide = useCallback((item: Reviewed) => withdraw(item.finding.key), [withdraw])

  return { scan, decisions, policy, reviewed, allReviewed, summary, marks, selectedKey, textareaRef, layerRef, select, caretAt, decide, undecide }
}
