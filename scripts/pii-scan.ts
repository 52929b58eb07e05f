/**
 * Stand-in for `countersign scan --json` while the CLI is being written: prints the same JSON for
 * plain-text files so ../shared/tools/eval-pii.mjs can score shared/pii.
 * Run: node --import tsx scripts/pii-scan.ts [--json] [--reasons] FILE...
 */
import { readFileSync } from 'node:fs'
import { reasonsEnglish, scan } from '../shared/pii/index'

const args = process.argv.slice(2)
const withReasons = args.includes('--reasons')
const files = args.filter((a) => !a.startsWith('--'))
const out = files.map((path) => {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  const findings = scan(text).map((f) => {
    const { reasons: _reasons, ...rest } = f
    return withReasons ? { ...rest, reasons: reasonsEnglish(f.reasons) } : rest
  })
  return { path, findings }
})
process.stdout.write(JSON.stringify({ files: out }) + '\n')
