import { expect, test } from './support/app-fixture'

// The app opens on the sign-in screen: these tests work as the drafter 王小明.
test.beforeEach(async ({ app }) => {
  await app.signIn('drafter')
})

// Recovery notes come from the store after a crash; producing a real one is the store's own test.
// Here the browser shell's app.info answer is amended in flight to check the UI shows them prominently.
test.skip(({ shell }) => shell !== 'browser', 'rewrites an HTTP answer of the browser host')

const note = '丢弃了 journal-000001.log 末尾未写完的记录（17 字节，崩溃时尚未确认保存） (dropped an unfinished record at the end of journal-000001.log)'

test('start-up recovery notes are shown as a banner and kept in settings', async ({ app }) => {
  const page = app.page
  await page.route('**/api/invoke', async (route) => {
    const sent: unknown = route.request().postDataJSON()
    if (typeof sent !== 'object' || sent === null || !('channel' in sent) || sent.channel !== 'app.info') return route.continue()
    const response = await route.fetch()
    const result = (await response.json()) as { ok: boolean; value: { recovery: string[] } }
    result.value.recovery = [note]
    return route.fulfill({ response, json: result })
  })
  await page.reload()

  const banner = page.getByRole('alert').filter({ hasText: '会签启动时恢复了数据' })
  await expect(banner).toContainText(note)
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await expect(page.getByRole('region', { name: '启动恢复记录' })).toContainText(note)
  await banner.getByRole('button', { name: '知道了' }).click()
  await expect(banner).toBeHidden()
  await expect(page.getByRole('region', { name: '启动恢复记录' })).toBeVisible()
})
