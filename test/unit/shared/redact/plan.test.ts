import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scan, type EntityType, type Finding } from '../../../../shared/pii/index'
import { getPolicy } from '../../../../shared/policy/index'
import { itemsWithReviewMasked, redactionPlan, redactText, RedactionError, type RedactionItem } from '../../../../shared/redact/index'
import { expectNoLeak } from './leak'

const strict = getPolicy('strict')!
const fixtures = path.resolve(import.meta.dirname, '../../../fixtures/pii/labelled')
type Label = { type: string; start: number; end: number; text: string; dontCare?: boolean }

function at(text: string, type: EntityType, value: string): Finding {
  const start = text.indexOf(value)
  return { type, start, end: start + value.length, text: value, confidence: 0.9, rule: 'test', reasons: [] }
}

describe('redactionPlan', () => {
  const text = '（征求意见稿）户主张三，电话0551-62723683，确诊为肺结核，代码91340700MA2T1234X5'
  const findings = [
    at(text, 'CONFIDENTIAL_MARKER', '征求意见稿'),
    at(text, 'PERSON_NAME', '张三'),
    at(text, 'LANDLINE', '0551-62723683'),
    at(text, 'HEALTH', '确诊为肺结核'),
    at(text, 'USCC', '91340700MA2T1234X5'),
  ]

  it('splits findings into blocked, review and resolved items by the policy', () => {
    const plan = redactionPlan(text, findings, getPolicy('dibao')!)
    expect(plan.blocked.map((b) => b.finding.type)).toEqual(['CONFIDENTIAL_MARKER'])
    expect(plan.blocked[0].why['zh-CN']).toContain('征求意见稿')
    expect(plan.review.map((r) => r.finding.type)).toEqual(['LANDLINE', 'HEALTH'])
    expect(plan.items.map((i) => [i.finding.type, i.action])).toEqual([
      ['PERSON_NAME', 'mask'],
      ['USCC', 'keep'],
    ])
    expect(plan.items[0].mask).toEqual({ name: 'star' })
    expect(plan.items[1].reason?.['zh-CN']).toContain('统一社会信用代码')
  })

  it('health blocks on health data', () => {
    const plan = redactionPlan(text, findings, getPolicy('health')!)
    expect(plan.blocked.map((b) => b.finding.type).sort()).toEqual(['CONFIDENTIAL_MARKER', 'HEALTH'])
  })

  it('workOrder removes the caller’s phone', () => {
    const t = '来电人李四，来电号码13812345678，反映路灯损坏。'
    const plan = redactionPlan(t, [at(t, 'PERSON_NAME', '李四'), at(t, 'MOBILE', '13812345678')], getPolicy('workOrder')!)
    expect(redactText(t, plan.items).text).toBe('来电人【已删除】，来电号码【已删除】，反映路灯损坏。')
  })

  it('masks review findings when nobody can be asked, with the rule’s style', () => {
    const dibao = getPolicy('dibao')!
    const plan = redactionPlan(text, findings.slice(1), dibao)
    const items = itemsWithReviewMasked(plan, dibao)
    expect(items.map((i) => [i.finding.type, i.action])).toEqual([
      ['PERSON_NAME', 'mask'],
      ['USCC', 'keep'],
      ['LANDLINE', 'mask'],
      ['HEALTH', 'mask'],
    ])
    expect(redactText(text.replace('征求意见稿', '征求意见稿'), items).text).toContain('【已隐去】')
  })

  it('refuses findings of another text', () => {
    expect(() => redactionPlan(`x${text}`, findings, strict)).toThrow(RedactionError)
  })
})

describe('strict leaves no labelled value anywhere in the output', () => {
  const files = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt'))
  for (const file of files) {
    it(file, () => {
      const text = fs.readFileSync(path.join(fixtures, file), 'utf8')
      const { labels } = JSON.parse(fs.readFileSync(path.join(fixtures, file.replace(/\.txt$/, '.json')), 'utf8')) as { labels: Label[] }
      const plan = redactionPlan(text, scan(text, { today: new Date('2026-06-01T00:00:00Z') }), strict)
      // a blocked marking is removed by the officer before anything is published
      const items: RedactionItem[] = [...itemsWithReviewMasked(plan, strict), ...plan.blocked.map(({ finding }): RedactionItem => ({ finding, action: 'remove' }))]
      const { text: out, report } = redactText(text, items)
      for (const label of labels) {
        if (label.dontCare || label.type === 'USCC' || label.type === 'ORG_CONTACT') continue
        // a phrase that also stands unlabelled elsewhere (孕前优生健康检查 in a title) is not about a person there
        if (text.split(label.text).length - 1 > labels.filter((l) => l.text === label.text).length) continue
        expectNoLeak(out, label.text)
      }
      const json = JSON.stringify(report)
      for (const label of labels) if (label.text.length >= 2) expect(json).not.toContain(label.text)
    })
  }
})
