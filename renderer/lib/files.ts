import type { SavedFile } from '../../shared/api/contract-workflow'
import { base64ToBytes, bytesToBase64 } from './base64'

export { base64ToBytes, base64ToText, bytesToBase64, textToBase64 } from './base64'

/**
 * Files in and out of the renderer, the same way in both shells: picking goes through a hidden
 * <input type=file> and FileReader (no Node, no dialog API), saving through a Blob and <a download>.
 * Bytes cross the process boundary as base64 (`fileDataSchema` in the contract).
 */

/** A file the user picked: its name (for display only) and its bytes as base64. */
export type PickedFile = { name: string; data: string }

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.onload = () => {
      const result = reader.result
      if (!(result instanceof ArrayBuffer)) {
        reject(new Error('the file could not be read'))
        return
      }
      resolve(bytesToBase64(new Uint8Array(result)))
    }
    reader.readAsArrayBuffer(file)
  })
}

/**
 * Asks the user for one file. `accept` is the <input accept> list, e.g. '.zip' or '.json,application/json'.
 * Resolves undefined when the user cancels; rejects only when the chosen file cannot be read.
 */
export function pickFile(accept: string): Promise<PickedFile | undefined> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.hidden = true
    let settled = false
    const finish = () => {
      settled = true
      input.remove()
    }
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      finish()
      if (!file) {
        resolve(undefined)
        return
      }
      readAsBase64(file).then((data) => resolve({ name: file.name, data }), reject)
    })
    // Chromium fires `cancel` when the picker is dismissed; without it the promise would wait forever.
    input.addEventListener('cancel', () => {
      if (settled) return
      finish()
      resolve(undefined)
    })
    // In the document so Playwright's file chooser (and some Chromium versions) see a real element.
    document.body.append(input)
    input.click()
  })
}

function mimeType(fileName: string): string {
  if (fileName.endsWith('.zip')) return 'application/zip'
  if (fileName.endsWith('.json')) return 'application/json'
  return 'application/octet-stream'
}

/**
 * Offers a file from the services (bundle, trust list, review request or decision) as a download under
 * its own name. Works in the browser shell as is; in Electron, main's `will-download` handling must
 * allow downloads from the app's own origin (blob: URLs) and show the save dialog — the renderer cannot.
 */
export function saveFile(file: SavedFile): void {
  const blob = new Blob([base64ToBytes(file.data)], { type: mimeType(file.fileName) })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later rather than at once: Chromium may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
