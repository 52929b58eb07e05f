/**
 * The PII engine against labelled folders (NAME.txt + NAME.json: {labels:[{type,start,end,text,dontCare?}]}):
 * per type recall, full coverage and precision; structured full coverage; the structured values and names
 * whose original text survives `redact --policy strict`. A folder of notices with no people (collocations)
 * may have labels or none; its PERSON_NAME findings are counted.
 *   npm run eval:pii [-- DIR...] [--json] [--misses TYPE]
 * Default folders (repository-relative): test/fixtures/pii/prose-dev, prose-holdout, prose-collocations,
 * and the public sample ../shared/corpus/public when it is there. Same scoring as ../shared/tools/eval-pii.mjs:
 * a label is caught when a finding overlaps it, fully covered when every letter or digit of it is inside
 * findings; a finding is right when it overlaps any label (don't-care included).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { scan, type Finding } from '../shared/pii/index'
import { getPolicy } from '../shared/policy/index'
import { itemsWithReviewMasked, redactionPlan, redactText } from '../shared/redact/index'

type Label = { type: string; start: number; end: number; text?: string; dontCare?: boolean }
export const STRUCTURED = ['ID_CARD', 'MOBILE', 'LANDLINE', 'BANK_CARD', 'EMAIL', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'LICENSE_PLATE', 'IP_ADDRESS']
const root = path.resolve(import.meta.dirname, '..')
const sig = (ch: string): boolean => /[0-9A-Za-z\u4e00-\u9fff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(ch)

export type TypeRow = { type: string; gold: number; caught: number; covered: number; found: number; right: number }
export type FolderResult = {
  dir: string
  docs: number
  rows: TypeRow[]
  structuredFull: number | null
  strictSurvivors: { structured: number; names: number }
  misses: string[]
  falsePositives: string[]
  /** every finding with whether it was right, for calibration */
  scored: { type: string; confidence: number; right: boolean }[]
}

export function loadFolder(dir: string): { file: string; text: string; labels: Label[] }[] {
  if (!existsSync(dir)) throw new Error(`${dir}: no such folder`)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('README'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f)
      const json = file.replace(/\.txt$/, '.json')
      let labels: Label[] = []
      if (existsSync(json)) {
        const parsed = JSON.parse(readFileSync(json, 'utf8')) as { labels?: unknown }
        if (!Array.isArray(parsed.labels)) throw new Error(`${json}: no "labels" array`)
        labels = parsed.labels as Label[]
      }
      return { file, text: readFileSync(file, 'utf8'), labels }
    })
}

export function evaluateFolder(dir: string, findingsOf: (text: string) => Finding[] = (t) => scan(t)): FolderResult {
  const strict = getPolicy('strict')
  if (!strict) throw new Error('the strict policy is missing')
  const stats = new Map<string, TypeRow>()
  const S = (t: string): TypeRow => {
    let s = stats.get(t)
    if (!s) stats.set(t, (s = { type: t, gold: 0, caught: 0, covered: 0, found: 0, right: 0 }))
    return s
  }
  const res: FolderResult = { dir, docs: 0, rows: [], structuredFull: null, strictSurvivors: { structured: 0, names: 0 }, misses: [], falsePositives: [], scored: [] }
  const docs = loadFolder(dir)
  for (const { file, text, labels } of docs) {
    res.docs++
    const found = findingsOf(text)
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end
    const near = (s: number, e: number): string => `${text.slice(Math.max(0, s - 8), s)}【${text.slice(s, e)}】${text.slice(e, e + 8)}`.replace(/\s+/g, ' ')
    for (const g of labels) {
      if (g.dontCare) continue
      const s = S(g.type)
      s.gold++
      const hits = found.filter((f) => ov(f, g))
      if (hits.length) s.caught++
      let all = true
      for (let i = g.start; i < g.end; i++) if (sig(text[i] ?? '') && !hits.some((f) => f.start <= i && i < f.end)) all = false
      if (all && hits.length) s.covered++
      else res.misses.push(`${g.type} ${near(g.start, g.end)} (${path.basename(file)})`)
    }
    for (const f of found) {
      const s = S(f.type)
      s.found++
      const right = labels.some((g) => ov(f, g))
      if (right) s.right++
      else res.falsePositives.push(`${f.type} ${near(f.start, f.end)} ${f.confidence} ${f.rule} (${path.basename(file)})`)
      res.scored.push({ type: f.type, confidence: f.confidence, right })
    }
    // what a strict redaction leaves: a labelled value whose text still stands where it stood
    const plan = redactionPlan(text, found, strict)
    const items = itemsWithReviewMasked(plan, strict)
    const covered = new Uint8Array(text.length)
    for (const it of [...items.map((i) => i.finding), ...plan.blocked.map((b) => b.finding)]) covered.fill(1, it.start, it.end)
    redactText(text, items)
    for (const g of labels) {
      if (g.dontCare) continue
      let leaks = false
      for (let i = g.start; i < g.end; i++) if (sig(text[i] ?? '') && !covered[i]) leaks = true
      if (!leaks) continue
      if (STRUCTURED.includes(g.type)) res.strictSurvivors.structured++
      if (g.type === 'PERSON_NAME') res.strictSurvivors.names++
    }
  }
  res.rows = [...stats.values()].sort((a, b) => b.gold - a.gold || a.type.localeCompare(b.type))
  const st = res.rows.filter((r) => STRUCTURED.includes(r.type))
  const g = st.reduce((a, r) => a + r.gold, 0)
  res.structuredFull = g ? st.reduce((a, r) => a + r.covered, 0) / g : null
  return res
}

