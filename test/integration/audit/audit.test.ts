import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { entryHash, genesisHash, type AuditEntry } from '../../../electron/services/audit/index'
import { canonicalize as canonicalJson } from '../../../shared/bundle/jcs'
import type { Core } from '../../../electron/services/core'
import { tempDir } from '../../support/temp-dir'
import { testCore } from '../accounts/support'

/** Five entries, as the other services will write them: ids, counts and hashes in details. */
function recordFive(core: Core): AuditEntry[] {
  return [
    core.audit.record('notice.created', 'zhang', 'n-1', { revision: 1 }),
    core.audit.record('notice.imported', 'zhang', 'n-1', { findings: 3, rulesetHash: 'ab'.repeat(32) }),
    core.audit.record('notice.submitted', 'zhang', 'n-1', { revision: 2, keys: ['k1', 'k2'] }),
    core.audit.record('notice.approved', 'li', 'n-1', { revision: 2, draftEnvelopeSha256: 'cd'.repeat(32) }),
    core.audit.record('notice.exported', 'li', 'n-1', { sha256: 'ef'.repeat(32), ok: true, note: null }),
  ]
}

/** Raw edits below the service, as someone with the database in hand would make them. */
function tamper(core: Core, ...statements: [string, (string | number)[]?][]): void {
  core.store.transaction((tx) => {
    tx.run('DROP TRIGGER audit_log_no_update')
    tx.run('DROP TRIGGER audit_log_no_delete')
    for (const [sql, params] of statements) tx.run(sql, params ?? [])
  })
}

