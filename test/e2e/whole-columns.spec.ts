import { expect, test } from './support/app-fixture'
import { draftNotice } from './workflow-support'

/** 整列删除 (issue 14, item 1): a 低保 list's ID and phone columns are not published as columns of 【已删除】. */
test('the preview of a 低保 list leaves out the columns whose every value is removed, and says so', async ({ app }) => {
  const page = app.page
  await app.signIn('drafter')
  const body = [
    '经审核，以下家庭符合最低生活保障条件，现予公示：',
    '户主\t身份证号码\t联系电话\t保障人数',
    '王建国\t340705198503121037\t13812345678\t3',
    '李小红\t110101199003071234\t13912345679\t2',
  ].join('\n')
  await draftNotice(page, { title: '2026年第一季度低保公示', type: '低保/特困公示', body })
  // the 表格 panel proposes deleting the two columns whose every value is removed, and no other
  const proposals = page.getByTestId('whole-column-proposal')
  await expect(proposals).toHaveCount(2)
  await expect(page.locator('.body-tables__column').filter({ has: proposals })).toContainText(['身份证号码', '联系电话'])
  await page.getByRole('button', { name: '预览发布内容' }).click()
  const preview = page.getByRole('region', { name: '发布内容预览' })
  const published = preview.getByTestId('preview-body')
  await expect(published).toContainText('保障人数')
  await expect(published).not.toContainText('身份证号码')
  await expect(published).not.toContainText('联系电话')
  await expect(published).not.toContainText('【已删除】')
  await expect(preview.getByTestId('dropped-columns-note')).toContainText('「身份证号码」列已整列删除')
  await expect(preview.getByTestId('dropped-columns-note')).toContainText('「联系电话」列已整列删除')
})

test('deleting a proposed column from the text publishes the same body', async ({ app }) => {
  const page = app.page
  await app.signIn('drafter')
  const body = ['户主\t身份证号码\t保障人数', '王建国\t340705198503121037\t3', '李小红\t110101199003071234\t2'].join('\n')
  await draftNotice(page, { title: '2026年低保公示（二）', type: '低保/特困公示', body })
  await expect(page.getByTestId('whole-column-proposal')).toHaveCount(1)
  // the 表格 panel proposes it; the grid's × by the header deletes it (the one way to delete a column)
  await expect(page.getByRole('region', { name: '表格' }).getByRole('button', { name: /删除整列/ })).toHaveCount(0)
  await page.getByRole('grid', { name: '表1' }).getByRole('button', { name: '删除“身份证号码”列' }).click()
  await expect(page.getByRole('grid', { name: '表1' }).getByLabel('表头：身份证号码')).toHaveCount(0)
  await expect(page.getByTestId('whole-column-proposal')).toHaveCount(0)
  await page.getByRole('button', { name: '预览发布内容' }).click()
  const preview = page.getByRole('region', { name: '发布内容预览' })
  await expect(preview.getByTestId('preview-body')).toContainText('保障人数')
  await expect(preview.getByTestId('dropped-columns-note')).toHaveCount(0)
})
