import type { Page } from '@playwright/test'

/**
 * Latin tokens an officer meets in the zh-CN UI on purpose: standards, file formats, keys, the product's
 * own name. Everything else in Latin letters is either data (login names, file names, fingerprints —
 * shown in monospace, inside inputs or as hex, which the check skips) or an untranslated string.
 */
const allowedLatin = new Set([
  'Countersign',
  'SM2',
  'SM3',
  'Ed25519',
  'SHA',
  'KB',
  'MB',
  'ID',
  'CSV',
  'PDF',
  'HTML',
  'JSON',
  'ZIP',
  'Word',
  'WPS',
  'Excel',
  'Tab',
  'Shift',
  'Ctrl',
  'Enter',
])

/** Data, not words: file names and paths (trust.json, /tmp/…), and hex ids or fingerprints (0077f5ea, 2098 be9a …) holding a digit. */
const dataPatterns = [/[\w-]*[./][\w./-]+/g, /\b(?=[0-9a-f :-]*\d)[0-9a-f]{4,}(?:[ :-][0-9a-f]{4,})*\b/gi]

/**
 * The words in Latin letters in a piece of zh-CN UI text that are not on the allowed list: whole tokens
 * (SM2 and Ed25519 are one token each, not "SM" and "Ed"), two or more letters, data taken out first.
 */
export function unexpectedLatin(text: string): string[] {
  let rest = text
  for (const pattern of dataPatterns) rest = rest.replace(pattern, ' ')
  const tokens = rest.match(/[A-Za-z0-9]+/g) ?? []
  return tokens.filter((token) => /[A-Za-z].*[A-Za-z]/.test(token) && !allowedLatin.has(token) && !allowedLatin.has(token.toUpperCase()))
}

/**
 * Visible words in Latin letters in the zh-CN UI, outside data (inputs, code, monospace, the notice's own
 * text and grid) and outside text marked as another language (the "English" choice in 设置).
 */
export async function latinWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('input, textarea, select, code, kbd, [data-latin-ok], [role=grid], .paper, [aria-hidden=true]')) continue
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? ''
      if (lang !== '' && !lang.startsWith('zh')) continue
      const style = getComputedStyle(parent)
      if (style.fontFamily.toLowerCase().includes('mono') || parent.getClientRects().length === 0 || style.visibility === 'hidden') continue
      found.push(node.textContent ?? '')
    }
    return found
  })
  return [...new Set(texts.flatMap(unexpectedLatin))]
}

/**
 * Labels, buttons and headings whose text does not fit their box (cut off, or running past its edge),
 * and navigation items not wholly inside the window: their text, for the assertion message. Previews
 * that end in "…" on purpose are not among these.
 */
export async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = []
    const label = (element: Element) => (element.textContent ?? '').trim().slice(0, 40)
    for (const element of document.querySelectorAll<HTMLElement>('button, label, h1, h2, h3, th, h1 *, h2 *, h3 *, [role=status]')) {
      if (element.getClientRects().length === 0) continue
      if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) clipped.push(label(element))
    }
    for (const item of document.querySelectorAll<HTMLElement>('nav button')) {
      const box = item.getBoundingClientRect()
      if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5) clipped.push(`out of view: ${label(item)}`)
    }
    return clipped
  })
}

/** Waits until every finite animation on the page has finished (a spinner's endless one is left running). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))))
}