describe('audit log', () => {
  it('chains each entry to the one before and verifies, also after a restart', async () => {
    const dataDir = tempDir()
    let core = await testCore({ dataDir })
    try {
      const entries = recordFive(core)
      expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5])
      expect(entries[0]?.prevHash).toBe(genesisHash)
      for (const [index, entry] of entries.entries()) {
        if (index > 0) expect(entry.prevHash).toBe(entries[index - 1]?.hash)
        const { hash, ...rest } = entry
        expect(entryHash(rest)).toBe(hash)
      }
      expect(core.audit.verify()).toEqual({ ok: true, entries: 5, head: { seq: 5, hash: entries[4]?.hash } })
      core.close()
      core = await testCore({ dataDir })
      expect(core.audit.verify()).toMatchObject({ ok: true, entries: 5 })
      expect(core.audit.list({ after: 3 }).map((entry) => entry.event)).toEqual(['notice.approved', 'notice.exported'])
    } finally {
      core.close()
    }
  })

  it('hashes the canonical JSON of seq, at, actor, event, subject, details and prevHash', async () => {
    expect(canonicalJson({ b: [1, 'x', null], a: { d: true, c: 1.5 }, 中: '文' })).toBe('{"a":{"c":1.5,"d":true},"b":[1,"x",null],"中":"文"}')
    expect(() => canonicalJson({ n: Number.NaN })).toThrow()
    const core = await testCore()
    try {
      const entry = core.audit.record('notice.created', 'zhang', 'n-1', { z: 1, a: 'b' })
      const canonical = `{"actor":"zhang","at":"${entry.at}","details":{"a":"b","z":1},"event":"notice.created","prevHash":"${genesisHash}","seq":1,"subject":"n-1"}`
      expect(entry.hash).toBe(createHash('sha256').update(canonical).digest('hex'))
    } finally {
      core.close()
    }
  })

  it('refuses to update or delete entries through SQL (append-only triggers)', async () => {
    const core = await testCore()
    try {
      recordFive(core)
      expect(() => core.store.transaction((tx) => tx.run("UPDATE audit_log SET details_json = '{}' WHERE seq = 2"))).toThrow(/append-only/)
      expect(() => core.store.transaction((tx) => tx.run('DELETE FROM audit_log WHERE seq = 5'))).toThrow(/append-only/)
      expect(core.audit.verify().ok).toBe(true)
    } finally {
      core.close()
    }
  })

  it.each([
    ['an edited entry', [["UPDATE audit_log SET details_json = '{\"revision\":9}' WHERE seq = 3"]], 3, 'hash_mismatch'],
    ['an edited actor', [["UPDATE audit_log SET actor = 'li' WHERE seq = 2"]], 2, 'hash_mismatch'],
    ['a deleted entry', [['DELETE FROM audit_log WHERE seq = 3']], 3, 'gap'],
    [
      'two entries swapped',
      [['UPDATE audit_log SET seq = -2 WHERE seq = 2'], ['UPDATE audit_log SET seq = 2 WHERE seq = 3'], ['UPDATE audit_log SET seq = 3 WHERE seq = -2']],
      2,
      'hash_mismatch',
    ],
    ['the last entries cut off', [['DELETE FROM audit_log WHERE seq >= 4']], 4, 'head_mismatch'],
    ['an entry that no longer parses', [["UPDATE audit_log SET details_json = '{' WHERE seq = 4"]], 4, 'malformed'],
  ] as const)('finds %s and names the first broken seq', async (_label, statements, brokenAt, reason) => {
    const core = await testCore()
    try {
      recordFive(core)
      tamper(core, ...statements.map(([sql]) => [sql] as [string]))
      expect(core.audit.verify()).toMatchObject({ ok: false, brokenAt, reason })
    } finally {
      core.close()
    }
  })

  it('finds an entry re-linked with a recomputed hash as a prev mismatch', async () => {
    const core = await testCore()
    try {
      const entries = recordFive(core)
      const third = entries[2]
      if (!third) throw new Error('no entry 3')
      const forged = { ...third, prevHash: 'f'.repeat(64) }
      const { hash: _old, ...unhashed } = forged
      tamper(core, ['UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = 3', [forged.prevHash, entryHash(unhashed)]])
      expect(core.audit.verify()).toMatchObject({ ok: false, brokenAt: 3, reason: 'prev_mismatch' })
    } finally {
      core.close()
    }
  })

  it('cannot see a wholesale rewrite of chain and head: only a head noted elsewhere can (documented limit)', async () => {
    const core = await testCore()
    try {
      const entries = recordFive(core)
      const noted = core.audit.head()
      // Rewrite entry 2 and recompute every hash after it, head included.
      let prevHash = entries[0]?.hash ?? genesisHash
      const statements: [string, (string | number)[]][] = []
      for (const entry of entries.slice(1)) {
        const details = entry.seq === 2 ? { findings: 0 } : entry.details
        const { hash: _old, ...rest } = { ...entry, details, prevHash }
        const hash = entryHash(rest)
        statements.push(['UPDATE audit_log SET details_json = ?, prev_hash = ?, hash = ? WHERE seq = ?', [JSON.stringify(details), prevHash, hash, entry.seq]])
        prevHash = hash
      }
      statements.push(['UPDATE audit_head SET hash = ? WHERE id = 1', [prevHash]])
      tamper(core, ...statements)
      expect(core.audit.verify().ok).toBe(true)
      expect(core.audit.head()).not.toEqual(noted)
    } finally {
      core.close()
    }
  })

  it('records inside the caller transaction, so a failed change leaves no entry', async () => {
    const core = await testCore()
    try {
      expect(() =>
        core.store.transaction((tx) => {
          core.audit.append(tx, 'notice.created', 'zhang', 'n-1', { revision: 1 })
          throw new Error('the change failed')
        }),
      ).toThrow('the change failed')
      expect(core.audit.head()).toEqual({ seq: 0, hash: genesisHash })
      expect(core.audit.verify()).toEqual({ ok: true, entries: 0, head: { seq: 0, hash: genesisHash } })
    } finally {
      core.close()
    }
  })

  it('refuses details that are not flat ids, counts and hashes', async () => {
    const core = await testCore()
    try {
      const bad = [
        () => core.audit.record('Notice Created' as never, 'zhang', 'n-1'),
        () => core.audit.record('created' as never, 'zhang', 'n-1'),
        () => core.audit.record('notice.created', 'zhang', 'n-1', { body: '经审核，现予以公示。'.repeat(30) }),
        () => core.audit.record('notice.created', 'zhang', 'n-1', { nested: { a: 1 } } as never),
        () => core.audit.record('notice.created', 'zhang', 'n-1', { count: Number.POSITIVE_INFINITY }),
        () => core.audit.record('notice.created', 'zhang', 'n-1', { 'bad key': 1 }),
        () => core.audit.record('notice.created', '', 'n-1'),
        () => core.audit.record('notice.created', 'zhang', 'n-\uD800'),
      ]
      for (const attempt of bad) expect(attempt).toThrow(/^audit: /)
      expect(core.audit.head().seq).toBe(0)
    } finally {
      core.close()
    }
  })
})
