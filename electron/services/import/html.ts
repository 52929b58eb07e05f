/**
 * HTML import: the converter itself is shared (shared/import/html.ts) so the renderer's paste uses it too;
 * detecting the declared charset needs TextDecoder's latin1, which stays on the Node side.
 */
export { htmlToDocument } from '../../../shared/import/html'

/** The charset an HTML document declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]
}
