import type { Page } from '@playwright/test'
import { expect, test, testAccounts } from './support/app-fixture'
import { savedStatus } from './support/notices'
import { approveOpenNotice, exportApproved, openFromList, readZipEntries, signInDialog, workflowBar } from './workflow-support'

// 表格 as grids (issue 14, item 2): the body stays one string; tables in it show and edit as grids.
test.beforeEach(async ({ app }) => {
  await app.signIn('drafter')
})

const intro = '经个人申请、村委会评议、镇政府审核，现将临时救助对象名单公示如下：'
const tableHtml = [
  '<html><body><!--StartFragment-->',
  '<table><tr><td>户主</td><td>联系电话</td><td>保障人数</td></tr>',
  '<tr><td>王建国</td><td>13812345678</td><td>3</td></tr>',
  '<tr><td>李小红</td><td>13912345679</td><td>2</td></tr>',
  '<tr><td>赵六</td><td>13712345670</td><td>1</td></tr></table>',
  '<!--EndFragment--></body></html>',
].join('')

function panelOf(page: Page) {
  return page.getByRole('complementary', { name: '个人信息检查' })
}

/** A paste from Word/WPS (text/html on the clipboard) into the focused field. */
async function pasteHtml(page: Page, html: string, plain: string): Promise<void> {
  await page.evaluate(
    ([data, text]) => {
      const target = document.activeElement
      if (!target) throw new Error('nothing focused')
      const clipboard = new DataTransfer()
      clipboard.setData('text/html', data)
      clipboard.setData('text/plain', text)
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }))
    },
    [html, plain],
  )
}

/** What the published notice says (the 预览发布内容 view), then back to editing. */
async function previewText(page: Page): Promise<string> {
  await page.getByRole('button', { name: '预览发布内容' }).click()
  const text = await page.getByRole('region', { name: '发布内容预览' }).getByTestId('preview-body').innerText()
  await page.getByRole('button', { name: '预览发布内容' }).click()
  return text
}

