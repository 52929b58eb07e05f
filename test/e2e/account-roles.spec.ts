import { expect, test, testAccounts } from './support/app-fixture'
import { passwordTimeout, signInOn } from './support/accounts'

/** Roles that fit the office (issue 14, item 4): the administrator changes roles and deactivates, in the real UI. */

test('the administrator changes roles and deactivates an account; the page says what cannot be done and why', async ({ app }) => {
  test.slow()
  const page = app.page
  const { admin, drafter, leader } = testAccounts
  await app.signIn('admin')
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '账户' }).click()
  const table = page.getByRole('table')

  // the only administrator: cannot deactivate themselves, and keeps the administrator role, each with the reason
  const own = table.getByRole('row', { name: admin.name })
  const deactivateSelf = own.getByRole('button', { name: `停用 ${admin.name} 的账户` })
  await expect(deactivateSelf).toBeDisabled()
  await expect(deactivateSelf).toHaveAttribute('title', '不能停用自己的账户，请由另一位管理员操作。')
  await own.getByRole('button', { name: `修改 ${admin.name} 的角色` }).click()
  let dialog = page.getByRole('dialog', { name: `修改 ${admin.name} 的角色` })
  await expect(dialog.getByRole('checkbox', { name: /管理员/ })).toBeDisabled()
  await expect(dialog).toContainText(`${admin.name} 是唯一的管理员，不能取消其管理员角色。`)
  await dialog.getByRole('button', { name: '取消' }).click()

  // 李主任 also drafts from now on: the old key is retired as superseded and listed as history
  const leaderRow = table.getByRole('row', { name: leader.name })
  await leaderRow.getByRole('button', { name: `修改 ${leader.name} 的角色` }).click()
  dialog = page.getByRole('dialog', { name: `修改 ${leader.name} 的角色` })
  await expect(dialog).toContainText('以“已更替”吊销')
  await dialog.getByRole('checkbox', { name: /起草人/ }).check()
  await dialog.getByLabel('您的密码（管理员）').fill(admin.password)
  await dialog.getByRole('button', { name: '保存角色' }).click()
  await expect(dialog).toBeHidden({ timeout: passwordTimeout })
  await expect(page.getByRole('status').filter({ hasText: `已修改 ${leader.name} 的角色` })).toBeVisible()
  await expect(leaderRow).toContainText('起草人')
  await expect(leaderRow).toContainText('审核人')
  await expect(leaderRow).toContainText('没有可用的密钥')
  await leaderRow.locator('details summary').click()
  await expect(leaderRow.locator('details')).toContainText('已更替：此前的签名仍然有效')

  // 王小明 left: deactivated, the key revoked as superseded; a wrong admin password first changes nothing
  const drafterRow = table.getByRole('row', { name: drafter.name })
  await drafterRow.getByRole('button', { name: `停用 ${drafter.name} 的账户` }).click()
  dialog = page.getByRole('dialog', { name: `停用 ${drafter.name} 的账户` })
  await expect(dialog).toContainText('停用前签署的签名包仍能通过验证')
  await dialog.getByLabel('您的密码（管理员）').fill('not-the-admin-password')
  await dialog.getByRole('button', { name: '停用账户' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('用户名或密码错误', { timeout: passwordTimeout })
  await dialog.getByLabel('您的密码（管理员）').fill(admin.password)
  await dialog.getByRole('button', { name: '停用账户' }).click()
  await expect(dialog).toBeHidden({ timeout: passwordTimeout })
  await expect(drafterRow).toContainText('已停用')
  await expect(drafterRow.getByRole('button')).toHaveCount(0)
  await drafterRow.locator('details summary').click()
  await expect(drafterRow.locator('details')).toContainText('已更替')

  // the deactivated account can no longer sign in; the leader can, and gets a new key with the new roles
  await app.signOut()
  await page.getByLabel('登录名').fill(drafter.login)
  await page.getByLabel('密码', { exact: true }).fill(drafter.password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('已停用', { timeout: passwordTimeout })
  await page.getByLabel('登录名').fill('')
  await signInOn(page, { ...leader, roles: ['drafter', 'reviewer'] })
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '账户' }).click()
  await expect(table.getByRole('row', { name: leader.name })).toContainText('有效')
  await expect(table.getByRole('row', { name: leader.name })).not.toContainText('没有可用的密钥')
  await expect(page.getByText('只有管理员可以添加账户、修改角色、停用账户或重置密码。')).toBeVisible()

  // not an administrator: the 国密 switch is shown switched off for changes, with the reason
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(page.getByRole('switch', { name: '同时使用国密 SM2 签名' })).toBeDisabled()
  await expect(page.getByText('只有管理员可以更改此设置。')).toBeVisible()
})
