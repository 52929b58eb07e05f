import { describe, expect, it } from 'vitest'
import { backoffSeconds } from '../../../electron/services/accounts/index'
import { tempDir } from '../../support/temp-dir'
import { createAdmin, hashingTimeout, passwords, rejection, testClock, testCore } from './support'

describe('login back-off', () => {
  it('waits 2^(n-5) s from the fifth failure, capped at 15 minutes', () => {
    expect([1, 4, 5, 6, 7, 14, 15, 40].map(backoffSeconds)).toEqual([0, 0, 1, 2, 4, 512, 900, 900])
  })

  it('counts wrong passwords per account in the store, refuses while waiting, and resets on success', async () => {
    const dataDir = tempDir()
    const clock = testClock()
    let core = await testCore({ dataDir, clock, cheapKdf: true })
    try {
      await createAdmin(core)
      // Six guesses at once: they are checked one after another, so the sixth meets the wait the fifth set.
      const burst = await Promise.all(Array.from({ length: 6 }, () => rejection(core.accounts.authenticate('admin', 'not-the-password'))))
      expect(burst.map((r) => r.code)).toEqual(Array(6).fill('forbidden'))
      expect(burst.slice(0, 4).map((r) => r.message)).toEqual(Array(4).fill('用户名或密码错误 (wrong login or password)'))
      expect(burst[4]?.message).toBe('用户名或密码错误，请 1 秒后再试 (wrong login or password; try again in 1 s)')
      expect(burst[5]?.message).toBe('用户名或密码错误，请 1 秒后再试 (wrong login or password; try again in 1 s)')

      // The right password is refused too while the wait lasts: guessing gets no faster by being right.
      expect((await rejection(core.accounts.authenticate('admin', passwords.admin))).message).toContain('try again in 1 s')
      clock.advance(1)
      expect((await rejection(core.accounts.authenticate('admin', 'still-wrong-1'))).message).toContain('try again in 2 s')

      // The count survives a restart.
      core.close()
      core = await testCore({ dataDir, clock, cheapKdf: true })
      expect((await rejection(core.accounts.unlockSigningKey('admin', passwords.admin))).message).toContain('try again in 2 s')
      clock.advance(2)
      await expect(core.accounts.authenticate('admin', passwords.admin)).resolves.toMatchObject({ login: 'admin' })
      expect(core.store.get('SELECT failed_logins, locked_until FROM accounts')).toEqual({ failed_logins: 0, locked_until: null })
      expect((await rejection(core.accounts.authenticate('admin', 'wrong-again'))).message).toBe('用户名或密码错误 (wrong login or password)')

      // An unknown login gets the same answer as a wrong password: sign-in never says which accounts exist.
      expect(await rejection(core.accounts.authenticate('nobody', 'whatever-1'))).toMatchObject({ code: 'forbidden', message: '用户名或密码错误 (wrong login or password)' })

      const failed = core.audit.list().filter((entry) => entry.event === 'account.login_failed')
      expect(failed.map((entry) => entry.details.failures)).toEqual([1, 2, 3, 4, 5, 6, 1])
      expect(failed.map((entry) => entry.details.waitSeconds)).toEqual([0, 0, 0, 0, 1, 2, 0])
    } finally {
      core.close()
    }
  }, hashingTimeout)
})
