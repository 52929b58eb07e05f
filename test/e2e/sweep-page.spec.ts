import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './support/app-fixture'
import { shoot } from './workflow-support'

// 已发布信息排查 in the browser shell: the drafter chooses the folder of an offline site copy with 选择文件夹…, watches the sweep
// finish, sees the files by risk with masked values only (never the full ID number), opens one file's findings,
// exports report.html and findings.csv into a folder and makes a corrected draft; a missing folder is refused by name.
test.skip(({ shell }) => shell !== 'browser', 'runs in the browser shell (its in-app folder browser; the desktop app opens the system dialog)')

const idNumber = '110101199003071234'
const mobile = '13812345678'

test('sweeps a folder, shows masked findings by risk and exports the report', async ({ app }) => {
  test.setTimeout(180_000)
  const page = app.page
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-sweep-e2e-'))
  try {
    const site = path.join(dir, 'site')
    fs.mkdirSync(path.join(site, 'news'), { recursive: true })
    fs.writeFileSync(path.join(site, 'news/dibao.html'), `<html><head><meta charset="utf-8"></head><body><p>低保户张三，身份证号 ${idNumber}，电话 ${mobile}</p></body></html>`)
    fs.writeFileSync(path.join(site, 'notice.txt'), '春季植树活动通知：请各单位按时参加。\n')
    fs.writeFileSync(path.join(site, 'broken.docx'), 'not a zip at all')

    await app.signIn('drafter')
    const nav = page.getByRole('navigation', { name: '主导航' })
    await nav.getByRole('button', { name: '已发布信息排查' }).click()
    await expect(page.getByRole('heading', { name: '已发布信息排查', level: 1 })).toBeVisible()

    // a folder that does not exist is refused, naming it
    const missing = path.join(dir, 'no-such-site')
    await page.getByLabel('要排查的文件夹').fill(missing)
    await page.getByRole('button', { name: '开始排查' }).click()
    await expect(page.getByRole('alert').filter({ hasText: missing })).toContainText('不存在')

    // 选择文件夹…: the in-app folder browser (no system dialog in the browser shell) starts at the home folder;
    // from the root it walks down to the site by folder names, with 上一级 and the breadcrumbs, files never shown
    await page.getByLabel('要排查的文件夹').fill('')
    await page.getByRole('button', { name: '选择文件夹…' }).click()
    const browser = page.getByRole('dialog', { name: '选择文件夹' })
    await expect(browser).toContainText(`当前文件夹：${os.homedir()}`)
    await browser.locator('.folder-browser__tools').getByRole('button', { name: '根目录', exact: true }).click()
    await expect(browser).toContainText('当前文件夹：/')
    await expect(browser.getByRole('button', { name: '上一级' })).toBeDisabled()
    const subfolders = browser.getByRole('list', { name: '子文件夹' })
    for (const part of site.split(path.sep).filter(Boolean)) {
      await subfolders.getByRole('button', { name: part, exact: true }).click()
      await expect(browser.getByRole('navigation', { name: '当前位置' }).locator('[aria-current="location"]')).toHaveText(part)
    }
    await expect(subfolders.getByRole('button')).toHaveText(['news'])
    await expect(browser).not.toContainText('notice.txt')
    await browser.getByRole('button', { name: '上一级' }).click()
    await expect(browser).toContainText(`当前文件夹：${dir}`)
    await browser.getByRole('navigation', { name: '当前位置' }).getByRole('button', { name: path.basename(path.dirname(dir)), exact: true }).click()
    await expect(browser).toContainText(`当前文件夹：${path.dirname(dir)}`)
    await subfolders.getByRole('button', { name: path.basename(dir), exact: true }).click()
    await subfolders.getByRole('button', { name: 'site', exact: true }).click()
    await shoot(page, 'sweep-folder-browser')
    await browser.getByRole('button', { name: '选择此文件夹' }).click()
    await expect(browser).toBeHidden()
    await expect(page.getByLabel('要排查的文件夹')).toHaveValue(site)
    await page.getByRole('button', { name: '开始排查' }).click()
    await expect(page.getByRole('status').filter({ hasText: '个文件' })).toContainText('排查完成：共 3 个文件，2 个需要处理')

    // the riskiest first: the page with the ID number; the broken file is listed with its reason
    const rows = page.getByRole('list', { name: '排查结果' }).locator(':scope > li')
    await expect(rows).toHaveCount(3)
    await expect(rows.nth(0)).toContainText(path.join(site, 'news/dibao.html'))
    await expect(rows.nth(0)).toContainText('身份证号 ×1')
    await expect(rows.nth(0)).toContainText('手机号 ×1')
    await expect(page.getByRole('list', { name: '排查结果' })).toContainText('无法读取')
    await expect(page.getByRole('list', { name: '排查结果' })).toContainText('未发现个人信息')

    await rows.nth(0).getByRole('button', { name: '查看' }).click()
    const findings = page.getByRole('list', { name: /中的个人信息/ })
    await expect(findings).toContainText('身份证号：110101')
    await expect(findings).toContainText('第1行')
    await expect(findings).toContainText('*')
    const shown = (await page.locator('main').innerText()).replace(/\s/g, '')
    expect(shown).not.toContain(idNumber)
    expect(shown).not.toContain(mobile)
    await shoot(page, 'sweep-results')

    const out = path.join(dir, 'report')
    await page.getByLabel('报告保存到').fill(out)
    await page.getByRole('button', { name: '导出报告' }).click()
    await expect(page.getByText(`报告已导出到 ${out}`)).toBeVisible()
    // 以往的排查: the sweep is kept by the services (across restarts), with where its report now is
    const history = page.getByRole('list', { name: '以往的排查' })
    await expect(history.locator(':scope > li')).toHaveCount(1)
    await expect(history).toContainText('已完成')
    await expect(history).toContainText('共 3 个文件，已检查 3 个，2 个需要处理')
    await expect(history).toContainText(`报告在 ${out}`)
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8')
    const csv = fs.readFileSync(path.join(out, 'findings.csv'), 'utf8')
    expect(html).toContain('已发布信息排查报告')
    expect(csv).toContain('dibao.html')
    for (const text of [html, csv]) {
      expect(text).not.toContain(idNumber)
      expect(text).not.toContain(mobile)
    }

    // 生成更正稿: the page becomes a new draft of the drafter, opened in the editor to mask and send for review
    // offered only for a readable page or office file with findings
    await expect(page.getByRole('list', { name: '排查结果' }).getByRole('button', { name: '生成更正稿' })).toHaveCount(1)
    await rows.nth(0).getByRole('button', { name: '生成更正稿' }).click()
    await expect(page.getByText('已生成更正稿，请遮盖个人信息后送审')).toBeVisible()
    await expect(page.getByLabel('正文', { exact: true })).toHaveValue(/低保户张三/)
    // back on the page, the sweep's results are still there
    await nav.getByRole('button', { name: '已发布信息排查' }).click()
    await expect(rows).toHaveCount(3)
    await expect(rows.nth(0)).toContainText('身份证号 ×1')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
