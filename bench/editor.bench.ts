// Live findings in the editor: from a keystroke to the findings of the new text, on a ~50-page notice.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { chromium, type Page } from 'playwright-core'
import { ensureBuild } from '../scripts/ensure-build.mjs'
import { benchAccounts, figure, heading, percentile, seedOffice, signIn } from './support'

const root = path.resolve(import.meta.dirname, '..')

/** ~50 pages: prose around a 600-row 低保 table with names, phones and addresses. */
function longNotice(): string {
  const prose = '为进一步做好城乡居民最低生活保障工作，切实保障困难群众基本生活，根据有关规定，结合我镇实际，现就有关事项通知如下。'
  const rows = Array.from({ length: 600 }, (_, i) => `${i + 1}\t王${'建秀明华'[i % 4]}${'国英军平'[(i >> 2) % 4]}\t1${38 + (i % 2)}${String(10_000_000 + i * 7919).slice(0, 8)}\t某某镇王岗村${(i % 9) + 1}组`)
  return [prose.repeat(200), '序号\t姓名\t联系电话\t家庭住址', ...rows, prose.repeat(100)].join('\n')
}

/** A 5,000-row 补贴 list (names, phones, addresses): the editor shows it as a grid. */
function longTable(): string {
  const rows = Array.from(
    { length: 5000 },
    (_, i) => `${i + 1}\t王${'建秀明华'[i % 4]}${'国英军平'[(i >> 2) % 4]}\t1${38 + (i % 2)}${String(10_000_000 + i * 7919).slice(0, 8)}\t某某镇王岗村${(i % 9) + 1}组\t${110 + (i % 7) * 10}`,
  )
  return ['现将2026年度耕地地力保护补贴发放名单公示如下：', '序号\t姓名\t联系电话\t家庭住址\t补贴金额（元）', ...rows, '公示期为7天，如有异议请向镇农业服务中心反映。'].join('\n')
}

/**
 * In the page: from each input event (in the textarea or a grid cell) to the moment the findings describe
 * exactly the text after it (the editor's data-scan-length), then the latencies of `typed` keystrokes.
 */
async function typingLatencies(page: Page, focus: string, typed: string, lengthBefore: number): Promise<number[]> {
  await page.evaluate((selector) => {
    const root = document.querySelector('.editor') as HTMLElement
    const latencies: number[] = []
    let pending: { at: number } | undefined
    Reflect.set(window, '__latencies', latencies)
    Reflect.set(window, '__workerMs', [])
    // (no named functions in here: the bench's TypeScript loader would wrap them in a helper the page lacks)
    const listening = new AbortController()
    document.addEventListener(
      'input',
      () => {
        pending = { at: performance.now() }
        Reflect.set(window, '__lastInputAt', pending.at)
      },
      { capture: true, signal: listening.signal },
    )
    const observer = new MutationObserver(() => {
      if (pending && Number(root.dataset.scanLength) === Reflect.get(window, '__expected')) {
        latencies.push(performance.now() - pending.at)
        ;(Reflect.get(window, '__workerMs') as number[]).push(Number(root.dataset.scanMs))
        pending = undefined
      }
    })
    observer.observe(root, { attributes: true, attributeFilter: ['data-scan-length'] })
    Reflect.set(window, '__stop', [listening, observer])
    const target = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)
    if (!target) throw new Error(`nothing at ${selector}`)
    target.focus()
    target.setSelectionRange(0, 0)
  }, focus)
  let length = lengthBefore
  for (const char of typed) {
    length += 1
    await page.evaluate((n) => Reflect.set(window, '__expected', n), length)
    await page.keyboard.type(char)
    await page.locator(`.editor[data-scan-length="${length}"]`).waitFor()
  }
  return page.evaluate(() => {
    const [listening, observer] = Reflect.get(window, '__stop') as [AbortController, MutationObserver]
    listening.abort()
    observer.disconnect()
    return Reflect.get(window, '__latencies') as number[]
  })
}

