import { openCore, type Core } from '../../../electron/services/core'
import type { Logger } from '../../../electron/services/common/logger'
import { tempDir } from '../../support/temp-dir'
import { cheapAccounts } from '../../support/test-kdf'

/** A clock the test moves by hand, so back-off waits pass without sleeping. */
export type TestClock = { now: () => Date; advance(seconds: number): void }

export function testClock(start = '2026-03-02T08:00:00.000Z'): TestClock {
  let t = Date.parse(start)
  return {
    now: () => new Date(t),
    advance: (seconds) => {
      t += seconds * 1000
    },
  }
}

export type TestCore = Core & { clock: TestClock }

/**
 * A core on a fresh data directory (or `dataDir`), on a test clock; close it in a finally. Accounts are
 * hashed at the product's cost unless `cheapKdf` (test/support/test-kdf.ts), for fixtures whose tests are
 * about something other than the hashing.
 */
export async function testCore(options: { dataDir?: string; clock?: TestClock; log?: Logger; cheapKdf?: boolean } = {}): Promise<TestCore> {
  const clock = options.clock ?? testClock()
  const core = await openCore({ dataDir: options.dataDir ?? tempDir(), shell: 'cli', now: clock.now, ...(options.log ? { log: options.log } : {}) }, options.cheapKdf ? cheapAccounts : undefined)
  return Object.assign(core, { clock })
}

/**
 * Timeout for tests that hash at the product's cost: real scrypt (N = 2^17) is ~0.3 s a call alone, and a
 * test of the accounts makes a dozen or more; on a two-core machine shared with other work each call can
 * take seconds. It bounds a hang and measures nothing, so it is generous (never below vitest's 180 s).
 */
export const hashingTimeout = 300_000

// Distinctive passwords, so a search of files and logs for them cannot match by accident.
export const passwords = {
  admin: '管理员口令-Admin-7Qx!',
  drafter: 'drafter-pässwort-42',
  reviewer: '审核人的长密码短语',
  changed: 'changed-口令-Zr9#wq',
  reset: 'reset-by-admin-8jLm',
} as const

export const admin = { login: 'admin', password: passwords.admin } as const

/** The office's first administrator (no one to approve it yet). */
export function createAdmin(core: Core) {
  return core.accounts.create({ login: 'admin', name: '王管理', roles: ['admin'], password: passwords.admin })
}

/** Rejects with a ServiceError of this code whose message matches. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return { code: typeof code === 'string' ? code : 'none', message: error instanceof Error ? error.message : String(error) }
  }
  throw new Error('expected a rejection')
}

/**
 * Seeds a data folder for a CLI test with the first admin and the given people, through the services at
 * the test-only scrypt cost: every `--as` of the test then signs in cheaply. `countersign user add` itself
 * is tested spawned, at the product's cost, in test/integration/cli/user.test.ts.
 */
export async function seedCliOffice(dataDir: string, people: { login: string; name: string; roles: ('drafter' | 'reviewer' | 'admin')[]; password: string }[]): Promise<void> {
  const core = await testCore({ dataDir, cheapKdf: true })
  try {
    await createAdmin(core)
    for (const person of people) await core.accounts.create(person, admin)
  } finally {
    core.close()
  }
}
