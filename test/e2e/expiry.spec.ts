import { expect, test, testAccounts } from './support/app-fixture'
import { api, callInPage, day, shoot } from './workflow-support'

// 到期撤稿 in the browser shell: notices exported with a 公示期 that has ended (or ends in two days) are counted
// in the navigation and listed with their published (masked) titles; a reviewer may look but not record; the
// drafter records 已撤下, and the count and the list follow.
test.skip(({ shell }) => shell !== 'browser', 'runs in the browser shell (the notices are made through its API)')

const idNumber = '340705198503121037'
const maskedId = '340705********1037'

test('lists exported notices whose 公示期 ended or ends soon, and records 已撤下', async ({ app }) => {
  test.setTimeout(180_000)
  const page = app.page
  const drafter = testAccounts.drafter
  const leader = testAccounts.leader
  const notices = [
    { title: `关于身份证${idNumber}遗失声明的公示`, body: '经核实，现予公示。', publicityStart: day(-9), publicityEnd: day(-2) },
    { title: '2026年临时救助对象公示', body: '现将临时救助对象名单公示如下。', publicityStart: day(-5), publicityEnd: day(2) },
    { title: '拟聘用人员公示', body: '经考察，拟聘用以下人员。', publicityStart: day(-1), publicityEnd: day(10) },
  ]

  // drafted and submitted by 王小明, approved by 李主任, exported by 王小明 — through the services' front door
  await app.signIn('drafter')
  const ids: string[] = []
  for (const fields of notices) {
    const { id } = await api<{ id: string }>(page, 'notice.create', { noticeType: 'general', ...fields })
    await api(page, 'notice.submit', { id, password: drafter.password })
    ids.push(id)
  }
  await app.signIn('leader')
  for (const id of ids) await api(page, 'notice.approve', { id, password: leader.password })
  await app.signIn('drafter')
  for (const id of ids) await api(page, 'notice.export', { id })

  // the navigation counts the two that are due, on every screen
  const nav = page.getByRole('navigation', { name: '主导航' })
  await expect(nav.getByTestId('expiring-count')).toHaveText('2')
  await nav.getByRole('button', { name: /到期撤稿/ }).click()
  await expect(page.getByRole('heading', { name: '到期撤稿', level: 1 })).toBeVisible()
  const list = page.getByRole('list', { name: '到期撤稿' })
  const rows = list.getByRole('listitem')
  await expect(rows).toHaveCount(2)
  // the most overdue first, its title as published: the ID number masked
  await expect(rows.nth(0)).toContainText(maskedId)
  // the date as the editor writes it, 年/月/日
  const [year, month, date] = day(-2).split('-').map(Number)
  await expect(rows.nth(0)).toContainText(`公示期至 ${year}年${month}月${date}日`)
  await expect(rows.nth(0)).toContainText('已过期 2 天')
  await expect(rows.nth(1)).toContainText('2026年临时救助对象公示')
  await expect(rows.nth(1)).toContainText('还剩 2 天')
  await expect(page.locator('main')).not.toContainText(idNumber)
  await expect(page.locator('main')).not.toContainText('拟聘用人员公示')
  await shoot(page, 'expiry-list')

  // a reviewer sees the list but may not record a take-down; the services refuse a direct call too
  await app.signIn('leader')
  await nav.getByRole('button', { name: /到期撤稿/ }).click()
  await expect(rows).toHaveCount(2)
  await expect(page.getByText('只有起草人或管理员可以登记撤稿')).toBeVisible()
  await expect(list.getByRole('button', { name: '已撤下' })).toHaveCount(0)
  const refused = await callInPage(page, 'notice.takeDown', { id: ids[0] })
  expect(refused).toMatchObject({ ok: false, code: 'forbidden' })

  // the drafter records 已撤下 for the overdue one, after confirming it is off the website
  await app.signIn('drafter')
  await nav.getByRole('button', { name: /到期撤稿/ }).click()
  await rows.filter({ hasText: maskedId }).getByRole('button', { name: '已撤下' }).click()
  const dialog = page.getByRole('alertdialog', { name: '登记为已撤下' })
  await expect(dialog).toContainText('已经从网站上撤下')
  await dialog.getByRole('button', { name: '已从网站撤下，登记' }).click()
  await expect(page.getByText('已登记撤下')).toBeVisible()
  await expect(rows).toHaveCount(1)
  await expect(rows.nth(0)).toContainText('2026年临时救助对象公示')
  await expect(nav.getByTestId('expiring-count')).toHaveText('1')

  // the audit log says who recorded it, with the 公示期 end and nothing of the notice's text
  const audit = await api<{ entries: { event: string; actor: string | null; subject: string | null; details: Record<string, unknown> }[] }>(page, 'audit.list', {})
  const entry = audit.entries.find((e) => e.event === 'notice.taken_down')
  expect(entry).toMatchObject({ actor: drafter.login, subject: ids[0], details: { publishUntil: day(-2) } })
  expect(JSON.stringify(entry)).not.toContain(idNumber)
  await nav.getByRole('button', { name: '审计日志' }).click()
  await expect(page.locator('main')).toContainText('登记已撤下')
})
