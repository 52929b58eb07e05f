import { isMarker } from '../../../shared/findings/resolution'
import { maskValue, REMOVED_TEXT } from '../../../shared/redact/index'
import type { Reviewed } from './review-types'

/**
 * What a finding becomes in the published text with today's decision or proposal: its mask (【已隐去】 for
 * health data), 【已删除】, or the value as written when kept. A marker has no published form: it must
 * leave the text. Shown on the card beside the value itself.
 */
export function publishedValue({ finding, proposal, resolution }: Reviewed): string | undefined {
  if (isMarker(finding.type)) return undefined
  switch (resolution.publish) {
    case 'mask':
      return maskValue(finding.type, finding.text, proposal.mask).replace(/\s+/g, ' ')
    case 'remove':
      return REMOVED_TEXT
    case 'keep':
      return finding.text.replace(/\s+/g, ' ')
  }
}

/** The value as the card names it: as written, whitespace folded, a very long one shortened. */
export function shownValue(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}
