import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeSourceDigest, digestFile, digestSource } from '../../../../scripts/pii-source-digest.mjs'
import { sourceDigest } from '../../../../shared/pii/data/source-digest'

describe('the ruleset hash covers the engine source', () => {
  it('the checked-in source digest matches shared/pii (run node scripts/pii-source-digest.mjs if not)', () => {
    const { digest, files } = computeSourceDigest()
    expect(files).toBeGreaterThan(50)
    expect(sourceDigest).toBe(digest)
    expect(readFileSync(digestFile, 'utf8')).toBe(digestSource(digest, files))
  })

  it('changes when a single score of a detector changes, and only then', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'digest-'))
    try {
      cpSync(path.join(path.dirname(digestFile), '..'), copy, { recursive: true })
      const same = computeSourceDigest(copy).digest
      expect(same).toBe(computeSourceDigest().digest)
      // the digest file itself is left out: rewriting it changes nothing
      writeFileSync(path.join(copy, 'data', 'source-digest.ts'), '// another digest\n')
      expect(computeSourceDigest(copy).digest).toBe(same)
      // (the detectors' scores are data: data/scores.ts)
      const target = path.join(copy, 'data', 'scores.ts')
      const text = readFileSync(target, 'utf8')
      const changed = text.replace(/0\.(\d)/, (_m, d: string) => `0.${d === '9' ? '8' : '9'}`)
      expect(changed).not.toBe(text)
      writeFileSync(target, changed)
      expect(computeSourceDigest(copy).digest).not.toBe(same)
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
