import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { base64Decode } from '../../../shared/crypto/base64'
import { hiddenMarker } from '../../../shared/import/index'
import { scan } from '../../../shared/pii/index'
import { readZip } from '../../../electron/services/bundle/index'
import { importFile } from '../../../electron/services/import/index'
import { lastImportThread } from '../../../electron/services/import/run-import'
import { pdfText } from '../../support/pdf-text'
import { handlerCalls } from './handler-calls'
import { hashingTimeout, people, sharedOffice } from './support'

// notice.import through the app's front door: real office files in, hidden content surfaced and marked,
// refused at submit while marked, and none of what the officer removed in the signed bundle.

const fixtures = path.join(import.meta.dirname, '../../fixtures/import')
const data = (name: string): string => fs.readFileSync(path.join(fixtures, name)).toString('base64')

const o = sharedOffice()

const { call, refusal, signIn } = handlerCalls(() => o.core)

/** What the officer does in the editor: delete a table column (by its header) and the lines they do not want. */
function deleteColumn(body: string, header: string): string {
  const lines = body.split('\n')
  const at = lines.findIndex((l) => l.includes('\t') && l.split('\t').some((c) => c.startsWith(header)))
  const column = lines[at].split('\t').findIndex((c) => c.startsWith(header))
  for (let i = at; i < lines.length && lines[i].includes('\t'); i++) lines[i] = lines[i].split('\t').filter((_, c) => c !== column).join('\t')
  return lines.join('\n')
}

