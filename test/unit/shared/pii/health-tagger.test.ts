/**
 * The condition tagger (issue 11): the scan's table look-ups give the fitting script's sum over the same features,
 * the shipped table reads as it was written, and a scan reports what the tagger reads only where a person is about
 * and nothing ruled the place out.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BOUNDARY_BITS, GAP, INSIDE, SEED, runsOf, skipCutoff, tagClause, tagProbabilityOfFeatures, taggedConditions } from '../../../../shared/pii/detectors/health-tagger'
import { buildTable, featureKey, hashOf, interleave, lookUpSlots, tagFeatures, tagToken } from '../../../../shared/pii/detectors/health-tagger-features'
import { B_COUNT, boundaryFeatures, boundaryWith } from '../../../../shared/pii/detectors/health-tagger-boundary'
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
  it('reads a clause again from the probabilities of the first pass, summing the weights of the features the fitter sees', () => {
    // a made-up second pass: every feature the fitter could see for these clauses, with a weight of its own
    const text = SAMPLES[0] ?? ''
    const names = new Uint8Array(text.length).fill(1, 2, 5)
    const cl = clausesOf(text)
    const weights = new Map<number, number>()
    const f = new Int32Array(4 * B_COUNT)
    const keysOf = (tok: Int32Array, p1: Float64Array, i: number): number[] => {
      boundaryFeatures(tok, p1, tok.length, i, f)
      return Array.from({ length: B_COUNT }, (_, k) => featureKey(f[4 * k] ?? 0, f[4 * k + 1] ?? 0, f[4 * k + 2] ?? 0, f[4 * k + 3] ?? 0))
    }
    const clauses = Array.from({ length: cl.length / 2 }, (_, k) => {
      const s = cl[2 * k] ?? 0
      const e = cl[2 * k + 1] ?? 0
      const p1 = Float64Array.from({ length: e - s }, (_, i) => ((i * 37) % 100) / 100)
      const tok = Int32Array.from({ length: e - s }, (_, i) => tagToken(text, s + i, s, e, names))
      for (let i = 0; i < e - s; i++) for (const key of keysOf(tok, p1, i)) if (!weights.has(key)) weights.set(key, (weights.size % 21) - 10)
      return { s, e, p1, tok }
    })
    const table = buildTable([...weights], BOUNDARY_BITS)
    expect(table.placed).toBe([...weights.values()].filter((q) => q !== 0).length)
    const model = { slots: interleave(table.fp, table.w), bias: -1, q: 0.05 }
    for (const { s, e, p1, tok } of clauses) {
      const p2 = new Float64Array(e - s)
      boundaryWith(model, text, s, e, names, p1, p2)
      for (let i = 0; i < e - s; i++) {
        const sum = keysOf(tok, p1, i).reduce((a, key) => a + (weights.get(key) ?? 0), 0)
        expect(p2[i]).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 0.05 * sum))), 10)
      }
    }
  })
  it('finds the same spans when it does not read again a clause the first pass left far outside', () => {
    const dir = fileURLToPath(new URL('../../../fixtures/pii/prose-dev-health7', import.meta.url))
    let spans = 0
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, f), 'utf8')
      const names = new Uint8Array(text.length)
      const floored = taggedConditions(text, names)
      expect(floored, f).toEqual(taggedConditions(text, names, undefined, null, undefined, undefined, 0))
      spans += floored.length / 3
    }
    expect(spans).toBeGreaterThan(50)
  })
  it('finds the same first-pass spans when it skips the pairs of characters whose single weights leave them far outside', () => {
    // the skip is part of the model: the second pass is fitted on first-pass probabilities computed with it
    const dir = fileURLToPath(new URL('../../../fixtures/pii/prose-dev-health8', import.meta.url))
    let spans = 0
    const probs = new Float64Array(64)
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, f), 'utf8')
      const names = new Uint8Array(text.length)
      const cl = clausesOf(text)
      const runs = (cutoff: number): number[] => {
        const out: number[] = []
        for (let k = 0; k < cl.length; k += 2) {
          tagClause(text, cl[k] ?? 0, cl[k + 1] ?? 0, names, true, probs, cutoff)
          runsOf(probs, (cl[k + 1] ?? 0) - (cl[k] ?? 0), out)
          out.push(-1)
        }
        return out
      }
      const skipped = runs(skipCutoff())
      expect(skipped, f).toEqual(runs(-1e9))
      spans += skipped.filter((x) => x !== -1).length / 3
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
