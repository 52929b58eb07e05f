/**
 * The condition tagger (issue 11): the scan's table look-ups give the fitting script's sum over the same features,
 * the shipped table reads as it was written, and a scan reports what the tagger reads only where a person is about
 * and nothing ruled the place out.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { GAP, INSIDE, SEED, runsOf, tagClause, tagProbabilityOfFeatures, taggedConditions } from '../../../../shared/pii/detectors/health-tagger'
import { buildTable, featureKey, hashOf, interleave, lookUpSlots, tagFeatures } from '../../../../shared/pii/detectors/health-tagger-features'
import { clausesOf } from '../../../../shared/pii/detectors/health-clause-model'
import { wordedScan } from './helpers'

const SAMPLES = ['村民马桂兰去年冬天摔了一跤，左腿一直使不上劲，走路要拄拐。', '她儿子说，他妈一到阴天下雨两条腿就疼，晚上睡不踏实。', '2024年全镇共完成65岁以上老年人健康体检3210人。', 'ABC-123 号文件已于3月5日印发。']

describe('the condition tagger', () => {
  it('scores each character in place exactly as the fitting script scores its features', () => {
    for (const text of SAMPLES) {
      const names = new Uint8Array(text.length).fill(1, 2, 5)
      const cl = clausesOf(text)
      for (let k = 0; k < cl.length; k += 2) {
        const s = cl[k] ?? 0
        const e = cl[k + 1] ?? 0
        for (const person of [false, true]) {
          const probs = new Float64Array(64)
          tagClause(text, s, e, names, person, probs)
          const f: number[] = []
          for (let i = s; i < e; i++) {
            tagFeatures(text, s, e, i, names, person, f)
            expect(probs[i - s]).toBeCloseTo(tagProbabilityOfFeatures(f), 10)
          }
        }
      }
    }
  })
  it('puts the weights in its table and reads them back, strongest first, a feature not there weighing nothing', () => {
    const entries: [number, number][] = Array.from({ length: 3000 }, (_, i) => [featureKey(i % 16, 0x4e00 + i, i % 7, 0), (i % 200) - 100])
    const table = buildTable(entries)
    const slots = interleave(table.fp, table.w)
    let found = 0
    entries.forEach(([, q], i) => {
      if (lookUpSlots(slots, hashOf(i % 16, 0x4e00 + i, i % 7, 0)) === q) found++
    })
    // the zero weights are not stored and every other one fits this small table
    expect(found).toBe(entries.length)
    expect(table.placed).toBe(entries.filter(([, q]) => q !== 0).length)
    expect(lookUpSlots(slots, hashOf(3, 0x9fa5, 9, 9))).toBe(0)
  })
  it('finds the same spans when it skips the pairs of characters whose single weights leave them far outside', () => {
    const dir = fileURLToPath(new URL('../../../fixtures/pii/prose-dev-health8', import.meta.url))
    let spans = 0
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, f), 'utf8')
      const names = new Uint8Array(text.length)
      const skipped = taggedConditions(text, names)
      expect(skipped, f).toEqual(taggedConditions(text, names, -1e9))
      spans += skipped.length / 3
    }
    expect(spans).toBeGreaterThan(50)
  })
  it('joins runs over one unsure character and keeps only runs with a sure one', () => {
    const out: number[] = []
    runsOf(Float64Array.from([0.1, 0.5, 0.7, 0.2, 0.5, 0.05, 0.45, 0.5]), 8, out)
    expect(out.filter((_, i) => i % 3 !== 2)).toEqual([1, 5])
    expect(INSIDE).toBeLessThan(SEED)
    expect(GAP).toBeLessThan(INSIDE)
  })
  it('reads everyday words for a condition the lexicon does not hold', () => {
    const text = '村民刘德旺说他这半个月腿肿得按下去一个坑，晚上翻来覆去睡不着。'
    const spans = taggedConditions(text, new Uint8Array(text.length).fill(1, 2, 5))
    const read = Array.from({ length: spans.length / 3 }, (_, k) => text.slice(spans[3 * k], spans[3 * k + 1]))
    expect(read.join('|')).toMatch(/腿肿/)
  })
  it('reports what it reads about a named person, and says how it read it', () => {
    const text = '刘德旺，男，住东湖村。据他老伴讲，他这半个月腿肿得按下去一个坑，夜里翻来覆去睡不着。'
    const health = wordedScan(text).filter((f) => f.type === 'HEALTH')
    expect(health.some((f) => /腿肿/.test(text.slice(f.start, f.end)))).toBe(true)
    const tagged = health.filter((f) => f.rule === 'health-tagger')
    for (const f of tagged) expect(f.reasons.join(' ')).toMatch(/characters read as someone's condition 0\.\d\d/)
  })
  it('reads no threshold, no Latin word and nothing in a notice about nobody', () => {
    const advice = '请35岁以上居民定期测量血压，血压≥140/90mmHg、空腹血糖≥7.0mmol/L的要及时复查。'
    expect(wordedScan(advice).filter((f) => f.rule === 'health-tagger')).toEqual([])
    const plain = '全镇上下高度重视，周密部署，确保各项工作向前推进、万无一失。'
    expect(wordedScan(plain).filter((f) => f.type === 'HEALTH')).toEqual([])
  })
})
