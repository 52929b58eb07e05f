/**
 * Builds labelled fixtures in the corpus format (NAME.txt + NAME.json with {labels:[{type,start,end,text}]})
 * from sources with inline marks: [[TYPE:value]] for an entity, [[TYPE?:value]] for "don't care".
 * Sources: test/fixtures/pii/src/*.txt → test/fixtures/pii/labelled/ by default; or name the folders:
 *   node --import tsx scripts/pii-build-fixtures.ts SRC_DIR OUT_DIR
 * (the prose sets: test/fixtures/pii/prose-src/dev → prose-dev, prose-src/holdout → prose-holdout).
 * Identifier placeholders keep sources readable and numbers valid: {{ID:340705:19720306:279}} becomes a
 * checksummed ID, {{IDBAD:…}} one with a wrong check character, {{CARD:622588:19}} a Luhn-valid card,
 * {{CARDBAD:…}} a Luhn-failing one, {{USCC:91340700MA2T1234X}} a checksummed USCC.
 * Run: node --import tsx scripts/pii-build-fixtures.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { idCardCheckChar, luhn, usccCheckChar } from '../shared/pii/index'

const root = path.resolve(import.meta.dirname, '..', 'test', 'fixtures', 'pii')
const srcDir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'src')
const outDir = process.argv[3] ? path.resolve(process.argv[3]) : path.join(root, 'labelled')
mkdirSync(outDir, { recursive: true })

function card(prefix: string, len: number, valid: boolean): string {
  let body = prefix
  for (let i = 0; body.length < len - 1; i++) body += String((i * 7 + prefix.length * 3 + 1) % 10)
  for (let d = 0; d <= 9; d++) if (luhn(body + d) === valid) return body + d
  return body + '0'
}

function expand(src: string): string {
  return src.replace(/\{\{(ID|IDBAD|CARD|CARDBAD|USCC):([^}]*)\}\}/g, (_, kind: string, arg: string) => {
    const a = arg.split(':')
    if (kind === 'ID' || kind === 'IDBAD') {
      const body = `${a[0]}${a[1]}${a[2]}`
      const check = idCardCheckChar(body) ?? '0'
      return body + (kind === 'ID' ? check : check === '0' ? '1' : '0')
    }
    if (kind === 'USCC') return (a[0] ?? '') + (usccCheckChar(a[0] ?? '') ?? '0')
    return card(a[0] ?? '62', Number(a[1] ?? 16), kind === 'CARD')
  })
}

for (const file of readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort()) {
  const src = expand(readFileSync(path.join(srcDir, file), 'utf8'))
  const labels: { type: string; start: number; end: number; text: string; dontCare?: boolean }[] = []
  let text = ''
  let last = 0
  if (/\[\[(?![A-Z_]+\??:)/.test(src)) throw new Error(`${file}: a [[ mark without TYPE: — check the marks`)
  for (const m of src.matchAll(/\[\[([A-Z_]+)(\??):([\s\S]*?)\]\]/g)) {
    text += src.slice(last, m.index)
    const value = m[3] ?? ''
    const label: (typeof labels)[number] = { type: m[1] ?? '', start: text.length, end: text.length + value.length, text: value }
    if (m[2] === '?') label.dontCare = true
    labels.push(label)
    text += value
    last = m.index + m[0].length
  }
  text += src.slice(last)
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${file}: an unbalanced [[ … ]] mark`)
  const base = file.replace(/\.txt$/, '')
  writeFileSync(path.join(outDir, `${base}.txt`), text)
  writeFileSync(path.join(outDir, `${base}.json`), JSON.stringify({ id: base, labels }, null, 1) + '\n')
}
process.stdout.write(`built ${readdirSync(outDir).length / 2} fixtures\n`)
