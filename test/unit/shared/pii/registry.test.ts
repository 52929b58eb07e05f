import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DETECTORS, PASS_RULES, type Detector } from '../../../../shared/pii/registry'
import { scan, scanContext } from '../../../../shared/pii/scan'
import { TODAY } from './helpers'

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures')
const FOLDERS = ['pii/labelled', 'pii/prose-dev', 'pii/prose-holdout4', 'pii/prose-dev-health', 'corpus/public']
const documents = FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(path.join(fixtures, folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name: `${folder}/${name}`, text: fs.readFileSync(path.join(fixtures, folder, name), 'utf8') })),
)

const declares = (d: Detector, rule: string): boolean => d.rules.includes(rule)

describe('the detector registry', () => {
  it('names each detector once, with the types it reports and the rules it gives', () => {
    const ids = DETECTORS.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const d of DETECTORS) {
      expect(d.types.length, d.id).toBeGreaterThan(0)
      expect(d.rules.length, d.id).toBeGreaterThan(0)
      expect(new Set(d.rules).size, d.id).toBe(d.rules.length)
    }
  })

  it('every candidate carries a rule and a type its detector declares (labelled, prose and public notices)', () => {
    expect(documents.length).toBeGreaterThan(200)
    const undeclared = new Set<string>()
    const seen = new Set<string>()
    for (const doc of documents) {
      const { ctx } = scanContext(doc.text, { today: TODAY })
      for (const d of DETECTORS) {
        const from = ctx.out.length
        d.run(ctx)
        for (let i = from; i < ctx.out.length; i++) {
          const c = ctx.out[i]
          seen.add(c.rule)
          if (!declares(d, c.rule) || !d.types.includes(c.type)) undeclared.add(`${d.id}: ${c.type} ${c.rule} (${doc.name})`)
        }
      }
    }
    expect([...undeclared]).toEqual([])
    // the documents exercise most of what is declared, so the check is not about a few rules
    expect(seen.size).toBeGreaterThan(50)
  })

  it('every finding’s rule is a detector’s or a later pass’s', () => {
    const known = new Set([...DETECTORS.flatMap((d) => d.rules), ...PASS_RULES])
    for (const doc of documents.slice(0, 80)) for (const f of scan(doc.text, { today: TODAY, minConfidence: 0 })) expect(known.has(f.rule), `${f.rule} (${doc.name})`).toBe(true)
  })

  it('a types filter runs what the wanted types read: health alone finds what the full scan finds (every name detector feeds it)', () => {
    for (const doc of documents.filter((d) => /prose-dev-health|prose-dev\//.test(d.name)).slice(0, 40)) {
      const all = scan(doc.text, { today: TODAY }).filter((f) => f.type === 'HEALTH')
      const alone = scan(doc.text, { today: TODAY, types: ['HEALTH'] })
      expect(alone.map((f) => [f.start, f.end, f.rule, f.confidence]), doc.name).toEqual(all.map((f) => [f.start, f.end, f.rule, f.confidence]))
    }
  })
})
