import { expect, test } from './support/app-fixture'

// The app opens on the sign-in screen: these tests work as the drafter 王小明.
test.beforeEach(async ({ app }) => {
  await app.signIn('drafter')
})

test('the language switches to English, is kept across a restart, and switches back', async ({ app }) => {
  let page = app.page
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible()
  await expect(page.getByText(app.dataDir, { exact: true })).toBeVisible()

  await page.getByRole('radio', { name: 'English' }).check()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Drafts' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await app.restart()
  page = app.page
  await expect(page.getByRole('heading', { name: 'Drafts', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: '简体中文' }).check()
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '草稿', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})
