import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp-dir'
import { cli, passwordFile, type Run } from '../accounts/cli-run'
import { hashingTimeout, passwords, seedCliOffice } from '../accounts/support'

function ok(run: Run): Run {
  expect(run.code, run.stderr).toBe(0)
  return run
}

function refusedWith(run: Run, text: string): void {
  expect(run.code, run.stderr).toBe(1)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).toContain(text)
}

describe('countersign CLI: submit preconditions and notice withdraw (issue 10)', () => {
  it('refuses an empty body and a marker, and lets the drafter withdraw a submission', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const drafterPw = passwordFile(dir, 'drafter.pw', passwords.drafter)
    const as = (login: string, pw: string): string[] => ['--data', data, '--as', login, '--password-file', pw]
    await seedCliOffice(data, [{ login: 'zhang', name: '张起草', roles: ['drafter'], password: passwords.drafter }])

    const write = (name: string, text: string): string => {
      const file = path.join(dir, name)
      fs.writeFileSync(file, text)
      return file
    }
    const create = async (body: string): Promise<string> => {
      const run = ok(await cli(['notice', 'new', ...as('zhang', drafterPw), '--title', '关于召开会议的通知', '--body-file', write('body.txt', body), '--json']))
      return (JSON.parse(run.stdout) as { id: string }).id
    }

    refusedWith(await cli(['notice', 'submit', await create(''), ...as('zhang', drafterPw)]), '公告正文是空的')
    refusedWith(await cli(['notice', 'submit', await create('（征求意见稿）\n定于3月5日召开全镇工作会议。'), ...as('zhang', drafterPw)]), '只能从文字中删除')

    const id = await create('定于3月5日召开全镇工作会议。')
    ok(await cli(['notice', 'submit', id, ...as('zhang', drafterPw)]))
    const withdrawn = ok(await cli(['notice', 'withdraw', id, ...as('zhang', drafterPw), '--json']))
    expect(JSON.parse(withdrawn.stdout)).toMatchObject({ id, state: 'draft' })
    const shown = JSON.parse(ok(await cli(['notice', 'show', id, '--data', data, '--json'])).stdout) as { notice: { state: string } }
    expect(shown.notice.state).toBe('draft')
    refusedWith(await cli(['notice', 'withdraw', id, ...as('zhang', drafterPw)]), 'not been submitted')
    const audit = ok(await cli(['audit', 'verify', '--data', data]))
    expect(audit.code).toBe(0)
  }, hashingTimeout * 2)
})
