import fs from 'node:fs'
import path from 'node:path'
import { CliError } from './io'

/**
 * Writes a file the way a reader must see it: whole or not at all (temp file in the same folder, then
 * rename), so a publisher or the other machine never picks up half a bundle that looks complete.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  const dir = path.dirname(path.resolve(file))
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new CliError(`${file}: no such directory (${dir})`)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    fs.writeFileSync(temp, data, { flag: 'w' })
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot be written'
    throw new CliError(`${file}: ${reason}`)
  }
}
