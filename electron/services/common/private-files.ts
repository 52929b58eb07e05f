import fs from 'node:fs'
import path from 'node:path'

/**
 * The data folder holds notices with personal information, password hashes and sealed keys: on POSIX only
 * its owner may enter it (0700) or read its files (0600). Everything Countersign creates there gets these
 * modes; `securePrivateTree` checks an existing folder at start and tightens what an older version, a copy
 * or a careless umask left open.
 */
export const privateDirMode = 0o700
export const privateFileMode = 0o600

const posix = process.platform !== 'win32'

/** mkdir -p with 0700 on every level it creates. */
export function makePrivateDir(dir: string): string | undefined {
  return fs.mkdirSync(dir, { recursive: true, mode: privateDirMode })
}

/** The folders whose files are checked one by one (Chromium manages its own profile's files). */
const fileFolders = ['', 'store', path.join('store', 'quarantine'), 'logs']
const dirOnly = ['electron-profile']

const octal = (mode: number): string => `0${(mode & 0o777).toString(8)}`

/**
 * Tightens the data folder, its store, quarantine and logs to 0700/0600 where group or others have any
 * access. Returns start-up notes: what was fixed, and a warning for what could not be (another owner, a
 * read-only mount) — the officer must know the folder is readable by others.
 */
export function securePrivateTree(dataDir: string): string[] {
  if (!posix) return []
  const fixed: string[] = []
  const failed: string[] = []
  const tighten = (file: string, want: number): void => {
    let stat: fs.Stats
    try {
      stat = fs.lstatSync(file)
    } catch {
      return
    }
    if (stat.isSymbolicLink() || (stat.mode & 0o077) === 0) return
    try {
      fs.chmodSync(file, want)
      fixed.push(`${file} ${octal(stat.mode)}→${octal(want)}`)
    } catch (error) {
      failed.push(`${file} (${octal(stat.mode)}, ${(error as NodeJS.ErrnoException).code ?? 'error'})`)
    }
  }
  for (const sub of [...fileFolders, ...dirOnly]) tighten(path.join(dataDir, sub), privateDirMode)
  for (const sub of fileFolders) {
    const folder = path.join(dataDir, sub)
    let names: string[]
    try {
      names = fs.readdirSync(folder)
    } catch {
      continue
    }
    for (const name of names) {
      const file = path.join(folder, name)
      if (fs.lstatSync(file, { throwIfNoEntry: false })?.isFile()) tighten(file, privateFileMode)
    }
  }
  const notes: string[] = []
  if (fixed.length) {
    notes.push(
      `数据文件夹 ${dataDir} 中有 ${fixed.length} 个文件或文件夹其他用户可以读取，已改为仅本人可访问（文件夹 0700，文件 0600） (${fixed.length} files or folders in the data folder ${dataDir} were readable by other users; now owner-only: folders 0700, files 0600)`,
    )
  }
  if (failed.length) {
    notes.push(
      `警告：数据文件夹 ${dataDir} 中有 ${failed.length} 项其他用户可以读取，且无法更改权限，请由文件所有者执行 chmod -R go-rwx：${failed.slice(0, 3).join('; ')}${failed.length > 3 ? ' …' : ''} (warning: ${failed.length} items in the data folder ${dataDir} are readable by other users and their permissions could not be changed; have their owner run chmod -R go-rwx on the folder)`,
    )
  }
  return notes
}
