/** The shortcut for segments of a separated digit run must agree with the full classification. */
import { describe, expect, it } from 'vitest'
import { classifyByShape, classifyDigits } from '../../../../shared/pii/detectors/classify-digits'
import { findings } from './helpers'

describe('classifyByShape', () => {
  it('agrees with classifyDigits wherever it answers', () => {
    let seed = 5
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    let answered = 0
    for (let k = 0; k < 20000; k++) {
      const n = 7 + rnd(14)
      let v = ''
      for (let i = 0; i < n; i++) v += String(rnd(10))
      if (rnd(8) === 0) v = v.slice(0, -1) + 'X'
      const dotted = rnd(4) === 0
      // a plausible written shape: the digits in two or three groups
      const cut = 2 + rnd(n - 3)
      const groups = rnd(2) ? [cut, n - cut] : [n]
      const shape = { groups, seps: groups.slice(1).map(() => (dotted ? '.' : '-')) }
      const quick = classifyByShape(n, v.charCodeAt(0), v.charCodeAt(n - 1), dotted && groups.length > 1)
      if (quick === undefined) continue
      answered++
      expect(quick).toEqual(classifyDigits(v, shape, 20260601))
    }
    expect(answered).toBeGreaterThan(5000)
  })
})

describe('shared classifications', () => {
  it('never hand a finding a shared or frozen reasons array', () => {
    const [a, b] = findings('姓名\t电话\n张三\t28512345\n李四\t28512346', 'LANDLINE')
    expect(a?.rule).toBe('landline-local')
    expect(Object.isFrozen(a?.reasons)).toBe(false)
    expect(a?.reasons).not.toBe(b?.reasons)
  })
})
