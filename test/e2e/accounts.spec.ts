import { expect, test, testAccounts } from './support/app-fixture'
import { passwordTimeout, signInOn } from './support/accounts'
import { shot } from './support/shots'

test('the administrator adds an account (confirming with their own password), and the new person can sign in', async ({ app, shell }) => {
  test.slow()
  const page = app.page
  await app.signIn('admin')
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '账户' }).click()
  await expect(page.getByRole('heading', { name: '账户', level: 1 })).toBeVisible()
  const table = page.getByRole('table')
  for (const account of Object.values(testAccounts)) await expect(table.getByRole('row', { name: account.name })).toContainText(account.login)
  await expect(table.getByRole('row', { name: testAccounts.clerk.name })).toContainText('起草人')
  await expect(table.getByRole('row', { name: testAccounts.clerk.name })).toContainText('审核人')
  await shot(page, shell, 'accounts')

  await page.getByRole('button', { name: '添加账户' }).click()
  const dialog = page.getByRole('dialog', { name: '添加账户' })
  await dialog.getByLabel('姓名').fill('赵干事')
  await dialog.getByLabel('登录名').fill('zhaogs')
  await dialog.getByRole('checkbox', { name: /审核人/ }).check()
  await dialog.getByLabel('初始密码').fill('赵干事的初始密码')
  await dialog.getByLabel('再输入一遍').fill('赵干事的初始密码')
  await dialog.getByLabel('您的密码（管理员）').fill('not-the-admin-password')
  await shot(page, shell, 'accounts-add')
  await dialog.getByRole('button', { name: '添加账户' }).click()
  // The service's own reason, in Chinese; nothing was created.
  await expect(dialog.getByRole('alert')).toHaveText('用户名或密码错误', { timeout: passwordTimeout })
  await expect(dialog.getByLabel('您的密码（管理员）')).toHaveValue('')

  await dialog.getByLabel('初始密码').fill('赵干事的初始密码')
  await dialog.getByLabel('再输入一遍').fill('赵干事的初始密码')
  await dialog.getByLabel('您的密码（管理员）').fill(testAccounts.admin.password)
  await dialog.getByRole('button', { name: '添加账户' }).click()
  await expect(dialog).toBeHidden({ timeout: passwordTimeout })
  await expect(page.getByRole('status').filter({ hasText: '已添加账户 zhaogs（赵干事）' })).toBeVisible()
  const row = table.getByRole('row', { name: '赵干事' })
  await expect(row).toContainText('zhaogs')
  await expect(row).toContainText('起草人')
  await expect(row).toContainText('审核人')
  await expect(row.locator('.fingerprint__group')).toHaveCount(8)
  await expect(row).toContainText('有效')

  await app.signOut()
  await signInOn(page, { login: 'zhaogs', name: '赵干事', password: '赵干事的初始密码', roles: ['drafter', 'reviewer'] })
})

test('a reset issues a new key and revokes the old one, which stays listed', async ({ app }) => {
  test.slow()
  const page = app.page
  await app.signIn('admin')
  await page.getByRole('button', { name: '账户', exact: true }).click()
  const row = page.getByRole('table').getByRole('row', { name: testAccounts.drafter.name })
  const oldFingerprint = await row.locator('.accounts-table__key .fingerprint').first().textContent()

  await row.getByRole('button', { name: `重置 ${testAccounts.drafter.name} 的密码` }).click()
  const dialog = page.getByRole('dialog', { name: `重置 ${testAccounts.drafter.name} 的密码` })
  await expect(dialog).toContainText('重置会换发新的签名密钥')
  await dialog.getByLabel('新密码').fill('王小明的新密码 2026')
  await dialog.getByLabel('再输入一遍').fill('王小明的新密码 2026')
  await dialog.getByLabel('您的密码（管理员）').fill(testAccounts.admin.password)
  await dialog.getByRole('button', { name: '重置密码并换发密钥' }).click()
  await expect(dialog).toBeHidden({ timeout: passwordTimeout })
  await expect(page.getByRole('status').filter({ hasText: `已为 ${testAccounts.drafter.name} 重置密码并换发新密钥` })).toContainText('请重新导出信任列表')

  const history = row.locator('details')
  await expect(history).toContainText('历史密钥 1 个')
  await history.locator('summary').click()
  await expect(history).toContainText('已吊销')
  await expect(history.locator('.fingerprint')).toHaveText(oldFingerprint ?? '')
  await expect(row.locator('.accounts-table__key .fingerprint').first()).not.toHaveText(oldFingerprint ?? '')
})

test('people without the administrator role see the accounts but cannot change them', async ({ app }) => {
  const page = app.page
  await app.signIn('clerk')
  await page.getByRole('button', { name: '账户', exact: true }).click()
  await expect(page.getByRole('table').getByRole('row', { name: testAccounts.admin.name })).toBeVisible()
  await expect(page.getByText('只有管理员可以添加账户、修改角色、停用账户或重置密码。')).toBeVisible()
  await expect(page.getByRole('button', { name: '添加账户' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /重置|修改角色|停用/ })).toHaveCount(0)
})

test('an account whose name another account already has is added, with a warning the administrator must acknowledge', async ({ app }) => {
  test.slow()
  const page = app.page
  await app.signIn('admin')
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '账户' }).click()
  await page.getByRole('button', { name: '添加账户' }).click()
  const dialog = page.getByRole('dialog', { name: '添加账户' })
  const existing = testAccounts.drafter
  await dialog.getByLabel('姓名').fill(existing.name)
  await dialog.getByLabel('登录名').fill('second')
  await dialog.getByRole('checkbox', { name: /审核人/ }).check()
  await dialog.getByLabel('初始密码').fill('第二个账户的初始密码')
  await dialog.getByLabel('再输入一遍').fill('第二个账户的初始密码')
  await dialog.getByLabel('您的密码（管理员）').fill(testAccounts.admin.password)
  await dialog.getByRole('button', { name: '添加账户' }).click()
  const warning = page.getByRole('dialog', { name: '账户已添加，请注意' })
  await expect(warning).toBeVisible({ timeout: passwordTimeout })
  await expect(warning.getByRole('alert')).toContainText(`账户 ${existing.login} 也叫“${existing.name}”`)
  await warning.getByRole('button', { name: '知道了' }).click()
  await expect(warning).toBeHidden()
  // created all the same: a warning, not a refusal — two rows now carry the name
  await expect(page.getByRole('table').getByRole('row', { name: existing.name })).toHaveCount(2)
  await expect(page.getByRole('table').getByRole('row', { name: existing.name }).filter({ hasText: 'second' })).toContainText('审核人')
})
