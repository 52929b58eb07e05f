/**
 * Fits the name model's weights (shared/pii/data/name-weights.ts) by L2-regularised logistic regression
 * on labelled DEVELOPMENT folders only (NAME.txt + NAME.json with {labels:[{type,start,end,dontCare?}]});
 * never on the held-out notices.
 *   node --import tsx scripts/pii-fit-name-model.ts DEV_DIR... [--dry]
 * A reading is positive when its span is exactly a labelled PERSON_NAME, negative otherwise; readings that
 * overlap a don't-care label are left out. Folders of notices with no people (collocations) need no
 * labels: every reading there is negative.
 * It also writes shared/pii/data/name-context.ts, the tables of the characters around names that two features read;
 * those features' weights are fitted on values from tables of the other folds (five groups of folders), and the shipped
 * tables are made from all the folders given.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { normalize, offsetMapper } from '../shared/pii/normalize'
import { FEATURES, FEATURE_COUNT, nameReadings, nameScore } from '../shared/pii/detectors/name-model'

type Label = { type: string; start: number; end: number; dontCare?: boolean }
const args = process.argv.slice(2)
const dry = args.includes('--dry')
const dirs = args.filter((a) => !a.startsWith('--'))
if (dirs.length === 0) {
  console.error('usage: node --import tsx scripts/pii-fit-name-model.ts DEV_DIR... [--dry]')
  process.exit(2)
}

const X: Float64Array[] = []
const Y: number[] = []
/** each reading's folder, and the characters right before and right after it (a line break at either end of the text) */
const FOLDER: number[] = []
const PREV: number[] = []
const NEXT: number[] = []
const CTX_BEFORE = FEATURES.indexOf('characters before, as names have them')
const CTX_AFTER = FEATURES.indexOf('characters after, as names have them')
/** the two characters before and after, as one key each: the first's code × 65536 + the second's */
const PREV2: number[] = []
const NEXT2: number[] = []
/** whether an office's unit word stands right before the reading (康复部, 磨滩村): it claims the characters before */
const UNIT_BEFORE: boolean[] = []
/** a text's character code at `i`, a line break beyond either end */
const codeAt = (t: string, i: number): number => (i >= 0 && i < t.length ? t.charCodeAt(i) : 10)
let gold = 0
let goldReachable = 0
for (const [folder, dir] of dirs.entries()) {
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder`)
    process.exit(1)
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8')
    const jsonPath = path.join(dir, file.replace(/\.txt$/, '.json'))
    let labels: Label[] = []
    if (existsSync(jsonPath)) {
      const parsed = JSON.parse(readFileSync(jsonPath, 'utf8')) as { labels?: Label[] }
      if (!Array.isArray(parsed.labels)) throw new Error(`${jsonPath}: no labels array`)
      labels = parsed.labels
    }
    const names = labels.filter((l) => l.type === 'PERSON_NAME' && !l.dontCare)
    const dontCare = labels.filter((l) => l.dontCare || l.type !== 'PERSON_NAME')
    const nameTexts = new Set(names.map((g) => text.slice(g.start, g.end)))
    const norm = normalize(text)
    const mapper = offsetMapper(norm)
    const hit = new Set<string>()
    nameReadings(norm.text, (r) => {
      mapper.span(r.start, r.end)
      const s = mapper.start
      const e = mapper.end
      // every occurrence of a labelled name is that name, whether or not the writer marked each one
      const positive = names.some((g) => g.start === s && g.end === e) || (nameTexts.has(text.slice(s, e)) && !labels.some((g) => g.start < e && s < g.end))
      if (!positive && labels.some((g) => (g.dontCare || g.type === 'PERSON_NAME') && g.start < e && s < g.end && dontCare.includes(g))) return
      if (positive) hit.add(`${s}:${e}`)
      X.push(Float64Array.from(r.features))
      Y.push(positive ? 1 : 0)
      FOLDER.push(folder)
      PREV.push(codeAt(norm.text, r.start - 1))
      NEXT.push(codeAt(norm.text, r.end))
      PREV2.push(codeAt(norm.text, r.start - 2) * 65536 + codeAt(norm.text, r.start - 1))
      NEXT2.push(codeAt(norm.text, r.end) * 65536 + codeAt(norm.text, r.end + 1))
      UNIT_BEFORE.push(r.unitBefore)
    })
    gold += names.length
    goldReachable += names.filter((g) => hit.has(`${g.start}:${g.end}`)).length
  }
}
const pos = Y.reduce((a, b) => a + b, 0)
console.log(`${X.length} readings, ${pos} positive; ${goldReachable} of ${gold} labelled names are among the readings`)

/**
 * The context tables: for each character seen right before (after) at least CTX_MIN readings, how much likelier
 * a name is there than a reading on average — the log-odds of the smoothed rate (CTX_PRIOR readings at the
 * average rate added) less the average's, clipped to ±4, in tenths.
 */
const CTX_MIN = 3
const CTX_PRIOR = 10
/** a pair of characters is its own context from this many readings (its table keeps a value of 0: it overrides the character alone) */
const CTX_PAIR_MIN = 5
function contextTable(codes: number[], use: (i: number) => boolean, pairMin = 0): Map<number, number> {
  const pos = new Map<number, number>()
  const all = new Map<number, number>()
  let p = 0
  let n = 0
  for (let i = 0; i < codes.length; i++) {
    if (!use(i)) continue
    const c = codes[i] ?? 0
    all.set(c, (all.get(c) ?? 0) + 1)
    n++
    if (Y[i]) {
      pos.set(c, (pos.get(c) ?? 0) + 1)
      p++
    }
  }
  const r0 = p / Math.max(1, n)
  const logit = (r: number): number => Math.log(r / (1 - r))
  const table = new Map<number, number>()
  for (const [c, count] of all) {
    if (count < (pairMin || CTX_MIN)) continue
    const r = ((pos.get(c) ?? 0) + CTX_PRIOR * r0) / (count + CTX_PRIOR)
    const v = Math.round(Math.max(-4, Math.min(4, logit(r) - logit(r0))) * 10)
    if (v !== 0 || pairMin) table.set(c, v)
  }
  return table
}
// the weights are fitted on values each reading's own folder had no part in (five groups of folders, each
// read with the tables of the other four), so they weigh the tables as they will weigh unseen text
const FOLDS = 5
for (let k = 0; k < FOLDS; k++) {
  const others = (i: number): boolean => (FOLDER[i] ?? 0) % FOLDS !== k
  const before = contextTable(PREV, others)
  const after = contextTable(NEXT, others)
  const before2 = contextTable(PREV2, others, CTX_PAIR_MIN)
  const after2 = contextTable(NEXT2, others, CTX_PAIR_MIN)
  for (let i = 0; i < X.length; i++) {
    if (others(i)) continue
    const x = X[i]
    // (the pair where it was seen often enough, else the nearer character alone: as detectors/name-readings.ts reads them)
    // (a unit word before claims the characters before: as detectors/name-readings.ts reads them)
    x[CTX_BEFORE] = UNIT_BEFORE[i] ? 0 : (before2.get(PREV2[i] ?? 0) ?? before.get(PREV[i] ?? 0) ?? 0) / 10
    x[CTX_AFTER] = (after2.get(NEXT2[i] ?? 0) ?? after.get(NEXT[i] ?? 0) ?? 0) / 10
  }
}

// Newton's method (iteratively reweighted least squares) with an L2 penalty (not on the bias)
const w = new Float64Array(FEATURE_COUNT)
w[0] = -4
const lambda = 1
for (let iter = 0; iter < 80; iter++) {
  const grad = new Float64Array(FEATURE_COUNT)
  const H = Array.from({ length: FEATURE_COUNT }, () => new Float64Array(FEATURE_COUNT))
  for (let i = 0; i < X.length; i++) {
    const x = X[i]
    const p = nameScore(x, Array.from(w))
    const err = p - (Y[i] ?? 0)
    const v = p * (1 - p)
    for (let j = 0; j < FEATURE_COUNT; j++) {
      const xj = x[j] ?? 0
      if (!xj) continue
      grad[j] = (grad[j] ?? 0) + err * xj
      const row = H[j] as Float64Array
      for (let k = 0; k < FEATURE_COUNT; k++) row[k] = (row[k] ?? 0) + v * xj * (x[k] ?? 0)
    }
  }
  for (let j = 1; j < FEATURE_COUNT; j++) {
    grad[j] = (grad[j] ?? 0) + lambda * (w[j] ?? 0)
    ;(H[j] as Float64Array)[j] = ((H[j] as Float64Array)[j] ?? 0) + lambda
  }
  ;(H[0] as Float64Array)[0] = ((H[0] as Float64Array)[0] ?? 0) + 1e-6
  const step = solve(H, grad)
  // damped: a full Newton step from far away overshoots on a logistic loss
  const largest = step.reduce((a, v) => Math.max(a, Math.abs(v)), 0)
  if (largest > 1) for (let j = 0; j < FEATURE_COUNT; j++) step[j] = (step[j] ?? 0) / largest
  let size = 0
  for (let j = 0; j < FEATURE_COUNT; j++) {
    w[j] = (w[j] ?? 0) - (step[j] ?? 0)
    size += Math.abs(step[j] ?? 0)
  }
  if (process.env.FIT_DEBUG) console.log(iter, size.toFixed(4), Array.from(w.slice(0, 4), (v) => v.toFixed(2)).join(' '))
  if (size < 1e-6) break
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length
  const M = A.map((row, i) => [...row, b[i] ?? 0])
  for (let c = 0; c < n; c++) {
    let piv = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]?.[c] ?? 0) > Math.abs(M[piv]?.[c] ?? 0)) piv = r
    ;[M[c], M[piv]] = [M[piv], M[c]]
    const pr = M[c]
    const d = pr[c] || 1e-12
    for (let r = c + 1; r < n; r++) {
      const row = M[r]
      const f = (row[c] ?? 0) / d
      if (f) for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pr[k] ?? 0)
    }
  }
  const x = new Float64Array(n)
  for (let r = n - 1; r >= 0; r--) {
    const row = M[r]
    let sum = row[n] ?? 0
    for (let k = r + 1; k < n; k++) sum -= (row[k] ?? 0) * (x[k] ?? 0)
    x[r] = sum / (row[r] || 1e-12)
  }
  return x
}
let ll = 0
for (let i = 0; i < X.length; i++) {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, nameScore(X[i], Array.from(w))))
  ll += Y[i] ? Math.log(p) : Math.log(1 - p)
}
console.log(`mean log-likelihood ${(ll / X.length).toFixed(4)}`)
for (let j = 0; j < FEATURE_COUNT; j++) console.log(`  ${(FEATURES[j] ?? '').padEnd(36)} ${(w[j] ?? 0).toFixed(3)}`)

/** a folder as the reader of this repository knows it: test/fixtures/… wherever the copy was read from */
function shown(d: string): string {
  const abs = path.resolve(d)
  const at = abs.indexOf(`${path.sep}test${path.sep}fixtures${path.sep}`)
  return at >= 0 ? abs.slice(at + 1) : path.relative(path.resolve(import.meta.dirname, '..'), abs)
}

if (!dry) {
  const target = path.resolve(import.meta.dirname, '..', 'shared', 'pii', 'data', 'name-weights.ts')
  const round = Array.from(w, (v) => Math.round(v * 1000) / 1000)
  writeFileSync(
    target,
    `/**
 * GENERATED by scripts/pii-fit-name-model.ts (L2 logistic regression) from the development notices:
 *   ${dirs.map(shown).join(' ')}
 * ${X.length} readings, ${pos} of them names. One weight per feature of detectors/name-model.ts, in its order:
${FEATURES.map((f, j) => ` *   ${f}: ${round[j]}`).join('\n')}
 * Do not edit by hand.
 */
export const nameModelWeights: readonly number[] = [${round.join(', ')}]
/** readings below this probability are not proposed */
export const nameModelMinConfidence = 0.3
`,
  )
  console.log(`wrote ${target}`)
  // (a two-character context's key is its first code × 65536 + its second: written as those two characters)
  const packed = (table: Map<number, number>): string => {
    const codes = [...table.keys()].sort((a, b) => a - b)
    const chars = codes.map((c) => (c >= 65536 ? String.fromCharCode(Math.floor(c / 65536), c % 65536) : String.fromCharCode(c))).join('')
    return `{ chars: ${JSON.stringify(chars)}, values: [${codes.map((c) => table.get(c)).join(', ')}] }`
  }
  const contextTarget = path.resolve(import.meta.dirname, '..', 'shared', 'pii', 'data', 'name-context.ts')
  writeFileSync(
    contextTarget,
    `/**
 * GENERATED by scripts/pii-fit-name-model.ts from the same development notices as name-weights.ts: for each character
 * seen right before (after) at least ${CTX_MIN} of the name model's readings there (a pair of characters: ${CTX_PAIR_MIN}, and its value is kept even when 0, since it replaces the nearer character's), how much likelier a labelled name is
 * with it than a reading on average, in tenths of a log-odds (smoothed with ${CTX_PRIOR} readings at the average rate,
 * clipped to ±4). Derived from our own labelled notices only.
 * Do not edit by hand.
 */
export const nameContextBefore: { chars: string; values: readonly number[] } = ${packed(contextTable(PREV, () => true))}
export const nameContextAfter: { chars: string; values: readonly number[] } = ${packed(contextTable(NEXT, () => true))}
export const nameContextBefore2: { chars: string; values: readonly number[] } = ${packed(contextTable(PREV2, () => true, CTX_PAIR_MIN))}
export const nameContextAfter2: { chars: string; values: readonly number[] } = ${packed(contextTable(NEXT2, () => true, CTX_PAIR_MIN))}
`,
  )
  console.log(`wrote ${contextTarget}`)
}
