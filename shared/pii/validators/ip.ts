/** Dotted-quad IPv4 with each octet 0-255 and no leading zeros (which would read as octal). */
export function isValidIpv4(s: string): boolean {
  const parts = s.split('.')
  if (parts.length !== 4) return false
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0') || Number(p) > 255) return false
  }
  return true
}

/** RFC 4291 text forms: eight hex groups, one '::' compression, optional trailing IPv4. */
export function isValidIpv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.length < 2) return false
  let groupsNeeded = 8
  let body = s
  const lastColon = s.lastIndexOf(':')
  if (s.includes('.')) {
    if (!isValidIpv4(s.slice(lastColon + 1))) return false
    body = s.slice(0, lastColon + 1) + '0:0'
    groupsNeeded = 8
  }
  const dbl = body.split('::')
  if (dbl.length > 2) return false
  const side = (x: string): string[] | null => {
    if (x === '') return []
    const g = x.split(':')
    return g.every((h) => /^[0-9A-Fa-f]{1,4}$/.test(h)) ? g : null
  }
  if (dbl.length === 2) {
    const a = side(dbl[0] ?? '')
    const b = side(dbl[1] ?? '')
    return a !== null && b !== null && a.length + b.length < groupsNeeded
  }
  const g = side(body)
  return g !== null && g.length === groupsNeeded
}
