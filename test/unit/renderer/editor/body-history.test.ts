import { describe, expect, it } from 'vitest'
import { BodyHistory, diffOf } from '../../../../renderer/features/editor/body-history'

/** Types `text` one character at a time at `at`, recording each keystroke. */
function type(history: BodyHistory, body: string, at: number, text: string): string {
  for (const char of text) {
    const next = body.slice(0, at) + char + body.slice(at)
    history.record(body, next)
    body = next
    at += 1
  }
  return body
}

describe('diffOf', () => {
  it('finds the changed stretch', () => {
    expect(diffOf('甲乙丙', '甲丁丙')).toEqual({ at: 1, removed: '乙', inserted: '丁' })
    expect(diffOf('ab', 'abc')).toEqual({ at: 2, removed: '', inserted: 'c' })
    expect(diffOf('aaa', 'aa')).toEqual({ at: 2, removed: 'a', inserted: '' })
  })
})

describe('BodyHistory', () => {
  it('undoes a typing run as one step and redoes it', () => {
    const history = new BodyHistory()
    const body = type(history, '公示如下：', 5, '王建国')
    expect(body).toBe('公示如下：王建国')
    const undone = history.undo(body)
    expect(undone).toBe('公示如下：')
    expect(history.undo(undone ?? '')).toBeUndefined()
    expect(history.redo(undone ?? '')).toBe('公示如下：王建国')
  })

  it('keeps a grid row deletion a step of its own, between typing before and after it', () => {
    const history = new BodyHistory()
    const table = '户主\t电话\n王建国\t13812345678\n李小红\t13912345679'
    let body = type(history, table, 2, '姓名')
    const withoutRow = body.replace('王建国\t13812345678\n', '')
    history.record(body, withoutRow, 'structure')
    body = type(history, withoutRow, withoutRow.length, '0')
    expect(body.endsWith('13912345679 0'.replace(' ', ''))).toBe(true)
    body = history.undo(body) ?? ''
    expect(body).toBe(withoutRow)
    body = history.undo(body) ?? ''
    expect(body).toBe('户主姓名\t电话\n王建国\t13812345678\n李小红\t13912345679')
    body = history.undo(body) ?? ''
    expect(body).toBe(table)
    body = history.redo(history.redo(body) ?? '') ?? ''
    expect(body).toBe(withoutRow)
  })

  it('folds an IME composition (letters replaced by 汉字) into one step', () => {
    const history = new BodyHistory()
    let body = '第一行'
    for (const next of ['第一行n', '第一行ni', '第一行你']) {
      history.record(body, next)
      body = next
    }
    expect(history.undo(body)).toBe('第一行')
  })

  it('folds a backspace run and starts a new step after seal()', () => {
    const history = new BodyHistory()
    let body = '123456'
    for (const next of ['12345', '1234', '123']) {
      history.record(body, next)
      body = next
    }
    history.seal()
    history.record(body, '12')
    body = '12'
    expect(history.undo(body)).toBe('123')
    expect(history.undo('123')).toBe('123456')
  })

  it('a new edit after undo drops the redo steps; a body it does not know clears the history', () => {
    const history = new BodyHistory()
    history.record('a', 'ab', 'structure')
    const undone = history.undo('ab') ?? ''
    history.record(undone, 'ax', 'structure')
    expect(history.canRedo).toBe(false)
    expect(history.undo('something else')).toBeUndefined()
    expect(history.canUndo).toBe(false)
  })

  it('replays random edits back to the start and forward again', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const history = new BodyHistory()
    const bodies = ['序号\t姓名\n1\t王建国\n2\t李小红']
    for (let i = 0; i < 150; i++) {
      const body = bodies[bodies.length - 1]
      const at = random(body.length + 1)
      const cut = random(3)
      const next = body.slice(0, at) + '甲乙\n\t'.slice(random(4), 2 + random(3)) + body.slice(Math.min(body.length, at + cut))
      history.record(body, next, random(5) === 0 ? 'structure' : 'typing')
      if (random(4) === 0) history.seal()
      bodies.push(next)
    }
    let body = bodies[bodies.length - 1]
    const seen = [body]
    for (let u = history.undo(body); u !== undefined; u = history.undo(body)) {
      body = u
      seen.push(body)
    }
    expect(body).toBe(bodies[0])
    // every state undo passes through is one the typing passed through, in order
    let k = bodies.length - 1
    for (const state of seen) {
      while (k >= 0 && bodies[k] !== state) k--
      expect(k).toBeGreaterThanOrEqual(0)
    }
    for (let r = history.redo(body); r !== undefined; r = history.redo(body)) body = r
    expect(body).toBe(bodies[bodies.length - 1])
  })
})
