import { describe, expect, it } from 'vitest'
import { lazyArray, writeJson } from '../../../../electron/cli/json-stream'

/** Collects what writeJson sends, call by call, the way processOutput would write it. */
function capture(): { calls: string[]; text: () => string; out: { out(text: string): void; err(text: string): void } } {
  const calls: string[] = []
  return {
    calls,
    text: () => calls.map((c) => (c.endsWith('\n') ? c : `${c}\n`)).join(''),
    out: { out: (text) => void calls.push(text), err: () => undefined },
  }
}

function* findings(n: number) {
  for (let i = 0; i < n; i++) yield { type: 'ID_CARD', start: i, end: i + 18, text: `身份证\u2028"${i}"\n`, confidence: 0.99, rule: 'id-card-18', reasons: ['checksum', `第${i}行`] }
}

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, lazy arrays read in place', () => {
    const eager = {
      files: [
        { path: 'a.txt', findings: [...findings(3)], warnings: [{ message: { 'zh-CN': '注意', en: 'note' } }], hidden: [] },
        { path: 'empty.txt', findings: [], skipped: undefined },
        { path: 'b.html', findings: [...findings(1)], location: { markupStart: 1, markupEnd: 2 } },
      ],
      nothing: [],
    }
    const lazy = {
      files: lazyArray([
        { path: 'a.txt', findings: lazyArray(findings(3)), warnings: [{ message: { 'zh-CN': '注意', en: 'note' } }], hidden: [] },
        { path: 'empty.txt', findings: lazyArray(findings(0)), skipped: undefined },
        { path: 'b.html', findings: lazyArray(findings(1)), location: { markupStart: 1, markupEnd: 2 } },
      ]),
      nothing: lazyArray([]),
    }
    const sink = capture()
    writeJson(sink.out, lazy)
    expect(sink.text()).toBe(`${JSON.stringify(eager, null, 2)}\n`)
    expect(JSON.parse(sink.text())).toEqual(JSON.parse(JSON.stringify(eager)))
  })

  it('writes a large array in whole-line chunks, never as one string', () => {
    let made = 0
    let largestWrite = 0
    function* counted() {
      for (const f of findings(20_000)) {
        made++
        yield f
      }
    }
    const calls: string[] = []
    writeJson(
      {
        out: (text) => {
          largestWrite = Math.max(largestWrite, text.length)
          calls.push(text)
        },
        err: () => undefined,
      },
      { files: lazyArray([{ path: 'big.txt', findings: lazyArray(counted()) }]) },
    )
    expect(made).toBe(20_000)
    expect(calls.length).toBeGreaterThan(10)
    expect(largestWrite).toBeLessThan(128 * 1024)
    for (const call of calls.slice(0, -1)) expect(call.endsWith('\n')).toBe(true)
    const doc = JSON.parse(calls.join('') + '\n') as { files: { findings: unknown[] }[] }
    expect(doc.files[0]?.findings).toHaveLength(20_000)
  })

  it('writes items as it goes: the first chunk is out before the last item is made', () => {
    let made = 0
    let madeAtFirstWrite = -1
    function* counted() {
      for (const f of findings(20_000)) {
        made++
        yield f
      }
    }
    writeJson({ out: () => void (madeAtFirstWrite < 0 && (madeAtFirstWrite = made)), err: () => undefined }, { findings: lazyArray(counted()) })
    expect(madeAtFirstWrite).toBeGreaterThan(0)
    expect(madeAtFirstWrite).toBeLessThan(20_000)
  })
})
