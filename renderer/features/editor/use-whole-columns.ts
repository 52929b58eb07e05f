import { useMemo } from 'react'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import type { Reviewed } from '../findings/review-types'
import { previewModel, withoutRemovedColumns } from '../findings/preview-model'
import { manualItems, type PlacedManual } from '../findings/use-manual-findings'

/** How long typing must pause before the whole-column proposals are worked out again. */
const SETTLE_MS = 300

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
    try {
      const inBody = laterReviewed.filter((item) => !item.field)
      return withoutRemovedColumns(previewModel(laterBody, inBody, manualItems(laterPlaced, 'body'))).droppedColumns ?? []
    } catch {
      return []
    }
  }, [laterBody, laterScanned, laterReviewed, laterPlaced])
}