describe('notice.import', () => {
  it('imports the 低保 workbook with its hidden parts marked, refuses to submit them, and exports none of what was removed', async () => {
    const doc = await importFile(path.join(fixtures, 'dibao.xlsx'))
    const idColumn = doc.blocks.flatMap((b) => (b.kind === 'table' && b.origin.format === 'xlsx' && !b.hidden ? [b] : []))[0]
    const ci = idColumn.columns.findIndex((c) => c.hidden)
    const ids = idColumn.rows.map((r) => r.cells[ci]).filter((v) => v !== '')
    expect(ids.length).toBeGreaterThanOrEqual(3)
    const comment = doc.hidden.find((h) => h.kind === 'comment')!
    expect(comment.text.length).toBeGreaterThan(3)

    await signIn(people.drafter)
    const progress: number[] = []
    const stop = o.core.subscribe((event, payload) => {
      if (event === 'import.progress') progress.push((payload as { fraction: number }).fraction)
    })
    const { notice, report } = await call('notice.import', { fileName: 'dibao.xlsx', data: data('dibao.xlsx'), noticeType: 'dibao' })
    stop()
    expect(lastImportThread).toBe('worker')

    // the hidden column's values are in the body, visibly marked; the comment is not
    expect(notice).toMatchObject({ state: 'draft', noticeType: 'dibao', signatureDate: '2025-06-01' })
    for (const id of ids) expect(notice.body).toContain(id)
    expect(notice.body).toContain('（隐藏列）')
    expect(notice.body).toContain(hiddenMarker('hiddenRow'))
    expect(notice.body).toContain(hiddenMarker('hiddenSheet'))
    // the marks are notice text: Chinese only
    expect(notice.body).not.toMatch(/hidden|sheet|column/i)
    expect(JSON.stringify(notice)).not.toContain(comment.text)
    // … and the report lists the comment with the findings in it
    const reported = report.hidden.find((h) => h.kind === 'comment')
    expect(reported).toMatchObject({ disposition: 'dropped', label: { 'zh-CN': '批注' } })
    expect(reported?.findings).toBe(scan(`批注人姓名：${comment.author ?? ''}\u3000${comment.text}`).length)
    expect(reported?.findings).toBeGreaterThan(0)
    const column = report.hidden.find((h) => h.kind === 'hiddenColumn')
    expect(column?.disposition).toBe('shown')
    expect(column?.where).toBe('低保名单!C:C')
    expect(column?.findings).toBe(ids.length)
    expect(report.warnings.map((w) => w.code)).toContain('numberPrecisionLost')

    // progress never goes back and ends at 1
    expect(progress.length).toBeGreaterThan(2)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(1)

    // the audit log has counts, never the file's name or content
    const entry = (await call('audit.list', { limit: 20 })).entries.find((e) => e.event === 'notice.imported')
    expect(entry).toMatchObject({ subject: notice.id, details: { format: 'xlsx', extension: '.xlsx', tables: 2 } })
    const logged = JSON.stringify(entry)
    for (const secret of ['dibao', comment.text, ...ids]) expect(logged).not.toContain(secret)

    // marked hidden content cannot be submitted
    const refused = await refusal('notice.submit', { id: notice.id, password: people.drafter.password })
    expect(refused.code).toBe('conflict')
    expect(refused.message).toContain('请删除这些行或列')
    expect(refused.message).toContain('hidden rows, columns or sheets')

    // the officer deletes the ID column and the hidden sheet, and confirms the hidden row may be published
    let body = deleteColumn(notice.body, '身份证号码')
    body = body.split('\n').slice(0, body.split('\n').findIndex((l) => l.startsWith(hiddenMarker('hiddenSheet')))).join('\n')
    body = body.replaceAll(`\t${hiddenMarker('hiddenRow')}`, '')
    const edited = await call('notice.update', { id: notice.id, baseRevision: notice.revision, fields: { body, publicityStart: '2025-06-01', publicityEnd: '2025-06-07' } })
    for (const id of ids) expect(edited.body).not.toContain(id)
    for (const item of o.core.workflow.render(notice.id).review.reviewed) {
      if (item.resolution.status !== 'unresolved') continue
      await call('notice.decide', { id: notice.id, key: item.finding.key, type: item.finding.type, action: 'mask' })
    }
    await call('notice.submit', { id: notice.id, password: people.drafter.password })
    await signIn(people.reviewer)
    await call('notice.approve', { id: notice.id, password: people.reviewer.password, comment: '同意' })
    const saved = await call('notice.export', { id: notice.id })
    const files = readZip(base64Decode(saved.data))
    const texts = [...files.values()].map((bytes) => new TextDecoder().decode(bytes))
    const pdf = files.get('content/notice.pdf')
    if (pdf) texts.push(await pdfText(pdf))
    const everything = texts.join('\n')
    for (const id of [...ids, '341723197211303620']) expect(everything).not.toContain(id)
    expect(everything).not.toContain(comment.text)
    const txt = new TextDecoder().decode(files.get('content/notice.txt'))
    expect(txt).toContain('公示期：2025年6月1日至2025年6月7日')
    expect(txt.trimEnd().split('\n').at(-1)).toBe('2025年6月1日')
    // the draft statement carries the end of the 公示期
    const envelope = JSON.parse(new TextDecoder().decode(files.get('attest/draft.dsse.json'))) as { payload: string }
    const statement = JSON.parse(new TextDecoder().decode(base64Decode(envelope.payload))) as { predicate: { publishUntil?: string } }
    expect(statement.predicate.publishUntil).toBe('2025-06-07')
  }, hashingTimeout * 4)

  it('takes title, 文号 and 落款 from a Word notice and leaves headers, footers, comments and hidden text out', async () => {
    const doc = await importFile(path.join(fixtures, 'notice.docx'))
    await signIn(people.drafter)
    const { notice, report } = await call('notice.import', { fileName: '公示.docx', data: data('notice.docx') })
    expect(notice).toMatchObject({ title: '关于白马镇2025年第二季度最低生活保障对象的公示', docNumber: '白政〔2025〕12号', issuer: '白马镇人民政府', signatureDate: '2025-06-01' })
    const dropped = doc.hidden.filter((h) => h.disposition === 'dropped' && h.text.trim().length > 4 && h.kind !== 'property')
    expect(dropped.map((h) => h.kind)).toEqual(expect.arrayContaining(['header', 'footer', 'comment', 'hiddenText', 'altText']))
    for (const h of dropped) expect(notice.body, h.kind).not.toContain(h.text.trim())
    expect(report.droppedFindings.length).toBeGreaterThan(0)
    // a Word notice has no hidden rows or columns: it can go forward as soon as its findings are decided
    expect(notice.body).not.toContain('【隐藏')
  }, hashingTimeout)

  it('refuses a legacy, a corrupt or an unsigned-in import with a message naming the file, and creates nothing', async () => {
    await signIn(people.drafter)
    const before = (await call('notice.list', {})).length
    const legacy = await refusal('notice.import', { fileName: '名单.xls', data: data('legacy.xls') })
    expect(legacy.code).toBe('invalid_request')
    expect(legacy.message).toContain('名单.xls')
    expect(legacy.message).toContain('.xlsx')
    const broken = fs.readFileSync(path.join(fixtures, 'dibao.xlsx')).subarray(0, 3000).toString('base64')
    const corrupt = await refusal('notice.import', { fileName: 'broken.xlsx', data: broken })
    expect(corrupt.code).toBe('invalid_request')
    expect(corrupt.message).toMatch(/^broken\.xlsx: /)
    expect((await call('notice.list', {})).length).toBe(before)
    await signIn(people.reviewer)
    expect((await refusal('notice.import', { fileName: 'dibao.xlsx', data: data('dibao.xlsx') })).message).toContain('没有起草人角色')
    await call('session.signOut', {})
    expect((await refusal('notice.import', { fileName: 'dibao.xlsx', data: data('dibao.xlsx') })).code).toBe('forbidden')
  }, hashingTimeout)
})
