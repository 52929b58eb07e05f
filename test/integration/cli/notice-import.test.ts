import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp-dir'
import { cli, passwordFile, type Run } from '../accounts/cli-run'
import { hashingTimeout, passwords, seedCliOffice } from '../accounts/support'

const fixtures = path.join(import.meta.dirname, '../../fixtures/import')

function ok(run: Run): Run {
  expect(run.code, run.stderr).toBe(0)
  return run
}

function oneLine(run: Run, code: number, text: string): void {
  expect(run.code, run.stderr).toBe(code)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).toContain(text)
  expect(run.stderr).not.toMatch(/\n\s+at /)
}

describe('countersign notice new --import', () => {
  it('imports a workbook into a draft, says what was hidden, and refuses to submit it while marked', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const drafterPw = passwordFile(dir, 'drafter.pw', passwords.drafter)
    const as = ['--data', data, '--as', 'zhang', '--password-file', drafterPw]
    await seedCliOffice(data, [{ login: 'zhang', name: '张起草', roles: ['drafter'], password: passwords.drafter }])

    const xlsx = path.join(fixtures, 'dibao.xlsx')
    const human = ok(await cli(['notice', 'new', '--import', xlsx, '--type', 'dibao', ...as]))
    const [id, summary, ...more] = human.stdout.trim().split('\n')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(more).toEqual([])
    expect(summary).toContain('隐藏内容已标出 3 项')
    expect(summary).toContain('hidden: 3 marked')
    // counts only: no ID number, phone or name from the file
    for (const value of ['340705198204150268', '13905621234', '欧阳娜娜']) expect(human.stdout).not.toContain(value)
    expect(human.stderr).toBe('')

    const json = JSON.parse(ok(await cli(['notice', 'new', '--import', xlsx, '--json', ...as])).stdout) as { id: string; report: { format: string; hidden: { kind: string; disposition: string }[] } }
    expect(json.report.format).toBe('xlsx')
    expect(json.report.hidden.filter((h) => h.disposition === 'shown').map((h) => h.kind).sort()).toEqual(['hiddenColumn', 'hiddenRow', 'hiddenSheet'])

    const shown = JSON.parse(ok(await cli(['notice', 'show', id ?? '', '--data', data, '--json'])).stdout) as { notice: { title: string; body: string; noticeType: string } }
    expect(shown.notice).toMatchObject({ title: '白马镇2025年第二季度城乡最低生活保障对象名单', noticeType: 'dibao' })
    expect(shown.notice.body).toContain('（隐藏列）')

    // through the app's notice.import: the policy given travels with the request and is stored with the draft
    const strict = ok(await cli(['notice', 'new', '--import', xlsx, '--type', 'dibao', '--policy', 'strict', ...as])).stdout.trim().split('\n')[0] ?? ''
    const strictShown = JSON.parse(ok(await cli(['notice', 'show', strict, '--data', data, '--json'])).stdout) as { workflow: { policy: string; draftedBy: string | null } }
    expect(strictShown.workflow.policy).toBe('strict')
    expect(strictShown.workflow.draftedBy).not.toBeNull()
    oneLine(await cli(['notice', 'new', '--import', xlsx, '--policy', 'lenient-please', ...as]), 2, 'no policy named lenient-please')
    // once the office has accounts, nobody imports without signing in as a drafter
    oneLine(await cli(['notice', 'new', '--import', xlsx, '--data', data]), 1, 'needs a drafter to sign in')

    oneLine(await cli(['notice', 'submit', id ?? '', ...as]), 1, '请删除这些行或列')
    oneLine(await cli(['notice', 'new', '--import', path.join(fixtures, 'legacy.xls'), ...as]), 2, 'legacy.xls')
    oneLine(await cli(['notice', 'new', '--import', xlsx, '--title', 'x', ...as]), 2, '--import takes the title from the file')
    const broken = path.join(dir, '名单.xlsx')
    fs.writeFileSync(broken, fs.readFileSync(xlsx).subarray(0, 2000))
    oneLine(await cli(['notice', 'new', '--import', broken, ...as]), 2, '名单.xlsx')
  }, hashingTimeout * 2)
})
