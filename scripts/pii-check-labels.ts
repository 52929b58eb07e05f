/**
 * Checks labelled folders (NAME.txt + NAME.json): every label's start/end are UTF-16 offsets into the
 * text, its `text` is exactly that slice, and no two labels overlap.
 *   node --import tsx scripts/pii-check-labels.ts DIR...
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

type Label = { type: string; start: number; end: number; text?: string }
let bad = 0
for (const dir of process.argv.slice(2)) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const text = readFileSync(path.join(dir, f.replace(/\.json$/, '.txt')), 'utf8')
    const labels = (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { labels: Label[] }).labels
    const sorted = [...labels].sort((a, b) => a.start - b.start)
    for (const [i, l] of sorted.entries()) {
      const problem =
        l.start < 0 || l.end > text.length || l.start >= l.end ? 'out of range' : l.text !== undefined && text.slice(l.start, l.end) !== l.text ? 'text differs from its slice' : i > 0 && sorted[i - 1].end > l.start ? 'overlaps the previous label' : ''
      if (problem) {
        bad++
        process.stdout.write(`${f}: ${l.type} at ${l.start}-${l.end}: ${problem}\n`)
      }
    }
  }
}
process.stdout.write(bad ? `${bad} bad labels\n` : 'all labels match their text\n')
process.exitCode = bad ? 1 : 0
