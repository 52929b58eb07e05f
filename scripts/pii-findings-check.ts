/**
 * Behaviour check for engine work: every finding of every document under test/fixtures/pii and
 * ../shared/corpus/public*, written to a snapshot (record) or compared with one (compare).
 *   node --import tsx scripts/pii-findings-check.ts record /tmp/before.json
 *   node --import tsx scripts/pii-findings-check.ts compare /tmp/before.json
 * Each document is scanned at the default threshold, at threshold 0 and uncalibrated, and the
 * (start, end, type, confidence, rule, reasons) of every finding is compared.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { reasonsEnglish, scan } from '../shared/pii/index'

const roots = [path.resolve('test/fixtures/pii'), ...(existsSync('../shared/corpus') ? readdirSync('../shared/corpus').filter((d) => d.startsWith('public')).map((d) => path.resolve('../shared/corpus', d)) : [])]

function files(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e)
    if (statSync(p).isDirectory()) out.push(...files(p))
    else if (!e.endsWith('.json')) out.push(p)
  }
  return out
}

const today = new Date('2026-12-01T00:00:00Z')
const snapshot: Record<string, string[]> = {}
for (const root of roots) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8')
    const key = path.relative(process.cwd(), file)
    const lines: string[] = []
    for (const [mode, opts] of [['default', {}], ['min0', { minConfidence: 0 }], ['raw', { minConfidence: 0, calibrated: false }]] as const) {
      for (const f of scan(text, { ...opts, today })) lines.push(`${mode} ${f.start} ${f.end} ${f.type} ${f.confidence} ${f.rule} ${JSON.stringify(reasonsEnglish(f.reasons))}`)
    }
    snapshot[key] = lines
  }
}

const [mode, out] = process.argv.slice(2)
const docs = Object.keys(snapshot).length
const total = Object.values(snapshot).reduce((n, l) => n + l.length, 0)
if (mode === 'record' && out) {
  writeFileSync(out, JSON.stringify(snapshot))
  process.stdout.write(`recorded ${docs} documents, ${total} findings → ${out}\n`)
} else if (mode === 'compare' && out) {
  const before = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string[]>
  let differ = 0
  for (const key of new Set([...Object.keys(before), ...Object.keys(snapshot)])) {
    const a = before[key] ?? []
    const b = snapshot[key] ?? []
    if (a.join('\n') === b.join('\n')) continue
    differ++
    const sa = new Set(a)
    const sb = new Set(b)
    process.stdout.write(`DIFF ${key}\n`)
    for (const l of a) if (!sb.has(l)) process.stdout.write(`  - ${l}\n`)
    for (const l of b) if (!sa.has(l)) process.stdout.write(`  + ${l}\n`)
  }
  process.stdout.write(`${docs} documents, ${total} findings (before: ${Object.keys(before).length} documents, ${Object.values(before).reduce((n, l) => n + l.length, 0)} findings): ${differ ? `${differ} documents DIFFER` : 'all identical'}\n`)
  process.exitCode = differ ? 1 : 0
} else {
  process.stderr.write('usage: pii-findings-check.ts record|compare <file>\n')
  process.exitCode = 2
}