/** Puts a whole body in 正文 in one input, as a paste of the whole document would. */
async function setBody(page: Page, text: string): Promise<void> {
  await page.getByLabel('正文', { exact: true }).evaluate((element, value) => {
    const area = element as HTMLTextAreaElement
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value)
    area.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
  await page.locator(`.editor[data-scan-length="${text.length}"]`).waitFor({ timeout: 180_000 })
}


async function editorBench(): Promise<void> {
  heading('live findings while typing (browser shell, ~50-page notice)')
  ensureBuild({ quiet: true })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'countersign-bench-'))
  seedOffice(dataDir)
  const host = spawn(process.execPath, [path.join(root, 'out/main/host.js'), '--data', dataDir, '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const browser = await chromium.launch({
    executablePath: process.env.COUNTERSIGN_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: host.stdout }).on('line', (line) => {
        if (line.startsWith('COUNTERSIGN_URL=')) resolve(line.slice('COUNTERSIGN_URL='.length))
      })
      host.once('exit', (code) => reject(new Error(`host exited with ${String(code)}`)))
    })
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(url)
    await signIn(page, benchAccounts.drafter)
    await page.getByRole('button', { name: /新建公告/ }).click()
    const text = longNotice()
    await setBody(page, text)
    const editor = page.locator('.editor')
    // In the page: time from each input to the moment the findings describe exactly the text after it
    // (the 600-row list shows as a grid; the typing is in the text before it).
    const latencies = await typingLatencies(page, '#notice-body', '补充说明如下内容补充说明如下内容补充说明如下内容', text.length)
    const workerMs = Number(await editor.getAttribute('data-scan-ms'))
    figure(`notice length (characters)`, text.length, 'chars')
    figure('scan in the worker (last keystroke)', workerMs, 'ms')
    figure(`keystroke to updated findings, median of ${latencies.length}`, percentile(latencies, 50), 'ms', '< 50 ms')
    figure('keystroke to updated findings, p95', percentile(latencies, 95), 'ms', '< 50 ms')

    // A 5,000-row list, shown as a grid: typing in a cell (only the rows in view are drawn).
    heading('live findings while typing in a table cell (browser shell, 5,000-row list as a grid)')
    await page.getByRole('status').filter({ hasText: /已保存 \d{2}:\d{2}:\d{2}/ }).waitFor({ timeout: 120_000 })
    await page.getByRole('button', { name: '返回列表' }).click()
    await page.getByRole('button', { name: /新建公告/ }).click()
    const table = longTable()
    await setBody(page, table)
    await page.getByRole('grid', { name: '表1' }).waitFor()
    const drawn = await page.locator('.table-grid__row').count()
    const cellLatencies = await typingLatencies(page, 'input[data-cell="3:3"]', '东西南北中东西南北中东西', table.length)
    figure('table rows', 5000, 'rows')
    figure('notice length (characters)', table.length, 'chars')
    figure('grid rows drawn in the page', drawn, 'rows')
    figure('scan in the worker (last keystroke: its row)', Number(await editor.getAttribute('data-scan-ms')), 'ms')
    const cellScans = await page.evaluate(() => Reflect.get(window, '__workerMs') as number[])
    figure(`scan in the worker, median of ${cellScans.length} keystrokes`, percentile(cellScans, 50), 'ms')
    figure(`keystroke in a cell to updated findings, median of ${cellLatencies.length}`, percentile(cellLatencies, 50), 'ms', '< 100 ms')
    figure('keystroke in a cell to updated findings, p95', percentile(cellLatencies, 95), 'ms', '< 100 ms')
    // Those findings come from the edited row scanned again under its header (renderer/workers/row-rescan.ts);
    // the whole list is scanned once typing pauses, and only that answer counts for the review and submitting.
    await page.locator('.editor[data-scan-exact="true"]').waitFor({ timeout: 60_000 })
    const wholeAfter = await page.evaluate(() => performance.now() - (Reflect.get(window, '__lastInputAt') as number))
    figure('last keystroke to the whole list scanned again (after a 400 ms pause)', wholeAfter, 'ms')
    figure('that whole scan in the worker', Number(await editor.getAttribute('data-scan-ms')), 'ms')
  } finally {
    await browser.close()
    host.kill('SIGTERM')
    await new Promise((resolve) => host.once('exit', resolve))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

await editorBench()
