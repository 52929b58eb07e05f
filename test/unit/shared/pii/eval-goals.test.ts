/**
 * The goals line `npm run eval:pii -- DIR...` prints over several folders: totals across the labelled folders, the
 * collocation folders apart, each goal met or not.
 */
import { describe, expect, it } from 'vitest'
import { type FolderResult, goalsTogether } from '../../../../scripts/pii-eval'

const folder = (dir: string, rows: FolderResult['rows'], survivors = 0): FolderResult => ({ dir, docs: 3, rows, structuredFull: null, strictSurvivors: { structured: survivors, names: 0 }, misses: [], falsePositives: [], scored: [] })
const row = (type: string, gold: number, caught: number, covered: number, found: number, right: number): FolderResult['rows'][number] => ({ type, gold, caught, covered, found, right })

describe('the goals over several folders', () => {
  it('adds the folders up before it divides, and says which goals are met', () => {
    const lines = goalsTogether([
      folder('a', [row('PERSON_NAME', 100, 99, 99, 100, 98), row('HEALTH', 50, 46, 40, 50, 44), row('ID_CARD', 10, 10, 10, 10, 10)]),
      folder('b', [row('PERSON_NAME', 100, 95, 95, 100, 99), row('HEALTH', 50, 44, 41, 40, 37), row('ADDRESS', 20, 20, 18, 20, 19)]),
      folder('prose-collocations9', [row('PERSON_NAME', 0, 0, 0, 2, 0)]),
    ])
    expect(lines[0]).toBe('2 labelled folders together (6 notices):')
    // names: 194/200 = 0.970 at 197/200 = 0.985; health 90/100 at 81/90 = 0.900
    expect(lines[1]).toContain('recall 0.970 at precision 0.985')
    expect(lines[1]).toMatch(/: met$/)
    expect(lines[2]).toContain('recall 0.900 at precision 0.900 (full 0.810)')
    expect(lines[2]).toMatch(/: met$/)
    expect(lines[3]).toContain('address full coverage 0.900')
    expect(lines[4]).toMatch(/structured full coverage 1\.000 .*: met$/)
    expect(lines[6]).toBe('  name findings in 1 collocation folders: 2 — goal 0: not met')
  })
  it('reports a goal not met, and a survivor under strict', () => {
    const lines = goalsTogether([folder('a', [row('HEALTH', 100, 89, 80, 100, 95)], 1), folder('b', [row('ID_CARD', 200, 200, 199, 200, 200)])])
    expect(lines[2]).toMatch(/: not met$/)
    expect(lines[4]).toMatch(/0\.995 — goal ≥ 0\.995: met$/)
    expect(lines[5]).toBe('  structured values surviving redact --policy strict: 1 — goal 0: not met')
  })
})
