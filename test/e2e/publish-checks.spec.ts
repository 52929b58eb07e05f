import fs from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test, testAccounts } from './support/app-fixture'
import { savedStatus } from './support/notices'
import { callInPage, countersign, approveOpenNotice, draftNotice, exportApproved, noticeIdByTitle, openFromList, readZipEntries, signInDialog, workflowBar } from './workflow-support'

// Issue 10 through the browser shell: a marker is cleared only by deleting its words, every precondition
// shows before a password is asked, a submission can be withdrawn, the editor uses the notice's stored
// policy, cards show their values, and a value the engine missed is marked by hand all the way to the bundle.
test.skip(({ shell }) => shell !== 'browser', 'runs in the browser shell (CLI on the data directory, downloads)')

function panel(page: Page) {
  return page.getByRole('complementary', { name: '个人信息检查' })
}

test('a 讨论稿 is cleared only by deleting the words; the service refuses it whatever is sent; the drafter withdraws', async ({ app }) => {
  test.setTimeout(180_000)
  const page = app.page
  const drafter = testAccounts.drafter
  const title = '关于召开安全生产工作会议的通知'
  const text = '定于3月5日召开全镇安全生产工作会议，请各村按时参加。'
  await app.signIn('drafter')
  await draftNotice(page, { title, body: `（讨论稿）\n${text}` })

  // The card says what it is and offers only to delete the words: no 保留, 删除 or 非个人信息.
  const marker = panel(page).getByRole('group', { name: /^涉密\/内部标记/ })
  await expect(marker).toContainText('（讨论稿）')
  await expect(marker).toContainText('只能从文字中删除')
  await expect(marker).toContainText('必须删除')
  for (const name of ['保留', '删除', '非个人信息', '遮盖']) await expect(marker.getByRole('button', { name, exact: true })).toHaveCount(0)
  const submit = workflowBar(page).getByRole('button', { name: '提交审核' })
  await expect(submit).toBeDisabled()
  await expect(workflowBar(page)).toContainText('还有 1 处“讨论稿”“内部资料”等阻止发布的标记，从文字中删除后才能提交')

  // The services refuse it too, with the right password and whatever the renderer sends.
  const id = await noticeIdByTitle(page, title)
  const direct = await callInPage(page, 'notice.submit', { id, password: drafter.password })
  expect(direct).toMatchObject({ ok: false, code: 'conflict' })
  expect(direct.ok ? '' : direct.message).toContain('讨论稿')

  // 从正文删除: the words and their line leave the text; nothing like 【已删除】 is written into it.
  await marker.getByRole('button', { name: '从文字中删除“（讨论稿）”' }).click()
  await expect(page.getByLabel('正文', { exact: true })).toHaveValue(text)
  await expect(savedStatus(page)).toBeVisible()
  await expect(submit).toBeEnabled()
  await submit.click()
  await signInDialog(page, { password: drafter.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')

  // 撤回提交: back to a draft before anyone decides, recorded in the audit log.
  await workflowBar(page).getByRole('button', { name: '撤回提交' }).click()
  const confirm = page.getByRole('alertdialog', { name: '撤回这次提交？' })
  await confirm.getByRole('button', { name: '撤回', exact: true }).click()
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('草稿')
  await expect(page.getByLabel('正文', { exact: true })).not.toHaveAttribute('readonly', '')
  const audit = await callInPage(page, 'audit.list', {})
  expect(audit.ok && (audit.value as { entries: { event: string; subject: string | null }[] }).entries.some((e) => e.event === 'notice.withdrawn' && e.subject === id)).toBe(true)
})

test('every precondition shows beside 提交审核 before a password is asked', async ({ app }) => {
  const page = app.page
  await app.signIn('drafter')
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('正文', { exact: true }).fill('经研究，决定如下。')
  await expect(savedStatus(page)).toBeVisible()
  const submit = workflowBar(page).getByRole('button', { name: '提交审核' })
  await expect(submit).toBeDisabled()
  await expect(workflowBar(page)).toContainText('公告还没有标题，填写标题后才能提交')

  await page.getByLabel('标题').fill('关于调整低保标准的通知')
  await page.getByLabel('正文', { exact: true }).fill('')
  await expect(workflowBar(page)).toContainText('正文是空的，填写正文后才能提交')
  await expect(submit).toBeDisabled()

  // an import's mark of a hidden row: named before any password, not refused after it
  await page.getByLabel('正文', { exact: true }).fill('序号\t金额\n【隐藏行】1\t300')
  await expect(savedStatus(page)).toBeVisible()
  await expect(workflowBar(page)).toContainText('还有 1 处导入时标出的隐藏内容（【隐藏行】等），删除后才能提交')
  await expect(submit).toBeDisabled()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('the editor proposes, previews and submits under the policy stored with the notice (低保 type, --policy strict)', async ({ app }) => {
  test.setTimeout(150_000)
  const idNumber = '340705198503121037'
  const body = `经审核，以下对象纳入低保：\n姓名\t身份证号码\n王建国\t${idNumber}`
  // created on the command line with --policy strict, as an office script would
  await app.host?.stop()
  const bodyFile = test.info().outputPath('body.txt')
  const passwordFile = test.info().outputPath('drafter.pw')
  fs.writeFileSync(bodyFile, body)
  fs.writeFileSync(passwordFile, testAccounts.drafter.password)
  const created = await countersign(['notice', 'new', '--title', '低保公示（严格策略）', '--body-file', bodyFile, '--type', 'dibao', '--policy', 'strict', '--as', 'drafter', '--password-file', passwordFile, '--data', app.dataDir])
  expect(created.code, created.stderr).toBe(0)
  await app.restart()
  await app.signIn('drafter')
  const page = app.page
  await openFromList(page, '草稿', '低保公示（严格策略）')

  // strict masks ID numbers (dibao alone would remove them): the panel, the card and the preview agree
  await expect(panel(page)).toContainText('适用规则：严格')
  const ids = panel(page).getByRole('group', { name: /^身份证号/ })
  await expect(ids).toContainText('建议遮盖')
  // the card shows the value itself, and what it becomes beside it
  await expect(ids).toContainText(idNumber)
  await expect(ids.getByTestId('finding-result')).toContainText('340705********1037')
  await page.getByRole('button', { name: '预览发布内容' }).click()
  await expect(page.getByTestId('preview-body')).toContainText('340705********1037')
  await expect(page.getByTestId('preview-body')).not.toContainText('【已删除】')
  // …and so does the service
  const id = await noticeIdByTitle(page, '低保公示（严格策略）')
  const review = await callInPage(page, 'notice.review', { id })
  expect(review.ok && (review.value as { published: { body: string } }).published.body).toContain('340705********1037')
})

test('a value the engine missed: the reviewer sends it back with the place marked, the drafter masks it by hand, it ships masked', async ({ app }, testInfo) => {
  test.setTimeout(240_000)
  const page = app.page
  const title = '关于群众来信办理情况的通报'
  const body = '老周反映的情况已核实，已督促村委会整改。\n感谢群众监督。'
  await app.signIn('drafter')
  await draftNotice(page, { title, body })
  await workflowBar(page).getByRole('button', { name: '提交审核' }).click()
  await signInDialog(page, { password: testAccounts.drafter.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')

  // The reviewer selects the name in the published text and sends it back with the place quoted, masked.
  await app.signIn('leader')
  await openFromList(page, '待审核', title)
  const published = page.getByTestId('published-body')
  await expect(published).toContainText('老周反映')
  await published.evaluate((element) => {
    const node = Array.from(element.childNodes).map((child) => (child.nodeType === Node.TEXT_NODE ? child : child.firstChild)).find((child) => child?.textContent?.includes('老周'))
    if (!node) throw new Error('no text node with the name')
    const at = (node.textContent ?? '').indexOf('老周')
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + 2)
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  })
  await page.getByRole('button', { name: '标出漏检位置' }).click()
  const dialog = page.getByRole('dialog', { name: '退回修改' })
  const reason = dialog.getByLabel('退回理由（必填）')
  await expect(reason).toHaveValue(/（位置：正文第 1–2 字，“老\*”）/)
  await reason.fill(`${await reason.inputValue()}姓名未处理，请遮盖。`)
  await signInDialog(page, { password: testAccounts.leader.password, confirm: '退回' })
  await expect(page.getByTestId('review-outcome')).toContainText('已退回')

  // The drafter reads where, selects the name and marks it 个人信息 · 姓名 · 遮盖.
  await app.signIn('drafter')
  await page.getByRole('list', { name: '草稿' }).getByRole('listitem').filter({ hasText: title }).getByRole('button').click()
  await expect(page.getByTestId('rejection')).toContainText('（位置：正文第 1–2 字，“老*”）')
  await expect(page.getByTestId('rejection')).not.toContainText('老周')
  await page.getByLabel('正文', { exact: true }).evaluate((element) => (element as HTMLTextAreaElement).setSelectionRange(0, 2))
  await page.getByRole('button', { name: '标记为个人信息' }).click()
  const mark = page.getByRole('dialog', { name: '把选中的文字标记为个人信息' })
  await expect(mark).toContainText('选中的文字：老周')
  await mark.getByLabel('信息类型').selectOption({ label: '姓名' })
  await mark.getByRole('button', { name: '标记', exact: true }).click()
  await expect(mark).toBeHidden()
  const manual = panel(page).getByRole('group', { name: /^人工标记/ })
  await expect(manual.getByTestId('manual-finding')).toHaveCount(1)
  await expect(manual).toContainText('老周')
  await expect(manual).toContainText('老*')

  // It survives an edit elsewhere in the text.
  const area = page.getByLabel('正文', { exact: true })
  await area.fill(`经调查，${body}`)
  await expect(savedStatus(page)).toBeVisible()
  await page.getByRole('button', { name: '预览发布内容' }).click()
  await expect(page.getByTestId('preview-body')).toContainText('经调查，老*反映的情况已核实')
  await page.getByRole('button', { name: '预览发布内容' }).click()
  await workflowBar(page).getByRole('button', { name: '提交审核' }).click()
  await signInDialog(page, { password: testAccounts.drafter.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')

  // The reviewer sees it masked and listed as 人工标记, and approves.
  await app.signIn('leader')
  await openFromList(page, '待审核', title)
  await expect(page.getByTestId('published-body')).toContainText('老*反映')
  await expect(page.getByRole('complementary', { name: '个人信息处理情况' }).getByRole('group', { name: /^人工标记/ })).toContainText('起草人决定')
  await approveOpenNotice(page, testAccounts.leader.password)

  // The bundle: masked in the text, listed in report/redaction.json without the value.
  await app.signIn('drafter')
  const bundle = await exportApproved(page, title, testInfo.outputPath('bundle.zip'))
  const entries = readZipEntries(bundle)
  for (const file of ['content/notice.txt', 'content/notice.html', 'report/redaction.json']) expect(entries.get(file)?.toString('utf8'), file).not.toContain('老周')
  expect(entries.get('content/notice.txt')?.toString('utf8')).toContain('经调查，老*反映的情况已核实')
  const report = JSON.parse(entries.get('report/redaction.json')?.toString('utf8') ?? '{}') as { findings: { type: string; rule: string; action: string; location: { field: string; start: number; end: number } }[] }
  expect(report.findings).toContainEqual({ type: 'PERSON_NAME', rule: 'manual', action: 'masked', location: { field: 'body', start: 4, end: 6 } })
})

test('a body that already ends with its 落款 is not given a second one; the preview says so', async ({ app }) => {
  const page = app.page
  await app.signIn('drafter')
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('标题').fill('关于春节期间值班安排的通知')
  await page.getByLabel('发布单位').fill('某某镇人民政府')
  await page.getByLabel('落款日期').fill('2026-01-20')
  await page.getByLabel('正文', { exact: true }).fill('春节期间各单位安排专人值班。\n\n某某镇人民政府\n2026年1月20日')
  await expect(savedStatus(page)).toBeVisible()
  await page.getByRole('button', { name: '预览发布内容' }).click()
  const preview = page.getByRole('region', { name: '发布内容预览' })
  await expect(preview.getByTestId('closing-note')).toContainText('正文末尾已有落款单位')
  await expect(preview.getByTestId('closing-note')).toContainText('正文末尾已有日期')
  expect((await preview.innerText()).match(/某某镇人民政府/g)).toHaveLength(1)
})
