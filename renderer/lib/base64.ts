/** base64 ⇄ bytes ⇄ text: how files cross the process boundary (`fileDataSchema`). No DOM: testable in Node. */

/** Bytes → base64, in chunks so a large bundle does not overflow the argument list of fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

/** base64 → bytes; throws on text that is not base64. */
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** base64 of UTF-8 bytes → text (a trust list is picked as bytes but sent as JSON text). BOM dropped. */
export function base64ToText(data: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(base64ToBytes(data))
}

/** Text → base64 of its UTF-8 bytes. */
export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text))
}
