import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, testAccounts } from './support/app-fixture'
import { createNotice, savedStatus } from './support/notices'
import { screenshotDir } from './support/paths'
import { clippedLabels, latinWords, settled } from './support/ui-checks'
import { api, day } from './workflow-support'

// The app opens on the sign-in screen: these tests work as the drafter 王小明.
test.beforeEach(async ({ app }) => {
  await app.signIn('drafter')
})

// Not an assertion about pixels: it saves the main screens at the two window sizes officers use, so
// a person can look at them (test-results/screenshots/). Browser shell only: the renderer is the same.
test.skip(({ shell }) => shell !== 'browser', 'screenshots come from the browser shell')

const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
] as const

// At each size: no label, button or heading cut off, and (in zh-CN) no English outside data and standards.
async function shoot(page: Page, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size)
    // what is still moving in (a toast slides up 8 px as it appears) is measured where it comes to rest
    await settled(page)
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${size.width}x${size.height}.png`) })
    expect.soft(await clippedLabels(page), `cut-off text in ${name} at ${size.width}×${size.height}`).toEqual([])
    if (!name.endsWith('-en')) expect.soft(await latinWords(page), `English in ${name} at ${size.width}×${size.height}`).toEqual([])
  }
  await page.setViewportSize(sizes[0])
}

test('screenshots of the list, the editor and settings', async ({ app }) => {
  test.setTimeout(240_000)
  const page = app.page
  await shoot(page, 'empty-drafts')
  await createNotice(page, {
    title: '2026年公益性岗位招聘拟聘用人员公示',
    docNumber: '某人社〔2026〕7号',
    issuer: '某某镇人民政府',
    type: '招聘拟聘用公示',
    body: '经报名、资格审查、面试和考察，拟聘用以下人员为公益性岗位工作人员，现予公示。公示期为5个工作日。',
  })
  await createNotice(page, {
    title: '关于2026年春季耕地地力保护补贴发放情况的公示',
    docNumber: '某农〔2026〕3号',
    issuer: '某某镇农业综合服务中心',
    type: '补贴发放公示',
    body: '根据县农业农村局通知，现将本镇2026年春季耕地地力保护补贴发放情况公示如下。补贴标准为每亩110元。',
  })
  await createNotice(page, { title: '', body: '' })
  await createNotice(page, {
    title: '关于2026年第一季度城乡低保对象的公示',
    docNumber: '某政发〔2026〕12号',
    issuer: '某某镇人民政府',
    type: '低保/特困公示',
    body: '根据《城乡居民最低生活保障办法》，经个人申请、村（居）委会评议、镇政府审核，现将2026年第一季度拟纳入城乡低保对象名单公示如下：\n\n一、张某，某某村一组，保障人口3人。\n二、李某，某某村三组，保障人口2人。\n\n公示期为7天。如有异议，请于公示期内向镇民政办反映。',
  })
  await expect(page.getByRole('list', { name: '草稿' }).getByRole('listitem')).toHaveCount(4)
  await shoot(page, 'list')

  await page.getByRole('listitem').filter({ hasText: '城乡低保对象' }).getByRole('button').click()
  await expect(savedStatus(page)).toBeVisible()
  await page.getByLabel('标题').blur()
  await shoot(page, 'editor')
  await page.getByRole('button', { name: '版本历史' }).click()
  await expect(page.getByRole('complementary', { name: '版本历史' }).getByRole('listitem').first()).toBeVisible()
  await shoot(page, 'editor-history')

  // 正文 with a table: the grid (header row, aligned cells, a finding's cell coloured)
  await page.getByRole('button', { name: '返回列表' }).click()
  await createNotice(page, {
    title: '关于2026年春季耕地地力保护补贴发放名单的公示',
    issuer: '某某镇农业综合服务中心',
    type: '补贴发放公示',
    body: [
      '现将本镇2026年春季耕地地力保护补贴发放名单公示如下：',
      '序号\t户主姓名\t所在村组\t补贴面积（亩）\t补贴金额（元）\t联系电话',
      ...Array.from({ length: 30 }, (_, i) => `${i + 1}\t${'王李张刘'[i % 4]}${'建秀明华'[(i >> 2) % 4]}${'国英军平'[i % 3]}\t某某村${(i % 6) + 1}组\t${(3 + (i % 5) * 1.5).toFixed(1)}\t${((3 + (i % 5) * 1.5) * 110).toFixed(2)}\t1381234${String(5600 + i).padStart(4, '0')}`),
      '公示期为7天。如有异议，请于公示期内向镇农业综合服务中心反映。',
    ].join('\n'),
  })
  await page.getByRole('listitem').filter({ hasText: '耕地地力保护补贴发放名单' }).getByRole('button').click()
  await expect(page.getByRole('grid', { name: '表1' })).toBeVisible()
  await page.getByRole('grid', { name: '表1' }).scrollIntoViewIfNeeded()
  await shoot(page, 'editor-grid')

  await page.getByRole('button', { name: '已批准', exact: true }).click()
  await shoot(page, 'empty-approved')
  await page.getByRole('button', { name: '设置', exact: true }).click()
  await shoot(page, 'settings')

  await page.getByRole('radio', { name: 'English' }).check()
  await page.getByRole('button', { name: 'Drafts', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Drafts', level: 1 })).toBeVisible()
  await shoot(page, 'list-en')
  await page.getByRole('button', { name: 'Recycle bin', exact: true }).click()
  await shoot(page, 'empty-trash-en')
})

test('screenshots of every page the navigation opens, in zh-CN, with a notice in the recycle bin and an error shown', async ({ app }) => {
  test.setTimeout(240_000)
  const page = app.page
  await createNotice(page, { title: '关于低保户复核情况的公示', body: '户主身份证号340705198204150268，联系电话13905621234，经审核符合条件。' })
  await page.getByRole('listitem').filter({ hasText: '低保户复核' }).getByRole('button').click()
  await page.getByRole('button', { name: '删除', exact: true }).click()
  await expect(page.getByText('还没有草稿')).toBeVisible()
  await app.signIn('admin')
  const nav = page.getByRole('navigation', { name: '主导航' })
  for (const [label, name] of [
    ['待审核', 'review-queue'],
    ['回收站', 'trash'],
    ['外来审核', 'remote'],
    ['验证签名包', 'verify'],
    ['信任列表', 'trust'],
    ['账户', 'accounts'],
    ['审计日志', 'audit-log'],
  ] as const) {
    await nav.getByRole('button', { name: label, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await shoot(page, `page-${name}`)
  }
  // an error toast: a file that is not a trust list
  await nav.getByRole('button', { name: '信任列表', exact: true }).click()
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: /导入/ }).first().click()
  await (await choosing).setFiles({ name: '别人的信任列表.json', mimeType: 'application/json', buffer: Buffer.from('{ 这不是信任列表') })
  await expect(page.locator('.toast--error')).toBeVisible()
  await shoot(page, 'error-toast')
})

test('screenshots of sign-in, a reviewer reviewing, 到期撤稿 and 已发布信息排查', async ({ app }) => {
  test.setTimeout(240_000)
  const page = app.page
  await app.signOut()
  await shoot(page, 'sign-in')

  // three notices drafted and submitted by 王小明 through the services' front door: two exported with their
  // 公示期 over or nearly over (到期撤稿), one with an ID number and a phone waiting for 李主任
  await app.signIn('drafter')
  const review = '关于2026年第一季度临时救助对象的公示'
  const notices = [
    { title: '关于2026年春季耕地地力保护补贴发放情况的公示', body: '现将补贴发放情况公示如下。', publicityStart: day(-9), publicityEnd: day(-2) },
    { title: '2026年公益性岗位招聘拟聘用人员公示', body: '经考察，拟聘用以下人员。', publicityStart: day(-5), publicityEnd: day(2) },
    { title: review, body: '经审核，户主身份证号340705198204150268，联系电话13905621234，符合临时救助条件，现予公示。', publicityStart: day(0), publicityEnd: day(7) },
  ]
  const ids: string[] = []
  for (const fields of notices) {
    const { id } = await api<{ id: string }>(page, 'notice.create', { noticeType: 'general', ...fields })
    await api(page, 'notice.submit', { id, password: testAccounts.drafter.password })
    ids.push(id)
  }

  // 李主任 lands on 待审核 and opens the notice: what will be published, the findings and the decisions
  await app.signIn('leader')
  for (const id of ids.slice(0, 2)) await api(page, 'notice.approve', { id, password: testAccounts.leader.password })
  const row = page.getByRole('list', { name: '待审核' }).getByRole('listitem').filter({ hasText: review })
  await shoot(page, 'reviewer-queue')
  await row.getByRole('button').click()
  await expect(page.getByTestId('published-body')).toContainText('340705')
  await shoot(page, 'review')

  await app.signIn('drafter')
  for (const id of ids.slice(0, 2)) await api(page, 'notice.export', { id })
  const nav = page.getByRole('navigation', { name: '主导航' })
  await expect(nav.getByTestId('expiring-count')).toHaveText('2')
  await nav.getByRole('button', { name: /到期撤稿/ }).click()
  await expect(page.getByRole('list', { name: '到期撤稿' }).getByRole('listitem')).toHaveCount(2)
  await shoot(page, 'expiring')

  // 已发布信息排查 of a small site copy: the results by risk, then one file's findings
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-shots-'))
  try {
    fs.mkdirSync(path.join(dir, 'news'))
    fs.writeFileSync(path.join(dir, 'news', 'dibao.html'), '<html><head><meta charset="utf-8"></head><body><p>低保户张三，身份证号 110101199003071234，电话 13812345678</p></body></html>')
    fs.writeFileSync(path.join(dir, 'notice.txt'), '春季植树活动通知：请各单位按时参加。\n')
    await nav.getByRole('button', { name: '已发布信息排查' }).click()
    await shoot(page, 'sweep')
    await page.getByLabel('要排查的文件夹').fill(dir)
    await page.getByRole('button', { name: '开始排查' }).click()
    await expect(page.getByRole('status').filter({ hasText: '个文件' })).toContainText('排查完成')
    await shoot(page, 'sweep-results')
    await page.getByRole('list', { name: '排查结果' }).locator(':scope > li').first().getByRole('button', { name: '查看' }).click()
    await expect(page.getByRole('list', { name: /中的个人信息/ })).toBeVisible()
    await shoot(page, 'sweep-file')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
