/**
 * Pins every finding (span, type, confidence, rule, reasons) of a few representative documents — a
 * table, a labelled list, running prose with names, an ethnic-name notice and a public bulletin — so
 * engine work meant to change speed only cannot change what is found. A deliberate change of the
 * model or the rules updates the snapshot (vitest -u) in the same commit, where a reviewer sees it.
 * (scripts/pii-findings-check.ts does the same over every fixture and the public corpus.)
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { reasonsEnglish, scan } from '../../../../shared/pii/index'
import { TODAY } from './helpers'

const DOCS = [
  'pii/labelled/dibao-csv.txt',
  'pii/labelled/court-service-notice.txt',
  'pii/labelled/disability-prose.txt',
  'pii/prose-dev/a-xinfang-01.txt',
  'pii/prose-dev/a-ethnic-02.txt',
  'pii/prose-dev/hh-epi-01.txt',
  'corpus/public/public-caseBulletin-00.txt',
]

describe('pinned findings', () => {
  it.each(DOCS)('%s', (doc) => {
    const text = readFileSync(fileURLToPath(new URL(`../../../fixtures/${doc}`, import.meta.url)), 'utf8')
    const found = scan(text, { today: TODAY, minConfidence: 0 }).map((f) => `${f.start}-${f.end} ${f.type} ${f.confidence} ${f.rule} ${f.text} | ${reasonsEnglish(f.reasons).join('; ')}`)
    expect(found.length).toBeGreaterThan(0)
    expect(found).toMatchSnapshot()
  })
})
