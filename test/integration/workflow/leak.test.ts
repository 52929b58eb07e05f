import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readZip } from '../../../electron/services/bundle/index'
import { bundlePaths } from '../../../shared/bundle/layout'
import { withoutSpan } from '../../../shared/findings/marker-removal'
import { hashingTimeout, office, people, type TestCoreWithPdf } from './leak-support'

// 泄露测试: every labelled public sample goes the whole way under `strict` — drafted, every finding masked
// (markers removed), submitted, approved, exported — and no original value of any labelled entity may
// appear anywhere in the bundle: not in the HTML, the TXT, the report, the envelopes, nor the PDF's text;
// not as written, not in full-width digits, not with its separators taken out.

const corpus = path.resolve(__dirname, '../../../../shared/corpus/public')
type Label = { type: string; start: number; end: number; text: string; value?: string }
const samples = fs.existsSync(corpus)
  ? fs
      .readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(corpus, f), 'utf8'), labels: (JSON.parse(fs.readFileSync(path.join(corpus, f.replace(/\.txt$/, '.json')), 'utf8')) as { labels: Label[] }).labels }))
  : []

/** Labels of an organisation's own details (its switchboard, its 统一社会信用代码): public by design. */
const organisational = new Set(['ORG_CONTACT', 'USCC'])

let core: TestCoreWithPdf
let dispose: () => Promise<void>

beforeAll(async () => {
  ;({ core, dispose } = await office())
}, hashingTimeout)
afterAll(async () => dispose())

/** Full-width to ASCII, the way a reader (or a search engine) folds them. */
const fold = (text: string): string => text.normalize('NFKC')
/** Letters and digits only: a value written with spaces, hyphens, dots or a line break inside it. */
const squeeze = (text: string): string => fold(text).replace(/[\s\-.·—_/]+/g, '')

/** How often `needle` occurs in `hay`. */
function occurrences(hay: string, needle: string): number {
  let n = 0
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++
  return n
}

describe.skipIf(samples.length === 0)('no labelled value leaves in a strict bundle', () => {
  it(`exports all ${samples.length} public samples without one original value`, async () => {
    const leaks: string[] = []
    const started = Date.now()
    let pdfs = 0
    for (const sample of samples) {
      const created = await core.workflow.create({ title: '公告', body: sample.text, noticeType: 'general' }, { actor: people.drafter, policy: 'strict' })
      // strict masks every personal type; a confidential marker blocks until a person deletes its words (issue 10)
      const markers = core.workflow
        .render(created.id)
        .review.reviewed.filter((item) => item.field === 'body' && item.finding.type === 'CONFIDENTIAL_MARKER')
        .sort((a, b) => b.finding.start - a.finding.start)
      const notice = markers.length
        ? core.notices.update(created.id, created.revision, { body: markers.reduce((text, m) => withoutSpan(text, m.finding.start, m.finding.end), sample.text) })
        : created
      for (const item of core.workflow.render(notice.id).review.reviewed) {
        if (item.resolution.status === 'blocking' || item.resolution.status === 'unresolved') {
          core.decisions.decide({ id: notice.id, key: item.finding.key, type: item.finding.type, action: 'mask' })
        }
      }
      await core.workflow.submit(notice.id, people.drafter)
      await core.workflow.approve(notice.id, people.reviewer)
      const { bytes } = await core.workflow.export(notice.id, { account: core.accounts.get(people.drafter.login) })
      const files = readZip(bytes)
      const texts = [...files].filter(([name]) => name !== bundlePaths.pdf).map(([, b]) => new TextDecoder().decode(b))
      const pdf = files.get(bundlePaths.pdf)
      if (pdf) {
        pdfs++
        texts.push(await core.pdfText(pdf))
      }
      const published = fold(texts.join('\n'))
      const squeezed = squeeze(texts.join('\n'))
      for (const label of sample.labels.filter((l) => !organisational.has(l.type))) {
        for (const form of new Set([label.text, label.value ?? label.text])) {
          // a value that also stands unlabelled in the original (a place in a title, say) may stay there
          const allowed = occurrences(fold(sample.text), fold(form)) - sample.labels.filter((l) => fold(l.text) === fold(form) || fold(l.value ?? '') === fold(form)).length
          const found = occurrences(published, fold(form))
          if (found > Math.max(0, allowed) * texts.length) leaks.push(`${sample.name}: ${label.type} as written (${found}×)`)
          const bare = squeeze(form)
          if (/^[0-9A-Za-z]{7,}$/.test(bare) && occurrences(squeezed, bare) > 0 && allowed <= 0) leaks.push(`${sample.name}: ${label.type} without separators`)
        }
      }
    }
    expect(leaks).toEqual([])
    console.info(`leak test: ${samples.length} bundles in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    // where a Chromium exists (it does in CI) every bundle carries a PDF, and its text was checked too
    if (core.hasPdf) expect(pdfs).toBe(samples.length)
  }, 20 * 60_000)
})
