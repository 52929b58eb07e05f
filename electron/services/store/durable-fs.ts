import fs from 'node:fs'
import path from 'node:path'
import { privateDirMode, privateFileMode } from '../common/private-files'

/** Writes all of `bytes` at `position`, looping over short writes. */
export function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done, position + done)
}

/**
 * Makes renames and new names in `dir` durable. Windows cannot open a directory for fsync (NTFS journals
 * its metadata itself), so there the call is skipped rather than failing every save.
 */
export function fsyncDir(dir: string): void {
  let fd: number
  try {
    fd = fs.openSync(dir, 'r')
  } catch (error) {
    if (process.platform === 'win32') return
    throw error
  }
  try {
    fs.fsyncSync(fd)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (process.platform !== 'win32' && code !== 'EINVAL') throw error
  } finally {
    fs.closeSync(fd)
  }
}

/** Creates (or replaces) `file` with `bytes` and fsyncs it; the caller renames it into place. */
export function writeFileSynced(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'w', privateFileMode)
  try {
    writeAll(fd, bytes, 0)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // Leftovers are cleaned up on the next start; failing here must not fail the caller.
  }
}

/** A file name for now, safe on every filesystem (no colons). */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
}

/**
 * Moves a bad file into `quarantine/` under a name that never replaces an earlier one, with a short
 * reason file beside it for whoever investigates. Returns the new path.
 */
export function moveAside(dir: string, file: string, reason: string): string {
  const quarantine = path.join(dir, 'quarantine')
  fs.mkdirSync(quarantine, { recursive: true, mode: privateDirMode })
  const base = `${stamp(new Date())}-${path.basename(file)}`
  let target = path.join(quarantine, base)
  for (let n = 2; fs.existsSync(target); n++) target = path.join(quarantine, `${base}.${n}`)
  fs.renameSync(file, target)
  try {
    fs.writeFileSync(`${target}.reason.txt`, `${reason}\n`, { flag: 'wx', mode: privateFileMode })
  } catch {
    // The reason is a courtesy; the error message carries the same text.
  }
  fsyncDir(quarantine)
  fsyncDir(dir)
  return target
}
