import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditEvents } from '../../../../shared/audit/events'
import { eventLabel, isKnownEvent } from '../../../../renderer/features/audit/audit-events'
import { translate } from '../../../../renderer/i18n/translate'
import type { Locale } from '../../../../shared/api/contract'

const root = path.resolve(import.meta.dirname, '../../../..')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/**
 * The kinds the services really write, read from their source: the event argument of every
 * `audit.record(event, …)` and `audit.append(tx, event, …)` (a ternary gives both of its names).
 */
function writtenKinds(): Set<string> {
  const kinds = new Set<string>()
  for (const file of sourceFiles(path.join(root, 'electron'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const call of text.matchAll(/audit\??\.(record|append)\((?=([^;]{0,300}))/g)) {
      const args = call[2].split(',')
      const eventArg = call[1] === 'append' ? args[1] : args[0]
      for (const literal of (eventArg ?? '').matchAll(/'([a-z]+\.[a-z_]+)'/g)) kinds.add(literal[1])
    }
  }
  return kinds
}

const t = (locale: Locale) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params)

describe('audit events in words', () => {
  it('lists exactly the kinds the services write (shared/audit/events.ts is read from the code)', () => {
    const written = writtenKinds()
    expect(written.size).toBeGreaterThan(20)
    expect([...written].sort()).toEqual([...auditEvents].sort())
  })

  it('gives every kind the services write a zh-CN label with no raw key and no English', () => {
    for (const kind of writtenKinds()) {
      const label = eventLabel(kind, t('zh-CN'))
      expect(isKnownEvent(kind), kind).toBe(true)
      expect(label, kind).not.toBe(kind)
      expect(label, kind).toMatch(/[\u4e00-\u9fff]/)
      expect(label, kind).not.toMatch(/[A-Za-z]/)
      expect(eventLabel(kind, t('en')), kind).not.toBe(kind)
    }
  })

  it('shows an unknown kind by its name, and no object property counts as a kind', () => {
    expect(eventLabel('future.thing', t('zh-CN'))).toBe('future.thing')
    expect(isKnownEvent('constructor')).toBe(false)
    expect(eventLabel('toString', t('zh-CN'))).toBe('toString')
  })
})
