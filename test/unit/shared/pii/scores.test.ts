import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scores } from '../../../../shared/pii/data/scores'
import { DETECTORS } from '../../../../shared/pii/registry'

const engine = path.resolve(import.meta.dirname, '../../../../shared/pii')
const sources = [...fs.readdirSync(path.join(engine, 'detectors')).map((f) => path.join(engine, 'detectors', f)), path.join(engine, 'repeats.ts')].filter((f) => f.endsWith('.ts'))

/** A confidence written as a number where a candidate is scored: assigned, or passed before a rule id. */
const LITERAL_SCORE = [
  /\bconfidence\s*(?:=|\+=|:)\s*[^,;\n]*?(?<![\w.])0?\.\d/,
  // a number passed before a rule id or a reasons array (emit(ctx, type, s, e, 0.9, 'rule', …), emit(s, e, 0.8, [why]))
  /,\s*0?\.\d+\s*,\s*(?:'[a-z]+-[a-z-]+'|rule\b|\[)/,
  // a score in a table of rules (['pregnancy', 'health-pregnancy', 0.6])
  /'[a-z]+-[a-z-]+',\s*0?\.\d/,
  /_CONFIDENCE\s*=\s*0?\.\d/,
]

describe('the detectors’ scores are data', () => {
  it('has scores only for detectors of the registry (and the repeat pass): confidences in (0, 1], and the digit runs’ segment weights', () => {
    const ids = new Set([...DETECTORS.map((d) => d.id), 'repeats'])
    for (const [detector, table] of Object.entries(scores)) {
      expect(ids.has(detector), detector).toBe(true)
      for (const [name, value] of Object.entries(table)) expect(Number.isFinite(value) && value > 0 && (value <= 1 || name.startsWith('segment')), `${detector}.${name}`).toBe(true)
    }
  })

  it('no detector scores a candidate with a number written in its code', () => {
    const found: string[] = []
    for (const file of sources) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return
          if (LITERAL_SCORE.some((re) => re.test(line))) found.push(`${path.basename(file)}:${i + 1}: ${line.trim()}`)
        })
    }
    expect(found).toEqual([])
  })

  it('the check above sees a literal score where one is written', () => {
    for (const line of ['    let confidence = 0.95', "    emit(ctx, 'EMAIL', s, e, 0.9, 'email-x', reasons)", '      confidence = near ? 0.97 : 0.4', 'const GIVEN_CONFIDENCE = 0.75', '    emit(i, e, 0.75, [listReason])', '    push(start, end, 0.3, rule, reasons)', "  ['pregnancy', 'health-pregnancy', 0.6],"])
      expect(LITERAL_SCORE.some((re) => re.test(line)), line).toBe(true)
    for (const line of ['    let confidence = S.address', '    if (c.confidence < 0.85) continue', "    emit(ctx, 'EMAIL', s, e, S.address, 'email', reasons)"])
      expect(LITERAL_SCORE.some((re) => re.test(line)), line).toBe(false)
  })
})
