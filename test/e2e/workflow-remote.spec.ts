import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test, testAccounts } from './support/app-fixture'
import { signInOn } from './support/accounts'
import { startHost } from './support/browser-shell'
import { draftNotice, keep, readZipEntries, shoot, signInDialog, workflowBar } from './workflow-support'

// Review across machines: the drafter's machine (this test's app) and the leader's own offline machine
// (a second host on a second data directory, the office's accounts restored there). Files travel only as
// downloads and uploads, as they would on a USB stick.
test.skip(({ shell }) => shell !== 'browser', 'two data directories side by side run in the browser shell')

const idNumber = '340705198503121037'
const title = '关于2026年第二季度城乡低保对象的公示'
const body = ['现将拟纳入低保对象名单公示如下：', '', '序号\t姓名\t身份证号码\t联系电话', `1\t王建国\t${idNumber}\t13812345678`, '', '公示期为7天。'].join('\n')

test('a leader reviews on another machine: request out, decision back, bundle exported', async ({ app, shellBrowser, seedDir }, testInfo) => {
  test.setTimeout(180_000)
  const page = app.page
  await app.signIn('drafter')
  await draftNotice(page, { title, type: '低保/特困公示', body })
  await workflowBar(page).getByRole('button', { name: '提交审核' }).click()
  await signInDialog(page, { password: testAccounts.drafter.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')

  // 导出审核请求: the file to carry to the leader, with a note saying where it goes.
  let downloading = page.waitForEvent('download')
  await workflowBar(page).getByRole('button', { name: '导出审核请求' }).click()
  const request = await keep(await downloading, testInfo.outputPath('request.zip'))
  await expect(page.getByRole('status').filter({ hasText: '外来审核' })).toBeVisible()
  // The request holds what would be published, never the original values.
  for (const [name, bytes] of readZipEntries(request)) expect(bytes.toString('utf8'), name).not.toContain(idNumber)

  // The leader's machine.
  const leaderDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-e2e-leader-'))
  fs.cpSync(seedDir, leaderDir, { recursive: true })
  const leaderHost = await startHost(leaderDir)
  const context = await shellBrowser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
  try {
    const leader = await context.newPage()
    await leader.goto(leaderHost.url)
    await signInOn(leader, testAccounts.leader)
    await leader.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: '外来审核', exact: true }).click()
    await expect(leader.getByRole('heading', { name: '外来审核', level: 1 })).toBeVisible()

    // A damaged file is refused with the reason, and nothing is imported.
    const damaged = testInfo.outputPath('damaged.zip')
    const bytes = fs.readFileSync(request)
    bytes[Math.floor(bytes.length / 2)] ^= 0xff
    fs.writeFileSync(damaged, bytes)
    let choosing = leader.waitForEvent('filechooser')
    await leader.getByRole('button', { name: '导入审核请求' }).click()
    await (await choosing).setFiles(damaged)
    await expect(leader.getByTestId('remote-refused')).toContainText('没有导入 damaged.zip')
    await expect(leader.getByText('还没有导入审核请求')).toBeVisible()
    await shoot(leader, 'workflow-remote-refused')

    choosing = leader.waitForEvent('filechooser')
    await leader.getByRole('button', { name: '导入审核请求' }).click()
    await (await choosing).setFiles(request)
    await expect(leader.getByRole('heading', { level: 1 })).toContainText(title)
    // The 低保 policy removes ID numbers and phone numbers, so those columns are not published at all (整列删除);
    // the leader sees what ships, and is told.
    await expect(leader.getByTestId('published-body')).toContainText('序号\t姓名\n1\t王**')
    await expect(leader.getByTestId('published-body')).not.toContainText('【已删除】')
    await expect(leader.getByTestId('dropped-columns-note')).toContainText('「身份证号码」列已整列删除')
    await expect(leader.getByTestId('dropped-columns-note')).toContainText('「联系电话」列已整列删除')
    expect(await leader.locator('body').innerText()).not.toContain(idNumber)
    await leader.getByRole('button', { name: '批准', exact: true }).click()
    downloading = leader.waitForEvent('download')
    await signInDialog(leader, { password: testAccounts.leader.password, confirm: '签名并批准', text: { label: '审核意见（选填）', value: '同意发布。' } })
    const decision = await keep(await downloading, testInfo.outputPath('decision.zip'))
    await expect(leader.getByTestId('remote-decision')).toContainText('请把这个文件带回起草人的电脑')
    await shoot(leader, 'workflow-remote-decided')
    await leader.getByRole('button', { name: '返回外来审核' }).click()
    await expect(leader.getByRole('listitem').filter({ hasText: title })).toContainText('已批准')

    // Back on the drafter's machine: import the decision, then export the bundle.
    const importing = page.waitForEvent('filechooser')
    await workflowBar(page).getByRole('button', { name: '导入审核结果' }).click()
    await (await importing).setFiles(decision)
    await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('已批准')
    await expect(workflowBar(page)).toContainText(`审核人 ${testAccounts.leader.name}（在另一台电脑上审核）`)
    await shoot(page, 'workflow-remote-imported')
    downloading = page.waitForEvent('download')
    await workflowBar(page).getByRole('button', { name: '导出签名包' }).click()
    const bundle = await keep(await downloading, testInfo.outputPath('bundle.zip'))
    await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('已导出')
    const published = readZipEntries(bundle).get('content/notice.txt')?.toString('utf8')
    expect(published).toContain('序号\t姓名\n1\t王**')
    expect(published).not.toContain('身份证号码')
    expect(published).not.toContain('【已删除】')
    expect(published).not.toContain(idNumber)
  } finally {
    await context.close()
    await leaderHost.stop()
    fs.rmSync(leaderDir, { recursive: true, force: true })
  }
})
