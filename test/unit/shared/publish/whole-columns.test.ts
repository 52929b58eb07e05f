import { describe, expect, it } from 'vitest'
import { bundlePaths } from '../../../../shared/bundle/layout'
import { noticePolicy } from '../../../../shared/policy/index'
import { renderNotice } from '../../../../shared/publish/render'
import { reviewNotice } from '../../../../shared/publish/review'
import { dropRemovedColumns, droppedColumnNote } from '../../../../shared/publish/whole-columns'
import { previewModel, withoutRemovedColumns } from '../../../../renderer/features/findings/preview-model'

const R = '【已删除】'

describe('dropRemovedColumns (整列删除)', () => {
  it('drops a column of nothing but 【已删除】, header included, and keeps the rest of the body as it was', () => {
    const body = ['公示如下：', `姓名\t身份证号码\t住址`, `王*\t${R}\t幸福村`, `李*\t${R}\t光明村`, '特此公示。'].join('\n')
    const out = dropRemovedColumns(body)
    expect(out.text).toBe(['公示如下：', '姓名\t住址', '王*\t幸福村', '李*\t光明村', '特此公示。'].join('\n'))
    expect(out.dropped).toEqual([{ table: 0, column: 1, header: '身份证号码' }])
    // offsets map through: 幸福村 in the input sits where it sits in the output; a removed cell collapses to its place
    expect(out.text.slice(out.shift(body.indexOf('幸福村')), out.shift(body.indexOf('幸福村') + 3))).toBe('幸福村')
    const gone = body.indexOf(R)
    expect(out.shift(gone)).toBe(out.shift(gone + R.length))
  })

  it('drops the first, the last and neighbouring columns; an empty cell among removed ones counts with them', () => {
    const body = [`证号\t姓名\t电话\t银行卡`, `${R}\t王*\t${R}\t${R}`, `${R}\t李*\t\t ${R} `].join('\n')
    const out = dropRemovedColumns(body)
    expect(out.text).toBe(['姓名', '王*', '李*'].join('\n'))
    expect(out.dropped.map((d) => d.header)).toEqual(['证号', '电话', '银行卡'])
  })

  it('keeps a column with any published value, a column only empty, and a table whose every column was removed', () => {
    const partly = [`姓名\t电话`, `王*\t${R}`, `李*\t0562-2812345`].join('\n')
    expect(dropRemovedColumns(partly)).toMatchObject({ text: partly, dropped: [] })
    const empty = [`姓名\t备注`, `王*\t`, `李*\t`].join('\n')
    expect(dropRemovedColumns(empty).dropped).toEqual([])
    const all = [`身份证号\t电话`, `${R}\t${R}`].join('\n')
    expect(dropRemovedColumns(all)).toMatchObject({ text: all, dropped: [] })
    // a header row alone (no data) is no evidence either
    expect(dropRemovedColumns(`姓名\t身份证号\n`).dropped).toEqual([])
  })

  it('treats each table on its own and numbers them in body order', () => {
    const body = [`姓名\t电话`, `王*\t138****5678`, '', `户主\t身份证号\t人数`, `张*\t${R}\t3`].join('\n')
    const out = dropRemovedColumns(body)
    expect(out.dropped).toEqual([{ table: 1, column: 1, header: '身份证号' }])
    expect(out.text).toBe([`姓名\t电话`, `王*\t138****5678`, '', `户主\t人数`, `张*\t3`].join('\n'))
  })

  it('says what it did in plain words', () => {
    expect(droppedColumnNote({ header: '身份证号码' })['zh-CN']).toBe('「身份证号码」列已整列删除')
    expect(droppedColumnNote({ header: ' ' })['zh-CN']).toContain('整列删除')
  })
})

describe('the published rendering of a 低保 list', () => {
  const today = new Date('2026-01-15T00:00:00Z')
  const ids = ['340705198503121037', '110101199003071234']
  const notice = {
    id: '00000000-0000-4000-8000-000000000014',
    revision: 1,
    title: '2026年1月城乡低保公示',
    docNumber: '',
    issuer: '某街道办事处',
    body: ['经审核，以下家庭符合条件，现予公示：', '姓名\t身份证号码\t联系电话\t保障人数', `王建国\t${ids[0]}\t13812345678\t3`, `李小红\t${ids[1]}\t13912345679\t2`, '监督电话：12345。'].join('\n'),
  }
  const policy = noticePolicy(null, 'dibao')
  const rendered = renderNotice(notice, [], policy, today)
  const file = (name: string): string => new TextDecoder().decode(rendered.files.get(name))

  it('leaves the removed columns out of the HTML and the TXT, headers and all', () => {
    expect(rendered.droppedColumns.map((c) => c.header)).toEqual(['身份证号码', '联系电话'])
    const html = file(bundlePaths.html)
    const txt = file(bundlePaths.txt)
    for (const text of [html, txt, rendered.text.body]) {
      expect(text).not.toContain('身份证号码')
      expect(text).not.toContain('联系电话')
      expect(text).not.toContain(R)
      expect(text).not.toContain(ids[0])
      expect(text).toContain('保障人数')
    }
    expect(html).toContain('<th>姓名</th><th>保障人数</th>')
    expect(html).toMatch(/<td>王\*+<\/td><td>3<\/td>/)
    // the report still lists each removal (never the value), at its place in the notice as written
    const report = JSON.parse(file(bundlePaths.redactionReport)) as { findings: { type: string; action: string }[] }
    expect(report.findings.filter((f) => f.type === 'ID_CARD' && f.action === 'removed')).toHaveLength(2)
  })

  it('places every finding that is still published where it is in the published body', () => {
    for (const p of rendered.placements.filter((p) => p.field === 'body' && p.outEnd > p.outStart)) {
      expect(rendered.text.body.slice(p.outStart, p.outEnd)).not.toContain('\t')
    }
    const name = rendered.placements.find((p) => p.field === 'body' && notice.body.slice(p.start, p.end) === '王建国')
    expect(name && rendered.text.body.slice(name.outStart, name.outEnd)).toMatch(/^王\*+$/)
  })

  it('the editor preview shows the same body and names the dropped columns', () => {
    const review = reviewNotice(notice.id, notice, [], policy, today)
    const body = review.reviewed.filter((r) => r.field === 'body').map(({ field: _field, ...rest }) => rest)
    const model = withoutRemovedColumns(previewModel(notice.body, body))
    expect(model.text).toBe(rendered.text.body)
    expect(model.parts.map((part) => part.text).join('')).toBe(model.text)
    expect(model.droppedColumns?.map((c) => c.header)).toEqual(['身份证号码', '联系电话'])
    expect(model.parts.some((part) => part.mark && /^王\*+$/.test(part.text))).toBe(true)
  })
})
