import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp-dir'
import { cli } from '../accounts/cli-run'
import { testCore } from '../accounts/support'

describe('countersign audit verify', () => {
  it('exits 0 on an intact chain, printing the head, and 1 naming the first broken entry', async () => {
    const data = path.join(tempDir(), 'data')
    const core = await testCore({ dataDir: data })
    let head: string
    try {
      core.audit.record('notice.created', 'zhang', 'n-1', { revision: 1 })
      core.audit.record('notice.submitted', 'zhang', 'n-1', { revision: 1 })
      head = core.audit.record('notice.approved', 'li', 'n-1', { revision: 1 }).hash
    } finally {
      core.close()
    }
    const intact = await cli(['audit', 'verify', '--data', data])
    expect(intact.code).toBe(0)
    expect(intact.stdout).toContain('3 entries')
    expect(intact.stdout).toContain(head)
    expect(JSON.parse((await cli(['audit', 'verify', '--json', '--data', data])).stdout)).toEqual({ ok: true, entries: 3, head: { seq: 3, hash: head } })

    const tampered = await testCore({ dataDir: data })
    try {
      tampered.store.transaction((tx) => {
        tx.run('DROP TRIGGER audit_log_no_update')
        tx.run("UPDATE audit_log SET actor = 'li' WHERE seq = 2")
      })
    } finally {
      tampered.close()
    }
    const broken = await cli(['audit', 'verify', '--data', data])
    expect(broken.code).toBe(1)
    expect(broken.stderr.trim()).toBe('countersign: audit log broken at entry 2 (hash_mismatch)')
    expect(broken.stdout).toContain('entry 2')
    const json = await cli(['audit', 'verify', '--json', '--data', data])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, entries: 3, brokenAt: 2, reason: 'hash_mismatch' })
  })

  it('treats an empty log as intact and refuses unknown subcommands with exit 2', async () => {
    const data = tempDir()
    expect(await cli(['audit', 'verify', '--data', data])).toMatchObject({ code: 0, stdout: expect.stringContaining('0 entries') as unknown })
    const unknown = await cli(['audit', 'rewrite', '--data', data])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown audit command')
  })
})
