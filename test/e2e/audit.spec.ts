import { expect, test, testAccounts } from './support/app-fixture'
import { createNotice } from './support/notices'
import { shot } from './support/shots'

test('the audit log lists events in plain words, newest first, and verifies its hash chain', async ({ app, shell }) => {
  const page = app.page
  await app.signIn('drafter')
  await createNotice(page, { title: '关于春季防火的通知', body: '请各村做好春季防火工作。' })
  await app.signIn('admin')

  await page.getByRole('button', { name: '审计日志', exact: true }).click()
  await expect(page.getByRole('heading', { name: '审计日志', level: 1 })).toBeVisible()
  const rows = page.getByRole('table').getByRole('row')
  // Newest first: the notice the drafter just created is on top (the header row is row 0).
  const created = rows.filter({ hasText: '新建公告' }).first()
  await expect(created).toContainText(testAccounts.drafter.name)
  await expect(created).toContainText('关于春季防火的通知')
  // The office was set up by the CLI: every account and its key were logged, by the administrator.
  for (const account of [testAccounts.drafter, testAccounts.leader, testAccounts.clerk]) {
    await expect(rows.filter({ hasText: '创建账户' }).filter({ hasText: account.login })).toHaveCount(1)
  }
  await expect(rows.filter({ hasText: '生成签名密钥' })).toHaveCount(Object.keys(testAccounts).length)
  const seqs = await page.locator('.audit__seq').allInnerTexts()
  const numbers = seqs.map((text) => Number(text.replace('#', '')))
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))

  await page.getByRole('button', { name: '校验日志' }).click()
  const verdict = page.getByRole('status').filter({ hasText: '日志完整' })
  await expect(verdict).toContainText(`共 ${Math.max(...numbers)} 条记录`)
  await shot(page, shell, 'audit')
})
