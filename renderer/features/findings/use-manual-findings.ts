import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Request } from '../../../shared/api/contract'
import { locateAnchor, manualEntityType, type ManualField, type ManualFinding } from '../../../shared/findings/manual'
import type { NoticeFields } from '../../../shared/notice/notice'
import { maskValue, REMOVED_TEXT, type RedactionItem } from '../../../shared/redact/index'
import { call } from '../../lib/api'

/** A 人工标记 and where its value is in the field as typed now (undefined: the value is gone). */
export type PlacedManual = { manual: ManualFinding; field: ManualField; span: { start: number; end: number } | undefined; result: string }

export type ManualFindings = {
  placed: readonly PlacedManual[]
  mark: (request: Omit<Request<'notice.markManual'>, 'id'>) => Promise<void>
  unmark: (manualId: string) => Promise<void>
}

/** What a 人工标记 is published as: its kind's mask (其他: every character hidden) or 【已删除】. */
export function manualResult(manual: ManualFinding): string {
  if (manual.action === 'remove') return REMOVED_TEXT
  const type = manualEntityType(manual.kind, manual.anchor.text)
  return type === 'OTHER' ? manual.anchor.text.replace(/[\p{L}\p{N}]/gu, '*') : maskValue(type, manual.anchor.text)
}

/** The redaction items of the marks placed in one field, for the preview (the services render the same). */
export function manualItems(placed: readonly PlacedManual[], field: ManualField): { key: string; item: RedactionItem }[] {
  return placed.flatMap(({ manual, span, field: at }) => {
    if (!span || at !== field) return []
    const text = manual.anchor.text
    const item: RedactionItem = { finding: { type: manualEntityType(manual.kind, text), start: span.start, end: span.end, text, confidence: 1, rule: 'manual', reasons: [] }, action: manual.action }
    return [{ key: `manual-${manual.id}`, item }]
  })
}

/** The drafter's 人工标记 of one notice, re-anchored on the text as it is typed. */
export function useManualFindings(noticeId: string, fields: NoticeFields): ManualFindings {
  const [list, setList] = useState<readonly ManualFinding[]>([])
  useEffect(() => {
    let current = true
    call('notice.manualFindings', { id: noticeId })
      .then((found) => {
        if (current) setList(found)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [noticeId])

  // Re-anchored on every keystroke (cheap: a search per mark), but a new list only when a mark moved or
  // lapsed, so the memoised panel and preview do not re-render for typing elsewhere.
  const spans = list.map((manual) => locateAnchor(manual.anchor, fields[manual.anchor.field]))
  const signature = spans.map((span) => (span ? `${span.start}-${span.end}` : 'x')).join(',')
  const placed = useMemo(
    () => list.map((manual, i): PlacedManual => ({ manual, field: manual.anchor.field, span: spans[i], result: manualResult(manual) })),
    // `signature` stands for the spans' contents
    [list, signature],
  )
  const mark = useCallback(
    async (request: Omit<Request<'notice.markManual'>, 'id'>) => {
      const stored = await call('notice.markManual', { id: noticeId, ...request })
      setList((previous) => [...previous, stored])
    },
    [noticeId],
  )
  const unmark = useCallback(
    async (manualId: string) => {
      await call('notice.unmarkManual', { id: noticeId, manualId })
      setList((previous) => previous.filter((m) => m.id !== manualId))
    },
    [noticeId],
  )
  return { placed, mark, unmark }
}
