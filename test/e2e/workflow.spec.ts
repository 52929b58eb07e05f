import type { Page } from '@playwright/test'
import { expect, test, testAccounts } from './support/app-fixture'
import { callInPage, countersign, draftNotice, keep, noticeIdByTitle, openFromList, readZipEntries, shoot, signInDialog, workflowBar } from './workflow-support'

// 谁公开谁审查 through the UI of the browser shell: the drafter signs, someone else approves, the bundle
// verifies. Downloads and the CLI run against the host's data directory, so the browser shell only.
test.skip(({ shell }) => shell !== 'browser', 'the workflow e2e runs in the browser shell (downloads, CLI on the data directory)')

/** A valid 18-digit 居民身份证号 (MOD 11-2 checksum), a mobile number and a name in a 低保 list table. */
const idNumber = '340705198503121037'
const maskedId = '340705********1037'
const mobile = '13812345678'
const maskedMobile = '138****5678'
const name = '王建国'
const title = '关于2026年第一季度城乡低保对象的公示'
const body = [
  '根据《城乡居民最低生活保障办法》，经个人申请、村委会评议、镇政府审核，现将拟纳入低保对象名单公示如下：',
  '',
  '序号\t姓名\t身份证号码\t联系电话\t保障人口',
  `1\t${name}\t${idNumber}\t${mobile}\t3`,
  '',
  '公示期为7天。如有异议，请向镇民政办反映。',
].join('\n')

function panel(page: Page) {
  return page.getByRole('complementary', { name: '个人信息检查' })
}

/** The original values in every form an unredacted copy could take: as written, full-width, with separators. */
function originalForms(value: string): string[] {
  const fullWidth = value.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
  return [value, fullWidth, value.replace(/(\d{4})(?=\d)/g, '$1 '), value.replace(/(\d{3})(\d{4})(\d{4})/, '$1-$2-$3')]
}

