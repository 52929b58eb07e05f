import { expect, test } from './support/app-fixture'
import { createNotice, noticeRow, savedStatus } from './support/notices'

// The app opens on the sign-in screen: these tests work as the drafter 王小明.
test.beforeEach(async ({ app }) => {
  await app.signIn('drafter')
})

test('a new notice autosaves while typing and is still there after a restart', async ({ app }) => {
  let page = app.page
  await page.getByRole('button', { name: '新建公告' }).click()
  const title = page.getByLabel('标题')
  await expect(title).toBeFocused()
  // Typed, not filled and blurred: the save must come from the pause after typing.
  await title.pressSequentially('关于城乡低保对象的公示')
  await expect(savedStatus(page)).toBeVisible()
  await page.getByLabel('文号').fill('某政发〔2026〕12号')
  await page.getByLabel('公告类型').selectOption({ label: '低保/特困公示' })
  const body = '经个人申请、村委会评议、镇政府审核，现将拟纳入低保对象名单公示如下：\n一、张某，某某村一组。'
  await page.getByLabel('正文', { exact: true }).fill(body)
  await expect(savedStatus(page)).toBeVisible()

  await app.restart()
  page = app.page
  const row = noticeRow(page, '关于城乡低保对象的公示')
  await expect(row).toContainText('某政发〔2026〕12号')
  await expect(row).toContainText('低保/特困公示')
  await row.getByRole('button').click()
  await expect(page.getByLabel('标题')).toHaveValue('关于城乡低保对象的公示')
  await expect(page.getByLabel('文号')).toHaveValue('某政发〔2026〕12号')
  await expect(page.getByLabel('正文', { exact: true })).toHaveValue(body)
})

test('search finds notices by title, 文号 and body text', async ({ app }) => {
  const page = app.page
  await createNotice(page, { title: '2026年春季耕地地力保护补贴发放公示', docNumber: '某农发〔2026〕3号', body: '补贴标准为每亩 110 元。' })
  await createNotice(page, { title: '公益性岗位拟聘用人员公示', body: '经笔试、面试，拟聘用以下人员。' })
  const search = page.getByRole('searchbox', { name: '搜索公告' })
  const rows = page.getByRole('list', { name: '草稿' }).getByRole('listitem')
  await expect(rows).toHaveCount(2)

  await search.fill('耕地')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('耕地地力保护补贴')
  await search.fill('某农发〔2026〕3号')
  await expect(rows).toHaveCount(1)
  await search.fill('笔试')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('公益性岗位')
  await search.fill('不存在的内容')
  await expect(page.getByText('没有找到与“不存在的内容”匹配的公告')).toBeVisible()
  await page.getByRole('button', { name: '清除搜索' }).click()
  await expect(rows).toHaveCount(2)
})

test('version history lists every save and shows an old version read-only', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('标题').fill('第一稿标题')
  await page.getByLabel('正文', { exact: true }).fill('第一稿正文')
  await expect(savedStatus(page)).toBeVisible()
  await page.getByLabel('标题').fill('第二稿标题')
  await expect(savedStatus(page)).toBeVisible()

  await page.getByRole('button', { name: '版本历史' }).click()
  const history = page.getByRole('complementary', { name: '版本历史' })
  const versions = history.getByRole('listitem')
  // 1 = created empty, 2 = first title, 3 = first body, 4 = second title.
  await expect(versions).toHaveCount(4)
  await expect(versions.first()).toContainText('第 4 版')
  await expect(versions.first()).toContainText('当前')

  await history.getByRole('button', { name: /第 3 版/ }).click()
  const dialog = page.getByRole('dialog', { name: '第 3 版' })
  await expect(dialog.getByRole('heading', { name: '第一稿标题' })).toBeVisible()
  await expect(dialog.getByRole('document', { name: '正文' })).toHaveText('第一稿正文')
  await expect(dialog.getByRole('textbox')).toHaveCount(0)
  await dialog.getByRole('button', { name: '关闭' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('标题')).toHaveValue('第二稿标题')
})
