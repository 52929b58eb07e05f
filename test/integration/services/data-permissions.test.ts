// Issue 9 item 5: the data folder holds notices with personal information, password hashes and sealed
// keys. On POSIX it is created 0700 with files 0600 whatever the umask, and an existing folder left open
// (an older version, a copy) is tightened at start, with a start-up note saying so.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/services/core'
import { fileLogger } from '../../../electron/services/common/logger'
import { tempDir } from '../../support/temp-dir'

const mode = (file: string): number => fs.statSync(file).mode & 0o777

/** Every folder and file below `dir`, Chromium's profile aside. */
function walk(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name)
    out.push(file)
    if (fs.statSync(file).isDirectory()) walk(file, out)
  }
  return out
}

describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it('creates the folder 0700 and every file 0600 (snapshots, journals, LOCK, logs, quarantine)', async () => {
    const previous = process.umask(0o022)
    try {
      const dataDir = path.join(tempDir(), 'data')
      const log = fileLogger(dataDir)
      const core = await openCore({ dataDir, shell: 'cli', log })
      core.notices.create({ title: '低保公示', body: '张三 13905621234' })
      core.store.snapshot()
      log.info('test.event')
      // a damaged snapshot is moved to quarantine on the next start
      core.close()
      const snapshot = fs.readdirSync(path.join(dataDir, 'store')).filter((n) => n.startsWith('snapshot-')).sort().at(-1) ?? ''
      fs.writeFileSync(path.join(dataDir, 'store', snapshot), 'not a database', { mode: 0o600 })
      const again = await openCore({ dataDir, shell: 'cli', log })
      const entries = walk(dataDir)
      expect(entries.some((e) => e.endsWith('LOCK'))).toBe(true)
      expect(entries.some((e) => e.includes(`${path.sep}quarantine${path.sep}`))).toBe(true)
      again.close()

      expect(mode(dataDir)).toBe(0o700)
      for (const entry of walk(dataDir)) expect([entry, mode(entry)]).toEqual([entry, fs.statSync(entry).isDirectory() ? 0o700 : 0o600])
      expect(walk(dataDir).some((e) => e.endsWith('countersign.log'))).toBe(true)
    } finally {
      process.umask(previous)
    }
  })

  it('tightens an existing folder left readable by others, and says so in the start-up notes', async () => {
    const dataDir = path.join(tempDir(), 'data')
    const core = await openCore({ dataDir, shell: 'cli' })
    core.notices.create({ title: '低保公示', body: '张三' })
    core.close()
    fs.chmodSync(dataDir, 0o755)
    fs.chmodSync(path.join(dataDir, 'store'), 0o755)
    const files = fs.readdirSync(path.join(dataDir, 'store')).map((n) => path.join(dataDir, 'store', n))
    for (const file of files) fs.chmodSync(file, 0o644)

    const reopened = await openCore({ dataDir, shell: 'cli' })
    const info = reopened.handlers['app.info']({}) as { recovery: string[] }
    reopened.close()
    expect(mode(dataDir)).toBe(0o700)
    expect(mode(path.join(dataDir, 'store'))).toBe(0o700)
    for (const file of files) if (fs.existsSync(file)) expect(mode(file)).toBe(0o600)
    expect(info.recovery.join('\n')).toMatch(/readable by other users; now owner-only: folders 0700, files 0600/)

    // nothing left to fix: no note the next time
    const quiet = await openCore({ dataDir, shell: 'cli' })
    expect(quiet.store.recovery.join('\n')).not.toMatch(/readable by other users/)
    quiet.close()
  })
})
