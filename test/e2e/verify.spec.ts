import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test, testAccounts } from './support/app-fixture'
import { passwordFile, runCli } from './support/accounts'
import { readZip, writeZip } from '../../electron/services/bundle/zip'
import { repoRoot } from './support/paths'
import { shot } from './support/shots'

test.skip(({ shell }) => shell !== 'browser', 'picks files through the browser')

const golden = path.join(repoRoot, 'test/fixtures/bundle/golden-v1.zip')
const goldenTrust = path.join(repoRoot, 'test/fixtures/bundle/golden-trust.json')

async function choose(page: Page, button: string, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: button }).click()
  await (await chooser).setFiles(file)
}

function checks(page: Page) {
  return page.getByRole('region', { name: /^检查项/ }).getByRole('listitem')
}

test('a genuine bundle passes every check and shows the text to publish; one changed byte fails with the reason', async ({ app, shell }) => {
  const page = app.page
  await app.signIn('drafter')
  await page.getByRole('button', { name: '验证签名包', exact: true }).click()
  await expect(page.getByRole('heading', { name: '验证签名包', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: '验证', exact: true })).toBeDisabled()

  await choose(page, '选择签名包…', golden)
  await choose(page, '选择信任列表…', goldenTrust)
  await page.getByRole('button', { name: '验证', exact: true }).click()
  await expect(page.getByRole('heading', { name: '验证通过', level: 2 })).toBeVisible()
  await expect(page.getByText('核对依据：信任列表文件 golden-trust.json')).toBeVisible()
  const all = await checks(page).count()
  expect(all).toBeGreaterThan(5)
  await expect(checks(page).filter({ hasText: '✓' })).toHaveCount(all)
  await expect(page.getByRole('region', { name: '发布内容' })).toContainText('公示')
  await shot(page, shell, 'verify-pass')

  await page.getByRole('region', { name: '签名包中的公告' }).scrollIntoViewIfNeeded()
  await shot(page, shell, 'verify-pass-details')
  // VERIFY.txt and keys/signers.json are shown as what they are: unsigned, not part of the verification
  await expect(page.getByRole('region', { name: '签名包中的公告' })).toContainText('未签名的文件')
  await expect(page.getByRole('region', { name: '签名包中的公告' })).toContainText('VERIFY.txt')

  // One byte of the published text changed, written back as a well-formed zip (so only the signatures can tell).
  const files = readZip(fs.readFileSync(golden))
  const text = files.get('content/notice.txt')
  if (!text) throw new Error('golden bundle without content/notice.txt')
  const changed = Uint8Array.from(text)
  changed[0] = (changed[0] ?? 0) ^ 0x01
  files.set('content/notice.txt', changed)
  const tampered = Buffer.from(writeZip(files))
  await choose(page, '换一个签名包…', { name: 'tampered.zip', mimeType: 'application/zip', buffer: tampered })
  await page.getByRole('button', { name: '验证', exact: true }).click()
  await expect(page.getByRole('heading', { name: '验证未通过', level: 2 })).toBeVisible()
  const failed = checks(page).filter({ hasText: '✗' })
  // The failed check names the changed file; the checks that still hold are shown as passed.
  await expect(failed.filter({ hasText: 'content/notice.txt' }).first()).toBeVisible()
  await expect(checks(page).filter({ hasText: '✓' }).first()).toBeVisible()
  // Nothing to publish from a bundle that failed.
  await expect(page.getByRole('region', { name: '发布内容' })).toHaveCount(0)
  await shot(page, shell, 'verify-fail')
})

test('a bundle that is not exactly what the exporter writes is refused with the reason, before any signature', async ({ app }) => {
  const page = app.page
  await app.signIn('drafter')
  await page.getByRole('button', { name: '验证签名包', exact: true }).click()
  // the golden bundle's very files, with keys/run.exe added: a well-formed zip, but not a bundle
  const files = readZip(fs.readFileSync(golden))
  files.set('keys/run.exe', new TextEncoder().encode('MZ'))
  await choose(page, '选择签名包…', { name: 'extra.zip', mimeType: 'application/zip', buffer: Buffer.from(writeZip(files)) })
  await choose(page, '选择信任列表…', goldenTrust)
  await page.getByRole('button', { name: '验证', exact: true }).click()
  await expect(page.getByRole('heading', { name: '验证未通过', level: 2 })).toBeVisible()
  await expect(checks(page)).toHaveCount(1)
  await expect(checks(page).first()).toContainText('压缩包无法安全读取：含有签名包格式之外的文件或文件夹（keys/run.exe）')
})

test('a bundle this office exported verifies against its own keys without a trust file', async ({ app, seedDir }) => {
  test.slow()
  // Made by the real CLI on a copy of the same office, so the app's own keys are the signers' keys.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-e2e-bundle-'))
  try {
    const data = path.join(work, 'data')
    fs.cpSync(seedDir, data, { recursive: true })
    const body = path.join(work, 'body.txt')
    fs.writeFileSync(body, '关于村道维修的通知\n联系人电话：13812345678\n施工期间请绕行。\n')
    const drafter = passwordFile(work, testAccounts.drafter)
    const leader = passwordFile(work, testAccounts.leader)
    const created = await runCli([
      ['notice', 'new', '--title', '关于村道维修的通知', '--body-file', body, '--policy', 'strict', '--as', 'drafter', '--password-file', drafter, '--json', '--data', data],
    ])
    const id = (JSON.parse(created) as { id: string }).id
    const bundle = path.join(work, 'bundle.zip')
    await runCli([
      ['notice', 'submit', id, '--as', 'drafter', '--password-file', drafter, '--data', data],
      ['notice', 'approve', id, '--comment', '同意发布', '--as', 'leader', '--password-file', leader, '--data', data],
      ['export', id, '--out', bundle, '--as', 'drafter', '--password-file', drafter, '--data', data],
    ])

    const page = app.page
    await app.signIn('drafter')
    await page.getByRole('button', { name: '验证签名包', exact: true }).click()
    await choose(page, '选择签名包…', bundle)
    await page.getByRole('button', { name: '验证', exact: true }).click()
    await expect(page.getByRole('heading', { name: '验证通过', level: 2 })).toBeVisible()
    await expect(page.getByText(/^核对依据：本机的账户密钥/)).toBeVisible()
    const notice = page.getByRole('region', { name: '签名包中的公告' })
    await expect(notice).toContainText('关于村道维修的通知')
    await expect(notice).toContainText(testAccounts.drafter.name)
    await expect(notice).toContainText(testAccounts.leader.name)
    await expect(notice).toContainText('同意发布')
    const text = page.getByRole('region', { name: '发布内容' })
    await expect(text).toContainText('138****5678')
    await expect(text).not.toContainText('13812345678')
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
})