const r3 = (x: number | null): string => (x === null ? '—' : (Math.round(x * 1000) / 1000).toFixed(3))

function main(): void {
  const args = process.argv.slice(2)
  const asJson = args.includes('--json')
  const missType = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined
  const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--misses')
  const defaults = ['test/fixtures/pii/prose-dev', 'test/fixtures/pii/prose-holdout', 'test/fixtures/pii/prose-collocations', '../shared/corpus/public'].map((d) => path.resolve(root, d))
  const chosen = dirs.length ? dirs.map((d) => path.resolve(d)) : defaults.filter((d) => existsSync(d))
  if (chosen.length === 0) {
    console.error('pii-eval: no labelled folders found (looked for test/fixtures/pii/prose-dev, prose-holdout, prose-collocations)')
    process.exit(2)
  }
  const results = chosen.map((d) => evaluateFolder(d))
  if (asJson) {
    console.log(JSON.stringify(results.map(({ scored: _s, ...r }) => r), null, 1))
    return
  }
  for (const r of results) {
    const name = path.relative(root, r.dir) || r.dir
    console.log(`\n${name}: ${r.docs} notices`)
    console.log('  type                 gold  recall  full   found  precision')
    for (const t of r.rows) console.log(`  ${t.type.padEnd(20)} ${String(t.gold).padStart(4)}  ${r3(t.gold ? t.caught / t.gold : null)}   ${r3(t.gold ? t.covered / t.gold : null)}  ${String(t.found).padStart(4)}   ${r3(t.found ? t.right / t.found : null)}`)
    const names = r.rows.find((t) => t.type === 'PERSON_NAME')
    console.log(`  structured full coverage ${r3(r.structuredFull)}; under strict, ${r.strictSurvivors.structured} structured values and ${r.strictSurvivors.names} names survive`)
    if (/collocation/.test(name)) console.log(`  name findings in notices with no people: ${names?.found ?? 0} (goal 0)`)
    else if (names?.gold) console.log(`  names: recall ${r3(names.caught / names.gold)} at precision ${r3(names.found ? names.right / names.found : null)} (goal ≥ 0.95 / ≥ 0.95)`)
    if (missType) {
      for (const m of r.misses.filter((m) => m.startsWith(missType))) console.log(`  miss ${m}`)
      for (const m of r.falsePositives.filter((m) => m.startsWith(missType))) console.log(`  false ${m}`)
    }
  }
  if (results.length > 1) console.log(`\n${goalsTogether(results).join('\n')}`)
}

/**
 * The goals over several labelled folders taken together (the collocation folders apart: their goal is no name
 * finding at all), each with met or not met.
 */
export function goalsTogether(results: readonly FolderResult[]): string[] {
  const labelled = results.filter((r) => !/collocation/.test(r.dir))
  const total = (type: string): TypeRow => {
    const t: TypeRow = { type, gold: 0, caught: 0, covered: 0, found: 0, right: 0 }
    for (const r of labelled)
      for (const row of r.rows.filter((x) => x.type === type)) {
        t.gold += row.gold
        t.caught += row.caught
        t.covered += row.covered
        t.found += row.found
        t.right += row.right
      }
    return t
  }
  const ratio = (a: number, b: number): number | null => (b ? a / b : null)
  const ok = (x: number | null, goal: number): string => (x === null ? 'no labels' : x >= goal ? 'met' : 'not met')
  const names = total('PERSON_NAME')
  const health = total('HEALTH')
  const address = total('ADDRESS')
  let structuredGold = 0
  let structuredCovered = 0
  for (const type of STRUCTURED) {
    const t = total(type)
    structuredGold += t.gold
    structuredCovered += t.covered
  }
  const survivors = labelled.reduce((a, r) => a + r.strictSurvivors.structured, 0)
  const lines = [
    `${labelled.length} labelled folders together (${labelled.reduce((a, r) => a + r.docs, 0)} notices):`,
    `  names: recall ${r3(ratio(names.caught, names.gold))} at precision ${r3(ratio(names.right, names.found))} — goal ≥ 0.95 / ≥ 0.95: ${ok(Math.min(ratio(names.caught, names.gold) ?? 0, ratio(names.right, names.found) ?? 0), 0.95)}`,
    `  health: recall ${r3(ratio(health.caught, health.gold))} at precision ${r3(ratio(health.right, health.found))} (full ${r3(ratio(health.covered, health.gold))}) — goal ≥ 0.9 / ≥ 0.9: ${ok(Math.min(ratio(health.caught, health.gold) ?? 0, ratio(health.right, health.found) ?? 0), 0.9)}`,
    `  address full coverage ${r3(ratio(address.covered, address.gold))} — goal ≥ 0.85: ${ok(ratio(address.covered, address.gold), 0.85)}`,
    `  structured full coverage ${r3(ratio(structuredCovered, structuredGold))} — goal ≥ 0.995: ${ok(ratio(structuredCovered, structuredGold), 0.995)}`,
    `  structured values surviving redact --policy strict: ${survivors} — goal 0: ${survivors === 0 ? 'met' : 'not met'}`,
  ]
  const collocations = results.filter((r) => /collocation/.test(r.dir))
  if (collocations.length) {
    const found = collocations.reduce((a, r) => a + (r.rows.find((x) => x.type === 'PERSON_NAME')?.found ?? 0), 0)
    lines.push(`  name findings in ${collocations.length} collocation folders: ${found} — goal 0: ${found === 0 ? 'met' : 'not met'}`)
  }
  return lines
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main()
