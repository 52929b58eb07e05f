/**
 * Our own labelled notices (test/fixtures/pii/labelled, built from src/ by scripts/pii-build-fixtures.ts):
 * formats and phrasings the public sample does not have. Every label must be found with its type, and
 * nothing may be reported outside a label.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scan } from '../../../../shared/pii/index'
import { TODAY } from './helpers'

type Label = { type: string; start: number; end: number; text: string; dontCare?: boolean }
const dir = fileURLToPath(new URL('../../../fixtures/pii/labelled', import.meta.url))
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()

describe('labelled fixtures', () => {
  it.each(names)('%s', (name) => {
    const text = readFileSync(`${dir}/${name}`, 'utf8')
    const labels = (JSON.parse(readFileSync(`${dir}/${name.replace(/\.txt$/, '.json')}`, 'utf8')) as { labels: Label[] }).labels
    const found = scan(text, { today: TODAY })
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end
    const missed = labels.filter((l) => !l.dontCare && !found.some((f) => f.type === l.type && overlaps(f, l))).map((l) => `${l.type} ${l.text}`)
    const spurious = found.filter((f) => !labels.some((l) => overlaps(f, l))).map((f) => `${f.type} ${f.text}`)
    expect({ missed, spurious }).toEqual({ missed: [], spurious: [] })
  })
})
