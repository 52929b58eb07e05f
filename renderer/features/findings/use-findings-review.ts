import { useCallback, useMemo, useRef, useState, type RefObject } from 'react'
import { rebaseSpans } from '../../../shared/findings/rebase'
import { reviewFindings, summarise, type ReviewSummary } from '../../../shared/findings/resolution'
import type { NoticeFields } from '../../../shared/notice/notice'
import { policyForNoticeType, proposeAction, type Policy } from '../../../shared/policy/index'
import type { Mark } from './layer-lines'
import type { PanelAction, Reviewed } from './review-types'
import { markStateOf, severityOf } from './tone'
import { useDecisions, type Decisions } from './use-decisions'
import { useScanner, type ScanState } from './use-scanner'

export type FindingsReview = {
  scan: ScanState
  decisions: Decisions
  policy: Policy
  /** The newest scan joined with decisions and proposals, in text order. */
  reviewed: readonly Reviewed[]
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

/** Everything the editor needs for live findings: scan, decisions, policy, highlights and selection. */
export function useFindingsReview(noticeId: string, fields: NoticeFields): FindingsReview {
  const scan = useScanner(noticeId, fields.body)
  const decisions = useDecisions(noticeId)
  const policy = useMemo(() => policyForNoticeType(fields.noticeType), [fields.noticeType])
  const [selectedKey, setSelectedKey] = useState<string | undefined>()
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const layerRef = useRef<HTMLDivElement>(null)

  const reviewed = useMemo(() => reviewFindings(scan.findings, decisions.byKey, (finding) => proposeAction(policy, finding)), [scan.findings, decisions.byKey, policy])
  const summary = useMemo(() => summarise(reviewed), [reviewed])
  const scannedMarks = useMemo(
    () => reviewed.map(({ finding, resolution }): Mark => ({ key: finding.key, start: finding.start, end: finding.end, severity: severityOf(finding.type), state: markStateOf(resolution) })),
    [reviewed],
  )
  const marks = useMemo(() => rebaseSpans(scannedMarks, scan.scannedText, fields.body), [scannedMarks, scan.scannedText, fields.body])
  const marksRef = useRef(marks)
  marksRef.current = marks

  const select = useCallback((key: string) => {
    setSelectedKey(key)
    const mark = marksRef.current.find((candidate) => candidate.key === key)
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

  return { scan, decisions, policy, reviewed, summary, marks, selectedKey, textareaRef, layerRef, select, caretAt, decide, undecide }
}
