import { expect, test } from './support/app-fixture'
import { createNotice, noticeRow } from './support/notices'

// The app opens on the sign-in screen: these tests work as the drafter 王小明.
test.beforeEach(async ({ app }) => {
  await app.signIn('drafter')
})

test('delete moves a notice to the recycle bin, 恢复 brings it back, 彻底删除 asks first', async ({ app }) => {
  const page = app.page
  await createNotice(page, { title: '临时通知：停水检修', body: '明日上午停水。' })
  await noticeRow(page, '临时通知：停水检修').getByRole('button').click()
  await page.getByRole('button', { name: '删除', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '已移到回收站：临时通知：停水检修' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '草稿', level: 1 })).toBeVisible()
  await expect(page.getByText('还没有草稿')).toBeVisible()

  await page.getByRole('button', { name: '回收站', exact: true }).click()
  const trashed = noticeRow(page, '临时通知：停水检修')
  await expect(trashed).toBeVisible()
  await trashed.getByRole('button', { name: '恢复' }).click()
  await expect(page.getByText('回收站是空的')).toBeVisible()
  await page.getByRole('button', { name: '草稿', exact: true }).click()
  await expect(noticeRow(page, '临时通知：停水检修')).toBeVisible()

  await noticeRow(page, '临时通知：停水检修').getByRole('button').click()
  await page.getByRole('button', { name: '删除', exact: true }).click()
  // the deletion returns to 草稿 when it is done: go to the bin only after that
  await expect(page.getByText('还没有草稿')).toBeVisible()
  await page.getByRole('button', { name: '回收站', exact: true }).click()
  await noticeRow(page, '临时通知：停水检修').getByRole('button', { name: '彻底删除' }).click()
  const confirm = page.getByRole('alertdialog', { name: '彻底删除这条公告？' })
  await expect(confirm).toContainText('临时通知：停水检修')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(confirm).toBeHidden()
  await expect(noticeRow(page, '临时通知：停水检修')).toBeVisible()

  await noticeRow(page, '临时通知：停水检修').getByRole('button', { name: '彻底删除' }).click()
  await confirm.getByRole('button', { name: '彻底删除' }).click()
  await expect(page.getByText('回收站是空的')).toBeVisible()
  await page.getByRole('button', { name: '草稿', exact: true }).click()
  await expect(page.getByText('还没有草稿')).toBeVisible()
})

test('lists, search results and the recycle bin show an ID number and a phone only masked', async ({ app }) => {
  const page = app.page
  const id = '340705198204150268'
  const phone = '13905621234'
  const title = '关于低保户复核情况的公示'
  await createNotice(page, { title: `${title}（${id}）`, body: `户主身份证号${id}，联系电话${phone}，经审核符合条件。` })
  const inClear = new RegExp(`${id}|${phone}`)
  const list = page.getByRole('list', { name: '草稿' })
  await expect(noticeRow(page, title)).toContainText('340705********0268')
  await expect(noticeRow(page, title)).toContainText('139****1234')
  expect(await page.locator('body').innerText()).not.toMatch(inClear)

  await page.getByRole('searchbox', { name: '搜索公告' }).fill(phone)
  await expect(list.getByRole('listitem')).toHaveCount(1)
  expect(await list.innerText()).not.toMatch(inClear)
  await page.getByRole('button', { name: '清除搜索' }).click()

  await noticeRow(page, title).getByRole('button').click()
  await page.getByRole('button', { name: '删除', exact: true }).click()
  await expect(page.getByText('还没有草稿')).toBeVisible()
  await page.getByRole('button', { name: '回收站', exact: true }).click()
  await expect(noticeRow(page, title)).toContainText('340705********0268')
  expect(await page.locator('body').innerText()).not.toMatch(inClear)
  await noticeRow(page, title).getByRole('button', { name: '彻底删除' }).click()
  const confirm = page.getByRole('alertdialog', { name: '彻底删除这条公告？' })
  await expect(confirm).toContainText('340705********0268')
  expect(await page.locator('body').innerText()).not.toMatch(inClear)
})

// issue 12: the deletion's answer used to pull the officer back to 草稿 from wherever they had gone meanwhile.
test('a deletion answered after the officer has gone to 回收站 leaves them there', async ({ app, shell }) => {
  test.skip(shell !== 'browser', 'holds back an HTTP request of the browser host')
  const page = app.page
  const title = '临时通知：停电检修'
  await createNotice(page, { title, body: '明日下午停电。' })
  let sent = () => {}
  const deleteSent = new Promise<void>((resolve) => (sent = resolve))
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/invoke', async (route) => {
    const body: unknown = route.request().postDataJSON()
    if (typeof body !== 'object' || body === null || !('channel' in body) || body.channel !== 'notice.delete') return route.continue()
    sent()
    await released
    return route.continue()
  })

  await noticeRow(page, title).getByRole('button').click()
  await page.getByRole('button', { name: '删除', exact: true }).click()
  await deleteSent
  await page.getByRole('button', { name: '回收站', exact: true }).click()
  await expect(page.getByRole('heading', { name: '回收站', level: 1 })).toBeVisible()
  release()
  // the toast comes once the deletion has answered (and, before the fix, after the jump back to 草稿)
  await expect(page.getByRole('status').filter({ hasText: `已移到回收站：${title}` })).toBeVisible()
  await expect(page.getByRole('heading', { name: '回收站', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: '草稿', level: 1 })).toBeHidden()
})
