/**
 * Developer aid: prints each finding with its rule and reasons for text on stdin (or a file).
 * Run: echo '户主：张三' | node --import tsx scripts/pii-explain.ts [--all]
 */
import { readFileSync } from 'node:fs'
import { reasonsEnglish, scan } from '../shared/pii/index'

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--'))
const text = readFileSync(file ?? 0, 'utf8')
for (const f of scan(text, { minConfidence: args.includes('--all') ? 0.01 : undefined })) {
  process.stdout.write(`${f.type.padEnd(19)} ${f.confidence.toFixed(2)} ${JSON.stringify(f.text).padEnd(30)} ${f.rule} | ${reasonsEnglish(f.reasons).join('; ')}\n`)
}
