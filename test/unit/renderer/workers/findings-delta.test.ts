import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyFindings, type KeyedFinding } from '../../../../shared/findings/finding-key'
import { scan, type Reason } from '../../../../shared/pii/index'
import { applyDelta, findingsDelta } from '../../../../renderer/workers/findings-delta'

const labelled = path.resolve(import.meta.dirname, '../../../fixtures/pii/labelled')

const A: Reason = { code: 'label', params: { label: '户主' } }
const B: Reason = { code: 'label', params: { label: '姓名' } }

function finding(key: string, start: number, text: string, extra: Partial<KeyedFinding> = {}): KeyedFinding {
  return { type: 'PERSON_NAME', start, end: start + text.length, text, confidence: 0.9, rule: 'r', reasons: [A], key, ...extra }
}

/** A small deterministic generator, so a failure names the edit that caused it. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('findings as a change to the last reply', () => {
  it('sends only what changed: equal findings before the edit, equal moved ones after it', () => {
    const before = [finding('a', 0, '王建国'), finding('b', 10, '李秀英'), finding('c', 20, '张伟')]
    const after = [finding('a', 0, '王建国'), finding('b2', 10, '李秀英东'), finding('c', 21, '张伟')]
    const delta = findingsDelta(before, after, 1)
    expect(delta).toEqual({ keep: 1, tail: 1, shift: 1, fresh: [after[1]], rekeyed: [] })
    expect(applyDelta(before, delta)).toEqual(after)
  })

  it('sends only the new key of a later repeat whose ordinal changed', () => {
    const before = [finding('A:h:0', 0, '王建国'), finding('A:h:1', 10, '王建国'), finding('A:h:2', 20, '王建国'), finding('B:k:0', 30, '李秀英')]
    const after = [finding('A:h:0', 0, '王建国'), finding('C:j:0', 10, '王建军'), finding('A:h:1', 20, '王建国'), finding('B:k:0', 30, '李秀英')]
    const delta = findingsDelta(before, after, 0)
    expect(delta).toEqual({ keep: 1, tail: 2, shift: 0, fresh: [after[1]], rekeyed: [0, 'A:h:1'] })
    expect(applyDelta(before, delta)).toEqual(after)
  })

  it('keeps a finding whose reasons are new objects saying the same (a rescan builds them afresh)', () => {
    const base = finding('a', 5, '王建国', { reasons: [{ ...A, but: B }] })
    const again = finding('a', 5, '王建国', { reasons: [{ code: 'label', params: { label: '户主' }, but: { code: 'label', params: { label: '姓名' } } }] })
    const delta = findingsDelta([base], [again], 0)
    expect(delta.keep).toBe(1)
    expect(delta.fresh).toEqual([])
  })

  it('keeps nothing that differs in any field, so the result is the new list field for field', () => {
    const base = finding('a', 5, '王建国')
    const variants: Partial<KeyedFinding>[] = [{ type: 'ADDRESS' }, { confidence: 0.5 }, { rule: 'q' }, { reasons: [B] }, { reasons: [A, B] }, { reasons: [{ code: 'label', params: { label: '户主', other: '1' } }] }, { reasons: [{ code: 'label' }] }, { reasons: [{ ...A, but: B }] }, { end: 9 }, { text: '王建军' }]
    for (const variant of variants) {
      const after = [{ ...base, ...variant }]
      const delta = findingsDelta([base], after, 0)
      expect(delta.keep + delta.tail).toBe(0)
      expect(applyDelta([base], delta)).toEqual(after)
    }
    // a new key alone: kept in place, its key sent
    const rekeyed = [{ ...base, key: 'x' }]
    expect(findingsDelta([base], rekeyed, 0)).toMatchObject({ keep: 0, tail: 1, fresh: [], rekeyed: [0, 'x'] })
    expect(applyDelta([base], findingsDelta([base], rekeyed, 0))).toEqual(rekeyed)
  })

  it('a moved finding at the head is sent again, not kept', () => {
    const before = [finding('a', 4, '王建国')]
    const after = [finding('a', 5, '王建国')]
    expect(findingsDelta(before, after, 0).fresh).toEqual(after)
    expect(applyDelta(before, findingsDelta(before, after, 1))).toEqual(after)
  })

  it('refuses a delta made against a longer list', () => {
    expect(() => applyDelta([], { keep: 1, tail: 0, shift: 0, fresh: [], rekeyed: [] })).toThrow(RangeError)
  })

  it('rebuilds the scan of every text after random edits to labelled notices, as the worker and page do', () => {
    const next = random(14)
    const files = fs.readdirSync(labelled).filter((name) => name.endsWith('.txt')).sort().slice(0, 12)
    const hashes = new Map<string, string>()
    const pieces = ['王秀英', '13812345678', '\t', '\n', '某某村3组', '。', '身份证号', '']
    for (const file of files) {
      let text = fs.readFileSync(path.join(labelled, file), 'utf8')
      let held: KeyedFinding[] = []
      let sent: KeyedFinding[] = []
      let sentLength = 0
      for (let step = 0; step < 6; step++) {
        const at = Math.floor(next() * (text.length + 1))
        const cut = Math.min(text.length - at, Math.floor(next() * 4))
        text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at + cut)
        const findings = keyFindings('notice-1', scan(text), hashes)
        const delta = findingsDelta(sent, findings, text.length - sentLength)
        // what crosses to the page is a structured clone
        held = applyDelta(held, structuredClone(delta))
        sent = findings
        sentLength = text.length
        expect(held, `${file}, edit ${step}`).toEqual(findings)
      }
    }
  })
})
