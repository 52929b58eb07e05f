import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../../electron/cli/main'
import { auditEvents } from '../../../shared/audit/events'
import { auditEventText } from '../../../electron/cli/words'
import { tempDir } from '../../support/temp-dir'
import { passwordFile, type Run } from '../accounts/cli-run'
import { admin, createAdmin, passwords, testCore } from '../accounts/support'

async function inProcess(args: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, { out: (text) => void (stdout += `${text}\n`), err: (text) => void (stderr += `${text}\n`) })
  return { code, stdout, stderr }
}

type Page = { entries: { seq: number; event: string; actor: string | null; subject: string | null; text: string }[]; head: { seq: number; hash: string } }

describe('countersign audit list', () => {
  it('pages the log newest first through audit.list, in words, for a signed-in account', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const core = await testCore({ dataDir: data, cheapKdf: true })
    try {
      core.audit.record('notice.created', null, 'n-1', { revision: 1 })
    } finally {
      core.close()
    }
    // before the office has accounts, anyone at the machine reads it (as `audit verify`)
    const early = await inProcess(['audit', 'list', '--data', data])
    expect(early.code, early.stderr).toBe(0)
    expect(early.stdout).toMatch(/^#1 {2}\S+ {2}- {2}新建公告 notice created {2}n-1$/m)
    const again = await testCore({ dataDir: data, cheapKdf: true })
    try {
      await createAdmin(again)
      await again.accounts.create({ login: 'zhang', name: '张三', roles: ['drafter'], password: passwords.drafter }, admin)
    } finally {
      again.close()
    }
    const adminPw = passwordFile(dir, 'admin.pw', passwords.admin)
    const as = ['--as', 'admin', '--password-file', adminPw, '--data', data]

    const listed = await inProcess(['audit', 'list', ...as])
    expect(listed.code, listed.stderr).toBe(0)
    const lines = listed.stdout.trim().split('\n')
    // newest first, back to the first entry
    expect(lines.at(-1)).toContain('新建公告 notice created')
    expect(lines.some((line) => /admin {2}创建账户 account created {2}zhang$/.test(line))).toBe(true)
    const seqs = lines.map((line) => Number(/^#(\d+)/.exec(line)?.[1]))
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
    expect(listed.stdout).not.toContain(passwords.admin)

    const json = JSON.parse((await inProcess(['audit', 'list', '--limit', '2', '--json', ...as])).stdout) as Page
    expect(json.entries).toHaveLength(2)
    expect(json.entries[0]?.seq).toBeGreaterThan(json.entries[1]?.seq ?? Infinity)
    for (const entry of json.entries) expect(entry.text).toBe(auditEventText(entry.event))
    const older = JSON.parse((await inProcess(['audit', 'list', '--before', '2', '--json', ...as])).stdout) as Page
    expect(older.entries.map((e) => e.seq)).toEqual([1])

    // once there are accounts, only someone signed in; bad numbers are usage errors
    const nobody = await inProcess(['audit', 'list', '--data', data])
    expect(nobody.code).toBe(1)
    expect(nobody.stderr).toContain('sign in first')
    expect((await inProcess(['audit', 'list', '--limit', '0', ...as])).stderr).toContain('--limit: 0 is not a whole number from 1 to 500')
    expect((await inProcess(['audit', 'list', '--limit', '0', ...as])).code).toBe(2)
  })

  it('has words for every event the services write, and shows an unknown one by its name', () => {
    for (const event of auditEvents) expect(auditEventText(event)).toMatch(/^[^a-z]+ [a-z]/)
    expect(auditEventText('notice.teleported')).toBe('未识别的事件 unrecognised event (notice.teleported)')
  })
})
