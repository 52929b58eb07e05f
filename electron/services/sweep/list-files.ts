/**
 * The files a sweep reads under a folder, found without holding up the thread: each folder is read
 * asynchronously in batches (fs.opendir), so between any two batches the services answer other requests —
 * a tree of 100,000 files is listed while the page keeps asking how far the sweep has got.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isSweptFile } from './sweep-file'

/** A folder below the root that could not be read: the sweep stops and says so (never a silent gap). */
export class UnreadableFolderError extends Error {
  override name = 'UnreadableFolderError'
}

/** Entries read from the disk per batch: each batch is one turn of the event loop. */
const batch = 128

/**
 * Every file under `root` the sweep reads (isSweptFile), folder by folder in name order (by code unit: cheap for
 * folders of many thousands, and the results are sorted by risk anyway). `onFound` hears the count so far.
 */
export async function listSweptFiles(root: string, onFound?: (count: number) => void): Promise<string[]> {
  const found: string[] = []
  const pending = [root]
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const files: string[] = []
    const folders: string[] = []
    try {
      const handle = await fs.promises.opendir(dir, { bufferSize: batch })
      for await (const entry of handle) {
        if (entry.isDirectory()) folders.push(entry.name)
        else if (entry.isFile() && isSweptFile(entry.name)) files.push(entry.name)
      }
    } catch {
      throw new UnreadableFolderError(dir)
    }
    files.sort(byCodeUnit)
    for (const name of files) found.push(path.join(dir, name))
    // depth first, the first name next
    folders.sort(byCodeUnit)
    for (let i = folders.length - 1; i >= 0; i--) pending.push(path.join(dir, folders[i]))
    onFound?.(found.length)
  }
  return found
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
