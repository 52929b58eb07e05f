import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { privateFileMode } from '../common/private-files'
import { StoreLockedError } from './errors'
import { lockedMessage, note } from './messages'

/** What `LOCK` holds: enough to tell a person which program has the directory, and to spot a dead holder. */
export type LockInfo = { pid: number; tag: string; host: string; startedAt: string; token: string }
export type HeldLock = { info: LockInfo; notes: string[]; release(): void }

const held = new Map<string, LockInfo>()
let exitHookInstalled = false

/** On any normal exit, drop the locks this process still holds; SIGKILL leaves them to the stale check. */
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const [file, info] of held) releaseFile(file, info)
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseLock(text: string): LockInfo | undefined {
  try {
    const raw = JSON.parse(text) as Partial<LockInfo>
    if (typeof raw.pid === 'number' && typeof raw.tag === 'string' && typeof raw.host === 'string' && typeof raw.startedAt === 'string' && typeof raw.token === 'string') {
      return raw as LockInfo
    }
  } catch {
    // Treated as unreadable below.
  }
  return undefined
}

/** Atomically creates `file` with its full content: hard link of a finished temp file, else O_EXCL. */
function tryCreate(file: string, content: string): boolean {
  const temp = `${file}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`
  fs.writeFileSync(temp, content, { mode: privateFileMode })
  try {
    fs.linkSync(temp, file)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    // Filesystems without hard links (FAT on a USB stick): exclusive create, then write.
    try {
      fs.writeFileSync(file, content, { flag: 'wx', mode: privateFileMode })
      return true
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw inner
    }
  } finally {
    fs.rmSync(temp, { force: true })
  }
}

type Holder = { kind: 'gone' } | { kind: 'live'; info?: LockInfo } | { kind: 'stale'; info?: LockInfo }

/** A holder is stale if its process is gone or it started before this machine booted (its pid may be reused). */
function inspect(file: string): Holder {
  let text: string
  let mtimeMs: number
  try {
    text = fs.readFileSync(file, 'utf8')
    mtimeMs = fs.statSync(file).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' }
    throw error
  }
  const info = parseLock(text)
  const bootMs = Date.now() - os.uptime() * 1000
  if (!info) return Date.now() - mtimeMs > 10_000 || mtimeMs < bootMs ? { kind: 'stale' } : { kind: 'live' }
  if (info.host !== os.hostname()) return { kind: 'live', info }
  if (Date.parse(info.startedAt) < bootMs - 60_000) return { kind: 'stale', info }
  return isAlive(info.pid) ? { kind: 'live', info } : { kind: 'stale', info }
}

export function acquireLock(dir: string, tag: string): HeldLock {
  const file = path.join(dir, 'LOCK')
  const info: LockInfo = { pid: process.pid, tag, host: os.hostname(), startedAt: new Date().toISOString(), token: randomUUID() }
  const notes: string[] = []
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file, `${JSON.stringify(info)}\n`)) {
      // Read back: a concurrent stale-lock takeover could have replaced ours between create and now.
      if (parseLock(fs.readFileSync(file, 'utf8'))?.token !== info.token) break
      held.set(file, info)
      installExitHook()
      removeDeadTemps(dir)
      return { info, notes, release: () => releaseFile(file, info) }
    }
    const holder = inspect(file)
    if (holder.kind === 'live') throw new StoreLockedError(lockedMessage(dir, holder.info), dir)
    if (holder.kind === 'stale') {
      fs.rmSync(file, { force: true })
      notes.push(
        holder.info
          ? note(`接管了已退出的进程 ${holder.info.pid}（${holder.info.tag}）遗留的锁`, `took over the lock left by process ${holder.info.pid} (${holder.info.tag}), which is no longer running`)
          : note('接管了一个无法读取的旧锁文件', 'took over an old, unreadable lock file'),
      )
    }
  }
  throw new StoreLockedError(lockedMessage(dir, undefined), dir)
}

/** Temp files a killed process left while creating the lock; a live one's may still be in use. */
function removeDeadTemps(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const pid = /^LOCK\.(\d+)-[0-9a-f]+\.tmp$/.exec(name)?.[1]
    if (pid !== undefined && Number(pid) !== process.pid && !isAlive(Number(pid))) fs.rmSync(path.join(dir, name), { force: true })
  }
}

function releaseFile(file: string, info: LockInfo): void {
  held.delete(file)
  try {
    if (parseLock(fs.readFileSync(file, 'utf8'))?.token === info.token) fs.rmSync(file, { force: true })
  } catch {
    // Already gone, or unreadable: either way it is not ours to remove.
  }
}
