import { expect, type Page } from '@playwright/test'

export type NoticeInput = { title: string; docNumber?: string; issuer?: string; type?: string; body?: string }

/** The save indicator once everything typed is stored (“已保存 HH:mm:ss”). */
export function savedStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /已保存 \d{2}:\d{2}:\d{2}/ })
}

/** Creates a notice through the UI, waits for autosave, and returns to the list. */
export async function createNotice(page: Page, input: NoticeInput): Promise<void> {
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('标题').fill(input.title)
  if (input.docNumber) await page.getByLabel('文号').fill(input.docNumber)
  if (input.issuer) await page.getByLabel('发布单位').fill(input.issuer)
  if (input.type) await page.getByLabel('公告类型').selectOption({ label: input.type })
  if (input.body) await page.getByLabel('正文', { exact: true }).fill(input.body)
  await expect(savedStatus(page)).toBeVisible()
  await page.getByRole('button', { name: '返回列表' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** The row of a notice in the current list, found by its title. */
export function noticeRow(page: Page, title: string) {
  return page.getByRole('listitem').filter({ hasText: title })
}
