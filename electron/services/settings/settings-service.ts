import { settingsSchema, type Settings } from '../../../shared/api/contract'
import type { Access, Acting } from '../common/access'
import type { Store } from '../store/index'

const defaults: Settings = { locale: 'zh-CN', sm2CoSign: false }

/** User preferences, stored as JSON values keyed by name so new settings need no migration. */
export class SettingsService {
  constructor(
    private readonly store: Store,
    /** who may change what: the 国密 co-signing switch is an administrator's (common/access) */
    private readonly access?: Pick<Access, 'role'>,
  ) {}

  get(): Settings {
    const rows = this.store.all<{ key: string; value: string }>('SELECT key, value FROM settings')
    const stored: Record<string, unknown> = {}
    for (const row of rows) {
      try {
        stored[row.key] = JSON.parse(row.value)
      } catch {
        // A value that no longer parses falls back to its default instead of breaking start-up.
      }
    }
    const parsed = settingsSchema.safeParse({ ...defaults, ...stored })
    return parsed.success ? parsed.data : defaults
  }

  update(patch: Partial<Settings>, by: Acting): Settings {
    if (patch.sm2CoSign !== undefined) this.access?.role(by, 'admin')
    this.store.transaction((tx) => {
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue
        tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, JSON.stringify(value)])
      }
    })
    return this.get()
  }
}
