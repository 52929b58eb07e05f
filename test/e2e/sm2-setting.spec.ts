import { expect, test } from './support/app-fixture'

test('the 国密 SM2 co-signature is switched on in settings and stays on after a restart', async ({ app }) => {
  await app.signIn('admin')
  let page = app.page
  await page.getByRole('button', { name: '设置', exact: true }).click()
  const toggle = page.getByRole('switch', { name: '同时使用国密 SM2 签名' })
  await expect(toggle).not.toBeChecked()
  await expect(page.getByRole('region', { name: '国密签名' })).toContainText('SM2/SM3')
  await toggle.check()
  await expect(toggle).toBeChecked()
  await expect(toggle).toBeEnabled()

  await app.restart()
  page = app.page
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(page.getByRole('switch', { name: '同时使用国密 SM2 签名' })).toBeChecked()
})
