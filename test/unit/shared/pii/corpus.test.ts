/** Robustness over every public sample notice: no throw, sorted in-bounds spans equal to their slices. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scan } from '../../../../shared/pii/index'

const dir = fileURLToPath(new URL('../../../fixtures/corpus/public', import.meta.url))
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : []

describe('public corpus', () => {
  it('has the public corpus (test/fixtures/corpus/public)', () => expect(files.length).toBeGreaterThan(0))
  it.each(files)('%s', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8')
    const found = scan(text)
    let prevEnd = 0
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(prevEnd)
      expect(f.end).toBeGreaterThan(f.start)
      expect(f.end).toBeLessThanOrEqual(text.length)
      expect(f.text).toBe(text.slice(f.start, f.end))
      prevEnd = f.end
    }
  })
})
