import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, office, test, testAccounts } from './support/app-fixture'
import { repoRoot } from './support/paths'
import { shot } from './support/shots'

// Downloads and file pickers are the browser shell's; Electron's main decides downloads itself.
test.skip(({ shell }) => shell !== 'browser', 'saves and picks files through the browser')

const goldenTrust = path.join(repoRoot, 'test/fixtures/bundle/golden-trust.json')
type TrustFile = { format: string; office: string; keys: { keyid: string; name: string; revokedAt: string | null }[] }

/** 指纹 as the app shows it: the first 16 bytes of the key id, in groups of four. */
function fingerprintOf(keyid: string): string {
  return (keyid.slice(0, 32).match(/.{4}/g) ?? []).join(' ')
}

async function pickFile(page: Page, open: () => Promise<void>, file: string | { name: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await open()
  await (await chooser).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' })
}

test('the office exports its trust list with the fingerprints shown on screen', async ({ app, shell }) => {
  const page = app.page
  await app.signIn('drafter')
  await page.getByRole('button', { name: '信任列表', exact: true }).click()
  const own = page.getByRole('list', { name: '本单位的密钥' })
  await expect(own.getByRole('listitem')).toHaveCount(Object.keys(testAccounts).length)
  await expect(page.getByText(office, { exact: true })).toBeVisible()
  // Only an administrator imports lists.
  await expect(page.getByRole('button', { name: '导入信任列表' })).toHaveCount(0)
  await shot(page, shell, 'trust')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出信任列表' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toMatch(/\.json$/)
  const list = JSON.parse(fs.readFileSync(await saved.path(), 'utf8')) as TrustFile
  expect(list.format).toBe('countersign-trust/v1')
  expect(list.office).toBe(office)
  expect(list.keys.map((key) => key.name).sort()).toEqual(Object.values(testAccounts).map((account) => account.name).sort())
  for (const key of list.keys) await expect(own.getByRole('listitem', { name: key.name }).locator('.fingerprint')).toHaveText(fingerprintOf(key.keyid))
})

test('importing a trust list previews every fingerprint and the changes before anything is trusted', async ({ app, shell }) => {
  const page = app.page
  await app.signIn('admin')
  await page.getByRole('button', { name: '信任列表', exact: true }).click()
  const golden = JSON.parse(fs.readFileSync(goldenTrust, 'utf8')) as TrustFile

  await pickFile(page, () => page.getByRole('button', { name: '导入信任列表' }).click(), goldenTrust)
  const preview = page.getByRole('dialog', { name: `导入信任列表：${golden.office}` })
  await expect(preview).toContainText('导入之前，请与对方逐组核对指纹')
  await expect(preview).toContainText(`新增这个单位的 ${golden.keys.length} 个密钥`)
  for (const key of golden.keys) await expect(preview.getByRole('listitem', { name: key.name }).locator('.fingerprint')).toHaveText(fingerprintOf(key.keyid))
  await shot(page, shell, 'trust-preview')
  await preview.getByRole('button', { name: '指纹已核对一致，导入' }).click()
  await expect(preview).toBeHidden()
  const imported = page.getByRole('article', { name: golden.office })
  await expect(imported.getByRole('listitem')).toHaveCount(golden.keys.length)

  // The same office again, with one key revoked and one gone: the preview says exactly that.
  const [first, second] = golden.keys
  const changed = { ...golden, keys: [{ ...first, revokedAt: '2026-06-01T00:00:00Z' }] }
  await pickFile(page, () => page.getByRole('button', { name: '导入信任列表' }).click(), { name: 'trust-new.json', buffer: Buffer.from(JSON.stringify(changed)) })
  await expect(preview).toContainText(`替换之前导入的“${golden.office}”的信任列表`)
  await expect(preview.getByText('新吊销 1 个密钥')).toBeVisible()
  await expect(preview.getByText('移除 1 个密钥')).toBeVisible()
  await expect(preview.locator('.change-list--removed')).toContainText(second?.name ?? '')
  await shot(page, shell, 'trust-preview-changes')
  await preview.getByRole('button', { name: '指纹已核对一致，导入' }).click()
  await expect(imported.getByRole('listitem', { name: first?.name })).toContainText('已吊销')
  await shot(page, shell, 'trust-imported')

  await imported.getByRole('button', { name: '移除' }).click()
  const confirm = page.getByRole('alertdialog', { name: `移除“${golden.office}”的信任列表？` })
  await confirm.getByRole('button', { name: '移除' }).click()
  await expect(imported).toHaveCount(0)
  await expect(page.getByText('尚未导入其他单位的信任列表。', { exact: false })).toBeVisible()
})

test('a file that is not a trust list is refused with the reason', async ({ app }) => {
  const page = app.page
  await app.signIn('admin')
  await page.getByRole('button', { name: '信任列表', exact: true }).click()
  await pickFile(page, () => page.getByRole('button', { name: '导入信任列表' }).click(), { name: 'notes.json', buffer: Buffer.from('{"hello": 1}') })
  await expect(page.getByRole('status').filter({ hasText: '信任列表格式不对' })).toBeVisible()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByText('尚未导入其他单位的信任列表。', { exact: false })).toBeVisible()
})
