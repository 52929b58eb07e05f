import { describe, expect, it } from 'vitest'
import { renderNotice } from '../../../electron/services/workflow/index'
import { getPolicy } from '../../../shared/policy/index'
import { fields, secrets } from './support'

const notice = { id: '0b8f3c2e-5d1a-4c7b-9e2f-1a2b3c4d5e6f', revision: 3, ...fields }
const dibao = getPolicy('dibao')
const today = new Date('2026-03-02T08:00:00.000Z')

describe('render: the published files of a notice', () => {
  it('gives the same bytes for the same input, and another hash when the text changes', () => {
    if (!dibao) throw new Error('no dibao policy')
    const a = renderNotice(notice, [], dibao, today)
    const b = renderNotice(notice, [], dibao, today)
    expect([...a.files.keys()]).toEqual(['content/notice.html', 'content/notice.txt', 'report/redaction.json'])
    for (const [name, bytes] of a.files) expect(Buffer.from(bytes).equals(Buffer.from(b.files.get(name) ?? new Uint8Array())), name).toBe(true)
    expect(a.contentSha256).toBe(b.contentSha256)
    expect(renderNotice({ ...notice, body: `${notice.body}\n。` }, [], dibao, today).contentSha256).not.toBe(a.contentSha256)
  })

  it('writes a self-contained, escaped HTML page with tables, and a report without values', () => {
    if (!dibao) throw new Error('no dibao policy')
    const r = renderNotice({ ...notice, title: '<b>公示</b> & "说明"' }, [], dibao, today)
    const html = Buffer.from(r.files.get('content/notice.html') ?? new Uint8Array()).toString('utf8')
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('&lt;b&gt;公示&lt;/b&gt; &amp; &quot;说明&quot;')
    // dibao removes every ID number and mobile: those columns are not published at all (整列删除), headers included,
    // and the one column left is a list of lines
    expect(r.droppedColumns).toEqual([
      { table: 0, column: 1, header: '身份证号' },
      { table: 0, column: 2, header: '联系电话' },
    ])
    expect(html).not.toContain('<th>')
    expect(html).not.toContain('身份证号')
    expect(html).toContain('<p>姓名</p>')
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i)
    const report = Buffer.from(r.files.get('report/redaction.json') ?? new Uint8Array()).toString('utf8')
    for (const value of [...secrets.ids, ...secrets.mobiles, ...secrets.names, secrets.health]) {
      expect(report).not.toContain(value)
      expect(html).not.toContain(value)
    }
    const parsed = JSON.parse(report) as { findings: { location: { field: string } }[] }
    expect(parsed.findings.map((f) => f.location.field)).toContain('issuer')
  })
})
