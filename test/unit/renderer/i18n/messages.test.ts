import { describe, expect, it } from 'vitest'
import { en, zhCN, type MessageKey } from '../../../../renderer/i18n/messages'
import { translate } from '../../../../renderer/i18n/translate'

const keys = Object.keys(zhCN) as MessageKey[]
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('message catalogue', () => {
  it('has an English text for every Chinese key and nothing more', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort())
  })

  it('uses the same {placeholders} in both languages', () => {
    for (const key of keys) expect({ key, names: placeholders(en[key]) }).toEqual({ key, names: placeholders(zhCN[key]) })
  })

  it('has no empty texts', () => {
    for (const key of keys) {
      expect(zhCN[key].trim(), key).not.toBe('')
      expect(en[key].trim(), key).not.toBe('')
    }
  })

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'save.saved', { time: '14:05:09' })).toBe('已保存 14:05:09')
    expect(translate('en', 'list.count', {})).toBe('{count} in total')
  })
})
