import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/services/core'
import { tempDir } from '../../support/temp-dir'
import { cheapAccounts } from '../../support/test-kdf'
import { passwords } from '../accounts/support'

// Issue 14: the PDF printer starts its browser when a drafter opens 提交审核's password dialog (notice.prepareSubmit),
// so the submit waits only for the print; signing in, reading and reviewing start nothing. A fake printer counts
// the calls; nothing of a notice reaches warm().
describe('the printer is warmed for a drafter about to submit', () => {
  it('warms when the drafter may submit the notice, not at sign-in, not for a reviewer or a notice not theirs to submit', async () => {
    const calls = { warm: 0, print: 0 }
    const pdf = {
      print: () => {
        calls.print += 1
        return Promise.resolve(new Uint8Array())
      },
      warm: () => {
        calls.warm += 1
        return Promise.resolve()
      },
    }
    const core = await openCore({ dataDir: tempDir(), shell: 'browser', pdf }, cheapAccounts)
    try {
      const h = core.handlers
      await h['session.setup']({ office: '某街道办事处', login: 'admin', name: '王管理', password: passwords.admin })
      await h['account.create']({ login: 'zhang', name: '张起草', roles: ['drafter'], password: passwords.drafter, adminPassword: passwords.admin })
      await h['account.create']({ login: 'li', name: '李审核', roles: ['reviewer'], password: passwords.reviewer, adminPassword: passwords.admin })
      await h['account.create']({ login: 'wang', name: '王起草', roles: ['drafter'], password: passwords.drafter, adminPassword: passwords.admin })
      expect(calls.warm).toBe(0)
      await h['session.signIn']({ login: 'zhang', password: passwords.drafter })
      const notice = await h['notice.create']({ title: '公示', body: '公示内容' })
      await h['notice.get']({ id: notice.id })
      expect(calls.warm).toBe(0)
      expect(await h['notice.prepareSubmit']({ id: notice.id })).toEqual({ id: notice.id, warmed: true })
      expect(calls.warm).toBe(1)
      // a reviewer (who may not submit) and another drafter (not theirs): told nothing, nothing started
      await h['session.signIn']({ login: 'li', password: passwords.reviewer })
      expect(await h['notice.prepareSubmit']({ id: notice.id })).toEqual({ id: notice.id, warmed: false })
      await h['session.signIn']({ login: 'wang', password: passwords.drafter })
      expect(await h['notice.prepareSubmit']({ id: notice.id })).toEqual({ id: notice.id, warmed: false })
      await h['session.signOut']({})
      expect(() => h['notice.prepareSubmit']({ id: notice.id })).toThrow()
      expect(calls.warm).toBe(1)
      expect(calls.print).toBe(0)
    } finally {
      core.close()
    }
  })

  it('a failing warm-up is nobody’s error: signing in still works', async () => {
    const pdf = { print: () => Promise.resolve(new Uint8Array()), warm: () => Promise.reject(new Error('no browser')) }
    const core = await openCore({ dataDir: tempDir(), shell: 'browser', pdf }, cheapAccounts)
    try {
      const h = core.handlers
      await h['session.setup']({ office: '某街道办事处', login: 'admin', name: '王管理', password: passwords.admin })
      await h['account.create']({ login: 'zhang', name: '张起草', roles: ['drafter'], password: passwords.drafter, adminPassword: passwords.admin })
      await expect(h['session.signIn']({ login: 'zhang', password: passwords.drafter })).resolves.toMatchObject({ user: { login: 'zhang' } })
    } finally {
      core.close()
    }
  })
})
