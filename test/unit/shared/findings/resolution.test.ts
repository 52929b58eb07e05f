import { describe, expect, it } from 'vitest'
import type { FindingDecision } from '../../../../shared/findings/decision'
import type { KeyedFinding } from '../../../../shared/findings/finding-key'
import { groupByType } from '../../../../shared/findings/group'
import { resolve, reviewFindings, summarise, type ProposalLike } from '../../../../shared/findings/resolution'
import { needsReason } from '../../../../shared/findings/decision'
import type { EntityType } from '../../../../shared/pii/index'

const noticeId = '0b7c3a52-2f7e-4a55-9a51-7c0f7a3a9c11'

function keyed(type: EntityType, key: string, start: number): KeyedFinding {
  return { type, key, text: 'x', start, end: start + 1, confidence: 0.9, rule: 'test', reasons: [] }
}

function decision(key: string, action: FindingDecision['action']): FindingDecision {
  return { noticeId, key, type: 'MOBILE', action, reason: action === 'mask' ? null : '单位公开电话', decidedAt: '2026-03-01T08:00:00.000Z' }
}

const proposals = {
  mask: { action: 'mask', why: 'policy masks' },
  review: { action: 'review', why: 'needs a person' },
  block: { action: 'block', why: 'marker' },
  keep: { action: 'keep', why: 'public' },
} satisfies Record<string, ProposalLike & { why: string }>

describe('resolving a finding', () => {
  it('follows the policy when nobody decided', () => {
    expect(resolve('MOBILE', proposals.mask, undefined)).toEqual({ status: 'proposed', publish: 'mask' })
    expect(resolve('MOBILE', proposals.keep, undefined)).toEqual({ status: 'proposed', publish: 'keep' })
    expect(resolve('MOBILE', proposals.review, undefined)).toEqual({ status: 'unresolved', publish: 'mask' })
    expect(resolve('MOBILE', proposals.block, undefined)).toEqual({ status: 'blocking', publish: 'mask' })
    expect(resolve('CONFIDENTIAL_MARKER', proposals.block, undefined)).toEqual({ status: 'blocking', publish: 'remove' })
  })

  it('lets a decision win, and publishes a not-personal value as written', () => {
    expect(resolve('MOBILE', proposals.review, decision('k', 'keep'))).toEqual({ status: 'decided', decision: 'keep', publish: 'keep' })
    expect(resolve('MOBILE', proposals.block, decision('k', 'notPersonal'))).toEqual({ status: 'decided', decision: 'notPersonal', publish: 'keep' })
    expect(resolve('MOBILE', proposals.keep, decision('k', 'mask'))).toEqual({ status: 'decided', decision: 'mask', publish: 'mask' })
    expect(resolve('MOBILE', proposals.keep, decision('k', 'remove'))).toMatchObject({ publish: 'remove' })
  })

  it('asks for a reason only to publish a value or to call it not personal', () => {
    expect(['mask', 'remove', 'keep', 'notPersonal'].filter((a) => needsReason(a as FindingDecision['action']))).toEqual(['keep', 'notPersonal'])
  })
})

describe('summary and grouping', () => {
  const findings = [keyed('PERSON_NAME', 'n0', 0), keyed('ID_CARD', 'i0', 5), keyed('MOBILE', 'm0', 30), keyed('ID_CARD', 'i1', 40), keyed('CONFIDENTIAL_MARKER', 'c0', 60)]
  const propose = (f: KeyedFinding): ProposalLike =>
    f.type === 'PERSON_NAME' ? proposals.review : f.type === 'CONFIDENTIAL_MARKER' ? proposals.block : proposals.mask

  it('counts unresolved, blocking and masked findings', () => {
    const reviewed = reviewFindings(findings, new Map(), propose)
    expect(summarise(reviewed)).toEqual({ total: 5, unresolved: 1, blocking: 1, masked: 3, removed: 0, kept: 0 })
    const decided = reviewFindings(findings, new Map([['n0', decision('n0', 'keep')], ['m0', decision('m0', 'notPersonal')]]), propose)
    expect(summarise(decided)).toEqual({ total: 5, unresolved: 0, blocking: 1, masked: 2, removed: 0, kept: 2 })
    expect(decided[0]?.decision?.action).toBe('keep')
  })

  it('groups by type in the engine order with counts', () => {
    const groups = groupByType(findings, (f) => f.type)
    expect(groups.map((g) => [g.type, g.items.length])).toEqual([
      ['ID_CARD', 2],
      ['MOBILE', 1],
      ['PERSON_NAME', 1],
      ['CONFIDENTIAL_MARKER', 1],
    ])
    expect(groups[0]?.items.map((f) => f.key)).toEqual(['i0', 'i1'])
    expect(groupByType([], (f: KeyedFinding) => f.type)).toEqual([])
  })
})
