import { describe, expect, it } from 'vitest'
import { publishedValue, shownValue } from '../../../../renderer/features/findings/masked-value'
import { previewModel, redactionItems } from '../../../../renderer/features/findings/preview-model'
import type { FindingDecision } from '../../../../shared/findings/decision'
import { keyFindings } from '../../../../shared/findings/finding-key'
import { reviewFindings } from '../../../../shared/findings/resolution'
import { scan } from '../../../../shared/pii/index'
import { getPolicy, proposeAction, type Policy } from '../../../../shared/policy/index'

const noticeId = '0b7c3a52-2f7e-4a55-9a51-7c0f7a3a9c11'
const idNumber = '340705198503121037'
const body = `低保对象公示（征求意见稿）\n序号\t姓名\t身份证号码\t联系电话\n1\t王建国\t${idNumber}\t13812345678\n联系电话：0562-2812345。`

function policy(name: string): Policy {
  const found = getPolicy(name)
  if (!found) throw new Error(`no policy ${name}`)
  return found
}

function review(policyName: string, decide: (type: string) => FindingDecision['action'] | undefined = () => undefined) {
  const findings = keyFindings(noticeId, scan(body))
  const decisions = new Map<string, FindingDecision>()
  for (const finding of findings) {
    const action = decide(finding.type)
    if (action) decisions.set(finding.key, { noticeId, key: finding.key, type: finding.type, action, reason: action === 'mask' ? null : '理由', decidedAt: '2026-03-01T08:00:00.000Z' })
  }
  return reviewFindings(findings, decisions, (finding) => proposeAction(policy(policyName), finding))
}

describe('publish preview', () => {
  it('is the redacted body, with every replaced value marked by where it stands', () => {
    const reviewed = review('general')
    const model = previewModel(body, reviewed)
    expect(model.parts.map((part) => part.text).join('')).toBe(model.text)
    expect(model.text).not.toContain(idNumber)
    expect(model.text).toContain('340705********1037')
    expect(model.text).toContain('138****5678')
    expect(model.text).toContain('王**')
    const states = model.parts.flatMap((part) => (part.mark ? [[part.text, part.mark.state]] : []))
    expect(states).toEqual(expect.arrayContaining([['340705********1037', 'hidden'], ['【已删除】', 'blocking']]))
  })

  it('applies decisions: a kept or not-personal value is published as written', () => {
    const reviewed = review('general', (type) => (type === 'PERSON_NAME' ? 'keep' : type === 'LANDLINE' ? 'notPersonal' : undefined))
    const model = previewModel(body, reviewed)
    expect(model.text).toContain('王建国')
    expect(model.text).toContain('0562-2812345')
    expect(model.text).not.toContain(idNumber)
    expect(model.parts.find((part) => part.text === '王建国')?.mark?.state).toBe('shown')
  })

  it('hides what still needs a person, and marks it unresolved', () => {
    const reviewed = review('dibao')
    const landline = reviewed.find((item) => item.finding.type === 'LANDLINE')
    expect(landline?.resolution.status).toBe('unresolved')
    const model = previewModel(body, reviewed)
    expect(model.text).not.toContain('0562-2812345')
    expect(model.parts.some((part) => part.mark?.state === 'unresolved')).toBe(true)
    expect(redactionItems(reviewed).find((item) => item.finding.type === 'CONFIDENTIAL_MARKER')?.action).toBe('remove')
  })

  it('refuses findings of another text rather than hiding the wrong characters', () => {
    expect(() => previewModel(`前言${body}`, review('general'))).toThrow()
  })

  it('gives each card its value and what it is published as; a marker has no published form', () => {
    const reviewed = review('dibao', (type) => (type === 'LANDLINE' ? 'keep' : undefined))
    const cards = reviewed.map((item) => [item.finding.type, shownValue(item.finding.text), publishedValue(item)])
    expect(cards).toEqual(
      expect.arrayContaining([
        ['ID_CARD', idNumber, '【已删除】'],
        ['PERSON_NAME', '王建国', '王**'],
        ['LANDLINE', '0562-2812345', '0562-2812345'],
        ['CONFIDENTIAL_MARKER', '（征求意见稿）', undefined],
      ]),
    )
    expect(shownValue('很长的一段文字'.repeat(10), 12)).toBe('很长的一段文字很长的一段…')
  })

  it('ignores any decision stored for a marker: it blocks until its words leave the text', () => {
    const reviewed = review('general', (type) => (type === 'CONFIDENTIAL_MARKER' ? 'keep' : undefined))
    const marker = reviewed.find((item) => item.finding.type === 'CONFIDENTIAL_MARKER')
    expect(marker?.decision).toBeUndefined()
    expect(marker?.resolution).toEqual({ status: 'blocking', publish: 'remove' })
  })
})