test('a pasted table is a grid: header, findings in cells, cell edits, keyboard, row and column deletion', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('标题').fill('临时救助对象公示')
  const body = page.getByLabel('正文', { exact: true })
  await body.fill(`${intro}\n`)
  await body.focus()
  await body.press('End')
  await page.keyboard.press('Control+End')
  await pasteHtml(page, tableHtml, '户主 联系电话 保障人数')

  // a grid with its header row, not ragged tab-separated text
  const grid = page.getByRole('grid', { name: '表1' })
  await expect(grid).toBeVisible()
  await expect(page.locator('.table-grid__caption')).toContainText('表1（3 行 × 3 列）')
  await expect(grid.getByRole('columnheader')).toHaveCount(4)
  await expect(grid.getByLabel('表头：联系电话')).toHaveValue('联系电话')
  await expect(grid.getByLabel('户主，第2行')).toHaveValue('李小红')
  // the text before the table is still a text block, labelled 正文
  await expect(body).toHaveValue(intro)

  // a finding's cell is coloured like its highlight, and 定位 selects the value in its cell
  const phoneCell = grid.getByRole('gridcell').filter({ has: page.getByLabel('联系电话，第2行') })
  await expect(phoneCell).toHaveClass(/mark--(high|medium)/)
  const panel = panelOf(page)
  await expect(panel.getByRole('group', { name: /^手机号/ })).toContainText('3 处')
  await panel.getByRole('button', { name: /^定位到手机号 139/ }).click()
  await expect(grid.getByLabel('联系电话，第2行')).toBeFocused()
  await expect(phoneCell).toHaveClass(/mark--selected/)

  // edit a cell: the findings follow (a phone typed into 保障人数 is found there; one removed is gone)
  await grid.getByLabel('联系电话，第3行').fill('无')
  await expect(panel.getByRole('group', { name: /^手机号/ })).toContainText('2 处')
  await expect(grid.getByRole('gridcell').filter({ has: page.getByLabel('联系电话，第3行') })).not.toHaveClass(/mark--/)
  await grid.getByLabel('保障人数，第3行').fill('13700001111')
  await expect(grid.getByRole('gridcell').filter({ has: page.getByLabel('保障人数，第3行') })).toHaveClass(/mark--(high|medium)/)
  await expect(panel.getByRole('group', { name: /^手机号/ })).toContainText('3 处')
  await grid.getByLabel('保障人数，第3行').fill('1')

  // Tab and the arrow keys move between cells as in WPS
  await grid.getByLabel('户主，第1行').focus()
  await page.keyboard.press('Tab')
  await expect(grid.getByLabel('联系电话，第1行')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(grid.getByLabel('联系电话，第2行')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(grid.getByLabel('户主，第2行')).toBeFocused()

  // delete a row, then a column: the body (and so the preview) changes with them
  await grid.getByRole('button', { name: '删除第1行' }).click()
  await expect(page.locator('.toast')).toContainText('已删除第1行')
  await expect(page.locator('.table-grid__caption')).toContainText('表1（2 行 × 3 列）')
  await expect(grid.getByLabel('户主，第1行')).toHaveValue('李小红')
  // Ctrl+Z right after brings the row back, and again deletes it is the toast's business no more
  await page.keyboard.press('Control+z')
  await expect(grid.getByLabel('户主，第1行')).toHaveValue('王建国')
  // one undo history for text and grid (as in WPS): Ctrl+Y deletes the row again
  await page.keyboard.press('Control+y')
  await expect(grid.getByLabel('户主，第1行')).toHaveValue('李小红')
  await grid.getByRole('button', { name: '删除“联系电话”列' }).click()
  await expect(grid.getByLabel('表头：联系电话')).toHaveCount(0)
  await expect(grid.getByRole('columnheader')).toHaveCount(3)
  await expect(savedStatus(page)).toBeVisible()
  const published = await previewText(page)
  expect(published).toContain('保障人数')
  expect(published).not.toContain('王建国')
  expect(published).not.toContain('联系电话')
  expect(published).not.toContain('1391234')

  // 按纯文本编辑 shows the one body string the grid edits
  await page.getByRole('button', { name: '按纯文本编辑' }).click()
  await expect(body).toHaveValue(`${intro}\n户主\t保障人数\n李小红\t2\n赵六\t1`)
})

test('a list edited in the grid goes to a bundle as the grid shows it: submitted, approved, exported', async ({ app, shell }, testInfo) => {
  test.skip(shell !== 'browser', 'downloads are read in the browser shell')
  test.setTimeout(240_000)
  const page = app.page
  const title = '临时救助对象公示（表格）'
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('标题').fill(title)
  const body = page.getByLabel('正文', { exact: true })
  await body.fill(`${intro}\n`)
  await body.focus()
  await page.keyboard.press('Control+End')
  await pasteHtml(page, tableHtml, '户主 联系电话 保障人数')
  const grid = page.getByRole('grid', { name: '表1' })
  await expect(grid.getByLabel('户主，第1行')).toHaveValue('王建国')

  // data minimisation in the grid: the first row and the phone column go
  await grid.getByRole('button', { name: '删除第1行' }).click()
  await expect(grid.getByLabel('户主，第1行')).toHaveValue('李小红')
  await grid.getByRole('button', { name: '删除“联系电话”列' }).click()
  await expect(grid.getByLabel('表头：联系电话')).toHaveCount(0)
  await expect(savedStatus(page)).toBeVisible()

  // the names left in the cells are findings; mask each, then submit
  const panel = panelOf(page)
  await expect(panel).not.toContainText('正在检查')
  const pending = panel.locator('.finding--unresolved, .finding--blocking')
  for (let i = 0; i < 10; i++) {
    const waiting = await pending.count()
    if (waiting === 0) break
    await pending.first().getByRole('button', { name: /^(遮盖|删除)$/ }).first().click()
    await expect.poll(() => pending.count()).toBeLessThan(waiting)
  }
  await expect(panel).toContainText('0 处待处理')
  const submit = workflowBar(page).getByRole('button', { name: '提交审核' })
  await expect(submit).toBeEnabled()
  await submit.click()
  await signInDialog(page, { password: testAccounts.drafter.password, confirm: '签名并提交' })
  await expect(workflowBar(page).getByTestId('workflow-state')).toHaveText('待审核')

  await app.signIn('leader')
  await openFromList(page, '待审核', title)
  const published = page.getByTestId('published-body')
  await expect(published).toContainText('保障人数')
  await expect(published).not.toContainText('李小红')
  await approveOpenNotice(page, testAccounts.leader.password)

  await app.signIn('drafter')
  const bundle = await exportApproved(page, title, testInfo.outputPath('bundle.zip'))

  // the bundle holds the grid as it was left: no deleted row or column, no name in clear
  const entries = readZipEntries(bundle)
  const text = entries.get('content/notice.txt')?.toString('utf8') ?? ''
  expect(text).toContain('保障人数')
  for (const gone of ['王建国', '联系电话', '13812345678', '13912345679', '李小红', '赵六']) {
    for (const [name, data] of entries) expect(data.toString('utf8'), `${name} holds ${gone}`).not.toContain(gone)
  }
})

test('a 5,000-row list draws only the rows in view and scrolls to the last one', async ({ app }) => {
  const page = app.page
  const rows = Array.from({ length: 5000 }, (_, i) => `${i + 1}\t王${'建秀明华'[i % 4]}${'国英军平'[(i >> 2) % 4]}\t某某镇王岗村${(i % 9) + 1}组`)
  const text = ['现将2026年度耕地地力保护补贴发放名单公示如下：', '序号\t姓名\t家庭住址', ...rows, '公示期为7天。'].join('\n')
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('标题').fill('耕地地力保护补贴名单')
  // the list arrives in one input (as a paste of the whole list does), not typed key by key
  await page.getByLabel('正文', { exact: true }).evaluate((element, value) => {
    const area = element as HTMLTextAreaElement
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
  const grid = page.getByRole('grid', { name: '表1' })
  await expect(page.locator('.table-grid__caption')).toContainText('表1（5000 行 × 3 列）')
  await expect(grid).toHaveAttribute('aria-rowcount', '5001')
  // virtualised: a few dozen rows in the page, not five thousand
  expect(await grid.locator('.table-grid__row').count()).toBeLessThan(80)
  await grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
  await expect(grid.getByLabel('序号，第5000行')).toHaveValue('5000')
  await expect(grid.getByLabel('序号，第1行')).toHaveCount(0)
  // typing in the last row is a body edit like any other
  await grid.getByLabel('家庭住址，第5000行').fill('某某镇王岗村10组')
  await expect(grid.getByLabel('家庭住址，第5000行')).toHaveValue('某某镇王岗村10组')
  // a phone typed into a cell: the row is scanned again at once, the whole list once typing pauses, and only
  // that whole scan counts (until then the editor says it is still checking)
  const cell = grid.getByLabel('家庭住址，第4999行')
  await cell.click()
  await cell.press('End')
  await cell.pressSequentially('，电话13812345678')
  // every key reached the cell (a lost key would show here, not as a length further down)
  await expect(cell).toHaveValue('某某镇王岗村4组，电话13812345678')
  const editor = page.locator('.editor')
  const expected = text.length + '10组'.length - '9组'.length + '，电话13812345678'.length
  await expect(editor).toHaveAttribute('data-scan-length', String(expected), { timeout: 60_000 })
  await expect(editor).toHaveAttribute('data-scan-exact', 'true', { timeout: 60_000 })
  await expect(grid.getByRole('gridcell').filter({ has: page.getByLabel('家庭住址，第4999行') })).toHaveClass(/mark--(high|medium)/)
  await page.getByRole('button', { name: '按纯文本编辑' }).click()
  await expect(page.getByLabel('正文', { exact: true })).toHaveValue(/5000\t王华英\t某某镇王岗村10组\n公示期为7天。$/)
})
