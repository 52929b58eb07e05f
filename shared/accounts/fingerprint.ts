/** A key id: hex SHA-256 of the raw public key (32-byte Ed25519, or 65-byte SM2), contracts.md §2–3. */
export const keyidPattern = /^[0-9a-f]{64}$/

/**
 * 指纹 — the short form of a key id that two people read aloud to each other when a trust list changes
 * hands: the first 16 bytes as eight groups of four hex digits. 128 bits is far beyond what anyone could
 * match by generating keys, while staying short enough to compare by eye.
 */
export function fingerprintOf(keyid: string): string {
  if (!keyidPattern.test(keyid)) throw new Error('not a key id')
  return (keyid.slice(0, 32).match(/.{4}/g) ?? []).join(' ')
}
