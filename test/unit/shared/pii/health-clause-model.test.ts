/**
 * The clause model (issue 11): the scan's in-place sum is the fitting script's sum over the same features, a clause
 * something already found is never read again, and what it reports says the model read it.
 */
import { describe, expect, it } from 'vitest'
import { clauseContexts, clauseFeatures, clauseProbability, clauseProbabilityOfFeatures, clausesNear, clausesOf } from '../../../../shared/pii/detectors/health-clause-model'
import { wordedScan } from './helpers'

const SAMPLES = [
  '村民马桂兰去年冬天摔了一跤，左腿一直使不上劲，走路要拄拐。',
  '她儿子说，他妈一到阴天下雨两条腿就疼，晚上睡不踏实。',
  '2024年全镇共完成65岁以上老年人健康体检3210人，体检率78.6%。',
  'ABC-123 号文件已于3月5日印发，请各村认真学习。',
]

describe('the clause model', () => {
  it('cuts clauses at clause punctuation, not at 、', () => {
    const text = '她头晕、恶心，吃不下饭。'
    const cl = clausesOf(text)
    const parts: string[] = []
    for (let k = 0; k < cl.length; k += 2) parts.push(text.slice(cl[k], cl[k + 1]))
    expect(parts).toEqual(['她头晕、恶心', '吃不下饭'])
  })
  it('cuts near given positions the same clauses as the whole text, each once, in order', () => {
    const text = Array.from({ length: 40 }, (_, i) => `第${i}段：村民反映情况属实，${'经核实'.repeat(i % 7)}老人腿脚不便，需要照顾。${i % 5 === 0 ? '这是一段没有标点也很长的说明文字'.repeat(6) : ''}\n`).join('')
    const all = clausesOf(text)
    const pairs = (cl: number[]): string[] => Array.from({ length: cl.length / 2 }, (_, k) => `${cl[2 * k]}-${cl[2 * k + 1]}`)
    for (const at of [[5], [200, 230, 900], [0, text.length - 3], [450, 1200, 1210, 2500]]) {
      const near = pairs(clausesNear(text, Int32Array.from(at), 120))
      expect(new Set(near).size).toBe(near.length)
      const whole = pairs(all)
      expect(near.every((p) => whole.includes(p))).toBe(true)
      expect(near.map((p) => whole.indexOf(p))).toEqual([...near.map((p) => whole.indexOf(p))].sort((a, b) => a - b))
      // every clause that starts within reach of a position is there
      for (let k = 0; k < all.length; k += 2) if (at.some((p) => Math.abs((all[k] ?? 0) - p) < 120)) expect(near).toContain(`${all[k]}-${all[k + 1]}`)
    }
  })
  it('scores a clause in place exactly as the fitting script scores its features', () => {
    for (const text of SAMPLES) {
      const names = new Uint8Array(text.length)
      names.fill(1, 2, 5)
      const cl = clausesOf(text)
      const contexts = clauseContexts(text, cl, names, [{ start: 0, end: 4, rule: 'health-symptom', confidence: 0.31 }])
      for (let k = 0; k < cl.length; k += 2) {
        const context = contexts[k / 2] ?? { rules: [], person: false }
        const inPlace = clauseProbability(text, cl[k] ?? 0, cl[k + 1] ?? 0, names, context)
        const viaFeatures = clauseProbabilityOfFeatures(clauseFeatures(text, cl[k] ?? 0, cl[k + 1] ?? 0, names, context))
        expect(inPlace).toBeCloseTo(viaFeatures, 10)
      }
    }
  })
  it('gives a clause the candidates inside it and a person from the clause before', () => {
    const text = '张桂英今年七十多了，腿脚一直不好。全村共有低保户21户。'
    const names = new Uint8Array(text.length).fill(1, 0, 3)
    const cl = clausesOf(text)
    const contexts = clauseContexts(text, cl, names, [{ start: 10, end: 16, rule: 'health-complaint', confidence: 0.42 }])
    expect(contexts.map((c) => c.person)).toEqual([true, true, false])
    expect(contexts[1]?.rules).toEqual(['C:health-complaint:4'])
    expect(contexts[0]?.rules).toEqual([])
  })
  it('reads a clause the rules leave, from the name on, and says how it read it', () => {
    for (const text of ['村民王德胜左下肢短缩约2cm，需继续康复，另有高血压。', '她左下肢短缩约2cm，另有高血压，需继续康复。']) {
      const found = wordedScan(text).filter((f) => f.rule === 'health-clause')
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['左下肢短缩约2cm'])
      expect(found[0]?.reasons.join(' ')).toMatch(/clause reads as someone's ailment 0\.\d\d/)
    }
  })
  it('reads no clause where nobody’s health is talked about nearby', () => {
    expect(wordedScan('村民王德胜左下肢短缩约2cm，需继续康复。').filter((f) => f.rule === 'health-clause')).toEqual([])
  })
  it('reports nothing twice', () => {
    for (const text of [...SAMPLES, '村民王德胜左下肢短缩约2cm，需继续康复，另有高血压。']) {
      const health = wordedScan(text).filter((f) => f.type === 'HEALTH')
      for (const f of health.filter((h) => h.rule === 'health-clause')) {
        expect(health.some((h) => h !== f && h.start < f.end && f.start < h.end)).toBe(false)
        expect(f.reasons.join(' ')).toMatch(/clause reads as someone's ailment 0\.\d\d/)
      }
    }
  })
})
