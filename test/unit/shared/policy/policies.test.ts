import { describe, expect, it } from 'vitest'
import { entityTypes, type EntityType, type Finding } from '../../../../shared/pii/index'
import { noticeTypes } from '../../../../shared/notice/notice'
import { actions, getPolicy, policies, policyForNoticeType, policyNames, proposeAction, type Action, type Policy } from '../../../../shared/policy/index'
import { maskValue } from '../../../../shared/redact/index'

const finding = (type: EntityType): Finding => ({ type, start: 0, end: 2, text: 'xx', confidence: 0.9, rule: 'test', reasons: [] })
const act = (policy: string, type: EntityType): Action => proposeAction(getPolicy(policy)!, finding(type)).action
const personal = entityTypes.filter((t) => t !== 'USCC' && t !== 'CONFIDENTIAL_MARKER')

describe('policies are data', () => {
  it('lists the required policies, strict first', () => {
    expect(policyNames[0]).toBe('strict')
    expect([...policyNames].sort()).toEqual(['dibao', 'general', 'health', 'penalty', 'recruitment', 'strict', 'subsidy', 'workOrder'])
    for (const name of policyNames) expect(getPolicy(name)?.name).toBe(name)
  })

  it('survive a JSON round trip unchanged (no functions, no class instances)', () => {
    expect(JSON.parse(JSON.stringify(policies))).toEqual(policies)
  })

  for (const policy of Object.values(policies)) {
    describe(policy.name, () => {
      it('names every entity type explicitly, with a valid action and a reason in Chinese and English', () => {
        expect(Object.keys(policy.rules).sort()).toEqual([...entityTypes].sort())
        for (const [type, rule] of Object.entries(policy.rules)) {
          expect(actions, type).toContain(rule.action)
          expect(rule.why['zh-CN'], type).toMatch(/[\u4e00-\u9fff]/)
          expect(rule.why.en.length, type).toBeGreaterThan(10)
        }
        expect(actions).toContain(policy.defaultAction)
        expect(policy.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/)
      })

      it('blocks confidential markings and never tries to mask one', () => {
        expect(policy.rules.CONFIDENTIAL_MARKER?.action).toBe('block')
      })

      it('has a mask for every type it masks', () => {
        for (const [type, rule] of Object.entries(policy.rules) as [EntityType, NonNullable<Policy['rules'][EntityType]>][]) {
          if (rule.action === 'mask') expect(() => maskValue(type, '张三丰1234567890', rule.mask)).not.toThrow()
        }
      })
    })
  }

  it('falls back to defaultAction for a type without a rule, and says so', () => {
    const sparse: Policy = { name: 'sparse', label: { 'zh-CN': '测试', en: 'test' }, noticeTypes: [], rules: { MOBILE: { action: 'remove', why: { 'zh-CN': '删', en: 'rm' } } }, defaultAction: 'review' }
    expect(proposeAction(sparse, finding('MOBILE'))).toMatchObject({ action: 'remove', fromRule: true })
    const fallback = proposeAction(sparse, finding('EMAIL'))
    expect(fallback).toMatchObject({ action: 'review', fromRule: false })
    expect(fallback.why['zh-CN']).toContain('默认')
  })

  it('passes the rule’s mask style along with the proposal', () => {
    expect(proposeAction(getPolicy('penalty')!, finding('PERSON_NAME')).mask).toEqual({ name: 'mou' })
    expect(proposeAction(getPolicy('dibao')!, finding('ADDRESS')).mask).toEqual({ address: 'group' })
  })

  it('does not treat prototype keys as policy names', () => {
    expect(getPolicy('constructor')).toBeUndefined()
    expect(getPolicy('__proto__')).toBeUndefined()
    expect(getPolicy('toString')).toBeUndefined()
  })
})

describe('notice types', () => {
  it('each notice type has exactly one default policy', () => {
    for (const type of noticeTypes) {
      const claiming = Object.values(policies).filter((p) => p.noticeTypes.includes(type))
      expect(claiming.map((p) => p.name), type).toHaveLength(1)
      expect(policyForNoticeType(type)).toBe(claiming[0])
    }
  })

  it('maps the notice types to their policies', () => {
    expect(policyForNoticeType('general').name).toBe('general')
    expect(policyForNoticeType('dibao').name).toBe('dibao')
    expect(policyForNoticeType('workOrder').name).toBe('workOrder')
    expect(policyForNoticeType('health').name).toBe('health')
  })
})

describe('key decisions', () => {
  it('strict masks every personal type, keeps organisation codes, blocks confidential markings', () => {
    for (const type of personal) expect(act('strict', type), type).toBe('mask')
    expect(act('strict', 'USCC')).toBe('keep')
    expect(act('strict', 'CONFIDENTIAL_MARKER')).toBe('block')
  })

  it('general is strict', () => {
    for (const type of entityTypes) expect(act('general', type), type).toBe(act('strict', type))
  })

  it('dibao: surname only, ID numbers and phones and bank cards removed, address to the village group, health for a person', () => {
    expect(act('dibao', 'PERSON_NAME')).toBe('mask')
    expect(getPolicy('dibao')!.rules.PERSON_NAME?.mask).toEqual({ name: 'star' })
    expect(act('dibao', 'ID_CARD')).toBe('remove')
    expect(act('dibao', 'MOBILE')).toBe('remove')
    expect(act('dibao', 'BANK_CARD')).toBe('remove')
    expect(act('dibao', 'ADDRESS')).toBe('mask')
    expect(act('dibao', 'HEALTH')).toBe('review')
  })

  it('recruitment: names published, ID and phone masked', () => {
    expect(act('recruitment', 'PERSON_NAME')).toBe('keep')
    expect(act('recruitment', 'ID_CARD')).toBe('mask')
    expect(act('recruitment', 'MOBILE')).toBe('mask')
    expect(act('recruitment', 'DATE_OF_BIRTH')).toBe('mask')
  })

  it('penalty: 张某 for a person, identifiers masked, organisations named', () => {
    expect(act('penalty', 'PERSON_NAME')).toBe('mask')
    expect(getPolicy('penalty')!.rules.PERSON_NAME?.mask).toEqual({ name: 'mou' })
    for (const type of ['ID_CARD', 'ADDRESS', 'LICENSE_PLATE'] as const) expect(act('penalty', type), type).toBe('mask')
    expect(act('penalty', 'USCC')).toBe('keep')
  })

  it('workOrder: the caller’s identity never reaches the handling unit', () => {
    for (const type of ['PERSON_NAME', 'MOBILE', 'LANDLINE', 'ID_CARD', 'ADDRESS'] as const) expect(act('workOrder', type), type).toBe('remove')
    for (const type of personal) expect(['remove', 'mask'], type).toContain(act('workOrder', type))
  })

  it('health: individual health data blocks publication, names masked', () => {
    expect(act('health', 'HEALTH')).toBe('block')
    expect(act('health', 'PERSON_NAME')).toBe('mask')
  })

  it('no policy keeps an ID number, a bank card or health data', () => {
    for (const name of policyNames) for (const type of ['ID_CARD', 'BANK_CARD', 'HEALTH'] as const) expect(act(name, type), `${name} ${type}`).not.toBe('keep')
  })
})
