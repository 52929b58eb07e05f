/** One line of a diff: unchanged, added in the new text, or deleted from the old one. */
export type DiffOp = { op: 'same' | 'add' | 'del'; text: string }

/** Past this many differing lines the diff gives up on minimality and reports a block replace. */
const maxEdits = 1000

/**
 * 修改对比 — a line diff of two texts (Myers' O((N+M)·D) shortest edit script), for the reviewer's view of
 * what changed since a notice was sent back. Common head and tail are trimmed first, so a small change in a
 * long notice costs little; an enormous rewrite falls back to "all old lines deleted, all new added".
 */
export function lineDiff(before: string, after: string): DiffOp[] {
  const a = splitLines(before)
  const b = splitLines(after)
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const same = (lines: string[]): DiffOp[] => lines.map((text) => ({ op: 'same', text }))
  return [...same(a.slice(0, head)), ...middle(midA, midB), ...same(a.slice(a.length - tail))]
}

function splitLines(text: string): string[] {
  if (text === '') return []
  return text.replace(/\r\n?/g, '\n').split('\n')
}

function middle(a: string[], b: string[]): DiffOp[] {
  if (a.length === 0) return b.map((text) => ({ op: 'add', text }))
  if (b.length === 0) return a.map((text) => ({ op: 'del', text }))
  const trace = myersTrace(a, b)
  if (!trace) return [...a.map((text): DiffOp => ({ op: 'del', text })), ...b.map((text): DiffOp => ({ op: 'add', text }))]
  return backtrack(trace, a, b)
}

/**
 * For each edit count d, the furthest-reaching x per diagonal k before round d, as a window over
 * k = -d-1 … d+1 (index k + d + 1), so memory grows with D² rather than D·(N+M). Undefined past `maxEdits`.
 */
function myersTrace(a: string[], b: string[]): Int32Array[] | undefined {
  const n = a.length
  const m = b.length
  const limit = Math.min(n + m, maxEdits)
  const offset = limit + 1
  const v = new Int32Array(2 * limit + 3)
  const trace: Int32Array[] = []
  const snapshot = (d: number): Int32Array => v.slice(offset - d - 1, offset + d + 2)
  for (let d = 0; d <= limit; d++) {
    trace.push(snapshot(d))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return trace
    }
  }
  return undefined
}

function backtrack(trace: Int32Array[], a: string[], b: string[]): DiffOp[] {
  const ops: DiffOp[] = []
  let x = a.length
  let y = b.length
  // trace[d] is the state before round d; the last round reached the end
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]
    if (!v) break
    const offset = d + 1
    const k = x - y
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
    const prevK = down ? k + 1 : k - 1
    const prevX = d === 0 ? 0 : (v[offset + prevK] ?? 0)
    const prevY = d === 0 ? 0 : prevX - prevK
    while (x > prevX && y > prevY) {
      ops.push({ op: 'same', text: a[x - 1] })
      x--
      y--
    }
    if (d === 0) break
    if (down) ops.push({ op: 'add', text: b[y - 1] })
    else ops.push({ op: 'del', text: a[x - 1] })
    if (down) y--
    else x--
  }
  return ops.reverse()
}
