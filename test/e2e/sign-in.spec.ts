import { expect, test, testAccounts } from './support/app-fixture'
import { passwordTimeout, signInOn, userMenuButton } from './support/accounts'
import { shot } from './support/shots'

test.describe('first run', () => {
  test.use({ seeded: false })

  test('初始设置 names the office and creates its administrator, who is signed in at once', async ({ app, shell }) => {
    test.slow()
    const page = app.page
    await expect(page.getByRole('heading', { name: '初始设置', level: 1 })).toBeVisible()
    // Nothing of the app is reachable before the first account exists.
    await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0)
    await shot(page, shell, 'setup')

    await page.getByLabel('单位名称').fill('某某镇人民政府')
    await page.getByLabel('登录名').fill('zhangming')
    await page.getByLabel('姓名').fill('张明')
    await page.getByLabel('密码', { exact: true }).fill('short')
    await page.getByLabel('再输入一遍').fill('short')
    await page.getByRole('button', { name: '创建管理员并登录' }).click()
    await expect(page.getByText('密码至少 8 个字符', { exact: true })).toBeVisible()
    // The refused password is not left in the fields.
    await expect(page.getByLabel('密码', { exact: true })).toHaveValue('')

    await page.getByLabel('密码', { exact: true }).fill('一句足够长的口令 2026')
    await page.getByLabel('再输入一遍').fill('一句足够长的口令 2025')
    await page.getByRole('button', { name: '创建管理员并登录' }).click()
    await expect(page.getByText('两次输入的密码不一致。')).toBeVisible()

    await page.getByLabel('密码', { exact: true }).fill('一句足够长的口令 2026')
    await page.getByLabel('再输入一遍').fill('一句足够长的口令 2026')
    await page.getByRole('button', { name: '创建管理员并登录' }).click()
    await expect(userMenuButton(page, '张明')).toBeVisible({ timeout: passwordTimeout })
    await expect(page.getByRole('heading', { name: '草稿', level: 1 })).toBeVisible()

    await userMenuButton(page, '张明').click()
    const who = page.getByRole('region', { name: '当前用户' })
    await expect(who).toContainText('zhangming')
    await expect(who).toContainText('某某镇人民政府')
    await expect(who).toContainText('管理员')
    await expect(who.locator('.fingerprint__group')).toHaveCount(8)
    await shot(page, shell, 'user-menu')
    await who.getByRole('button', { name: '退出登录' }).click()

    // Once set up, the app asks for a sign-in and names the office.
    await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible()
    await expect(page.getByText('某某镇人民政府')).toBeVisible()
    await signInOn(page, { login: 'zhangming', name: '张明', password: '一句足够长的口令 2026', roles: ['admin'] })
  })
})

test('a wrong password is refused with the reason, and repeated failures make the login wait', async ({ app, shell }) => {
  test.slow()
  const page = app.page
  const { drafter } = testAccounts
  await expect(page.getByRole('heading', { name: '登录', level: 1 })).toBeVisible()
  await page.getByLabel('登录名').fill(drafter.login)
  const password = page.getByLabel('密码', { exact: true })
  const submit = page.getByRole('button', { name: '登录', exact: true })
  const error = page.getByRole('alert')

  await password.fill('not-the-password')
  await submit.click()
  await expect(error).toHaveText('用户名或密码错误', { timeout: passwordTimeout })
  await expect(password).toHaveValue('')
  await shot(page, shell, 'sign-in-failed')

  // A login that does not exist gets the very same answer: the door does not say which accounts exist.
  await page.getByLabel('登录名').fill('nobody')
  await password.fill('whatever-password')
  const unknownAnswered = page.waitForResponse((response) => response.url().endsWith('/api/invoke') && response.request().postData()?.includes('session.signIn') === true, {
    timeout: passwordTimeout,
  })
  await submit.click()
  await unknownAnswered
  await expect(error).toHaveText('用户名或密码错误')
  await expect(password).toHaveValue('')

  // The fifth wrong password in a row locks the login for a growing time (back-off).
  await page.getByLabel('登录名').fill(drafter.login)
  for (let attempt = 2; attempt <= 5; attempt++) {
    await password.fill(`wrong-${attempt}-password`)
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/invoke') && response.request().postData()?.includes('session.signIn') === true, {
      timeout: passwordTimeout,
    })
    await submit.click()
    await answered
    await expect(error).toContainText(attempt < 5 ? '用户名或密码错误' : '秒后再试')
  }
  await expect(page.getByRole('button', { name: /秒后可重试/ })).toBeDisabled()

  // When the wait is over the right password works again.
  await expect(submit).toBeEnabled()
  await signInOn(page, drafter)
  await expect(page.getByRole('heading', { name: '草稿', level: 1 })).toBeVisible()
})

test('the header names who is signed in; 修改密码 keeps the key and the new password works', async ({ app }) => {
  test.slow()
  const page = app.page
  await app.signIn('leader')
  const { leader } = testAccounts
  // A reviewer does not draft: no 新建公告 for them.
  await expect(page.getByRole('button', { name: '新建公告' })).toHaveCount(0)
  await userMenuButton(page, leader.name).click()
  const who = page.getByRole('region', { name: '当前用户' })
  await expect(who).toContainText('审核人')
  const fingerprint = await who.locator('.fingerprint').innerText()

  await who.getByRole('button', { name: '修改密码' }).click()
  const dialog = page.getByRole('dialog', { name: '修改密码' })
  await dialog.getByLabel('当前密码').fill('not-my-password')
  await dialog.getByLabel('新密码').fill('李主任的新密码 2026')
  await dialog.getByLabel('再输入一遍').fill('李主任的新密码 2026')
  await dialog.getByRole('button', { name: '修改密码' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('用户名或密码错误', { timeout: passwordTimeout })
  await expect(dialog.getByLabel('新密码')).toHaveValue('')

  await dialog.getByLabel('当前密码').fill(leader.password)
  await dialog.getByLabel('新密码').fill('李主任的新密码 2026')
  await dialog.getByLabel('再输入一遍').fill('李主任的新密码 2026')
  await dialog.getByRole('button', { name: '修改密码' }).click()
  await expect(dialog).toBeHidden({ timeout: passwordTimeout })
  await expect(page.getByRole('status').filter({ hasText: '密码已修改。' })).toBeVisible()

  await userMenuButton(page, leader.name).click()
  await expect(who.locator('.fingerprint')).toHaveText(fingerprint)
  await who.getByRole('button', { name: '退出登录' }).click()
  await signInOn(page, { ...leader, password: '李主任的新密码 2026' })
})
