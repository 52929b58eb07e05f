import { describe, expect, it } from 'vitest'
import { publishedParts } from '../../../../renderer/features/review/published-parts'
import type { ReviewFinding, ReviewView } from '../../../../shared/api/contract-workflow'

function finding(index: number, field: ReviewFinding['field'], start: number, end: number, published: string): ReviewFinding {
  return { index, field, type: 'MOBILE', rule: 'mobile', confidence: 0.99, action: 'mask', decidedBy: 'policy', reason: null, published, publishedStart: start, publishedEnd: end }
}

function view(body: string, findings: ReviewFinding[]): ReviewView {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    revision: 1,
    published: { title: '标题', docNumber: '', issuer: '', body },
    findings,
    droppedColumns: [],
    counts: { masked: findings.length, removed: 0, kept: 0 },
    files: [],
    contentSha256: null,
    diff: null,
  }
}

describe('publishedParts', () => {
  it('cuts a field at its findings, in text order, and keeps every character', () => {
    const body = '电话138****5678，另一个139****0000。'
    const parts = publishedParts(view(body, [finding(1, 'body', 17, 28, '139****0000'), finding(0, 'body', 2, 13, '138****5678')]), 'body')
    expect(parts.map((part) => part.text).join('')).toBe(body)
    expect(parts.filter((part) => part.finding).map((part) => [part.text, part.finding?.index])).toEqual([
      ['138****5678', 0],
      ['139****0000', 1],
    ])
  })

  it('marks only the findings of the asked field', () => {
    const parts = publishedParts(view('正文', [finding(0, 'title', 0, 1, '标')]), 'body')
    expect(parts).toEqual([{ text: '正文' }])
  })

  it('leaves overlapping and out-of-range spans unmarked instead of trusting them', () => {
    const body = 'abcdefghij'
    const parts = publishedParts(view(body, [finding(0, 'body', 2, 6, 'cdef'), finding(1, 'body', 4, 8, 'efgh'), finding(2, 'body', 8, 40, 'x')]), 'body')
    expect(parts.map((part) => part.text).join('')).toBe(body)
    expect(parts.filter((part) => part.finding).map((part) => part.finding?.index)).toEqual([0])
  })
})
