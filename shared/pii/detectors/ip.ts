/** IPv4 (octets 0-255) and IPv6 (RFC 4291 forms); outline numbers like 1.2.3.4 need an IP label. */
import { alnumRuns, emit, type ScanContext } from '../scan-context'
import { before, ctx as C } from '../context'
import { isValidIpv4, isValidIpv6 } from '../validators/ip'
import { matchAt, type Starts } from '../alnum-runs'
import { contextReason, withReason } from '../interned'
import { reason } from '../reasons'
import { scores } from '../data/scores'

const S = scores.ips

/** tried only at alnum-runs.ts's `numbers`: the look-behind wants no digit before, and 7+ characters of [0-9.] follow */
const V4 = /(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])/y

/** The number starts followed by 1-3 digits and a dot: the only ones a dotted quad can begin at. */
function dottedStarts(text: string, numbers: Starts): Starts {
  const at = new Int32Array(numbers.count)
  let count = 0
  for (let k = 0; k < numbers.count; k++) {
    const p = numbers.at[k]
    let i = p
    while (i < p + 3 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
    if (text.charCodeAt(i) === 46) at[count++] = p
  }
  return { at, count }
}

export function detectIps(ctx: ScanContext): void {
  const text = ctx.text
  matchAt(text, V4, dottedStarts(text, alnumRuns(ctx).numbers), (start, end) => {
    const v = text.slice(start, end)
    if (!isValidIpv4(v)) return
    const w = before(text, start, 20)
    if (/(?:版本|version|ver|[vV])\s*[:：]?\s*$/.test(w)) return
    const near = C.ipNear.exec(w)
    let reasons = [reason('ipv4')]
    let confidence = S.ipv4
    if (near) {
      reasons = withReason(reasons, contextReason(near[0]))
      confidence = S.ipv4WithContext
    } else if (v.split('.').every((o) => o.length === 1)) confidence = S.ipv4SingleDigits
    emit(ctx, 'IP_ADDRESS', start, end, confidence, 'ipv4', reasons)
  })
  if (!text.includes(':')) return
  // anchored on ':' and grown outwards over hex digits, colons and dots
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    let s = c
    while (s > 0 && c - s < 40 && isV6Char(text.charCodeAt(s - 1))) s--
    let e = c + 1
    while (e < text.length && e - c < 45 && isV6Char(text.charCodeAt(e))) e++
    while (e > c && text.charCodeAt(e - 1) === 46) e--
    // a time (09:30) has one colon: count before slicing anything
    let colons = 0
    for (let i = s; i < e; i++) if (text.charCodeAt(i) === 58) colons++
    const from = c
    c = e
    if (colons < 2 || e <= from) continue
    const v = text.slice(s, e)
    if (/[A-Za-z0-9]/.test(text[s - 1] ?? '') || /[G-Zg-z]/.test(text[e] ?? '')) continue
    if (!isValidIpv6(v) || !(/[A-Fa-f]/.test(v) || v.includes('::') || v.split(':').length === 8)) continue
    const near = C.ipNear.exec(before(text, s, 20))
    let reasons = [reason('ipv6')]
    if (near) reasons = withReason(reasons, contextReason(near[0]))
    emit(ctx, 'IP_ADDRESS', s, e, near ? S.ipv6WithContext : v.length < 6 ? S.ipv6Short : S.ipv6, 'ipv6', reasons)
  }
}

/** [0-9A-Fa-f:.] */
function isV6Char(c: number): boolean {
  return (c >= 48 && c <= 58) || c === 46 || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
}
