import { describe, expect, it } from 'vitest'
import { engineVersion, entityTypes, normalize, rulesetHash, scan, sha256Hex, toOriginalSpan } from '../../../../shared/pii/index'
import { FOLDABLE_CLASS, foldableClass } from '../../../../shared/pii/normalize'
import { TODAY, makeId } from './helpers'

describe('scan() contract', () => {
  const text = `当事人：公孙芳静\n身份证号码：${makeId()}\n联系电话：１５３４７８６５８４５\n监督电话：0551-62723683`
  const found = scan(text, { today: TODAY })
  it('returns sorted, non-overlapping findings whose text is the original slice', () => {
    for (let i = 0; i < found.length; i++) {
      const f = found[i]
      expect(text.slice(f.start, f.end)).toBe(f.text)
      if (i > 0) expect(found[i - 1].end).toBeLessThanOrEqual(f.start)
      expect(f.rule).toMatch(/^[a-z0-9-]+$/)
      expect(f.reasons.length).toBeGreaterThan(0)
      expect(f.confidence).toBeGreaterThanOrEqual(0.5)
      expect(f.confidence).toBeLessThanOrEqual(1)
    }
    expect(found.map((f) => f.type)).toEqual(['PERSON_NAME', 'ID_CARD', 'MOBILE'])
  })
  it('honours minConfidence and types', () => {
    expect(scan(text, { today: TODAY, minConfidence: 0.2 }).map((f) => f.type)).toContain('LANDLINE')
    expect(scan(text, { today: TODAY, types: ['MOBILE'] }).map((f) => f.type)).toEqual(['MOBILE'])
  })
  it('handles empty and PII-free text', () => {
    expect(scan('')).toEqual([])
    expect(scan('今天天气很好。')).toEqual([])
  })
  it('exposes every entity type, a version and a stable ruleset hash', () => {
    expect(entityTypes).toHaveLength(16)
    expect(engineVersion).toMatch(/^\d+\.\d+\.\d+$/)
    expect(rulesetHash()).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('sha256', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('身份证号码 ★ 𠀀')).toBe('f03871bd0868991598643543cda0a841fe12b4ca84911dffb7fcb99a3b572263')
  })

  it('hashes a lone surrogate as its own three bytes (ED A0 80), not as a replacement character', () => {
    expect(sha256Hex('a\uD800b')).toBe('45e334b6c74ca5db8d8f8fcd1157fb31a2ebc9953e0d8d182e37b6b67e6a1705')
  })

  it('gives the same ruleset hash every time it is asked', () => {
    expect(rulesetHash()).toBe(rulesetHash())
  })
})

describe('normalize', () => {
  it('uses a stored class of foldable characters equal to the one fold() gives', () => {
    // On failure: paste the received value into FOLDABLE_CLASS in shared/pii/normalize.ts.
    expect(FOLDABLE_CLASS).toBe(foldableClass())
  })


  it('folds full-width forms and keeps Chinese punctuation', () => {
    const n = normalize('ＡＢ１２\u3000３－４，：（）')
    expect(n.text).toBe('AB12 3-4，：（）')
  })
  it('maps spans back through dropped and expanded characters', () => {
    const src = '号\u200b码１３８'
    const n = normalize(src)
    expect(n.text).toBe('号码138')
    expect(toOriginalSpan(n, 2, 5)).toEqual([3, 6])
    const ex = normalize('a㎏b')
    expect(ex.text).toBe('akgb')
    expect(toOriginalSpan(ex, 1, 2)).toEqual([1, 2])
  })
  it('is the identity on plain text', () => {
    expect(normalize('张三13800138000').map).toBeNull()
  })
})

describe('robustness', () => {
  it('never throws and keeps the span contract on random mixtures', () => {
    const pool = ['1', '3', '8', '0', 'X', ' ', '-', '.', '\n', '\t', ',', '|', '：', '，', '（', '）', '身份证', '电话', '张', '王伟', '某', '省', '市', '区', '路', '号', '室', '@', 'a', 'E', '★', '秘密', '患有', '肺癌', '\u3000', '１', '𠀀', '\u200b']
    let seed = 7
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    for (let k = 0; k < 300; k++) {
      let text = ''
      const len = rnd(400)
      for (let i = 0; i < len; i++) text += pool[rnd(pool.length)]
      const found = scan(text)
      let prev = 0
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(prev)
        expect(f.text).toBe(text.slice(f.start, f.end))
        prev = f.end
      }
    }
  })
  it('handles a pathological line of separated digits (catastrophic backtracking would hit the test timeout)', () => {
    const text = Array.from({ length: 20000 }, (_, i) => String(i % 10)).join(' ')
    for (const f of scan(text)) expect(f.text).toBe(text.slice(f.start, f.end))
  })
})
