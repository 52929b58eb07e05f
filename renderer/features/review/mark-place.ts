/**
 * 标出漏检位置 — where in the published text the reviewer selected a value the checks missed, quoted so
 * the drafter can find it: the offsets and a masked excerpt (first character kept, letters and digits
 * hidden), so the reason written back does not itself publish the value.
 */
export type MarkedPlace = { start: number; end: number; excerpt: string }

/** The first character as written, then every letter or digit hidden; long selections shortened. */
export function maskedExcerpt(text: string, max = 24): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat.length > max ? flat.slice(0, max) : flat)
  const masked = chars.map((ch, i) => (i === 0 ? ch : /[\p{L}\p{N}]/u.test(ch) ? '*' : ch)).join('')
  return flat.length > max ? `${masked}…` : masked
}

/** The selection inside `container`, as offsets into its text; undefined when nothing there is selected. */
export function selectedPlace(container: Element | null, selection: Selection | null): MarkedPlace | undefined {
  if (!container || !selection || selection.rangeCount === 0) return undefined
  const range = selection.getRangeAt(0)
  if (range.collapsed || !container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined
  const before = document.createRange()
  before.setStart(container, 0)
  before.setEnd(range.startContainer, range.startOffset)
  const text = range.toString()
  if (text.trim() === '') return undefined
  const start = before.toString().length
  return { start, end: start + text.length, excerpt: maskedExcerpt(text) }
}
