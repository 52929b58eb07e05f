import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../../../../..')
const transitionFile = 'electron/services/notices/transition.ts'

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sources(rel)
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [rel] : []
  })
}

/** Every SQL statement in the file that changes a notice's state column (whatever table alias or spacing). */
function stateWrites(text: string): string[] {
  const found: string[] = []
  // `SET state = …` written anywhere, except the state of other tables: remote review requests and sweeps
  const otherTables = new Set(['remote_reviews', 'sweeps'])
  for (const m of text.matchAll(/UPDATE\s+(\w+)\s+SET\b[^;`'"]*?\bstate\s*=/gi)) if (!otherTables.has(m[1] ?? '')) found.push(m[0])
  for (const m of text.matchAll(/\bSET\s+state\s*=/gi)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index)
    if (!/(remote_reviews|sweeps)\s*$/.test(before)) found.push(m[0])
  }
  return found
}

describe('a notice state is written in one place (issue 13)', () => {
  it('has no state write outside the transition function', () => {
    const offenders = sources('electron')
      .filter((file) => file !== transitionFile)
      .flatMap((file) => stateWrites(fs.readFileSync(path.join(root, file), 'utf8')).map((sql) => `${file}: ${sql}`))
    expect(offenders).toEqual([])
  })

  it('finds the one that is there, so the check cannot pass by matching nothing', () => {
    const text = fs.readFileSync(path.join(root, transitionFile), 'utf8')
    expect(stateWrites(text)).toHaveLength(2)
    expect(text).toContain("from '../../../shared/workflow/index'")
    expect(stateWrites("tx.run(\"UPDATE notices SET state = 'submitted' WHERE id = ?\")")).not.toEqual([])
    expect(stateWrites("UPDATE notices SET title = ?, state = ? WHERE id = ?")).not.toEqual([])
    expect(stateWrites("UPDATE remote_reviews SET state = ? WHERE id = ?")).toEqual([])
  })
})
