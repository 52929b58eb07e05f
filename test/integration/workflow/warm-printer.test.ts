import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/services/core'
import { tempDir } from '../../support/temp-dir'
import { cheapAccounts } from '../../support/test-kdf'
import { passwords } from '../accounts/support'

// Issue 14: the PDF printer starts its browser when a drafter signs in or opens a notice, so a submit waits only
// for the print. A fake printer counts the calls; nothing of a notice reaches warm().
describe('the printer is warmed for drafters', () => {
  it('warms on a drafter signing in and opening a notice, not for an administrator or reviewer', async () => {
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
      expect(calls.warm).toBe(0)
      await h['session.signIn']({ login: 'li', password: passwords.reviewer })
      expect(calls.warm).toBe(0)
      await h['session.signIn']({ login: 'zhang', password: passwords.drafter })
      expect(calls.warm).toBe(1)
      const notice = await h['notice.create']({ title: '公示', body: '公示内容' })
      await h['notice.get']({ id: notice.id })
      expect(calls.warm).toBe(2)
      await h['session.signOut']({})
      expect(calls.warm).toBe(2)
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
