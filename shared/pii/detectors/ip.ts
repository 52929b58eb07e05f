/** IPv4 (octets 0-255) and IPv6 (RFC 4291 forms); outline numbers like 1.2.3.4 need an IP label. */
import type { ScanContext } from '../scan-context'
import { before, ctx as C } from '../context'
import { isValidIpv4, isValidIpv6 } from '../validators/ip'

const V4 = /(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])/g
const V6_CHAR = /[0-9A-Fa-f:.]/

export function detectIps(ctx: ScanContext): void {
  const text = ctx.text
  V4.lastIndex = 0
  for (let m = V4.exec(text); m; m = V4.exec(text)) {
    const v = m[0]
    if (!isValidIpv4(v)) continue
    const w = before(text, m.index, 20)
    if (/(?:版本|version|ver|[vV])\s*[:：]?\s*$/.test(w)) continue
    const near = C.ipNear.exec(w)
    const reasons = ['IPv4 octets 0-255']
    let confidence = 0.85
    if (near) {
      reasons.push(`context ${near[0]}`)
      confidence = 0.97
    } else if (v.split('.').every((o) => o.length === 1)) confidence = 0.4
    ctx.out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + v.length, confidence, rule: 'ipv4', reasons })
  }
  if (!text.includes(':')) return
  // anchored on ':' and grown outwards over hex digits, colons and dots
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    let s = c
    while (s > 0 && c - s < 40 && V6_CHAR.test(text[s - 1] ?? '')) s--
    let e = c + 1
    while (e < text.length && e - c < 45 && V6_CHAR.test(text[e] ?? '')) e++
    while (e > c && text[e - 1] === '.') e--
    const v = text.slice(s, e)
    c = e
    if (/[A-Za-z0-9]/.test(text[s - 1] ?? '') || /[G-Zg-z]/.test(text[e] ?? '')) continue
    if ((v.match(/:/g)?.length ?? 0) < 2) continue
    if (!isValidIpv6(v) || !(/[A-Fa-f]/.test(v) || v.includes('::') || v.split(':').length === 8)) continue
    const near = C.ipNear.exec(before(text, s, 20))
    const reasons = ['IPv6 groups valid']
    if (near) reasons.push(`context ${near[0]}`)
    ctx.out.push({ type: 'IP_ADDRESS', start: s, end: e, confidence: near ? 0.97 : v.length < 6 ? 0.4 : 0.88, rule: 'ipv6', reasons })
  }
}
