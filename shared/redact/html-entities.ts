/**
 * HTML character references: numeric ones in full, named ones that notices actually use. An unknown
 * name stays as written (browsers do the same for names outside their table).
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  shy: '\u00ad', zwsp: '\u200b', zwnj: '\u200c', zwj: '\u200d', middot: '\u00b7', bull: '\u2022', hellip: '\u2026',
  mdash: '\u2014', ndash: '\u2013', minus: '\u2212', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', times: '\u00d7', divide: '\u00f7',
  yen: '\u00a5', deg: '\u00b0', plusmn: '\u00b1', sect: '\u00a7', para: '\u00b6', permil: '\u2030', star: '\u2606',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', le: '\u2264', ge: '\u2265', ne: '\u2260',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3', iexcl: '\u00a1',
}

const REF = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/y

/** The character reference starting at `pos` (which holds '&'): its text and where it ends, or null. */
export function entityAt(html: string, pos: number): { text: string; end: number } | null {
  REF.lastIndex = pos
  const m = REF.exec(html)
  if (!m) return null
  if (m[3] !== undefined) {
    const text = NAMED[m[3]]
    // a named reference needs its ';' except for the legacy few; keep it simple and require a known name
    return text === undefined ? null : { text, end: pos + m[0].length }
  }
  const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2])
  const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)
  return { text: valid ? String.fromCodePoint(cp) : '\ufffd', end: pos + m[0].length }
}

/** Escapes text for a text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
