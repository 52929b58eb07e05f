import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readZip } from '../../../electron/services/bundle/index'
import { tempDir } from '../../support/temp-dir'
import { cli, passwordFile, type Run } from '../accounts/cli-run'
import { admin, createAdmin, hashingTimeout, passwords, testCore } from '../accounts/support'

type Shown = { notice: { state: string }; findings: { index: number; type: string; resolution: { status: string } }[] }

function ok(run: Run): Run {
  expect(run.code, run.stderr).toBe(0)
  return run
}

function refusedWith(run: Run, text: string): void {
  expect(run.code, run.stderr).toBe(1)
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).toContain(text)
  expect(run.stderr).not.toMatch(/\n\s+at /)
}

// 低保公示: the illness needs a person's decision; names, ID numbers and mobiles the policy resolves.
const body = ['经审核，以下家庭符合最低生活保障条件，现予公示：', '姓名\t身份证号\t联系电话', '张三丰\t110101199003071234\t13812345678', '户主患尿毒症。', ''].join('\n')

describe('countersign CLI: the approval workflow end to end', () => {
  it('with two people seeded: drafts, decides, submits, refuses self-approval, approves, exports and verifies', async () => {
    const dir = tempDir()
    const data = path.join(dir, 'data')
    const file = (name: string, password: string): string => passwordFile(dir, name, password)
    const drafterPw = file('drafter.pw', passwords.drafter)
    const reviewerPw = file('reviewer.pw', passwords.reviewer)
    const as = (login: string, pw: string): string[] => ['--data', data, '--as', login, '--password-file', pw]

    // The office is seeded through the services at the test-only scrypt cost (test/support/test-kdf.ts): every
    // `--as` below signs in against these accounts, so at the product's cost each run would spend most of its
    // time hashing. `countersign user add` itself is tested spawned, at the product's cost, in user.test.ts.
    const seed = await testCore({ dataDir: data, cheapKdf: true })
    try {
      await createAdmin(seed)
      await seed.accounts.create({ login: 'zhang', name: '张起草', roles: ['drafter'], password: passwords.drafter }, admin)
      await seed.accounts.create({ login: 'li', name: '李审核', roles: ['reviewer'], password: passwords.reviewer }, admin)
    } finally {
      seed.close()
    }

    const bodyFile = path.join(dir, 'body.txt')
    fs.writeFileSync(bodyFile, body)
    const noAs = await cli(['notice', 'new', '--data', data, '--title', '低保公示', '--body-file', bodyFile, '--type', 'dibao'])
    refusedWith(noAs, '--as LOGIN')
    const created = ok(await cli(['notice', 'new', ...as('zhang', drafterPw), '--title', '低保公示', '--body-file', bodyFile, '--type', 'dibao', '--json']))
    const { id } = JSON.parse(created.stdout) as { id: string }

    refusedWith(await cli(['notice', 'submit', id, ...as('zhang', drafterPw)]), 'still undecided')
    const shown = JSON.parse(ok(await cli(['notice', 'show', id, '--data', data, '--json'])).stdout) as Shown
    const open = shown.findings.filter((f) => f.resolution.status === 'unresolved')
    expect(open.map((f) => f.type)).toEqual(['HEALTH'])
    ok(await cli(['notice', 'decide', id, '--finding', String(open[0]?.index), '--action', 'mask', '--reason', '敏感个人信息', ...as('zhang', drafterPw)]))

    ok(await cli(['notice', 'submit', id, ...as('zhang', drafterPw)]))
    refusedWith(await cli(['notice', 'approve', id, ...as('zhang', drafterPw)]), 'reviewer role')
    ok(await cli(['notice', 'approve', id, '--comment', '同意', ...as('li', reviewerPw)]))

    const zip = path.join(dir, 'bundle.zip')
    ok(await cli(['export', id, '--out', zip, ...as('li', reviewerPw)]))
    const trust = path.join(dir, 'trust.json')
    ok(await cli(['trust', 'export', '--data', data, '--out', trust]))
    const verified = ok(await cli(['verify', zip, '--trust', trust]))
    expect(verified.stdout).not.toContain('110101199003071234')
    // the exported bundle carries none of the hidden values, in any entry (envelope payloads decoded too)
    const texts = [...readZip(fs.readFileSync(zip)).entries()].flatMap(([name, data]) => {
      const text = Buffer.from(data).toString('utf8')
      return name.startsWith('attest/') ? [text, Buffer.from((JSON.parse(text) as { payload: string }).payload, 'base64').toString('utf8')] : [text]
    })
    expect(texts.length).toBeGreaterThan(6)
    for (const value of ['110101199003071234', '13812345678', '张三丰', '患尿毒症']) for (const text of texts) expect(text).not.toContain(value)
    const after = JSON.parse(ok(await cli(['notice', 'show', id, '--data', data, '--json'])).stdout) as Shown
    expect(after.notice.state).toBe('exported')
  }, hashingTimeout * 2)
})
