import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../support/cli'

const root = path.resolve(import.meta.dirname, '../../..')
const fixture = (name: string): string => path.join(root, 'test/fixtures/redact', name)
type Scanned = { type: string; start: number; end: number; text: string; rule: string; reasons: unknown[]; action?: string; location?: { markupStart: number; markupEnd: number; attribute?: string } }
type Doc = { files: { path: string; findings: Scanned[] }[] }

describe('countersign scan', () => {
  it('keeps the contract output for .txt: offsets into the file, no extra fields without --policy', async () => {
    const run = await cli(['scan', '--json', fixture('dibao.txt')])
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as Doc
    const text = fs.readFileSync(fixture('dibao.txt'), 'utf8')
    for (const f of doc.files[0].findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text)
      expect(Object.keys(f).sort()).toEqual(['confidence', 'end', 'reasons', 'rule', 'start', 'text', 'type'])
      // the engine's evidence travels as codes; the command line prints it in its English, as it always has
      expect(f.reasons.length).toBeGreaterThan(0)
      for (const reason of f.reasons) expect(typeof reason).toBe('string')
    }
    expect(doc.files[0].findings.flatMap((f) => f.reasons)).toContain('checksum MOD 11-2 passed')
  })

  it('adds the policy’s proposed action with --policy', async () => {
    const run = await cli(['scan', '--json', '--policy', 'workOrder', fixture('dibao.txt'), fixture('confidential.txt')])
    expect(run.code).toBe(0)
    const [dibao, confidential] = (JSON.parse(run.stdout) as Doc).files
    const byType = new Map(dibao.findings.map((f) => [f.type, f.action]))
    expect(byType.get('MOBILE')).toBe('remove')
    expect(byType.get('PERSON_NAME')).toBe('remove')
    expect(confidential.findings.find((f) => f.type === 'CONFIDENTIAL_MARKER')?.action).toBe('block')
    const human = await cli(['scan', '--policy', 'recruitment', fixture('recruit.csv')])
    expect(human.stdout).toMatch(/PERSON_NAME\s+0\.\d+\s+keep/)
  })

  it('scans the visible text of .html with a location in the markup', async () => {
    const run = await cli(['scan', '--json', fixture('recruit.html')])
    expect(run.code).toBe(0)
    const findings = (JSON.parse(run.stdout) as Doc).files[0].findings
    const html = fs.readFileSync(fixture('recruit.html'), 'utf8')
    // no finding in the markup itself (attributes, the comment) except the text-bearing title attribute
    expect(findings.map((f) => f.type)).toEqual(expect.arrayContaining(['PERSON_NAME', 'ID_CARD', 'DATE_OF_BIRTH', 'MOBILE']))
    for (const f of findings) {
      expect(f.location, f.type).toBeDefined()
      const markup = html.slice(f.location!.markupStart, f.location!.markupEnd)
      // the span may cross inline tags (<b>139</b>&nbsp;0562): without them it reads as the value
      expect(markup.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, '\u00a0')).toBe(f.text)
    }
    expect(findings.find((f) => f.location?.attribute === 'title')?.type).toBe('PERSON_NAME')
    // the commented-out phone is not reported: comments are not published (the redacted copy drops them)
    expect(findings.filter((f) => f.type === 'MOBILE')).toHaveLength(1)
  })

  it('exits 2 on an unknown policy', async () => {
    const run = await cli(['scan', '--policy', 'nope', fixture('dibao.txt')])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('"nope"')
    expect(run.stderr).toContain('strict')
  })
})
