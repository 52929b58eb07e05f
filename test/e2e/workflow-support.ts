import { execFile } from 'node:child_process'
import fs from 'node:fs'
import zlib from 'node:zlib'
import { expect, type Download, type Page } from '@playwright/test'
import { savedStatus } from './support/notices'
import path from 'node:path'
import { repoRoot, screenshotDir } from './support/paths'

/** What a direct API call answers, as the services send it (the UI is not in the way). */
export type CallResult = { ok: true; value: unknown } | { ok: false; code: string; message: string }

/**
 * Calls the API from inside the page exactly as the renderer would, but without the UI: the Electron
 * preload's `window.api` when present, otherwise the browser host with the tab's session cookie. Used to show the
 * services refuse what the UI merely hides.
 */
export function callInPage(page: Page, channel: string, request: unknown): Promise<CallResult> {
  return page.evaluate(
    async ({ channel, request }) => {
      const bridge = Reflect.get(window, 'api') as { invoke?: (c: string, r: unknown) => Promise<unknown> } | undefined
      if (bridge?.invoke) return (await bridge.invoke(channel, request)) as CallResult
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, request }),
      })
      return (await response.json()) as CallResult
    },
    { channel, request },
  )
}

/** A service call from the page that must succeed: its value, or an error naming the channel. */
export async function api<T>(page: Page, channel: string, request: unknown): Promise<T> {
  const result = await callInPage(page, channel, request)
  if (!result.ok) throw new Error(`${channel} refused: ${result.message}`)
  return result.value as T
}

/** YYYY-MM-DD of today plus `days`, on the machine's clock (the services count days the same way). */
export function day(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The id of the notice with this title, asked of the services (the in-memory router keeps ids out of any URL). */
export async function noticeIdByTitle(page: Page, title: string): Promise<string> {
  const result = await callInPage(page, 'notice.list', {})
  if (!result.ok) throw new Error(`notice.list refused: ${result.message}`)
  const found = (result.value as { id: string; title: string }[]).find((notice) => notice.title === title)
  if (!found) throw new Error(`no notice titled ${title}`)
  return found.id
}

/** Creates a notice through the editor and stays in it once everything typed is saved. */
export async function draftNotice(page: Page, input: { title: string; type?: string; docNumber?: string; body: string }): Promise<void> {
  await page.getByRole('button', { name: '新建公告' }).click()
  await page.getByLabel('标题').fill(input.title)
  if (input.docNumber) await page.getByLabel('文号').fill(input.docNumber)
  if (input.type) await page.getByLabel('公告类型').selectOption({ label: input.type })
  await page.getByLabel('正文', { exact: true }).fill(input.body)
  await expect(savedStatus(page)).toBeVisible()
}

/** The editor's 审批状态 strip. */
export function workflowBar(page: Page) {
  return page.getByRole('region', { name: '审批状态' })
}

/** Opens a notice from a list in the navigation (草稿, 待审核, 已批准, 已导出). */
export async function openFromList(page: Page, list: '草稿' | '待审核' | '已批准' | '已导出', title: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('button', { name: list, exact: true }).click()
  await expect(page.getByRole('heading', { name: list, level: 1 })).toBeVisible()
  await page.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: title }).getByRole('button').click()
}

/** Signs with the password dialog open on screen: fills the optional or required text, then the password. */
export async function signInDialog(page: Page, options: { password: string; confirm: string; text?: { label: string; value: string } }): Promise<void> {
  const dialog = page.getByRole('dialog')
  if (options.text) await dialog.getByLabel(options.text.label).fill(options.text.value)
  await dialog.getByLabel('您的密码').fill(options.password)
  await dialog.getByRole('button', { name: options.confirm, exact: true }).click()
  // Unlocking a signing key is a deliberately slow scrypt; two workers on two cores make it slower still.
  await expect(dialog).toBeHidden({ timeout: 30_000 })
}

/** The reviewer, on the review screen already open, approves with the password dialog and sees it done. */
export async function approveOpenNotice(page: Page, password: string): Promise<void> {
  await page.getByRole('button', { name: '批准', exact: true }).click()
  await signInDialog(page, { password, confirm: '签名并批准' })
  await expect(page.getByTestId('review-outcome')).toContainText('已批准')
}

/** The drafter opens an approved notice from 已批准, exports its signed bundle and keeps it at `file`. */
export async function exportApproved(page: Page, title: string, file: string): Promise<string> {
  await openFromList(page, '已批准', title)
  const downloading = page.waitForEvent('download')
  await workflowBar(page).getByRole('button', { name: '导出签名包' }).click()
  return keep(await downloading, file)
}

/** Runs `node bin/countersign.mjs …` from the repository root, as a publisher would. */
export function countersign(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/countersign.mjs', ...args], { cwd: repoRoot, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

/** Saves a download under the test's output folder and returns the path. */
export async function keep(download: Download, file: string): Promise<string> {
  await download.saveAs(file)
  return file
}

/**
 * The entries of a zip file, read independently of the app's own zip code (central directory, stored
 * or deflated entries), so a test checks the bundle as any unzip tool would see it.
 */
export function readZipEntries(file: string): Map<string, Buffer> {
  const zip = fs.readFileSync(file)
  let end = zip.length - 22
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--
  if (end < 0) throw new Error(`${file}: not a zip`)
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`)
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(dataStart, dataStart + compressed)
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data))
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Saves the window at 1280×800 for a person to look at (test-results/screenshots/), once any toast has faded. */
export async function shoot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.toast')).toHaveCount(0)
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}-1280x800.png`) })
}
