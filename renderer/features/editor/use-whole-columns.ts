import { useMemo } from 'react'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import type { Reviewed } from '../findings/review-types'
import { previewModel, withoutRemovedColumns } from '../findings/preview-model'
import { manualItems, type PlacedManual } from '../findings/use-manual-findings'

/** How long typing must pause before the whole-column proposals are worked out again. */
const SETTLE_MS = 300

/**
 * Whether redacting the body could leave a column of 【已删除】 (shared/publish dropRemovedColumns). Only a removal
 * writes 【已删除】; a mask writes stars, 某, 【已隐去】 and the value's own characters, never 删. So without a
 * removal and without 删 in the body no cell can read 【已删除】, and the body need not be redacted to know it.
 */
export function mayRemoveColumns(body: string, reviewed: readonly Reviewed[], placed: readonly PlacedManual[]): boolean {
  if (body.includes('删')) return true
  if (placed.some((p) => p.field === 'body' && p.span && p.manual.action === 'remove')) return true
  return reviewed.some((item) => !item.field && item.resolution.publish === 'remove')
}

/**
 * 整列删除: the table columns the published notice leaves out (every value removed). Working them out redacts the
 * whole body, which on a long list costs more than a keystroke may: it is done once the scan has caught up and
 * typing has paused, never between a keystroke and its findings.
 */
export function useWholeColumns(body: string, scannedText: string | undefined, reviewed: readonly Reviewed[], placed: readonly PlacedManual[]) {
  const laterBody = useDebouncedValue(body, SETTLE_MS)
  const laterScanned = useDebouncedValue(scannedText, SETTLE_MS)
  const laterReviewed = useDebouncedValue(reviewed, SETTLE_MS)
  const laterPlaced = useDebouncedValue(placed, SETTLE_MS)
  return useMemo(() => {
    if (laterScanned !== laterBody || !laterBody.includes('\t')) return []
    if (!mayRemoveColumns(laterBody, laterReviewed, laterPlaced)) return []
    try {
      const inBody = laterReviewed.filter((item) => !item.field)
      return withoutRemovedColumns(previewModel(laterBody, inBody, manualItems(laterPlaced, 'body'))).droppedColumns ?? []
    } catch {
      return []
    }
  }, [laterBody, laterScanned, laterReviewed, laterPlaced])
}