test('full flow: masked draft, submit, self-approval refused, reviewer approves, export, verify', async ({ app }, testInfo) => {
  test.setTimeout(180_000)
  const page = app.page
  const clerk = testAccounts.clerk

  // (1) Two accounts: 陈文书 holds both roles and drafts; 李主任 reviews.
  await app.signIn('clerk')

  // (2) A draft with personal information; the drafter masks the ID number and the mobile number.
  await draftNotice(page, { title, type: '低保/特困公示', docNumber: '某政发〔2026〕12号', body })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('草稿')
  await expect(workflowBar(page)).toContainText(`起草人 ${clerk.name}`)
  for (const type of ['身份证号', '手机号']) {
    const group = panel(page).getByRole('group', { name: new RegExp(`^${type}`) })
    await group.getByRole('button', { name: '遮盖' }).click()
    await expect(group.getByRole('button', { name: '遮盖' })).toHaveAttribute('aria-pressed', 'true')
  }
  await expect(panel(page)).toContainText('0 处待处理')
  await expect(panel(page)).toContainText('0 处阻止发布')
  await shoot(page, 'workflow-draft')

  // (3) Submit: the password dialog says what signing means; a wrong password is refused and nothing changes.
  await workflowBar(page).getByRole('button', { name: '提交审核' }).click()
  const dialog = page.getByRole('dialog', { name: '提交审核' })
  await expect(dialog).toContainText('签名密钥')
  await expect(dialog).toContainText('3 处已遮盖')
  await dialog.getByLabel('您的密码').fill('not-the-password')
  await dialog.getByRole('button', { name: '签名并提交' }).click()
  await expect(dialog.getByRole('alert')).toContainText('密码错误')
  await signInDialog(page, { password: clerk.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')
  await expect(page.getByTestId('locked')).toContainText('已提交审核，内容已锁定')
  await expect(page.getByLabel('正文', { exact: true })).toHaveAttribute('readonly', '')
  await shoot(page, 'workflow-submitted')

  // (4) Self-approval refused: 陈文书 is a reviewer too, but drafted this notice. The UI says why…
  await openFromList(page, '待审核', title)
  await expect(page.getByTestId('approve-blocked')).toContainText('不能审批自己起草的公告')
  await expect(page.getByRole('button', { name: '批准', exact: true })).toBeDisabled()
  await expect(page.getByRole('button', { name: '退回', exact: true })).toBeDisabled()
  // …and the services refuse a direct call with a correct password all the same.
  const id = await noticeIdByTitle(page, title)
  const direct = await callInPage(page, 'notice.approve', { id, password: clerk.password })
  expect(direct).toMatchObject({ ok: false, code: 'forbidden' })
  expect(direct.ok ? '' : direct.message).toContain('不能审批自己起草的公告')
  const rejectDirect = await callInPage(page, 'notice.reject', { id, password: clerk.password, reason: '自己退回自己' })
  expect(rejectDirect).toMatchObject({ ok: false })
  const state = await callInPage(page, 'notice.workflow', { id })
  expect(state).toMatchObject({ ok: true, value: { state: 'submitted' } })

  // (5) 李主任 signs in: the 待审核 list names the drafter, the review screen shows exactly what ships.
  await app.signIn('leader')
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '待审核', exact: true }).click()
  const row = page.getByRole('list', { name: '待审核' }).getByRole('listitem').filter({ hasText: title })
  await expect(row).toContainText(`${clerk.name} 提交于`)
  await row.getByRole('button').click()
  const published = page.getByTestId('published-body')
  await expect(published).toContainText(maskedId)
  await expect(published).toContainText(maskedMobile)
  await expect(published).toContainText('王**')
  const findings = page.getByRole('complementary', { name: '个人信息处理情况' })
  await expect(findings.getByRole('group', { name: /^身份证号/ })).toContainText('起草人决定')
  await expect(findings.getByRole('group', { name: /^姓名/ })).toContainText('策略')
  await expect(findings).toContainText('3 处已遮盖')
  await expect(page.getByTestId('approve-blocked')).toHaveCount(0)
  const screen = await page.locator('body').innerText()
  for (const original of [idNumber, mobile, name]) expect(screen).not.toContain(original)
  await shoot(page, 'workflow-review')
  await page.getByRole('button', { name: '批准', exact: true }).click()
  await signInDialog(page, { password: testAccounts.leader.password, confirm: '签名并批准', text: { label: '审核意见（选填）', value: '已核对，同意发布。' } })
  await expect(page.getByTestId('review-outcome')).toContainText('已批准')

  // (6) Export: the drafter downloads the signed bundle.
  await app.signIn('clerk')
  await openFromList(page, '已批准', title)
  await expect(workflowBar(page)).toContainText(`审核人 ${testAccounts.leader.name}`)
  await expect(page.getByTestId('locked')).toContainText(`${testAccounts.leader.name}的审核意见：已核对，同意发布。`)
  await shoot(page, 'workflow-approved')
  const downloading = page.waitForEvent('download')
  await workflowBar(page).getByRole('button', { name: '导出签名包' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.zip$/)
  const bundle = await keep(download, testInfo.outputPath('bundle.zip'))
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('已导出')

  // What ships holds no original value, in any form.
  const entries = readZipEntries(bundle)
  for (const file of ['content/notice.txt', 'content/notice.html']) {
    const text = entries.get(file)?.toString('utf8')
    expect(text, file).toBeDefined()
    expect(text).toContain(maskedId)
    for (const original of [...originalForms(idNumber), ...originalForms(mobile), name]) expect(text, `${file} leaks ${original}`).not.toContain(original)
  }

  // (7) Verify in the app (验证签名包, against this office's keys)…
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '验证签名包', exact: true }).click()
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '选择签名包…' }).click()
  await (await choosing).setFiles(bundle)
  await page.getByRole('button', { name: '验证', exact: true }).click()
  await expect(page.getByText('验证通过', { exact: true })).toBeVisible()
  await expect(page.getByText(/检查项（(\d+)\/\1 通过）/)).toBeVisible()

  // …and with the command line, against the office's trust list exported once the app is closed.
  await app.host?.stop()
  const trust = testInfo.outputPath('trust.json')
  const exported = await countersign(['trust', 'export', '--out', trust, '--data', app.dataDir])
  expect(exported.code, exported.stderr).toBe(0)
  const verified = await countersign(['verify', bundle, '--trust', trust, '--json'])
  expect(verified.code, verified.stderr).toBe(0)
  const report = JSON.parse(verified.stdout) as { ok: boolean; checks: { ok: boolean }[] }
  expect(report.ok).toBe(true)
  expect(report.checks.every((check) => check.ok)).toBe(true)
})

test('sent back with a reason: the drafter sees it, edits and resubmits, the reviewer sees what changed', async ({ app }) => {
  test.setTimeout(180_000)
  const page = app.page
  const drafter = testAccounts.drafter
  const leader = testAccounts.leader
  const returnTitle = '关于2026年4月临时救助对象的公示'
  const before = '公示期为7天。如有异议，请向镇民政办反映。'
  const after = '公示期为2026年4月1日至4月7日。如有异议，请向镇民政办反映。'
  const text = ['（征求意见稿）', '经个人申请、村委会评议，现将临时救助对象公示如下：', `1\t张桂英\t救助金额2000元`, '村委会电话：0562-2812345。', before].join('\n')

  await app.signIn('drafter')
  await draftNotice(page, { title: returnTitle, type: '低保/特困公示', body: text })
  // 提交审核 waits, with the reason beside it, for the marking to go and the landline to be decided.
  const submit = workflowBar(page).getByRole('button', { name: '提交审核' })
  await expect(submit).toBeDisabled()
  await expect(workflowBar(page)).toContainText('还有 1 处“讨论稿”“内部资料”等阻止发布的标记，从文字中删除后才能提交')
  await page.getByLabel('正文', { exact: true }).fill(text.replace('（征求意见稿）\n', ''))
  await expect(workflowBar(page)).toContainText('还有 1 处个人信息待处理，处理后才能提交')
  await expect(submit).toBeDisabled()
  const landline = panel(page).getByRole('group', { name: /^固定电话/ })
  await landline.getByRole('button', { name: '非个人信息' }).click()
  await landline.getByLabel('说明为什么不是个人信息（必填）').fill('村委会公开的办事电话')
  await landline.getByRole('button', { name: '确定' }).click()
  await expect(submit).toBeEnabled()
  await submit.click()
  await signInDialog(page, { password: drafter.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')

  // The reviewer sees the drafter's decision and reason, and sends it back; a reason is required.
  await app.signIn('leader')
  await openFromList(page, '待审核', returnTitle)
  const kept = page.getByRole('complementary', { name: '个人信息处理情况' }).getByRole('group', { name: /^固定电话/ })
  await expect(kept).toContainText('保留原文')
  await expect(kept).toContainText('起草人决定')
  await expect(kept).toContainText('起草人的理由：村委会公开的办事电话')
  await expect(page.getByTestId('published-body')).not.toContainText('征求意见稿')
  await page.getByRole('button', { name: '退回', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '退回修改' })
  await dialog.getByLabel('您的密码').fill(leader.password)
  await dialog.getByRole('button', { name: '退回', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText('请写明退回理由，起草人需要知道改什么。')
  await signInDialog(page, { password: leader.password, confirm: '退回', text: { label: '退回理由（必填）', value: '请写明公示的起止日期。' } })
  await expect(page.getByTestId('review-outcome')).toContainText('已退回给起草人修改')

  // The drafter finds it with the drafts, marked 已退回, and reads the reason above the text.
  await app.signIn('drafter')
  const row = page.getByRole('list', { name: '草稿' }).getByRole('listitem').filter({ hasText: returnTitle })
  await expect(row).toContainText('已退回')
  await expect(row).toContainText(`${leader.name} 退回`)
  await row.getByRole('button').click()
  const rejection = page.getByTestId('rejection')
  await expect(rejection).toContainText(`${leader.name} 于`)
  await expect(rejection).toContainText('请写明公示的起止日期。')
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('已退回')
  await shoot(page, 'workflow-rejected')
  const body = page.getByLabel('正文', { exact: true })
  await body.fill((await body.inputValue()).replace(before, after))
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('草稿')
  await expect(rejection).toContainText('请写明公示的起止日期。')
  await workflowBar(page).getByRole('button', { name: '提交审核' }).click()
  await signInDialog(page, { password: drafter.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')

  // The reviewer sees the change since the rejection: the removed line red, the added one green.
  await app.signIn('leader')
  await openFromList(page, '待审核', returnTitle)
  const diff = page.getByRole('region', { name: '与上次退回时相比的修改' })
  await expect(diff).toContainText('当时的退回理由：请写明公示的起止日期。')
  await expect(diff.locator('[data-op="del"]')).toHaveText([new RegExp(before)])
  await expect(diff.locator('[data-op="add"]')).toHaveText([new RegExp(after)])
  await shoot(page, 'workflow-review-diff')
  await page.getByRole('button', { name: '批准', exact: true }).click()
  await signInDialog(page, { password: leader.password, confirm: '签名并批准' })
  await expect(page.getByTestId('review-outcome')).toContainText('已批准')
})
